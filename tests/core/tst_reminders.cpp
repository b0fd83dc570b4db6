// SPDX-License-Identifier: GPL-3.0-or-later
#include "program/planning.h"
#include "program/rules.h"
#include "testsupport.h"

#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

Q_DECLARE_METATYPE(Mentorbook::Stage)
Q_DECLARE_METATYPE(Mentorbook::SessionStatus)
Q_DECLARE_METATYPE(Mentorbook::MenteeStatus)

/** Which sessions the desktop reminds the mentor of, and why: a rule of the method. */
class TestReminders : public QObject
{
    Q_OBJECT

private slots:
    void shouldRemindOfWhatIsDueNow_data();
    void shouldRemindOfWhatIsDueNow();
    void shouldAgreeWithTheOverdueMarkerAndTheNextMeeting_data();
    void shouldAgreeWithTheOverdueMarkerAndTheNextMeeting();
    void shouldRemindOfEverySessionDueInItsOrder();

private:
    static Mentee mentee(MenteeStatus status = MenteeStatus::Active)
    {
        Mentee mentee;
        mentee.id = 7;
        mentee.name = QStringLiteral("Priya Raman");
        mentee.status = status;
        return mentee;
    }
    /** A session of mentee() that begins `minutes` after frozenNow() (before it if negative). */
    static Session session(int minutes,
                           SessionStatus status = SessionStatus::Planned,
                           Stage stage = Stage::Exercise,
                           int duration = 60)
    {
        Session session;
        session.id = 11;
        session.menteeId = 7;
        session.sequence = 3;
        session.scheduledAt = frozenNow().addSecs(60 * qint64(minutes));
        session.durationMinutes = duration;
        session.status = status;
        session.stage = stage;
        return session;
    }
};

enum Expected {
    Nothing = -1,
    Upcoming = int(Program::ReminderKind::Upcoming),
    Unrecorded = int(Program::ReminderKind::Unrecorded)
};

void TestReminders::shouldRemindOfWhatIsDueNow_data()
{
    QTest::addColumn<int>("lead");
    QTest::addColumn<MenteeStatus>("menteeStatus");
    QTest::addColumn<int>("startsIn");
    QTest::addColumn<int>("duration");
    QTest::addColumn<SessionStatus>("status");
    QTest::addColumn<Stage>("stage");
    QTest::addColumn<int>("expected");

    const int day = 24 * 60;
    const auto A = MenteeStatus::Active;
    const auto P = SessionStatus::Planned;
    const auto E = Stage::Exercise;
    // Upcoming: planned, a meeting, begins after now and no later than now + lead.
    QTest::newRow("in two hours, lead a day") << day << A << 120 << 60 << P << E << int(Upcoming);
    QTest::newRow("in a minute") << day << A << 1 << 60 << P << E << int(Upcoming);
    QTest::newRow("exactly the lead away") << 60 << A << 60 << 60 << P << E << int(Upcoming);
    QTest::newRow("a minute beyond the lead") << 60 << A << 61 << 60 << P << E << int(Nothing);
    QTest::newRow("in three days, lead a day")
        << day << A << 3 * day << 60 << P << E << int(Nothing);
    QTest::newRow("in 36 hours, lead two days")
        << 2 * day << A << 36 * 60 << 60 << P << E << int(Upcoming);
    QTest::newRow("no reminders") << 0 << A << 120 << 60 << P << E << int(Nothing);
    QTest::newRow("no reminders, not recorded") << 0 << A << -day << 60 << P << E << int(Nothing);
    QTest::newRow("begins now") << day << A << 0 << 60 << P << E << int(Nothing);
    QTest::newRow("under way") << day << A << -30 << 60 << P << E << int(Nothing);
    QTest::newRow("ends now") << day << A << -60 << 60 << P << E << int(Nothing);
    QTest::newRow("held tomorrow")
        << day << A << 120 << 60 << SessionStatus::Held << E << int(Nothing);
    QTest::newRow("cancelled") << day << A << 120 << 60 << SessionStatus::Cancelled << E
                               << int(Nothing);
    QTest::newRow("missed") << day << A << 120 << 60 << SessionStatus::Missed << E << int(Nothing);
    QTest::newRow("the pre-work is no meeting")
        << day << A << 120 << 60 << P << Stage::Prework << int(Nothing);
    QTest::newRow("an open conversation")
        << day << A << 120 << 60 << P << Stage::Open << int(Upcoming);
    QTest::newRow("a paused relationship")
        << day << MenteeStatus::Paused << 120 << 60 << P << E << int(Upcoming);
    QTest::newRow("a closed relationship")
        << day << MenteeStatus::Closed << 120 << 60 << P << E << int(Nothing);
    // Unrecorded: still planned after its end, however long ago, whatever the lead.
    QTest::newRow("ended a minute ago") << day << A << -61 << 60 << P << E << int(Unrecorded);
    QTest::newRow("ended yesterday") << 15 << A << -day << 60 << P << E << int(Unrecorded);
    QTest::newRow("a month ago") << day << A << -30 * day << 90 << P << E << int(Unrecorded);
    QTest::newRow("pre-work not recorded")
        << day << A << -day << 60 << P << Stage::Prework << int(Unrecorded);
    QTest::newRow("held yesterday")
        << day << A << -day << 60 << SessionStatus::Held << E << int(Nothing);
    QTest::newRow("cancelled yesterday")
        << day << A << -day << 60 << SessionStatus::Cancelled << E << int(Nothing);
    QTest::newRow("closed, not recorded")
        << day << MenteeStatus::Closed << -day << 60 << P << E << int(Nothing);
}

void TestReminders::shouldRemindOfWhatIsDueNow()
{
    QFETCH(int, lead);
    QFETCH(MenteeStatus, menteeStatus);
    QFETCH(int, startsIn);
    QFETCH(int, duration);
    QFETCH(SessionStatus, status);
    QFETCH(Stage, stage);
    QFETCH(int, expected);

    // GIVEN one session
    const Session one = session(startsIn, status, stage, duration);
    // WHEN the reminders due now are asked for
    const QList<Program::Reminder> due
        = Program::remindersDue(mentee(menteeStatus), {one}, frozenNow(), lead);
    // THEN there is the expected one, or none
    if (expected == Nothing) {
        QVERIFY2(due.isEmpty(), qPrintable(QString::number(int(due.value(0).kind))));
        return;
    }
    QCOMPARE(due.size(), 1);
    QCOMPARE(int(due.constFirst().kind), expected);
    QCOMPARE(due.constFirst().session.id, one.id);
}

void TestReminders::shouldAgreeWithTheOverdueMarkerAndTheNextMeeting_data()
{
    QTest::addColumn<int>("startsIn");
    QTest::addColumn<int>("duration");
    QTest::addColumn<bool>("awaitsRecord");

    QTest::newRow("ahead") << 120 << 60 << false;
    QTest::newRow("under way") << -30 << 60 << false;
    QTest::newRow("ends now") << -60 << 60 << false;
    QTest::newRow("ended a minute ago") << -61 << 60 << true;
    QTest::newRow("a long one still under way") << -100 << 120 << false;
}

void TestReminders::shouldAgreeWithTheOverdueMarkerAndTheNextMeeting()
{
    QFETCH(int, startsIn);
    QFETCH(int, duration);
    QFETCH(bool, awaitsRecord);

    // GIVEN a planned session and no other
    const Session one = session(startsIn, SessionStatus::Planned, Stage::Exercise, duration);
    // THEN the reminder, the mentee list's overdue marker and the next meeting give one answer
    QCOMPARE(Program::awaitsRecord(one, frozenNow()), awaitsRecord);
    const auto due = Program::remindersDue(mentee(), {one}, frozenNow(), 15);
    QCOMPARE(!due.isEmpty() && due.constFirst().kind == Program::ReminderKind::Unrecorded,
             awaitsRecord);
    const RelationshipStatus status = Planning::statusOf(mentee(), {one}, {}, frozenNow());
    QCOMPARE(status.meetingOverdue, awaitsRecord);
    QCOMPARE(Program::nextMeeting({one}, frozenNow()).has_value(), !awaitsRecord);
}

void TestReminders::shouldRemindOfEverySessionDueInItsOrder()
{
    // GIVEN two sessions not recorded, one held, one ahead and one beyond the lead
    QList<Session> sessions;
    for (const auto &[minutes, status] :
         QList<std::pair<int, SessionStatus>>{{-3 * 24 * 60, SessionStatus::Planned},
                                              {-2 * 24 * 60, SessionStatus::Held},
                                              {-24 * 60, SessionStatus::Planned},
                                              {90, SessionStatus::Planned},
                                              {3 * 24 * 60, SessionStatus::Planned}}) {
        Session next = session(minutes, status);
        next.id = sessions.size() + 1;
        next.sequence = int(next.id);
        sessions << next;
    }
    Session someoneElse = session(30);
    someoneElse.id = 99;
    someoneElse.menteeId = 8;
    sessions << someoneElse;

    // WHEN the reminders due a day ahead are asked for
    const auto due = Program::remindersDue(mentee(), sessions, frozenNow(), 24 * 60);

    // THEN the two unrecorded and the one ahead come, in the sessions' order
    QList<std::pair<Id, Program::ReminderKind>> got;
    for (const Program::Reminder &reminder : due)
        got << std::pair{reminder.session.id, reminder.kind};
    const QList<std::pair<Id, Program::ReminderKind>> expected{
        {1, Program::ReminderKind::Unrecorded},
        {3, Program::ReminderKind::Unrecorded},
        {4, Program::ReminderKind::Upcoming}};
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
