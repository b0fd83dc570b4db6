// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/verbs.h"
#include "formbinder.h"
#include "mainwindow.h"
#include "model/entitymodel.h"
#include "model/searchresultmodel.h"
#include "search/search.h"
#include "searchdialog.h"
#include "testsupport.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

constexpr char PrivateMarker[] = "Xylophonic";
constexpr char OtherMentee[] = "Quentin Zbigniewski";

enum Tab { SessionTab, GoalsTab, ActionsTab, ProfileTab, OverviewTab };

/**
 * A line edit as on X11, where QKeySequence::DeleteEndOfLine is Ctrl+K: it claims the key
 * before any shortcut. (The offscreen platform has Windows' key bindings, which do not.)
 */
class X11LineEditKeys : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride
            && static_cast<QKeyEvent *>(event)->keyCombination()
                   == QKeyCombination(Qt::ControlModifier, Qt::Key_K)) {
            event->accept();
            return true;
        }
        return false;
    }
};

/** Whether a view shows the model's column: a list its model column, a table or tree its own. */
bool showsColumn(const QAbstractItemView *view, int column)
{
    if (auto *list = qobject_cast<const QListView *>(view))
        return column == list->modelColumn();
    if (auto *table = qobject_cast<const QTableView *>(view))
        return !table->isColumnHidden(column);
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return !tree->isColumnHidden(column);
    return true;
}

/** Every text a view shows of its rows, their tooltips included, in every shown column. */
void collectTexts(const QAbstractItemView *view, const QModelIndex &parent, QStringList &into)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (auto *list = qobject_cast<const QListView *>(view); list && list->isRowHidden(row))
            continue;
        for (int column = 0; column < model->columnCount(parent); ++column) {
            if (!showsColumn(view, column))
                continue;
            const QModelIndex index = model->index(row, column, parent);
            const QList<int> roles = model->roleNames().keys();
            for (int role : roles
                                + QList<int>{Qt::DisplayRole,
                                             Qt::ToolTipRole,
                                             Qt::StatusTipRole,
                                             Qt::AccessibleTextRole}) {
                const QVariant value = index.data(role);
                if (value.canConvert<QString>())
                    into << value.toString();
            }
        }
        collectTexts(view, model->index(row, 0, parent), into);
    }
}

/** What the window shows now: every visible widget's text, the window title, the views' rows. */
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        texts << widget->toolTip() << widget->statusTip() << widget->accessibleName()
              << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts << line->text() << line->placeholderText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(widget))
            texts << rich->toPlainText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            if (view->model())
                collectTexts(view, view->rootIndex(), texts);
        }
    }
    return texts;
}

/** The first of texts that holds needle, or an empty string. */
QString holding(const QStringList &texts, const QString &needle)
{
    for (const QString &text : texts) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return text;
    }
    return {};
}

} // namespace

/**
 * Find in All Mentees and Presenting, as a mentor uses them: the box opened with Ctrl+K from
 * wherever the focus is, words typed key by key, Enter; the window then walked widget by
 * widget for what presenting must keep off the screen.
 */
class TestSearchWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldPassTheModelTester();
    void shouldOpenEveryTextEditorsWordsInPlace_data();
    void shouldOpenEveryTextEditorsWordsInPlace();
    void shouldOpenAnActionHiddenByTheChecklistFilter();
    void shouldSayWhenNothingIsFound();
    void shouldShowNothingPrivateWhilePresenting();
    void shouldStayPresentingAcrossARestartUntilTurnedOff();

private:
    void openWindow();
    /** The sample, a second relationship, and the marker in every private note. */
    void addRelationships();
    /** Ctrl+K from the focused widget, the words typed, the results in. */
    SearchDialog *search(const QString &words);
    /** Enter or Escape in the box: the dialog closes, the window is active again. */
    void leave(SearchDialog *dialog, Qt::Key key);
    /** Walks every tab and every session of the current relationship, collecting texts. */
    QStringList everythingShown();
    template<class T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    Id m_sample = 0;
    Id m_other = 0;
};

void TestSearchWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of its own: the other window tests clear theirs while this one runs beside them.
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-searchwindow-test"));
}

void TestSearchWindow::init()
{
    QSettings().clear();
    m_database = openTestDatabase(m_dir);
}

void TestSearchWindow::cleanup()
{
    m_window.reset();
    m_database.reset();
    QLocale::setDefault(QLocale::c());
}

void TestSearchWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestSearchWindow::addRelationships()
{
    Store &store = m_window->store();
    m_other = Edit::addMentee(store, today().addDays(-60), 14, 60);
    Mentee other = store.repositories().mentees.get(m_other);
    other.name = QString::fromLatin1(OtherMentee);
    other.developmentAreas = QStringLiteral("Negotiating a promotion panel");
    QVERIFY(store.change(other, QStringLiteral("Name")));
    const Id planned = Edit::planNextSession(store, m_other, frozenNow());
    QVERIFY(planned > 0);
    m_sample = Edit::addSample(store, today());
    QVERIFY(m_sample > 0);
    for (const Id mentee : {m_sample, m_other}) {
        for (Session session : store.repositories().sessionsOf(mentee)) {
            session.privateNotes
                += QStringLiteral(" %1 promotion panel").arg(QLatin1String(PrivateMarker));
            QVERIFY(store.change(session, QStringLiteral("Private notes")));
        }
    }
    m_window->selectMentee(m_sample);
    QCOMPARE(m_window->currentMenteeId(), m_sample);
}

SearchDialog *TestSearchWindow::search(const QString &words)
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        focus = m_window.get();
    QTest::keyClick(focus, Qt::Key_K, Qt::ControlModifier);
    SearchDialog *dialog = m_window->searchDialog();
    if (!dialog || !dialog->isVisible()) {
        qWarning("Ctrl+K from %s did not open the search", focus->metaObject()->className());
        return nullptr;
    }
    // What a window manager does when a window asks to be activated (offscreen has none).
    QApplication::setActiveWindow(dialog);
    auto *box = dialog->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    if (!box || !QTest::qWaitForWindowActive(dialog) || QApplication::focusWidget() != box) {
        qWarning("the search box does not have the focus: active %d, focus %s",
                 int(dialog->isActiveWindow()),
                 QApplication::focusWidget()
                     ? QApplication::focusWidget()->metaObject()->className()
                     : "none");
        return nullptr;
    }
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    typeText(box, words);
    // The search runs once typing pauses, not on every key.
    QTest::qWait(SearchDialog::TypingPauseMs * 2);
    return dialog;
}

void TestSearchWindow::leave(SearchDialog *dialog, Qt::Key key)
{
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("searchBox")), key);
    QVERIFY(!dialog->isVisible());
    // As a window manager gives the focus back to the window (offscreen has none).
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QStringList TestSearchWindow::everythingShown()
{
    QStringList texts;
    auto *tabs = child<QTabWidget>("detailTabs");
    auto *timeline = child<QAbstractItemView>("sessionTimeline");
    for (int row = 0; row < timeline->model()->rowCount(); ++row) {
        timeline->setCurrentIndex(timeline->model()->index(row, 0));
        for (int tab = SessionTab; tab <= OverviewTab; ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            texts << visibleTexts(m_window.get());
        }
    }
    return texts;
}

void TestSearchWindow::shouldPassTheModelTester()
{
    openWindow();
    addRelationships();
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *words : {"promotion", "feedback", "\"promotion panel\"", "zzzz", "Dan", ""}) {
        model.setResult(Search::find(*m_database, QString::fromLatin1(words), {}));
        if (QTest::currentTestFailed())
            return;
    }
    model.setResult(Search::find(*m_database, QStringLiteral("promotion"), {}));
    // Both relationships hold the words; each group lists its hits under it.
    QCOMPARE(model.rowCount(), 2);
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex groupIndex = model.index(group, 0);
        QVERIFY(groupIndex.data(SearchResultModel::IsGroupRole).toBool());
        QVERIFY(!(model.flags(groupIndex) & Qt::ItemIsSelectable));
        QVERIFY(model.rowCount(groupIndex) > 0);
        const QModelIndex first = model.index(0, 0, groupIndex);
        QVERIFY(model.hitAt(first));
        QVERIFY(first.data(SearchResultModel::SnippetHtmlRole)
                    .toString()
                    .contains(QLatin1String("<b>promotion</b>"), Qt::CaseInsensitive));
    }
    QCOMPARE(model.firstHit(), model.index(0, 0, model.index(0, 0)));
}

void TestSearchWindow::shouldOpenEveryTextEditorsWordsInPlace_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("stem"); ///< each editor gets the stem and a number typed
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("qwerzu");
    QTest::newRow("de_DE, an umlaut") << QStringLiteral("de_DE") << QStringLiteral("qwerzü");
    QTest::newRow("fr_FR, an accent") << QStringLiteral("fr_FR") << QStringLiteral("qwérzu");
}

void TestSearchWindow::shouldOpenEveryTextEditorsWordsInPlace()
{
    QFETCH(QString, locale);
    QFETCH(QString, stem);
    QLocale::setDefault(QLocale(locale));
    openWindow();
    addRelationships();
    auto *tabs = child<QTabWidget>("detailTabs");
    auto *filter = child<QLineEdit>("menteeFilter");
    filter->installEventFilter(new X11LineEditKeys(filter));
    // The editors of the session, goal and profile forms, as the mentor meets them.
    QStringList tried;
    for (const int tab : {SessionTab, GoalsTab, ProfileTab}) {
        tabs->setCurrentIndex(tab);
        QWidget *page = tabs->widget(tab);
        QList<QWidget *> editors;
        for (QWidget *editor : page->findChildren<QWidget *>()) {
            const QString field = editor->property(BoundField).toString();
            const bool typed
                = qobject_cast<QLineEdit *>(editor) || qobject_cast<QPlainTextEdit *>(editor);
            if (field.isEmpty() || !typed || !editor->isVisibleTo(page) || !editor->isEnabled()
                || editor->inherits("Mentorbook::DateInputField"))
                continue;
            if (field == QLatin1String("mentees.email"))
                continue; // an address: a word appended to it is refused, by design
            if (auto *line = qobject_cast<QLineEdit *>(editor); line && line->isReadOnly())
                continue;
            editors << editor;
        }
        for (QWidget *editor : std::as_const(editors)) {
            const QString field = editor->property(BoundField).toString();
            const QString word = stem + QString::number(tried.size());
            tried << field;
            tabs->setCurrentIndex(tab);
            editor->setFocus(Qt::OtherFocusReason);
            QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClick(editor, Qt::Key_End);
            typeText(editor, QStringLiteral(" ") + word);
            // Away from the form, into a text field of the window's own: Ctrl+K still opens
            // the search there (a line edit on X11 would take it for "delete to the end").
            tabs->setCurrentIndex(ActionsTab);
            filter->setFocus(Qt::OtherFocusReason);
            SearchDialog *dialog = search(word);
            QVERIFY2(dialog, qPrintable(field));
            QTRY_COMPARE(dialog->results()->result().hitCount, 1);
            const SearchHit *hit = dialog->results()->hitAt(dialog->results()->firstHit());
            QVERIFY(hit);
            QCOMPARE(hit->table + QLatin1Char('.') + hit->field, field);
            // What was typed is what the database keeps.
            QSqlQuery stored = m_database->prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(hit->field, hit->table));
            stored.addBindValue(hit->rowId);
            Database::run(stored);
            QVERIFY(stored.next());
            QVERIFY2(
                stored.value(0).toString().endsWith(QStringLiteral(" ") + word),
                qPrintable(field + QLatin1String(": ") + stored.value(0).toString().right(40)));
            leave(dialog, Qt::Key_Return);
            // Opened where it is written: its tab, its editor focused, the word highlighted.
            QCOMPARE(tabs->currentIndex(), tab);
            QTRY_VERIFY2(QApplication::focusWidget() == editor, qPrintable(field));
            if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
                const QList<QTextEdit::ExtraSelection> marks = plain->extraSelections();
                QVERIFY2(!marks.isEmpty(), qPrintable(field));
                QCOMPARE(marks.constFirst().cursor.selectedText(), word);
            } else {
                QCOMPARE(qobject_cast<QLineEdit *>(editor)->selectedText(), word);
            }
            QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Found in")));
        }
    }
    // Every text of those forms was tried: the session's, the goal's and the profile's.
    for (const char *field : {"sessions.notes",
                              "sessions.decisions",
                              "sessions.agenda",
                              "sessions.private_notes",
                              "goals.title",
                              "goals.specific",
                              "mentees.name",
                              "mentees.development_areas"})
        QVERIFY2(tried.contains(QLatin1String(field)), field);
}

void TestSearchWindow::shouldOpenAnActionHiddenByTheChecklistFilter()
{
    openWindow();
    addRelationships();
    Store &store = m_window->store();
    // A done action, which the checklist hides while it shows open ones only.
    Action done;
    for (const Action &action :
         store.repositories().actions.where(QStringLiteral("mentee_id"), m_sample)) {
        if (action.isDone()) {
            done = action;
            break;
        }
    }
    QVERIFY(done.id > 0);
    done.text += QStringLiteral(" borkumlap");
    QVERIFY(store.change(done, QStringLiteral("Action")));
    child<QTabWidget>("detailTabs")->setCurrentIndex(SessionTab);
    SearchDialog *dialog = search(QStringLiteral("borkum"));
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->results()->result().hitCount, 1);
    leave(dialog, Qt::Key_Return);
    QCOMPARE(child<QTabWidget>("detailTabs")->currentIndex(), int(ActionsTab));
    // The action is the current row of the checklist, shown.
    auto *view = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    QVERIFY(view);
    QCOMPARE(view->currentIndex().data(EntityModel<Mentee>::IdRoleValue).toLongLong(), done.id);
}

void TestSearchWindow::shouldSayWhenNothingIsFound()
{
    openWindow();
    addRelationships();
    auto *state = [&]() -> QLabel * {
        SearchDialog *dialog = search(QStringLiteral("nowhereword"));
        return dialog ? dialog->findChild<QLabel *>(QStringLiteral("searchState")) : nullptr;
    }();
    QVERIFY(state);
    QTRY_COMPARE(state->text(), QStringLiteral("No text holds \"nowhereword\"."));
    // Syntax alone is answered, never an error.
    SearchDialog *dialog = m_window->searchDialog();
    leave(dialog, Qt::Key_Escape);
    QVERIFY(search(QStringLiteral("\"*^(")));
    QTRY_VERIFY(!state->text().isEmpty());
    QCOMPARE(dialog->results()->rowCount(), 0);
    // Escape closes the box; the window is as it was.
    leave(dialog, Qt::Key_Escape);
    QCOMPARE(m_window->currentMenteeId(), m_sample);
}

void TestSearchWindow::shouldShowNothingPrivateWhilePresenting()
{
    openWindow();
    addRelationships();
    const QString marker = QString::fromLatin1(PrivateMarker);
    const QString other = QString::fromLatin1(OtherMentee);
    // Before: the walk sees both, so that it would see them while presenting.
    QVERIFY(!holding(everythingShown(), marker).isEmpty());
    QVERIFY(!holding(visibleTexts(m_window.get()), other).isEmpty());
    SearchDialog *before = search(QStringLiteral("promotion panel"));
    QVERIFY(before);
    QTRY_COMPARE(before->results()->rowCount(), 2);
    leave(before, Qt::Key_Escape);

    // Ctrl+Shift+P, from a text field.
    child<QLineEdit>("menteeFilter")->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(
        QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->isPresenting());
    QVERIFY(child<QWidget>("presentingBanner")->isVisible());
    QCOMPARE(m_window->currentMenteeId(), m_sample);
    const QStringList shown = everythingShown();
    QVERIFY2(holding(shown, marker).isEmpty(), qPrintable(holding(shown, marker)));
    QVERIFY2(holding(shown, other).isEmpty(), qPrintable(holding(shown, other)));
    auto *list = child<QAbstractItemView>("menteeList");
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->selectionModel()->isSelected(list->model()->index(0, 0)));
    QVERIFY(!child<QLineEdit>("menteeFilter")->isEnabled());

    // The search: only this relationship, no private note, in the list or its snippets.
    SearchDialog *dialog = search(QStringLiteral("promotion"));
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Find in This Mentee"));
    QTRY_VERIFY(!dialog->findChild<QLabel *>(QStringLiteral("searchState"))->text().isEmpty());
    for (const SearchGroup &group : dialog->results()->result().groups)
        QCOMPARE(group.menteeId, m_sample);
    const QStringList results = visibleTexts(dialog);
    QVERIFY2(holding(results, marker).isEmpty(), qPrintable(holding(results, marker)));
    QVERIFY2(holding(results, other).isEmpty(), qPrintable(holding(results, other)));
    QVERIFY(search(marker));
    QTRY_COMPARE(dialog->findChild<QLabel *>(QStringLiteral("searchState"))->text(),
                 QStringLiteral("No text holds \"%1\".").arg(marker));
    leave(dialog, Qt::Key_Escape);

    // One click ends it: everything is back.
    QTest::mouseClick(child<QAbstractButton>("stopPresenting"), Qt::LeftButton);
    QVERIFY(!m_window->isPresenting());
    QVERIFY(!child<QWidget>("presentingBanner")->isVisible());
    QCOMPARE(child<QAbstractItemView>("menteeList")->model()->rowCount(), 2);
    QVERIFY(!holding(everythingShown(), marker).isEmpty());
}

void TestSearchWindow::shouldStayPresentingAcrossARestartUntilTurnedOff()
{
    openWindow();
    addRelationships();
    m_window->selectMentee(m_other);
    m_window->findChild<QAction *>(QStringLiteral("presentingAction"))->trigger();
    QVERIFY(m_window->isPresenting());
    m_window.reset();

    openWindow();
    QVERIFY(m_window->isPresenting());
    QVERIFY(child<QWidget>("presentingBanner")->isVisible());
    // On the relationship it was on, the only one listed.
    QCOMPARE(m_window->currentMenteeId(), m_other);
    QCOMPARE(child<QAbstractItemView>("menteeList")->model()->rowCount(), 1);
    const QStringList shown = everythingShown();
    QVERIFY2(holding(shown, QString::fromLatin1(PrivateMarker)).isEmpty(),
             qPrintable(holding(shown, QString::fromLatin1(PrivateMarker))));
    QVERIFY(holding(shown, QStringLiteral("Priya")).isEmpty());

    QTest::mouseClick(child<QAbstractButton>("stopPresenting"), Qt::LeftButton);
    m_window.reset();
    openWindow();
    QVERIFY(!m_window->isPresenting());
    QCOMPARE(child<QAbstractItemView>("menteeList")->model()->rowCount(), 2);
}

QTEST_MAIN(TestSearchWindow)
#include "tst_searchwindow.moc"
