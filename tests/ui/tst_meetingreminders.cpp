// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "meetingreminders.h"
#include "notificationrecorder.h"
#include "preferences.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

Q_DECLARE_METATYPE(Mentorbook::SessionStatus)
Q_DECLARE_METATYPE(Mentorbook::MenteeStatus)

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString RecorderBus = QStringLiteral("recorder");

/** A moment of the tests' days in Berlin (TZ), where 10:00 is frozenNow(). */
QDateTime local(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(today().addDays(dayOffset), QTime(hour, minute));
}

/** What the body says of Priya's session 2 at that time, in the locale's words. */
QString factsOfSecond(const QDateTime &when)
{
    return QStringLiteral("Session 2 · ") + label(Stage::Focus) + QLatin1Char('\n')
           + meetingText(when) + QStringLiteral(" · Room 4");
}
} // namespace

/**
 * Desktop reminders of meetings, run under a session bus of its own (dbus-run-session) with a
 * recording notification service in place of the desktop's, and the real main window.
 */
class TestMeetingReminders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldRemindOnceOfWhatIsDue_data();
    void shouldRemindOnceOfWhatIsDue();
    void shouldOpenTheSessionWhenTheReminderIsClicked_data();
    void shouldOpenTheSessionWhenTheReminderIsClicked();
    void shouldRemindAgainWhenTheSessionIsMoved();
    void shouldEscapeTheBodyForAServerThatReadsMarkup();
    void shouldDoNothingWithoutANotificationService();
    void shouldDoNothingWithoutASessionBus();

private:
    /** Priya Raman: session 1 held a week ago, then session 2 as given, in Room 4. */
    Id addPriya(const QDateTime &second,
                SessionStatus status = SessionStatus::Planned,
                MenteeStatus menteeStatus = MenteeStatus::Active);
    Id addSession(Id menteeId, int sequence, const QDateTime &when, SessionStatus status);
    void openWindow();
    /** Starts the reminders on this bus and waits for their first check (when there is a server).
     */
    void startReminders(const QDBusConnection &bus = QDBusConnection::sessionBus());
    /**
     * Waits until the recorder has handled every call the window's connection made so far: the
     * bus keeps the order of one connection's messages.
     */
    void roundTrip();
    /** Lets the reminder timer tick a few times, and waits for what they sent. */
    void tickTimer();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MeetingReminders> m_reminders;
    NotificationRecorder m_recorder;
    Id m_session = 0; ///< Priya's session 2
};

void TestMeetingReminders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of its own: tests run side by side, and another's clear() would change the lead.
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-reminders-test"));
    // As main() does, so that the server finds the desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(MENTORBOOK_APP_ID));
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "no session bus: run this test under dbus-run-session, as ctest does");
    QDBusConnection recorder
        = QDBusConnection::connectToBus(QDBusConnection::SessionBus, RecorderBus);
    QVERIFY(recorder.isConnected());
    QVERIFY(recorder.registerObject(
        Path, &m_recorder, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
}

void TestMeetingReminders::init()
{
    QSettings().clear();
    m_database = openTestDatabase(m_dir);
    m_repositories = std::make_unique<Repositories>(*m_database);
    m_recorder.received.clear();
    m_recorder.closed.clear();
    m_recorder.capabilities = QStringList{QStringLiteral("actions"), QStringLiteral("body")};
    QVERIFY(QDBusConnection(RecorderBus).registerService(Service));
}

void TestMeetingReminders::cleanup()
{
    m_reminders.reset();
    m_window.reset();
    m_repositories.reset();
    m_database.reset();
    QDBusConnection(RecorderBus).unregisterService(Service);
}

Id TestMeetingReminders::addSession(Id menteeId,
                                    int sequence,
                                    const QDateTime &when,
                                    SessionStatus status)
{
    Session session;
    session.menteeId = menteeId;
    session.sequence = sequence;
    session.scheduledAt = when;
    session.durationMinutes = 60;
    session.stage = sequence == 1 ? Stage::Introductions : Stage::Focus;
    session.status = status;
    session.location = QStringLiteral("Room 4");
    m_repositories->sessions.add(session);
    return session.id;
}

Id TestMeetingReminders::addPriya(const QDateTime &second,
                                  SessionStatus status,
                                  MenteeStatus menteeStatus)
{
    Mentee mentee;
    mentee.name = QStringLiteral("Priya Raman");
    mentee.status = menteeStatus;
    m_repositories->mentees.add(mentee);
    addSession(mentee.id, 1, local(-7, 17), SessionStatus::Held);
    m_session = addSession(mentee.id, 2, second, status);
    return mentee.id;
}

void TestMeetingReminders::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMeetingReminders::startReminders(const QDBusConnection &bus)
{
    m_reminders = std::make_unique<MeetingReminders>(*m_window, bus);
    m_reminders->start();
    if (bus.isConnected() && bus.interface()->isServiceRegistered(Service))
        QTRY_VERIFY(m_reminders->serviceFound());
    roundTrip();
}

void TestMeetingReminders::roundTrip()
{
    const QDBusPendingCall call = QDBusConnection::sessionBus().asyncCall(
        QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("GetCapabilities")));
    QTRY_VERIFY(call.isFinished());
}

void TestMeetingReminders::tickTimer()
{
    auto *timer = m_reminders->findChild<QTimer *>(QStringLiteral("reminderTimer"));
    QVERIFY(timer);
    QCOMPARE(timer->interval(), 60 * 1000);
    QVERIFY(timer->isActive());
    const QSignalSpy ticks(timer, &QTimer::timeout);
    timer->setInterval(20);
    QTRY_VERIFY(ticks.count() >= 3);
    timer->setInterval(60 * 1000);
    roundTrip();
}

void TestMeetingReminders::shouldRemindOnceOfWhatIsDue_data()
{
    QTest::addColumn<int>("lead");
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<SessionStatus>("status");
    QTest::addColumn<MenteeStatus>("menteeStatus");
    QTest::addColumn<QString>("summary"); ///< empty: no reminder
    QTest::addColumn<QString>("body");

    const int day = 24 * 60;
    const auto P = SessionStatus::Planned;
    const auto A = MenteeStatus::Active;
    QTest::newRow("today, within the lead")
        << day << local(0, 12) << P << A
        << QStringLiteral("Mentoring with Priya Raman today at 12:00")
        << factsOfSecond(local(0, 12));
    QTest::newRow("tomorrow morning")
        << day << local(1, 9) << P << A
        << QStringLiteral("Mentoring with Priya Raman tomorrow at 09:00")
        << factsOfSecond(local(1, 9));
    QTest::newRow("in two days, reminded two days before")
        << 2 * day << local(2, 9, 30) << P << A
        << QStringLiteral("Mentoring with Priya Raman on Wednesday at 09:30")
        << factsOfSecond(local(2, 9, 30));
    QTest::newRow("in 15 minutes") << 15 << local(0, 10, 15) << P << A
                                   << QStringLiteral("Mentoring with Priya Raman today at 10:15")
                                   << factsOfSecond(local(0, 10, 15));
    QTest::newRow("over and not recorded")
        << day << local(-1, 17) << P << A
        << QStringLiteral("Session 2 with Priya Raman is not recorded yet")
        << QStringLiteral("Record how it went, or why it did not take place.\n")
               + factsOfSecond(local(-1, 17));
    QTest::newRow("beyond the lead") << 60 << local(0, 12) << P << A << QString() << QString();
    QTest::newRow("in three days") << day << local(3, 12) << P << A << QString() << QString();
    QTest::newRow("held") << day << local(-1, 17) << SessionStatus::Held << A << QString()
                          << QString();
    QTest::newRow("cancelled") << day << local(0, 12) << SessionStatus::Cancelled << A << QString()
                               << QString();
    QTest::newRow("no reminders") << 0 << local(0, 12) << P << A << QString() << QString();
    QTest::newRow("no reminders, not recorded")
        << 0 << local(-1, 17) << P << A << QString() << QString();
    QTest::newRow("a closed relationship")
        << day << local(0, 12) << P << MenteeStatus::Closed << QString() << QString();
}

void TestMeetingReminders::shouldRemindOnceOfWhatIsDue()
{
    QFETCH(int, lead);
    QFETCH(QDateTime, when);
    QFETCH(SessionStatus, status);
    QFETCH(MenteeStatus, menteeStatus);
    QFETCH(QString, summary);
    QFETCH(QString, body);

    // GIVEN Priya's second session, and the lead time chosen
    Preferences::setReminderMinutes(lead);
    addPriya(when, status, menteeStatus);
    openWindow();

    // WHEN Mentorbook starts
    startReminders();

    // THEN the desktop is sent the reminder due, or none
    if (summary.isEmpty()) {
        QCOMPARE(m_recorder.received.size(), 0);
    } else {
        QCOMPARE(m_recorder.received.size(), 1);
        const NotificationRecorder::Notification &sent = m_recorder.received.constFirst();
        QCOMPARE(sent.appName, QStringLiteral("Mentorbook"));
        QCOMPARE(sent.replacesId, 0u);
        QCOMPARE(sent.appIcon, QStringLiteral(MENTORBOOK_APP_ID));
        QCOMPARE(sent.summary, summary);
        QCOMPARE(sent.body, body);
        QCOMPARE(sent.actions,
                 QStringList({QStringLiteral("default"),
                              QStringLiteral("Open"),
                              QStringLiteral("open"),
                              QStringLiteral("Open")}));
        QCOMPARE(sent.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral(MENTORBOOK_APP_ID));
        QCOMPARE(sent.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(sent.expireTimeout, -1);
    }
    // AND the next ticks of the timer send nothing more
    const auto before = m_recorder.received.size();
    tickTimer();
    QCOMPARE(m_recorder.received.size(), before);
    QVERIFY(m_recorder.closed.isEmpty());
}

void TestMeetingReminders::shouldOpenTheSessionWhenTheReminderIsClicked_data()
{
    QTest::addColumn<QString>("actionKey");
    QTest::addColumn<bool>("opens");
    QTest::newRow("the notification") << QStringLiteral("default") << true;
    QTest::newRow("its Open button") << QStringLiteral("open") << true;
    QTest::newRow("an action it does not have") << QStringLiteral("snooze") << false;
}

void TestMeetingReminders::shouldOpenTheSessionWhenTheReminderIsClicked()
{
    QFETCH(QString, actionKey);
    QFETCH(bool, opens);

    // GIVEN Priya's session 2 not recorded and her session 3 today, and Jordan selected
    const Id priya = addPriya(local(-1, 17));
    addSession(priya, 3, local(0, 12), SessionStatus::Planned);
    Mentee jordan;
    jordan.name = QStringLiteral("Jordan Lee");
    m_repositories->mentees.add(jordan);
    addSession(jordan.id, 1, local(-3, 9), SessionStatus::Held);
    openWindow();
    m_window->selectMentee(jordan.id);
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(tabs->count() - 1);
    startReminders();
    QCOMPARE(m_recorder.received.size(), 2);
    const auto unrecorded = std::find_if(m_recorder.received.cbegin(),
                                         m_recorder.received.cend(),
                                         [](const NotificationRecorder::Notification &sent) {
                                             return sent.summary.contains(u"not recorded");
                                         });
    QVERIFY(unrecorded != m_recorder.received.cend());

    // WHEN the reminder of session 2 is clicked
    m_recorder.click(unrecorded->id, actionKey);

    // THEN the window shows Priya's session 2 on the Session tab, as a click would have
    if (opens) {
        QTRY_COMPARE(m_window->currentMenteeId(), priya);
        QCOMPARE(m_window->currentSessionId(), m_session);
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(m_window->isVisible());
    } else {
        roundTrip();
        QTest::qWait(50);
        QCOMPARE(m_window->currentMenteeId(), jordan.id);
    }
    // AND a click on a notification that is not Mentorbook's does nothing
    m_window->selectMentee(jordan.id);
    m_recorder.click(unrecorded->id + 100, QStringLiteral("default"));
    roundTrip();
    QTest::qWait(50);
    QCOMPARE(m_window->currentMenteeId(), jordan.id);
}

void TestMeetingReminders::shouldRemindAgainWhenTheSessionIsMoved()
{
    // GIVEN a reminder of a meeting at noon
    addPriya(local(0, 12));
    openWindow();
    startReminders();
    QCOMPARE(m_recorder.received.size(), 1);
    const uint first = m_recorder.received.constFirst().id;

    // WHEN the meeting is moved to two o'clock
    Session moved = *m_window->store().repositories().sessions.find(m_session);
    moved.scheduledAt = local(0, 14);
    QVERIFY(m_window->store().change(moved, QStringLiteral("Move")));

    // THEN the reminder is sent again in place of the first, with the new time
    QTRY_COMPARE(m_recorder.received.size(), 2);
    QCOMPARE(m_recorder.received.at(1).replacesId, first);
    QCOMPARE(m_recorder.received.at(1).summary,
             QStringLiteral("Mentoring with Priya Raman today at 14:00"));

    // AND another change to it (its agenda) sends nothing new
    Session noted = *m_window->store().repositories().sessions.find(m_session);
    noted.agenda = QStringLiteral("Which goal matters most?");
    QVERIFY(m_window->store().change(noted, QStringLiteral("Agenda")));
    QTest::qWait(400);
    roundTrip();
    QCOMPARE(m_recorder.received.size(), 2);

    // AND once it is cancelled, its reminder is taken back
    Session cancelled = *m_window->store().repositories().sessions.find(m_session);
    cancelled.status = SessionStatus::Cancelled;
    QVERIFY(m_window->store().change(cancelled, QStringLiteral("Cancel")));
    QTRY_COMPARE(m_recorder.closed, QList<uint>{first});
    QCOMPARE(m_recorder.received.size(), 2);
}

void TestMeetingReminders::shouldEscapeTheBodyForAServerThatReadsMarkup()
{
    // GIVEN a server that reads markup, and a meeting at "R&D <3>"
    m_recorder.capabilities << QStringLiteral("body-markup");
    addPriya(local(0, 12));
    Session session = *m_repositories->sessions.find(m_session);
    session.location = QStringLiteral("R&D <3>");
    m_repositories->sessions.update(session);
    openWindow();

    // WHEN Mentorbook starts
    startReminders();

    // THEN the place shows as typed
    QCOMPARE(m_recorder.received.size(), 1);
    QVERIFY2(m_recorder.received.constFirst().body.endsWith(u" · R&amp;D &lt;3&gt;"),
             qPrintable(m_recorder.received.constFirst().body));
}

void TestMeetingReminders::shouldDoNothingWithoutANotificationService()
{
    // GIVEN no notification service on the bus, and a meeting due
    QDBusConnection(RecorderBus).unregisterService(Service);
    addPriya(local(0, 12));
    openWindow();

    // WHEN Mentorbook starts and checks again
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(QStringLiteral("^Mentorbook: no desktop reminders: ")));
    startReminders();
    QTRY_VERIFY(!m_reminders->serviceFound());
    tickTimer();
    m_reminders->check();
    roundTrip();

    // THEN nothing is sent and nothing asks the mentor anything
    QCOMPARE(m_recorder.received.size(), 0);
    QVERIFY(m_window->isVisible());
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (const auto *box = qobject_cast<QMessageBox *>(widget))
            QVERIFY2(!box->isVisible(), qPrintable(box->text()));
    }

    // AND once a service comes, the reminder does
    QVERIFY(QDBusConnection(RecorderBus).registerService(Service));
    QTRY_VERIFY_WITH_TIMEOUT((m_reminders->check(), m_reminders->serviceFound()), 5000);
    QTRY_COMPARE(m_recorder.received.size(), 1);
}

void TestMeetingReminders::shouldDoNothingWithoutASessionBus()
{
    // GIVEN no session bus at all (a connection never made)
    addPriya(local(0, 12));
    openWindow();

    // WHEN Mentorbook starts
    QTest::ignoreMessage(QtInfoMsg, "Mentorbook: no desktop reminders: there is no session bus");
    startReminders(QDBusConnection(QStringLiteral("no bus")));
    m_reminders->check();
    QTest::qWait(50);

    // THEN nothing happens, and the window goes on
    QVERIFY(!m_reminders->serviceFound());
    QCOMPARE(m_recorder.received.size(), 0);
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(TestMeetingReminders)
#include "tst_meetingreminders.moc"
