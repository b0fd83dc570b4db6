// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "guardedapplication.h"
#include "mainwindow.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/**
 * The window never aborts and never loses what was typed: a database that fails under it
 * (its schema changed by another program) gives a message offering to reopen or close, with
 * what was typed saved; SIGTERM, SIGHUP and SIGINT close it cleanly, saving pending typing.
 * Runs under the application's own GuardedApplication.
 */
class TestResilience : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldOfferToReopenWhenTheDatabaseFailsUnderTheWindow_data();
    void shouldOfferToReopenWhenTheDatabaseFailsUnderTheWindow();
    void shouldOfferOnlyToCloseTheDemo();
    void shouldSaveWhatWasTypedWhenToldToStop_data();
    void shouldSaveWhatWasTypedWhenToldToStop();

private:
    void openWindow();
    template<class T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    /** Types into the selected session's Discussed, within the typing pause. */
    QPlainTextEdit *typeNotes(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    Id m_sample = 0;
};

void TestResilience::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-tests"));
    QVERIFY(qobject_cast<GuardedApplication *>(QCoreApplication::instance()));
}

void TestResilience::init()
{
    QSettings().clear();
    m_database = openTestDatabase(m_dir);
    Repositories repositories(*m_database);
    m_sample = SampleRelationship::add(repositories, frozenNow().date());
    Mentee other;
    other.name = QStringLiteral("Bo Lindqvist");
    other.startedOn = frozenNow().date();
    repositories.mentees.add(other);
}

void TestResilience::cleanup()
{
    m_window.reset();
    m_database.reset();
    // The window's QCoreApplication::exit() (as main() wants it) leaves the thread quitting,
    // which would end the next test's dialogs at once; an exec() that returns clears it.
    QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
}

void TestResilience::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectMentee(m_sample);
}

QPlainTextEdit *TestResilience::typeNotes(const QString &text)
{
    auto *notes = child<QPlainTextEdit>("sessionNotes");
    QTest::mouseClick(notes->viewport(), Qt::LeftButton);
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, text);
    return notes;
}

void TestResilience::shouldOfferToReopenWhenTheDatabaseFailsUnderTheWindow_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::newRow("reopen") << true;
    QTest::newRow("close") << false;
}

void TestResilience::shouldOfferToReopenWhenTheDatabaseFailsUnderTheWindow()
{
    QFETCH(bool, reopen);
    // GIVEN the window on the sample, with words typed into the session
    openWindow();
    const Id session = m_window->currentSessionId();
    QVERIFY(session != 0);
    const QString typed = QStringLiteral(" Typed before the failure.");
    const QString before = m_window->store().repositories().sessions.get(session).notes;
    typeNotes(typed);
    // AND another program renames a column the window reads
    rawExec(m_database->path(),
            {QStringLiteral("ALTER TABLE actions RENAME COLUMN with_whom TO gone")});

    // WHEN the mentor moves to the other mentee, whose actions can no longer be read
    QString shown;
    // The message comes from the event loop, after the event that failed: answer it there.
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("databaseFailure"))
            return;
        answer.stop();
        shown = box->text() + QLatin1Char('\n') + box->informativeText();
        box->findChild<QAbstractButton *>(reopen ? QStringLiteral("reopenDatabase")
                                                 : QStringLiteral("closeAfterFailure"))
            ->click();
    });
    answer.start();
    auto *list = child<QListView>("menteeList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Up);

    // THEN the process is still here, the message says what failed and where
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QDir::toNativeSeparators(m_database->path())), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("no such column: with_whom")), qPrintable(shown));
    // AND what was typed was saved first
    QCOMPARE(m_window->store().repositories().sessions.get(session).notes, before + typed);
    // AND the choice is kept for main(): the same file again, or nothing
    QCOMPARE(m_window->databaseSwitch().open, reopen ? m_database->path() : QString());
}

void TestResilience::shouldOfferOnlyToCloseTheDemo()
{
    // GIVEN the demo's temporary database, failing under the window
    m_database = std::make_unique<Database>();
    m_database->openTemporary();
    Repositories repositories(*m_database);
    m_sample = SampleRelationship::add(repositories, frozenNow().date());
    openWindow();
    QStringList buttons;
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("databaseFailure"))
            return;
        answer.stop();
        for (QAbstractButton *button : box->buttons())
            buttons << button->objectName();
        box->findChild<QAbstractButton *>(QStringLiteral("closeAfterFailure"))->click();
    });
    answer.start();

    // WHEN it fails
    GuardedApplication::report(QStringLiteral("disk I/O error"));

    // THEN there is nothing to reopen: the one way on is to close
    QTRY_VERIFY(!buttons.isEmpty());
    QCOMPARE(buttons, QStringList{QStringLiteral("closeAfterFailure")});
    QCOMPARE(m_window->databaseSwitch().open, QString());
}

void TestResilience::shouldSaveWhatWasTypedWhenToldToStop_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGHUP") << SIGHUP;
    QTest::newRow("SIGINT") << SIGINT;
}

void TestResilience::shouldSaveWhatWasTypedWhenToldToStop()
{
    QFETCH(int, signal);
    // GIVEN the window with words typed, still within the typing pause
    openWindow();
    closeCleanlyOnShutdown(*m_window);
    const Id session = m_window->currentSessionId();
    const QString before = m_window->store().repositories().sessions.get(session).notes;
    const QString typed = QStringLiteral(" Typed just before the logout.");
    QPlainTextEdit *notes = typeNotes(typed);
    QCOMPARE(m_window->store().repositories().sessions.get(session).notes, before);
    QCOMPARE(notes->toPlainText(), before + typed);

    // WHEN the process is told to stop
    QVERIFY(::raise(signal) == 0);

    // THEN the window closes, having saved what was typed
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->store().repositories().sessions.get(session).notes, before + typed);
}

int main(int argc, char *argv[])
{
    GuardedApplication application(argc, argv);
    TestResilience test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_resilience.moc"
