// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accessibletabbar.h"
#include "actionchecklist.h"
#include "altletterguard.h"
#include "calendarpublishing.h"
#include "datedelegate.h"
#include "dateinputfield.h"
#include "desktoplauncher.h"
#include "documentactions.h"
#include "edit/verbs.h"
#include "elidedlabel.h"
#include "formbinder.h"
#include "formwidgets.h"
#include "goaleditor.h"
#include "guardedapplication.h"
#include "keyboardshortcutsdialog.h"
#include "menteedelegate.h"
#include "model/actionchecklistmodel.h"
#include "model/attachmentmodel.h"
#include "model/fieldcolumns.h"
#include "model/goalmodel.h"
#include "model/menteelistmodel.h"
#include "model/problemstatementmodel.h"
#include "model/sessiontimelinemodel.h"
#include "overviewpanel.h"
#include "palette.h"
#include "placeholderstack.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "profileeditor.h"
#include "program/planning.h"
#include "searchdialog.h"
#include "searchhighlight.h"
#include "sessioneditor.h"
#include "timelinedelegate.h"
#include "windowshortcutguard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace Mentorbook {

namespace {
enum Page { WelcomePage, WorkPage };
enum Tab { SessionTab, GoalsTab, ActionsTab, ProfileTab, OverviewTab };

/** The mentee list as filtered by name, or, while presenting, only the one relationship. */
class MenteeFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /** Shows only this relationship (presenting), or every one for 0. */
    void setOnly(Id menteeId)
    {
        if (menteeId == m_only)
            return;
        m_only = menteeId;
        invalidateRowsFilter();
    }
    Id only() const { return m_only; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_only != 0) {
            const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
            return index.data(EntityModel<Mentee>::IdRoleValue).toLongLong() == m_only;
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    Id m_only = 0;
};

/** Selects the row of id in the first view of page that shows rows of table. */
bool selectRowOf(QWidget *page, const QString &table, Id id)
{
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model || model->columnCount() == 0
            || !model->headerData(0, Qt::Horizontal, FieldNameRole)
                    .toString()
                    .startsWith(table + QLatin1Char('.')))
            continue;
        const QModelIndexList found = model->match(
            model->index(0, 0), EntityModel<Mentee>::IdRoleValue, id, 1, Qt::MatchExactly);
        if (found.isEmpty())
            continue;
        view->setCurrentIndex(found.constFirst());
        view->scrollTo(found.constFirst());
        view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

/**
 * The desktop theme's icon, or else the bundled one, drawn in the palette's text colour so
 * that it shows on light and dark toolbars alike.
 */
QIcon themeIcon(const char *name)
{
    const QString icon = QString::fromLatin1(name);
    if (QIcon::hasThemeIcon(icon))
        return QIcon::fromTheme(icon);
    const QIcon bundled(QStringLiteral(":/icons/actions/%1.svg").arg(icon));
    const QColor ink = QApplication::palette().color(QPalette::ButtonText);
    QIcon tinted;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QImage image
            = bundled.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), ink);
        painter.end();
        tinted.addPixmap(QPixmap::fromImage(image));
    }
    return tinted;
}
} // namespace

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_store(new Store(database, this))
    , m_launcher(new DesktopLauncher(this))
    , m_mentees(new MenteeListModel(*m_store, this))
    , m_sessions(new SessionTimelineModel(*m_store, this))
    , m_goals(new GoalModel(*m_store, this))
    , m_reviews(new GoalReviewModel(*m_store, this))
    , m_actions(new ActionChecklistModel(*m_store, this))
    , m_attachments(new AttachmentModel(*m_store, this))
    , m_statements(new ProblemStatementModel(*m_store, this))
    , m_menteeFilter(new MenteeFilter(this))
    , m_sessionOrder(new QSortFilterProxyModel(this))
{
    AccessibleTabBar::install();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowFilePath(database.path());
    if (auto *application = qobject_cast<GuardedApplication *>(QCoreApplication::instance()))
        connect(application, &GuardedApplication::failed, this, &MainWindow::databaseFailed);
    resize(1280, 800);

    m_menteeFilter->setSourceModel(m_mentees);
    m_menteeFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_menteeFilter->setFilterKeyColumn(MenteeListModel::NameColumn);
    m_sessionOrder->setSourceModel(m_sessions);
    m_sessionOrder->setSortRole(SessionTimelineModel::SequenceRole);
    m_sessionOrder->setDynamicSortFilter(true);

    createActions();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcome());
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(createMenteePane());
    m_splitter->addWidget(createTimelinePane());
    // The tabs keep a margin from the window's edge, as the mentee list does on its side.
    auto *detail = new QWidget(m_splitter);
    m_tabs = new QTabWidget(detail);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Selected mentee"));
    m_tabs->tabBar()->setAccessibleName(tr("Parts of the relationship"));
    m_sessionEditor = new SessionEditor(m_sessions, m_statements, m_mentees, m_tabs);
    m_goalEditor = new GoalEditor(m_goals, m_reviews, m_tabs);
    m_checklist = new ActionChecklist(m_actions, m_tabs);
    m_profile = new ProfileEditor(m_mentees, m_attachments, *m_launcher, m_tabs);
    m_tabs->addTab(m_sessionEditor, tr("&Session"));
    m_tabs->addTab(m_goalEditor, tr("&Goals"));
    m_tabs->addTab(m_checklist, tr("&Actions"));
    m_tabs->addTab(m_profile, tr("&Profile"));
    m_overview = new OverviewPanel(m_mentees, m_sessions, m_goals, m_tabs);
    m_tabs->addTab(m_overview, tr("&Overview"));
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 6, 0);
    detailLayout->addWidget(m_tabs);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 4);
    m_splitter->setSizes({260, 400, 620});
    m_pages->addWidget(m_splitter);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // A database in a read-only place opens for viewing; the Store refuses every edit.
    auto *readOnlyBanner = new QLabel(central);
    readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    readOnlyBanner->setWordWrap(true);
    readOnlyBanner->setMargin(8);
    readOnlyBanner->setText(
        tr("This database is read-only: %1; you can view, export and back it up.")
            .arg(m_database.readOnlyReason()));
    readOnlyBanner->setVisible(m_database.isReadOnlyFallback());
    centralLayout->addWidget(readOnlyBanner);
    // While presenting, a banner says so, and one click ends it.
    m_presentingBanner = new QWidget(central);
    m_presentingBanner->setObjectName(QStringLiteral("presentingBanner"));
    m_presentingBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_presentingBanner->palette();
    bannerPalette.setColor(QPalette::Window, bannerPalette.color(QPalette::Highlight));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::HighlightedText));
    m_presentingBanner->setPalette(bannerPalette);
    auto *bannerLayout = new QHBoxLayout(m_presentingBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    auto *bannerText = new QLabel(tr("Presenting: private notes and the other mentees are hidden."),
                                  m_presentingBanner);
    bannerText->setObjectName(QStringLiteral("presentingText"));
    QFont bannerFont = bannerText->font();
    bannerFont.setBold(true);
    bannerText->setFont(bannerFont);
    auto *stopPresenting = new QPushButton(tr("Stop Presenting"), m_presentingBanner);
    stopPresenting->setObjectName(QStringLiteral("stopPresenting"));
    connect(stopPresenting, &QPushButton::clicked, this, [this] { setPresenting(false); });
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(stopPresenting);
    m_presentingBanner->hide();
    centralLayout->addWidget(m_presentingBanner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_showInFolder = new QToolButton(this);
    m_showInFolder->setObjectName(QStringLiteral("showInFolder"));
    m_showInFolder->setText(tr("Show in folder"));
    m_showInFolder->setAutoRaise(true);
    m_showInFolder->hide();
    statusBar()->addPermanentWidget(m_showInFolder);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);
    m_saveState->setText(tr("Every change is saved at once"));
    connect(m_showInFolder, &QToolButton::clicked, this, [this] {
        m_launcher->showInFolder(m_noticePath);
    });
    // The button belongs to the notice, and goes when another message replaces it.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        m_showInFolder->setVisible(!m_noticePath.isEmpty() && text == m_noticeText);
    });
    connect(m_launcher,
            &DesktopLauncher::done,
            this,
            [this](const QString &text, const QString &path) { showNotice(text, path, 8000); });
    connect(m_launcher,
            &DesktopLauncher::failed,
            this,
            [this](const QString &text, const QString &path) {
                showNotice(text, path, 30000);
                QApplication::beep();
            });

    connect(m_store, &Store::saved, this, &MainWindow::showSaved);
    connect(m_store, &Store::writeFailed, this, &MainWindow::showFailure);
    connect(m_mentees, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_mentees, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_mentees, &QAbstractItemModel::dataChanged, this, &MainWindow::updateHeader);
    connect(m_sessions, &QAbstractItemModel::dataChanged, this, &MainWindow::updateHeader);
    connect(m_sessions, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateHeader);
    connect(m_sessions, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateHeader);
    connect(m_sessionEditor, &SessionEditor::deleteRequested, this, &MainWindow::deleteSession);
    connect(m_sessionEditor, &SessionEditor::sessionPlanned, this, &MainWindow::selectSession);
    nameFieldsAfterLabels(this);
    QApplication::instance()->installEventFilter(new AltLetterGuard(this));
    QApplication::instance()->installEventFilter(
        new WindowShortcutGuard(this, {m_findEverywhereAction, m_presentingAction}));

    readSettings();
    updatePage();
    // What changed while Mentorbook was closed, or failed last time, goes out after start-up.
    m_calendar->schedule();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QUndoStack *undoStack = m_store->undoStack();

    m_newMenteeAction = new QAction(themeIcon("contact-new"), tr("New &mentee"), this);
    m_newMenteeAction->setObjectName(QStringLiteral("newMenteeAction"));
    m_newMenteeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newMenteeAction->setStatusTip(tr("Start a new mentoring relationship"));
    connect(m_newMenteeAction, &QAction::triggered, this, &MainWindow::newMentee);

    m_planAction = new QAction(themeIcon("appointment-new"), tr("&Plan next session"), this);
    m_planAction->setObjectName(QStringLiteral("planSessionAction"));
    m_planAction->setShortcut(QKeySequence::New);
    m_planAction->setStatusTip(tr("Add the next session, with the stage the method suggests"));
    connect(m_planAction, &QAction::triggered, this, &MainWindow::planNextSession);

    auto *sample = new QAction(tr("Add the &sample relationship"), this);
    sample->setObjectName(QStringLiteral("addSampleAction"));
    connect(sample, &QAction::triggered, this, [this] {
        if (const Id id = Edit::addSample(*m_store, QDate::currentDate()))
            selectMentee(id);
    });

    m_documents = new DocumentActions(*m_store, *m_launcher, this);
    connect(m_documents, &DocumentActions::aboutToRead, this, &MainWindow::submitForms);
    QAction *printAgenda = m_documents->previewAgendaAction();
    printAgenda->setIcon(themeIcon("document-print"));
    m_documents->exportRecapAction()->setIcon(themeIcon("document-export"));
    m_documents->emailRecapAction()->setIcon(themeIcon("mail-send"));

    auto *backup = new QAction(themeIcon("document-save-as"), tr("&Back up…"), this);
    backup->setShortcut(QKeySequence::SaveAs);
    connect(backup, &QAction::triggered, this, &MainWindow::backUp);

    auto *quit = new QAction(themeIcon("application-exit"), tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Qt's own wording ("Undo %1"), which its translations phrase well in every language. The
    // toolbar shows the short word, so that a long step's name cannot push Redo out of sight;
    // the tooltip, by default the action's text, names the step.
    QAction *undo = undoStack->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(themeIcon("edit-undo"));
    undo->setIconText(QUndoStack::tr("Undo", "Default text for undo action"));
    QAction *redo = undoStack->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(themeIcon("edit-redo"));
    redo->setIconText(QUndoStack::tr("Redo", "Default text for redo action"));

    auto *preferences = new QAction(themeIcon("preferences-system"), tr("Pre&ferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    auto *find = new QAction(themeIcon("edit-find"), tr("&Find mentee"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    auto *findEverywhere = new QAction(themeIcon("edit-find"), tr("Find in &All Mentees…"), this);
    findEverywhere->setObjectName(QStringLiteral("findEverywhereAction"));
    findEverywhere->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    findEverywhere->setStatusTip(
        tr("Find words in every session, goal, action, review, profile and file"));
    connect(findEverywhere, &QAction::triggered, this, &MainWindow::showSearch);
    m_findEverywhereAction = findEverywhere;

    m_presentingAction = new QAction(themeIcon("video-display"), tr("&Presenting"), this);
    m_presentingAction->setObjectName(QStringLiteral("presentingAction"));
    m_presentingAction->setCheckable(true);
    m_presentingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presentingAction->setStatusTip(
        tr("Share your screen safely: hide private notes and the other mentees"));
    connect(m_presentingAction, &QAction::toggled, this, [this](bool on) { setPresenting(on); });

    m_closeAction = new QAction(tr("&Close relationship"), this);
    m_closeAction->setObjectName(QStringLiteral("closeRelationshipAction"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::toggleClosed);
    m_deleteMenteeAction = new QAction(themeIcon("edit-delete"), tr("&Delete mentee…"), this);
    m_deleteMenteeAction->setObjectName(QStringLiteral("deleteMenteeAction"));
    connect(m_deleteMenteeAction, &QAction::triggered, this, &MainWindow::deleteMentee);

    m_newestFirstAction = new QAction(tr("&Newest sessions first"), this);
    m_newestFirstAction->setCheckable(true);
    connect(m_newestFirstAction, &QAction::toggled, this, [this](bool newestFirst) {
        m_sessionOrder->sort(0, newestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
    });

    auto *shortcuts = new QAction(tr("&Keyboard shortcuts…"), this);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);

    auto *about = new QAction(tr("&About Mentorbook"), this);
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newMenteeAction);
    file->addAction(m_planAction);
    file->addSeparator();
    file->addAction(sample);
    file->addAction(backup);
    file->addSeparator();
    file->addAction(quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(m_findEverywhereAction);
    edit->addSeparator();
    edit->addAction(preferences);
    menuBar()->addMenu(m_documents->menu());
    m_calendar = new CalendarPublishing(*m_store, *m_launcher, this);
    m_documents->menu()->addSeparator();
    m_documents->menu()->addAction(m_calendar->publishAction());
    QMenu *mentee = menuBar()->addMenu(tr("&Mentee"));
    mentee->addAction(m_closeAction);
    mentee->addAction(m_deleteMenteeAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_newestFirstAction);
    view->addSeparator();
    view->addAction(m_presentingAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(shortcuts);
    help->addSeparator();
    help->addAction(about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newMenteeAction);
    toolbar->addAction(m_planAction);
    toolbar->addAction(printAgenda);
    toolbar->addAction(m_documents->exportRecapAction());
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
}

QWidget *MainWindow::createWelcome()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to Mentorbook"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("Keep each mentoring relationship in one place: the sessions, the SMART goals "
           "and the actions you agree. Mentorbook guides you from the pre-work through "
           "introductions and focus to exercises and debriefs. Everything stays on this "
           "computer, and every change is saved at once."),
        page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(text->fontMetrics().averageCharWidth() * 70);
    auto *first = new QPushButton(tr("Add your first mentee"), page);
    first->setObjectName(QStringLiteral("addFirstMentee"));
    first->setDefault(true);
    auto *sample = new QPushButton(tr("Explore the sample relationship"), page);
    sample->setObjectName(QStringLiteral("exploreSample"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(first);
    buttons->addWidget(sample);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    auto *centred = new QHBoxLayout;
    centred->addStretch();
    centred->addWidget(text);
    centred->addStretch();
    layout->addLayout(centred);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(first, &QPushButton::clicked, this, &MainWindow::newMentee);
    connect(sample, &QPushButton::clicked, this, [this] {
        if (const Id id = Edit::addSample(*m_store, QDate::currentDate()))
            selectMentee(id);
    });
    return page;
}

QWidget *MainWindow::createMenteePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 6);
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("menteeFilter"));
    m_filter->setPlaceholderText(tr("Find a mentee"));
    m_filter->setAccessibleName(tr("Find a mentee"));
    m_filter->setAccessibleDescription(tr("Shows only the mentees whose name holds these words"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter,
            &QLineEdit::textChanged,
            m_menteeFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    m_menteeView = new QListView(pane);
    m_menteeView->setObjectName(QStringLiteral("menteeList"));
    m_menteeView->setModel(m_menteeFilter);
    m_menteeView->setItemDelegate(new MenteeDelegate(m_menteeView));
    m_menteeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_menteeView->setUniformItemSizes(true);
    m_menteeView->setAccessibleName(tr("Mentees"));
    auto *stack = new PlaceholderStack(m_menteeView, tr("No mentee matches."), pane);
    stack->setModel(m_menteeFilter);
    layout->addWidget(m_filter);
    layout->addWidget(stack, 1);
    auto *add = new QPushButton(m_newMenteeAction->icon(), tr("New mentee"), pane);
    add->setObjectName(QStringLiteral("newMenteeButton"));
    connect(add, &QPushButton::clicked, this, &MainWindow::newMentee);
    layout->addWidget(add);
    connect(m_menteeView->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) { guarded([&] { menteeChanged(current); }); });
    m_menteeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_menteeView->addActions({m_closeAction, m_deleteMenteeAction});
    return pane;
}

QWidget *MainWindow::createTimelinePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 6, 0, 6);
    m_menteeHeading = new ElidedLabel(pane);
    m_menteeHeading->setObjectName(QStringLiteral("menteeHeading"));
    QFont headingFont = m_menteeHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_menteeHeading->setFont(headingFont);
    m_menteeHeading->setTextFormat(Qt::PlainText);
    m_menteeSummary = new QLabel(pane);
    m_menteeSummary->setObjectName(QStringLiteral("menteeSummary"));
    m_menteeSummary->setForegroundRole(QPalette::PlaceholderText);
    m_menteeSummary->setWordWrap(true);
    m_timeline = new QListView(pane);
    m_timeline->setObjectName(QStringLiteral("sessionTimeline"));
    m_timeline->setModel(m_sessionOrder);
    m_timelineDelegate = new TimelineDelegate(m_timeline);
    m_timeline->setItemDelegate(m_timelineDelegate);
    // However narrow the splitter makes the pane, a row shows its stage and its status.
    m_timeline->setMinimumWidth(TimelineDelegate::minimumRowWidth(m_timeline->font())
                                + 2 * m_timeline->frameWidth()
                                + m_timeline->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_timeline->setAccessibleName(tr("Session timeline"));
    m_timeline->setAccessibleDescription(
        tr("The mentee's sessions; the selected one shows on the Session tab"));
    auto *stack = new PlaceholderStack(m_timeline,
                                       tr("No sessions yet. Plan the first one: the pre-work, "
                                          "when you ask for a resume and a job description."),
                                       pane);
    stack->setObjectName(QStringLiteral("timelineStack"));
    stack->setModel(m_sessionOrder);
    m_planButton = new QPushButton(m_planAction->icon(), tr("Plan next session"), pane);
    m_planButton->setObjectName(QStringLiteral("planSessionButton"));
    connect(m_planButton, &QPushButton::clicked, this, &MainWindow::planNextSession);
    layout->addWidget(m_menteeHeading);
    layout->addWidget(m_menteeSummary);
    layout->addWidget(stack, 1);
    layout->addWidget(m_planButton);
    connect(m_timeline->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) { guarded([&] { sessionChanged(current); }); });
    return pane;
}

void MainWindow::setNow(const QDateTime &now)
{
    m_mentees->setNow(now);
    m_sessions->setNow(now);
    m_actions->setNow(now);
    const QDate today = now.toLocalTime().date();
    m_timelineDelegate->setToday(today);
    // Two-digit years and empty calendars count from the window's day, as everything else does.
    for (DateInputField *field : findChildren<DateInputField *>())
        field->setToday(today);
    for (DateDelegate *delegate : findChildren<DateDelegate *>())
        delegate->setToday(today);
    updateHeader();
}

void MainWindow::updatePage()
{
    const bool empty = m_mentees->rowCount() == 0;
    const bool changed = m_pages->currentIndex() != (empty ? WelcomePage : WorkPage);
    m_pages->setCurrentIndex(empty ? WelcomePage : WorkPage);
    if (changed && empty)
        m_pages->currentWidget()
            ->findChild<QPushButton *>(QStringLiteral("addFirstMentee"))
            ->setFocus();
    if (!empty && !m_menteeView->currentIndex().isValid())
        m_menteeView->setCurrentIndex(m_menteeFilter->index(0, 0));
    const bool selected = m_menteeId > 0;
    m_planAction->setEnabled(selected);
    m_planButton->setEnabled(selected);
    m_closeAction->setEnabled(selected);
    m_deleteMenteeAction->setEnabled(selected);
    m_tabs->setEnabled(selected);
}

void MainWindow::selectMentee(Id menteeId)
{
    // While presenting, choosing a relationship (a new one, say) makes it the one shown.
    if (isPresenting() && menteeId > 0 && m_mentees->indexOf(menteeId).isValid())
        static_cast<MenteeFilter *>(m_menteeFilter)->setOnly(menteeId);
    const QModelIndex index = m_menteeFilter->mapFromSource(m_mentees->indexOf(menteeId));
    if (!index.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear();
        return selectMentee(menteeId);
    }
    m_menteeView->setCurrentIndex(index);
}

void MainWindow::showSearch()
{
    if (!m_search) {
        m_search = new SearchDialog(m_database, this);
        connect(m_search, &SearchDialog::openRequested, this, &MainWindow::openSearchHit);
        updateSearchScope();
    }
    submitForms();
    m_search->activate();
}

void MainWindow::openSearchHit(const SearchHit &hit, const QStringList &terms)
{
    submitForms();
    selectMentee(hit.menteeId);
    if (m_menteeId != hit.menteeId)
        return;
    QWidget *page = m_sessionEditor;
    const QString table = hit.table;
    if (table == QLatin1String("mentees") || table == QLatin1String("attachments")) {
        page = m_profile;
    } else if (table == QLatin1String("goals") || table == QLatin1String("goal_reviews")
               || (table == QLatin1String("problem_statements") && hit.goalId)) {
        page = m_goalEditor;
    } else if (table == QLatin1String("actions")) {
        page = m_checklist;
    }
    if (hit.sessionId)
        selectSession(hit.sessionId);
    m_tabs->setCurrentWidget(page);
    if (page == m_goalEditor && hit.goalId)
        selectRowOf(page, QStringLiteral("goals"), hit.goalId);
    if (table == QLatin1String("goal_reviews"))
        selectRowOf(page, table, hit.rowId);
    if (table == QLatin1String("attachments"))
        selectRowOf(page, table, hit.rowId);
    if (table == QLatin1String("actions") && !selectRowOf(page, table, hit.rowId)) {
        // Hidden by the checklist's filters: show every action, then select it.
        m_checklist->showEveryAction();
        selectRowOf(page, table, hit.rowId);
    }
    // The text's own editor, where it shows: focused, the words highlighted.
    const QString field = table + QLatin1Char('.') + hit.field;
    for (QWidget *editor : page->findChildren<QWidget *>()) {
        if (editor->property(BoundField).toString() != field || !editor->isVisibleTo(page))
            continue;
        editor->setFocus(Qt::OtherFocusReason);
        highlightTerms(editor, terms);
        // The form scrolls to the first word found, not only to the top of its editor.
        for (QWidget *up = editor->parentWidget(); up; up = up->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
                QPoint at = editor->rect().center();
                if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
                    at = text->viewport()->mapTo(editor, text->cursorRect().center());
                at = editor->mapTo(scroll->widget(), at);
                scroll->ensureVisible(at.x(), at.y(), 50, 120);
                break;
            }
        }
        break;
    }
    statusBar()->showMessage(tr("Found in %1").arg(Search::placeOf(hit)), 8000);
}

bool MainWindow::isPresenting() const
{
    return m_presentingAction->isChecked();
}

void MainWindow::setPresenting(bool presenting)
{
    if (m_presentingAction->isChecked() != presenting) {
        m_presentingAction->setChecked(presenting); // comes back here through toggled()
        return;
    }
    submitForms();
    QSettings settings;
    settings.setValue(QStringLiteral("view/presenting"), presenting);
    if (presenting)
        settings.setValue(QStringLiteral("view/presentingMentee"), m_menteeId);
    else
        settings.remove(QStringLiteral("view/presentingMentee"));
    applyPresenting();
}

void MainWindow::applyPresenting()
{
    const bool presenting = isPresenting();
    auto *filter = static_cast<MenteeFilter *>(m_menteeFilter);
    if (presenting) {
        // The relationship on screen, or else the first one: never the whole list.
        Id shown = m_menteeId;
        if (shown == 0 && m_mentees->rowCount() > 0)
            shown = m_mentees->menteeAt(m_mentees->index(0, 0)).id;
        filter->setOnly(shown);
        if (m_menteeId != shown && shown != 0)
            selectMentee(shown);
    } else {
        filter->setOnly(0);
    }
    // The relationship on screen stays the list's current one as the list is filtered.
    if (m_menteeId != 0)
        m_menteeView->setCurrentIndex(
            m_menteeFilter->mapFromSource(m_mentees->indexOf(m_menteeId)));
    m_filter->setEnabled(!presenting);
    m_presentingBanner->setVisible(presenting);
    // What is the mentor's alone leaves the screen, its label with it.
    for (QWidget *editor : findChildren<QWidget *>()) {
        const QString field = editor->property(BoundField).toString();
        const qsizetype dot = field.indexOf(QLatin1Char('.'));
        if (dot < 0 || !Search::isPrivate(field.left(dot), field.mid(dot + 1)))
            continue;
        if (auto *form = qobject_cast<QFormLayout *>(editor->parentWidget()->layout()))
            form->setRowVisible(editor, !presenting);
        else
            editor->setVisible(!presenting);
    }
    updateSearchScope();
}

void MainWindow::updateSearchScope()
{
    if (!m_search)
        return;
    auto *filter = static_cast<MenteeFilter *>(m_menteeFilter);
    const bool presenting = isPresenting();
    Search::Options options;
    options.withoutPrivate = presenting;
    options.menteeId = presenting ? filter->only() : 0;
    m_search->setOptions(options);
    m_search->setWindowTitle(presenting ? tr("Find in This Mentee") : tr("Find in All Mentees"));
}

void MainWindow::selectSession(Id sessionId)
{
    m_timeline->setCurrentIndex(m_sessionOrder->mapFromSource(m_sessions->indexOf(sessionId)));
}

void MainWindow::showSession(Id menteeId, Id sessionId)
{
    selectMentee(menteeId);
    selectSession(sessionId);
    m_tabs->setCurrentIndex(SessionTab);
}

Id MainWindow::currentSessionId() const
{
    const QModelIndex current = m_sessionOrder->mapToSource(m_timeline->currentIndex());
    return current.isValid() ? m_sessions->sessionAt(current).id : 0;
}

void MainWindow::menteeChanged(const QModelIndex &proxyIndex)
{
    submitForms();
    const QModelIndex index = m_menteeFilter->mapToSource(proxyIndex);
    m_menteeId = index.isValid() ? m_mentees->menteeAt(index).id : 0;
    m_sessions->setMenteeId(m_menteeId);
    m_goals->setMenteeId(m_menteeId);
    m_actions->setMenteeId(m_menteeId);
    m_attachments->setMenteeId(m_menteeId);
    m_statements->setMenteeId(m_menteeId);
    m_overview->setMenteeId(m_menteeId);
    m_profile->setCurrentIndex(index);
    if (m_goals->rowCount() > 0)
        m_goalEditor->goalList()->setCurrentIndex(m_goals->index(0, 0));

    // Open on the next session, or else the latest one.
    Id focus = m_sessions->nextSession();
    if (focus == 0 && !m_sessions->items().isEmpty())
        focus = m_sessions->items().constLast().id;
    if (focus)
        selectSession(focus);
    else
        sessionChanged({});
    updateHeader();
    updatePage();
}

void MainWindow::sessionChanged(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_sessionOrder->mapToSource(proxyIndex);
    m_sessionEditor->setCurrentIndex(index);
    const Session session = m_sessions->sessionAt(index);
    m_goalEditor->setCurrentSession(index.isValid() ? session.id : 0,
                                    index.isValid() ? session.sequence : 0);
    m_checklist->setCurrentSession(index.isValid() ? session.id : 0);
    m_documents->setContext(m_menteeId, index.isValid() ? session.id : 0);
}

void MainWindow::updateHeader()
{
    const QModelIndex index = m_mentees->indexOf(m_menteeId);
    if (!index.isValid()) {
        m_menteeHeading->setFullText(QString());
        m_menteeSummary->clear();
        setWindowTitle(QString()); // the database's file name
        return;
    }
    const Mentee mentee = m_mentees->menteeAt(index);
    m_menteeHeading->setFullText(mentee.name);
    setWindowTitle(tr("Mentoring %1").arg(mentee.name));
    QStringList facts;
    if (!mentee.role.isEmpty() || !mentee.organisation.isEmpty())
        facts << QStringList{mentee.role, mentee.organisation}
                     .filter(QRegularExpression(QStringLiteral("\\S")))
                     .join(tr(", "));
    facts << tr(
        "%n session(s) held", nullptr, index.data(MenteeListModel::HeldSessionsRole).toInt());
    facts << MenteeDelegate::statusLine(index);
    m_menteeSummary->setText(facts.join(QStringLiteral(" · ")));
    m_closeAction->setText(mentee.status == MenteeStatus::Closed ? tr("Re&open relationship")
                                                                 : tr("&Close relationship"));
}

void MainWindow::newMentee()
{
    submitForms();
    const Id id = Edit::addMentee(*m_store,
                                  m_mentees->now().toLocalTime().date(),
                                  Preferences::cadenceDays(),
                                  Preferences::sessionMinutes());
    if (id == 0)
        return;
    selectMentee(id);
    m_tabs->setCurrentIndex(ProfileTab);
    m_profile->focusName();
}

void MainWindow::planNextSession()
{
    if (m_menteeId <= 0)
        return;
    submitForms();
    const Id id = Edit::planNextSession(*m_store, m_menteeId, m_mentees->now());
    if (id == 0)
        return;
    selectSession(id);
    m_tabs->setCurrentIndex(SessionTab);
}

void MainWindow::toggleClosed()
{
    const QModelIndex index = m_mentees->indexOf(m_menteeId);
    if (!index.isValid())
        return;
    const Mentee mentee = m_mentees->menteeAt(index);
    Edit::setRelationshipClosed(*m_store, mentee.id, mentee.status != MenteeStatus::Closed);
}

void MainWindow::deleteMentee()
{
    const QModelIndex index = m_mentees->indexOf(m_menteeId);
    if (!index.isValid())
        return;
    const Mentee mentee = m_mentees->menteeAt(index);
    QMessageBox question(
        QMessageBox::Question,
        tr("Delete mentee"),
        tr("Delete %1 and all of the relationship's sessions, goals and actions?").arg(mentee.name),
        QMessageBox::Cancel,
        this);
    question.setObjectName(QStringLiteral("confirmDeleteMentee"));
    question.setInformativeText(tr("You can bring everything back with Undo."));
    QPushButton *confirm = question.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != confirm)
        return;
    submitForms();
    Edit::deleteMentee(*m_store, mentee.id);
}

void MainWindow::deleteSession(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Edit::deleteSession(*m_store, m_sessions->sessionAt(index).id);
}

void MainWindow::backUp()
{
    submitForms();
    QSettings settings;
    const QString folder
        = settings.value(QStringLiteral("backupFolder"), QDir::homePath()).toString();
    const QString suggestion = QDir(folder).filePath(
        QStringLiteral("mentorbook-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Back up the database"), suggestion, tr("Mentorbook databases (*.sqlite)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("backupFolder"), QFileInfo(file).absolutePath());
    try {
        m_database.backupTo(file);
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(file)), 8000);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Back up"), error.message());
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this,
        tr("About Mentorbook"),
        tr("<h3>Mentorbook %1</h3><p>Sessions, SMART goals and agreed actions for mentors, "
           "private and offline.</p><p>Your data: <tt>%2</tt></p>")
            .arg(QStringLiteral(MENTORBOOK_VERSION),
                 QDir::toNativeSeparators(m_database.path()).toHtmlEscaped()));
}

void MainWindow::showSaved()
{
    m_saveState->setPalette(QPalette());
    m_saveState->setText(
        tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void MainWindow::showFailure(const QString &message)
{
    QPalette palette = m_saveState->palette();
    palette.setColor(QPalette::WindowText, warningColor(palette));
    m_saveState->setPalette(palette);
    m_saveState->setText(tr("Not saved"));
    statusBar()->showMessage(message, 15000);
    QApplication::beep();
}

void MainWindow::showNotice(const QString &message, const QString &path, int timeout)
{
    m_noticeText = message;
    m_noticePath = path;
    statusBar()->showMessage(message, timeout);
    // The same text again does not signal a change.
    m_showInFolder->setVisible(!path.isEmpty());
}

void MainWindow::submitForms()
{
    if (!m_sessionEditor)
        return;
    m_sessionEditor->submit();
    m_goalEditor->submit();
    m_profile->submit();
}

void MainWindow::showKeyboardShortcuts()
{
    // In the order of the menus, then whatever else the window answers to.
    QList<QAction *> actions;
    for (const QAction *menu : menuBar()->actions()) {
        if (menu->menu())
            actions << menu->menu()->actions();
    }
    for (QAction *action : findChildren<QAction *>()) {
        if (!actions.contains(action))
            actions << action;
    }
    KeyboardShortcutsDialog dialog(actions, this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    submitForms();
    PreferencesDialog dialog(m_database.path(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.databaseChange()) {
    case PreferencesDialog::DatabaseChange::None:
        // Another calendar server, or organizer, is published to at once.
        m_calendar->schedule();
        return;
    case PreferencesDialog::DatabaseChange::Open:
        m_switch = {dialog.chosenDatabase(), QString()};
        break;
    case PreferencesDialog::DatabaseChange::Move:
        try {
            m_database.backupTo(dialog.chosenDatabase());
        } catch (const Error &error) {
            // The database stays where it is, with every change saved.
            m_launcher->reportFailure(error.message());
            return;
        }
        m_switch = {dialog.chosenDatabase(), m_database.path()};
        break;
    }
    Preferences::setDatabasePath(m_switch.open);
    writeSettings();
    QCoreApplication::exit(SwitchDatabaseExitCode);
}

void MainWindow::databaseFailed(const QString &message)
{
    if (std::exchange(m_failing, true))
        return; // one message at a time: a failing database may fail again while it shows
    QString unsaved;
    try {
        submitForms();
    } catch (const std::exception &error) {
        unsaved = QString::fromLocal8Bit(error.what());
    }
    QMessageBox box(
        QMessageBox::Critical,
        tr("The database failed"),
        tr("Mentorbook cannot go on with %1.").arg(QDir::toNativeSeparators(m_database.path())),
        QMessageBox::NoButton,
        this);
    box.setObjectName(QStringLiteral("databaseFailure"));
    // The demo's database goes with its temporary folder: there is nothing to reopen.
    const bool canReopen = !m_database.isTemporary();
    box.setInformativeText(
        !canReopen ? tr("%1\n\nThe sample database was temporary. Close Mentorbook and start "
                        "the demo again.")
                         .arg(message)
        : unsaved.isEmpty()
            ? tr("%1\n\nWhat was saved is kept. Reopen the database to go on, or close "
                 "Mentorbook and run “mentorbook check” on it.")
                  .arg(message)
            : tr("%1\n\nWhat you typed last could not be saved either (%2). What was saved "
                 "before is kept.")
                  .arg(message, unsaved));
    QPushButton *reopen = nullptr;
    if (canReopen) {
        reopen = box.addButton(tr("&Reopen"), QMessageBox::AcceptRole);
        reopen->setObjectName(QStringLiteral("reopenDatabase"));
    }
    QPushButton *close = box.addButton(tr("&Close Mentorbook"), QMessageBox::RejectRole);
    close->setObjectName(QStringLiteral("closeAfterFailure"));
    box.setDefaultButton(reopen ? reopen : close);
    box.exec();
    if (reopen && box.clickedButton() == reopen) {
        m_switch = {m_database.path(), QString()};
        QCoreApplication::exit(SwitchDatabaseExitCode);
    } else {
        m_switch = {};
        QCoreApplication::exit(1);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    submitForms();
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // A window saved on a larger screen, or the default size on a small one, fits the screen.
    if (const QScreen *shown = screen()) {
        const QRect available = shown->availableGeometry();
        if (width() > available.width() || height() > available.height()) {
            resize(size().boundedTo(available.size()));
            move(available.topLeft());
        }
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_newestFirstAction->setChecked(
        settings.value(QStringLiteral("timeline/newestFirst"), false).toBool());
    m_sessionOrder->sort(
        0, m_newestFirstAction->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    // Presenting lasts until it is turned off, on the relationship it was on.
    if (settings.value(QStringLiteral("view/presenting"), false).toBool()) {
        const Id shown = settings.value(QStringLiteral("view/presentingMentee")).toLongLong();
        if (m_mentees->indexOf(shown).isValid())
            selectMentee(shown);
        setPresenting(true);
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("timeline/newestFirst"), m_newestFirstAction->isChecked());
}

} // namespace Mentorbook
