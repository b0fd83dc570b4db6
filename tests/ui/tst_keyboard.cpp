// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "edit/verbs.h"
#include "formwidgets.h"
#include "keyboardshortcutsdialog.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "problemstatementdialog.h"
#include "sample/samplerelationship.h"
#include "signaturefields.h"
#include "testsupport.h"
#include "translations.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/**
 * The window and its dialogs work from the keyboard, on a small screen and with a screen
 * reader: each mnemonic once, every control named, destructive buttons last in the Tab
 * order, nothing cut off at 1024×700. With MENTORBOOK_SCREENSHOT_DIR set, it saves PNGs at
 * 1024×700 and 1920×1080 for looking at.
 */
class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldUseEachMnemonicOnceOnEveryPage();
    void shouldUseEachMnemonicOnceInTheDialogs();
    void shouldNameEveryControl();
    void shouldNameEveryControlOfTheDialogs();
    void shouldSayWhichTabIsSelected();
    void shouldPutDestructiveButtonsLastInTheTabOrder();
    void shouldFitASmallScreen();
    void shouldElideALongMenteeName();
    void shouldKeepUndoAndRedoShortInTheToolbar();
    void shouldListEveryShortcut();
    void shouldTakeScreenshots_data();
    void shouldTakeScreenshots();

private:
    void openWindow(const QSize &size = {1280, 800});
    /** The sample's sessions that show different sections: one of each stage and outcome. */
    QList<Id> sessionsOfEachKind() const;
    /** Every state of the window worth a look: each tab, and each kind of session. */
    void forEachPage(const std::function<void(const QString &)> &check);
    static QStringList mnemonicClashes(QWidget *root);
    static QStringList unnamedControls(QWidget *root);
    static QStringList outside(QWidget *window);
    /** Runs check on the dialog that trigger opens, then closes it. */
    static void whileOpen(const std::function<void()> &trigger,
                          const std::function<void(QDialog *)> &check);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    Id m_mentee = 0;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-keyboard-test"));
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    installTranslations();
}

void TestKeyboard::init()
{
    QSettings().clear();
    m_database = openTestDatabase(m_dir);
    Repositories repositories(*m_database);
    m_mentee = SampleRelationship::add(repositories, today());
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_database.reset();
}

void TestKeyboard::openWindow(const QSize &size)
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectMentee(m_mentee);
    QCoreApplication::processEvents();
}

QList<Id> TestKeyboard::sessionsOfEachKind() const
{
    QList<Id> ids;
    QSet<std::pair<int, int>> seen;
    for (const Session &session : Repositories(*m_database).sessionsOf(m_mentee)) {
        const std::pair kind{int(session.stage), int(session.debriefOutcome)};
        if (!seen.contains(kind)) {
            seen.insert(kind);
            ids << session.id;
        }
    }
    return ids;
}

void TestKeyboard::forEachPage(const std::function<void(const QString &)> &check)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    for (const Id session : sessionsOfEachKind()) {
        m_window->selectSession(session);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            check(QStringLiteral("session %1, tab %2")
                      .arg(m_window->store().repositories().sessions.get(session).sequence)
                      .arg(tabs->tabText(tab)));
        }
    }
}

namespace {
/** The letter of text's mnemonic, or a null character. */
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

bool shown(const QWidget *widget)
{
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}
} // namespace

QStringList TestKeyboard::mnemonicClashes(QWidget *root)
{
    QMultiMap<QChar, QString> uses;
    auto note = [&uses](const QString &text, const QString &where) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            uses.insert(letter, where + QStringLiteral(" \"") + text + u'"');
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text(), QStringLiteral("button"));
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            note(label->text(), QStringLiteral("label"));
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            note(group->title(), QStringLiteral("group"));
        else if (auto *tabBar = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabBar->count(); ++tab)
                note(tabBar->tabText(tab), QStringLiteral("tab"));
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *menu : menuBar->actions())
                note(menu->text(), QStringLiteral("menu"));
        }
    }
    QStringList clashes;
    for (const QChar letter : uses.uniqueKeys()) {
        if (uses.count(letter) > 1)
            clashes << QStringLiteral("%1: %2").arg(letter).arg(uses.values(letter).join(u", "));
    }
    return clashes;
}

QStringList TestKeyboard::unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy())
            continue;
        // Scroll bars and the parts of compound controls are not stops of their own.
        if (qobject_cast<QScrollBar *>(widget))
            continue;
        QString name = widget->accessibleName();
        // A button's text names it on every platform; a field needs its name set.
        if (qobject_cast<QAbstractButton *>(widget))
            name = QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name);
        if (name.trimmed().isEmpty())
            unnamed << QStringLiteral("%1 %2").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

QStringList TestKeyboard::outside(QWidget *window)
{
    QStringList outside;
    const QRect bounds = window->rect();
    QList<QWidget *> widgets;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (shown(widget)
            && (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLabel *>(widget)))
            widgets << widget;
    }
    for (QWidget *widget : std::as_const(widgets)) {
        QRect rect(widget->mapTo(window, QPoint()), widget->size());
        // In a scroll area, what lies below the fold is scrolled to; across, nothing scrolls.
        for (QWidget *ancestor = widget->parentWidget(); ancestor != window;
             ancestor = ancestor->parentWidget()) {
            auto *area = qobject_cast<QAbstractScrollArea *>(ancestor);
            if (area && area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff) {
                const QRect viewport(area->viewport()->mapTo(window, QPoint()),
                                     area->viewport()->size());
                if (rect.left() < viewport.left() || rect.right() > viewport.right())
                    outside << QStringLiteral("%1 \"%2\" across, %3 of %4")
                                   .arg(widget->objectName(),
                                        qobject_cast<QLabel *>(widget)
                                            ? qobject_cast<QLabel *>(widget)->text().left(30)
                                            : qobject_cast<QAbstractButton *>(widget)->text())
                                   .arg(rect.right())
                                   .arg(viewport.right());
                rect = QRect();
                break;
            }
        }
        if (!rect.isNull() && !bounds.contains(rect))
            outside << QStringLiteral("%1 \"%2\" at %3,%4 %5×%6")
                           .arg(widget->objectName(),
                                qobject_cast<QLabel *>(widget)
                                    ? qobject_cast<QLabel *>(widget)->text().left(30)
                                    : qobject_cast<QAbstractButton *>(widget)->text())
                           .arg(rect.x())
                           .arg(rect.y())
                           .arg(rect.width())
                           .arg(rect.height());
    }
    return outside;
}

void TestKeyboard::whileOpen(const std::function<void()> &trigger,
                             const std::function<void(QDialog *)> &check)
{
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCoreApplication::processEvents();
        check(dialog);
        checked = true;
        dialog->reject();
    });
    trigger();
    QVERIFY(checked);
}

void TestKeyboard::shouldUseEachMnemonicOnceOnEveryPage()
{
    openWindow();
    forEachPage([this](const QString &page) {
        const QStringList clashes = mnemonicClashes(m_window.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(page + QStringLiteral(": ") + clashes.join(u"; ")));
    });
}

void TestKeyboard::shouldUseEachMnemonicOnceInTheDialogs()
{
    openWindow();
    PreferencesDialog preferences(m_database->path(), m_window.get());
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QStringList clashes = mnemonicClashes(&preferences);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
    preferences.reject();

    ProblemStatementDialog statement(m_window.get());
    statement.show();
    QVERIFY(QTest::qWaitForWindowExposed(&statement));
    for (const auto &entry : enumEntries<ProblemTemplate>()) {
        statement.setTemplate(entry.value);
        QCoreApplication::processEvents();
        clashes = mnemonicClashes(&statement);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
    }
    statement.reject();

    whileOpen(
        [this] {
            m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"))->trigger();
        },
        [](QDialog *dialog) {
            const QStringList clashes = mnemonicClashes(dialog);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; ")));
        });
}

void TestKeyboard::shouldNameEveryControl()
{
    openWindow();
    forEachPage([this](const QString &page) {
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(page + QStringLiteral(": ") + unnamed.join(u", ")));
    });
    // The item views say what they list.
    QCOMPARE(m_window->findChild<QListView *>(QStringLiteral("menteeList"))->accessibleName(),
             MainWindow::tr("Mentees"));
    QVERIFY(!m_window->findChild<QListView *>(QStringLiteral("sessionTimeline"))
                 ->accessibleName()
                 .isEmpty());
}

void TestKeyboard::shouldNameEveryControlOfTheDialogs()
{
    openWindow();
    PreferencesDialog preferences(m_database->path(), m_window.get());
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QStringList unnamed = unnamedControls(&preferences);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    QCOMPARE(preferences.findChild<QWidget *>(QStringLiteral("mentorName"))->accessibleName(),
             plainLabel(SignatureFields::tr("&Name:")));
    preferences.reject();

    ProblemStatementDialog statement(m_window.get());
    statement.show();
    QVERIFY(QTest::qWaitForWindowExposed(&statement));
    for (const auto &entry : enumEntries<ProblemTemplate>()) {
        statement.setTemplate(entry.value);
        QCoreApplication::processEvents();
        unnamed = unnamedControls(&statement);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }
    statement.reject();

    whileOpen(
        [this] {
            m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"))->trigger();
        },
        [](QDialog *dialog) {
            const QStringList unnamed = unnamedControls(dialog);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
        });
}

void TestKeyboard::shouldSayWhichTabIsSelected()
{
    openWindow();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QTabBar *bar = tabs->tabBar();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(bar);
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::PageTabList);
    QVERIFY(list->childCount() >= bar->count());

    auto selectedTabs = [&] {
        QStringList selected;
        for (int index = 0; index < bar->count(); ++index) {
            QAccessibleInterface *tab = list->child(index);
            if (tab->role() != QAccessible::PageTab || !tab->state().selectable)
                return QStringList{QStringLiteral("tab %1 is no selectable page tab").arg(index)};
            if (tab->parent() != list || list->indexOfChild(tab) != index)
                return QStringList{QStringLiteral("tab %1 is lost in the tree").arg(index)};
            if (tab->state().selected)
                selected << tab->text(QAccessible::Name);
        }
        return selected;
    };
    // GIVEN the window as it opens: one tab is selected, named without its '&'
    QCOMPARE(selectedTabs(), QStringList{bar->tabText(bar->currentIndex()).remove(u'&')});
    QVERIFY(!list->child(0)->text(QAccessible::Accelerator).isEmpty());

    // WHEN the mentor clicks another tab
    const int other = bar->currentIndex() == 0 ? 1 : 0;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(other).center());

    // THEN that one is the selected tab (the change is announced with a state-change event,
    // which reaches a screen reader only through a platform's accessibility bridge)
    QCOMPARE(bar->currentIndex(), other);
    QCOMPARE(selectedTabs(), QStringList{bar->tabText(other).remove(u'&')});

    // and pressing a tab through the screen reader opens it
    list->child(0)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(bar->currentIndex(), 0);
}

void TestKeyboard::shouldPutDestructiveButtonsLastInTheTabOrder()
{
    openWindow();
    const std::initializer_list<std::pair<const char *, const char *>> pages{
        {"sessionEditor", "deleteSession"},
        {"goalEditor", "deleteGoal"},
        {"actionChecklist", "deleteAction"},
        {"profileEditor", "removeAttachment"},
        {"problemStatements", "removeProblemStatement"}};
    for (const auto &[pageName, buttonName] : pages) {
        auto *page = m_window->findChild<QWidget *>(QString::fromLatin1(pageName));
        QVERIFY(page);
        // The last stop inside the page, following the Tab chain from the page.
        QWidget *last = nullptr;
        for (QWidget *next = page->nextInFocusChain(); next != page;
             next = next->nextInFocusChain()) {
            if (page->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus)
                && !next->focusProxy())
                last = next;
        }
        QVERIFY(last);
        QVERIFY2(last->objectName() == QString::fromLatin1(buttonName),
                 qPrintable(QString::fromLatin1(last->metaObject()->className()) + u' '
                            + last->objectName()));
    }
}

void TestKeyboard::shouldFitASmallScreen()
{
    openWindow({1024, 700});
    QCOMPARE(m_window->size(), QSize(1024, 700));
    forEachPage([this](const QString &page) {
        const QStringList cut = outside(m_window.get());
        QVERIFY2(cut.isEmpty(), qPrintable(page + QStringLiteral(": ") + cut.join(u"; ")));
    });
}

void TestKeyboard::shouldElideALongMenteeName()
{
    Repositories repositories(*m_database);
    Mentee mentee = repositories.mentees.get(m_mentee);
    const QString name = QStringLiteral("Priya Raman-Venkataraghavan ").repeated(5).left(120);
    QCOMPARE(name.size(), 120);
    mentee.name = name;
    repositories.mentees.update(mentee);
    openWindow({1024, 700});

    auto *heading = m_window->findChild<QLabel *>(QStringLiteral("menteeHeading"));
    QVERIFY(heading);
    QVERIFY2(heading->text() != name && heading->text().endsWith(u'…'),
             qPrintable(heading->text()));
    QCOMPARE(heading->toolTip(), name);
    // The panes beside it stay on the screen.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    const QRect tabsRect(tabs->mapTo(m_window.get(), QPoint()), tabs->size());
    QVERIFY2(m_window->rect().contains(tabsRect),
             qPrintable(QStringLiteral("%1,%2 %3×%4")
                            .arg(tabsRect.x())
                            .arg(tabsRect.y())
                            .arg(tabsRect.width())
                            .arg(tabsRect.height())));
    const QStringList cut = outside(m_window.get());
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u"; ")));
}

void TestKeyboard::shouldKeepUndoAndRedoShortInTheToolbar()
{
    openWindow({1024, 700});
    const QList<Session> sessions = Repositories(*m_database).sessionsOf(m_mentee);
    const Session deleted = sessions.at(sessions.size() / 2);
    QVERIFY(Edit::deleteSession(m_window->store(), deleted.id));
    QCoreApplication::processEvents();
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    auto *undo = qobject_cast<QToolButton *>(
        toolbar->widgetForAction(m_window->findChild<QAction *>(QStringLiteral("undoAction"))));
    auto *redo = qobject_cast<QToolButton *>(
        toolbar->widgetForAction(m_window->findChild<QAction *>(QStringLiteral("redoAction"))));
    QVERIFY(undo && redo);
    QCOMPARE(undo->text(), QStringLiteral("Undo"));
    QVERIFY2(undo->toolTip().contains(QString::number(deleted.sequence)),
             qPrintable(undo->toolTip()));
    QVERIFY(redo->isVisible());
    m_window->store().undoStack()->undo();
    QCoreApplication::processEvents();
    QCOMPARE(redo->text(), QStringLiteral("Redo"));
    QVERIFY(redo->toolTip().contains(QString::number(deleted.sequence)));
    QVERIFY(redo->isVisible());
    QVERIFY(m_window->rect().contains(QRect(redo->mapTo(m_window.get(), QPoint()), redo->size())));
}

void TestKeyboard::shouldListEveryShortcut()
{
    openWindow();
    QStringList listed;
    whileOpen(
        [this] {
            m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"))->trigger();
        },
        [&listed](QDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
            QVERIFY(table);
            for (int row = 0; row < table->rowCount(); ++row)
                listed << table->item(row, 0)->text() + u'\t' + table->item(row, 1)->text();
        });
    int withShortcut = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        ++withShortcut;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        const bool found = std::any_of(listed.cbegin(), listed.cend(), [&](const QString &row) {
            return row.startsWith(action->iconText() + u'\t') && row.contains(keys);
        });
        QVERIFY2(found, qPrintable(action->iconText() + u' ' + keys + u'\n' + listed.join(u'\n')));
    }
    QVERIFY2(withShortcut >= 8, qPrintable(listed.join(u'\n')));
    QCOMPARE(listed.size(), withShortcut);
}

void TestKeyboard::shouldTakeScreenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("1024x700") << QSize(1024, 700) << false;
    QTest::newRow("1024x700-dark") << QSize(1024, 700) << true;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
}

void TestKeyboard::shouldTakeScreenshots()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    // Kept where MENTORBOOK_SCREENSHOT_DIR says, to look at; otherwise only checked.
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariable("MENTORBOOK_SCREENSHOT_DIR", scratch.path());
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    openWindow(size);
    const QString prefix = QStringLiteral("keyboard-%1x%2%3-")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(dark ? QStringLiteral("-dark") : QString());
    int shot = 0;
    forEachPage([&](const QString &) {
        QTest::qWait(30);
        const QPixmap picture = m_window->grab();
        QCOMPARE(picture.size() / picture.devicePixelRatio(), size);
        QVERIFY(picture.save(QDir(folder).filePath(
            prefix + QStringLiteral("%1.png").arg(++shot, 2, 10, QChar(u'0')))));
    });
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
