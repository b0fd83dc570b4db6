// SPDX-License-Identifier: GPL-3.0-or-later
#include "program/method.h"
#include "program/planning.h"
#include "testsupport.h"

#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

/** A local date and time on a day counted from today(). */
QDateTime localAt(int dayOffset, int hour = 17, int minute = 30)
{
    return QDateTime(today().addDays(dayOffset), QTime(hour, minute));
}

/** The moment "now" of these tests: 10:00 local time on today(). */
QDateTime testNow()
{
    return localAt(0, 10, 0);
}

/**
 * Sessions from a compact history, one per comma: "stage status [day offset] [HH:mm]", e.g.
 * "prework held -20, introductions planned +2 08:00". Sequences count from 1; without an
 * offset a session lies 7 days after the one before (the first at -70).
 */
QList<Session> history(const QString &spec)
{
    QList<Session> sessions;
    int day = -77;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        Session session;
        session.id = sessions.size() + 1;
        session.menteeId = 1;
        session.sequence = int(sessions.size()) + 1;
        session.stage = fromKey<Stage>(words.value(0)).value();
        session.status = fromKey<SessionStatus>(words.value(1)).value();
        day = words.size() > 2 ? words.at(2).toInt() : day + 7;
        const QTime time = words.size() > 3
                               ? QTime::fromString(words.at(3), QStringLiteral("HH:mm"))
                               : QTime(17, 30);
        session.scheduledAt = QDateTime(today().addDays(day), time).toUTC();
        session.durationMinutes = 60;
        session.location = QStringLiteral("Room %1").arg(session.sequence);
        sessions << session;
    }
    return sessions;
}

Mentee mentee(int cadenceDays = 14,
              MenteeStatus status = MenteeStatus::Active,
              PreferredStyle style = PreferredStyle::Structured)
{
    Mentee m;
    m.id = 1;
    m.name = QStringLiteral("Ana Silva");
    m.cadenceDays = cadenceDays;
    m.sessionMinutes = 45;
    m.status = status;
    m.preferredStyle = style;
    return m;
}

Action action(const QString &text,
              const QDate &dueOn,
              const QDateTime &doneAt = {},
              ActionOwner owner = ActionOwner::Mentee)
{
    Action a;
    a.id = text.size();
    a.menteeId = 1;
    a.text = text;
    a.dueOn = dueOn;
    a.doneAt = doneAt;
    a.owner = owner;
    return a;
}

} // namespace

/** The rules of the method: the next stage, the next session's proposal, a relationship's markers.
 */
class TestPlanning : public QObject
{
    Q_OBJECT

private slots:
    void shouldSuggestTheNextStageFromTheHistory_data();
    void shouldSuggestTheNextStageFromTheHistory();
    void shouldProposeTheNextSessionByTheCadence_data();
    void shouldProposeTheNextSessionByTheCadence();
    void shouldProposeTheSuggestedStageWithItsAgenda();
    void shouldFlagAnOverdueMeeting_data();
    void shouldFlagAnOverdueMeeting();
    void shouldCountOpenAndOverdueActions();
    void shouldMeasureConsistency();
    void shouldGiveEveryStageItsOwnTopics_data();
    void shouldGiveEveryStageItsOwnTopics();
};

void TestPlanning::shouldSuggestTheNextStageFromTheHistory_data()
{
    QTest::addColumn<QString>("sessions");
    QTest::addColumn<PreferredStyle>("style");
    QTest::addColumn<Stage>("expected");

    const auto structured = PreferredStyle::Structured;
    const auto freeFlowing = PreferredStyle::FreeFlowing;
    const QString method = QStringLiteral("prework held, introductions held, focus held");

    QTest::newRow("no sessions") << QString() << structured << Stage::Prework;
    QTest::newRow("pre-work held")
        << QStringLiteral("prework held") << structured << Stage::Introductions;
    QTest::newRow("introductions held")
        << QStringLiteral("prework held, introductions held") << structured << Stage::Focus;
    QTest::newRow("focus held") << method << structured << Stage::Exercise;
    QTest::newRow("exercise held")
        << method + QStringLiteral(", exercise held") << structured << Stage::Debrief;
    QTest::newRow("debrief held") << method + QStringLiteral(", exercise held, debrief held")
                                  << structured << Stage::Exercise;
    QTest::newRow("second exercise held")
        << method + QStringLiteral(", exercise held, debrief held, exercise held") << structured
        << Stage::Debrief;
    QTest::newRow("second debrief held")
        << method + QStringLiteral(", exercise held, debrief held, exercise held, debrief held")
        << structured << Stage::Exercise;
    QTest::newRow("pre-work cancelled")
        << QStringLiteral("prework cancelled") << structured << Stage::Prework;
    QTest::newRow("introductions cancelled")
        << QStringLiteral("prework held, introductions cancelled") << structured
        << Stage::Introductions;
    QTest::newRow("introductions missed") << QStringLiteral("prework held, introductions missed")
                                          << structured << Stage::Introductions;
    QTest::newRow("debrief cancelled, then missed")
        << method + QStringLiteral(", exercise held, debrief cancelled, debrief missed")
        << structured << Stage::Debrief;
    QTest::newRow("planned introductions count")
        << QStringLiteral("prework held, introductions planned") << structured << Stage::Focus;
    QTest::newRow("planned exercise counts")
        << method + QStringLiteral(", exercise planned") << structured << Stage::Debrief;
    QTest::newRow("open after focus")
        << method + QStringLiteral(", open held") << structured << Stage::Exercise;
    QTest::newRow("open sessions inside a cycle")
        << method + QStringLiteral(", exercise held, open held, open planned") << structured
        << Stage::Debrief;
    QTest::newRow("free-flowing, no sessions") << QString() << freeFlowing << Stage::Prework;
    QTest::newRow("free-flowing, pre-work cancelled")
        << QStringLiteral("prework cancelled") << freeFlowing << Stage::Prework;
    QTest::newRow("free-flowing, pre-work held")
        << QStringLiteral("prework held") << freeFlowing << Stage::Open;
    QTest::newRow("free-flowing, pre-work planned")
        << QStringLiteral("prework planned") << freeFlowing << Stage::Open;
    QTest::newRow("free-flowing after open sessions")
        << QStringLiteral("prework held, open held, open held") << freeFlowing << Stage::Open;
    QTest::newRow("free-flowing after a structured start") << method << freeFlowing << Stage::Open;
}

void TestPlanning::shouldSuggestTheNextStageFromTheHistory()
{
    QFETCH(QString, sessions);
    QFETCH(PreferredStyle, style);
    QFETCH(Stage, expected);

    // GIVEN a history WHEN the next stage is suggested THEN it follows the method
    const Stage suggested = Planning::suggestNextStage(history(sessions), style);
    QVERIFY2(suggested == expected,
             qPrintable(toKey(suggested) + QStringLiteral(" instead of ") + toKey(expected)));
}

void TestPlanning::shouldProposeTheNextSessionByTheCadence_data()
{
    QTest::addColumn<QString>("sessions");
    QTest::addColumn<int>("cadenceDays");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QDateTime>("scheduledAt");
    QTest::addColumn<QString>("location");

    QTest::newRow("first session: tomorrow at 17:00")
        << QString() << 14 << 1 << localAt(1, 17, 0) << QString();
    QTest::newRow("held three days ago")
        << QStringLiteral("prework held -3") << 14 << 2 << localAt(11) << QStringLiteral("Room 1");
    QTest::newRow("weekly cadence")
        << QStringLiteral("prework held -3") << 7 << 2 << localAt(4) << QStringLiteral("Room 1");
    QTest::newRow("cadence already past: tomorrow at the same time")
        << QStringLiteral("prework held -40 08:15") << 14 << 2 << localAt(1, 8, 15)
        << QStringLiteral("Room 1");
    QTest::newRow("due later today")
        << QStringLiteral("prework held -14") << 14 << 2 << localAt(0) << QStringLiteral("Room 1");
    QTest::newRow("due earlier today: tomorrow")
        << QStringLiteral("prework held -14 08:00") << 14 << 2 << localAt(1, 8, 0)
        << QStringLiteral("Room 1");
    QTest::newRow("cancelled last session does not count")
        << QStringLiteral("prework held -10, introductions cancelled -3") << 14 << 3 << localAt(4)
        << QStringLiteral("Room 1");
    QTest::newRow("missed last session does not count")
        << QStringLiteral("prework held -10, introductions missed -3") << 14 << 3 << localAt(4)
        << QStringLiteral("Room 1");
    QTest::newRow("a cancelled slot is not offered again")
        << QStringLiteral("prework held -10, introductions cancelled +4") << 14 << 3 << localAt(18)
        << QStringLiteral("Room 1");
    QTest::newRow("nor a missed one") << QStringLiteral("prework held -20, introductions missed -6")
                                      << 14 << 3 << localAt(8) << QStringLiteral("Room 1");
    QTest::newRow("planned session counts")
        << QStringLiteral("prework held -10, introductions planned +4 12:00") << 14 << 3
        << localAt(18, 12, 0) << QStringLiteral("Room 2");
    QTest::newRow("only cancelled sessions")
        << QStringLiteral("prework cancelled -3") << 14 << 2 << localAt(1, 17, 0) << QString();
    QTest::newRow("across the change to summer time")
        << QStringLiteral("prework held +10 18:00") << 14 << 2 << localAt(24, 18, 0)
        << QStringLiteral("Room 1");
}

void TestPlanning::shouldProposeTheNextSessionByTheCadence()
{
    QFETCH(QString, sessions);
    QFETCH(int, cadenceDays);
    QFETCH(int, sequence);
    QFETCH(QDateTime, scheduledAt);
    QFETCH(QString, location);

    // GIVEN a mentee who meets every cadenceDays, and a history
    const Mentee ana = mentee(cadenceDays);

    // WHEN the next session is proposed
    const Session proposal = Planning::proposeNextSession(ana, history(sessions), testNow());

    // THEN it is planned, numbered after the last, dated by the cadence (never in the past)
    QCOMPARE(proposal.sequence, sequence);
    QCOMPARE(proposal.scheduledAt, scheduledAt);
    QCOMPARE(proposal.scheduledAt.toLocalTime().time(), scheduledAt.time());
    QVERIFY(proposal.scheduledAt > testNow());
    QCOMPARE(proposal.status, SessionStatus::Planned);
    QCOMPARE(proposal.menteeId, ana.id);
    QCOMPARE(proposal.durationMinutes, ana.sessionMinutes);
    QCOMPARE(proposal.location, location);
    QCOMPARE(proposal.id, Id(0));
}

void TestPlanning::shouldProposeTheSuggestedStageWithItsAgenda()
{
    // GIVEN a structured and a free-flowing mentee after pre-work and introductions
    const QList<Session> sessions
        = history(QStringLiteral("prework held -20, introductions held -6"));
    const Mentee structured = mentee();
    const Mentee freeFlowing = mentee(14, MenteeStatus::Active, PreferredStyle::FreeFlowing);

    // WHEN the next session is proposed for each
    const Session focus = Planning::proposeNextSession(structured, sessions, testNow());
    const Session open = Planning::proposeNextSession(freeFlowing, sessions, testNow());

    // THEN its stage is the suggested one, with that stage's agenda
    QCOMPARE(focus.stage, Stage::Focus);
    QCOMPARE(focus.agenda, Planning::defaultAgenda(Stage::Focus));
    QCOMPARE(open.stage, Stage::Open);
    QCOMPARE(open.agenda, Planning::defaultAgenda(Stage::Open));
    QVERIFY(focus.agenda != open.agenda);
}

void TestPlanning::shouldFlagAnOverdueMeeting_data()
{
    QTest::addColumn<QString>("sessions");
    QTest::addColumn<MenteeStatus>("status");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<QDateTime>("nextMeeting");
    QTest::addColumn<QDateTime>("lastMeeting");
    QTest::addColumn<int>("held");

    const auto active = MenteeStatus::Active;
    const QDateTime none;

    QTest::newRow("nothing yet") << QString() << active << false << none << none << 0;
    QTest::newRow("held recently, nothing planned")
        << QStringLiteral("prework held -3") << active << false << none << none << 0;
    QTest::newRow("held long ago, nothing planned")
        << QStringLiteral("prework held -30, introductions held -20") << active << true << none
        << localAt(-20) << 1;
    QTest::newRow("held long ago, next planned")
        << QStringLiteral("prework held -20, introductions planned +2") << active << false
        << localAt(2) << none << 0;
    QTest::newRow("planned session passed unrecorded")
        << QStringLiteral("prework held -10, introductions planned -1") << active << true << none
        << none << 0;
    QTest::newRow("unrecorded even with a later one planned")
        << QStringLiteral("prework held -10, introductions planned -1, focus planned +6") << active
        << true << localAt(6) << none << 0;
    QTest::newRow("only a passed planned session")
        << QStringLiteral("prework planned -2") << active << true << none << none << 0;
    QTest::newRow("planned session under way")
        << QStringLiteral("prework held -30, introductions planned 0 09:30") << active << false
        << localAt(0, 9, 30) << none << 0;
    QTest::newRow("planned session just ended")
        << QStringLiteral("prework held -3, introductions planned 0 08:30") << active << true
        << none << none << 0;
    QTest::newRow("cancelled is no next meeting")
        << QStringLiteral("prework held -20, introductions cancelled +2") << active << true << none
        << none << 0;
    QTest::newRow("cadence ends later today")
        << QStringLiteral("prework held -14") << active << false << none << none << 0;
    QTest::newRow("cadence ended this morning")
        << QStringLiteral("prework held -14 08:00") << active << true << none << none << 0;
    QTest::newRow("earliest of two planned is next")
        << QStringLiteral("prework held -3, introductions planned +9, focus planned +2") << active
        << false << localAt(2) << none << 0;
    QTest::newRow("the pre-work is no meeting, but the cadence runs from it")
        << QStringLiteral("prework held -3, introductions held -30") << active << false << none
        << localAt(-30) << 1;
    QTest::newRow("latest meeting held is last")
        << QStringLiteral("introductions held -30, focus held -3") << active << false << none
        << localAt(-3) << 2;
    QTest::newRow("paused") << QStringLiteral("prework held -30, introductions planned -1")
                            << MenteeStatus::Paused << false << none << none << 0;
    QTest::newRow("closed") << QStringLiteral("prework held -60") << MenteeStatus::Closed << false
                            << none << none << 0;
}

void TestPlanning::shouldFlagAnOverdueMeeting()
{
    QFETCH(QString, sessions);
    QFETCH(MenteeStatus, status);
    QFETCH(bool, overdue);
    QFETCH(QDateTime, nextMeeting);
    QFETCH(QDateTime, lastMeeting);
    QFETCH(int, held);

    // GIVEN a fortnightly relationship WHEN its status is worked out at 10:00 today
    const RelationshipStatus result
        = Planning::statusOf(mentee(14, status), history(sessions), {}, testNow());

    // THEN the meeting is overdue only when a planned one passed unrecorded, or nothing is planned
    // and the cadence has run out; and only for active relationships
    QCOMPARE(result.meetingOverdue, overdue);
    QCOMPARE(result.nextMeeting, nextMeeting);
    QCOMPARE(result.lastMeeting, lastMeeting);
    QCOMPARE(result.heldSessions, held);
    QCOMPARE(result.openActions, 0);
    QCOMPARE(result.overdueActions, 0);
}

void TestPlanning::shouldCountOpenAndOverdueActions()
{
    // GIVEN actions done and open, due in the past, today, later and never
    const QList<Action> actions{
        action(QStringLiteral("a"), today().addDays(-1)),
        action(QStringLiteral("bb"), today().addDays(-30), {}, ActionOwner::Mentor),
        action(QStringLiteral("ccc"), today()),
        action(QStringLiteral("dddd"), today().addDays(1)),
        action(QStringLiteral("eeeee"), QDate()),
        action(QStringLiteral("ffffff"), today().addDays(-3), localAt(-4)),
        action(QStringLiteral("ggggggg"), QDate(), localAt(-1)),
    };

    // WHEN the status is worked out
    const RelationshipStatus status = Planning::statusOf(mentee(), {}, actions, testNow());

    // THEN every action not done is open, and those due before today are overdue (whoever owns
    // them)
    QCOMPARE(status.openActions, 5);
    QCOMPARE(status.overdueActions, 2);

    // AND a paused relationship still counts its actions
    const RelationshipStatus paused
        = Planning::statusOf(mentee(14, MenteeStatus::Paused), {}, actions, testNow());
    QCOMPARE(paused.openActions, 5);
    QCOMPARE(paused.overdueActions, 2);

    // AND a day later, the action due today is overdue too
    const RelationshipStatus tomorrow
        = Planning::statusOf(mentee(), {}, actions, testNow().addDays(1));
    QCOMPARE(tomorrow.overdueActions, 3);
}

void TestPlanning::shouldGiveEveryStageItsOwnTopics_data()
{
    QTest::addColumn<Stage>("stage");
    for (const auto &entry : enumEntries<Stage>())
        QTest::newRow(entry.key) << entry.value;
}

void TestPlanning::shouldGiveEveryStageItsOwnTopics()
{
    QFETCH(Stage, stage);
    const QStringList lines = Planning::defaultAgenda(stage).split(QLatin1Char('\n'));
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY(!line.trimmed().isEmpty());
    if (stage == Stage::Prework)
        QVERIFY(lines.join(QLatin1Char(' ')).contains(QStringLiteral("resume")));
    // the topics of the stage only: the five parts are the method's, printed around them
    const QStringList parts = Method::sessionStructure() + Method::sessionPartTitles();
    for (const QString &line : lines)
        QVERIFY2(!parts.contains(line), qPrintable(line));
    // and each stage has its own focus
    for (const auto &other : enumEntries<Stage>()) {
        if (other.value != stage)
            QVERIFY(Planning::defaultAgenda(other.value) != Planning::defaultAgenda(stage));
    }
}

void TestPlanning::shouldMeasureConsistency()
{
    // GIVEN pre-work, four meetings a fortnight apart, one of them cancelled and one missed
    const QList<Session> sessions
        = history(QStringLiteral("prework held -60, introductions held -56, focus cancelled -42, "
                                 "focus held -28, exercise missed -14, "
                                 "exercise held -7, debrief planned +7"));
    const QList<Action> actions{action(QStringLiteral("a"), today().addDays(-3), localAt(-4)),
                                action(QStringLiteral("bb"), today().addDays(-1)),
                                action(QStringLiteral("ccc"), today().addDays(5)),
                                action(QStringLiteral("dddd"), {}, localAt(-20))};

    // WHEN its status is measured
    const RelationshipStatus status = Planning::statusOf(mentee(14), sessions, actions, testNow());

    // THEN the figures count what happened
    QCOMPARE(status.heldSessions, 3); // meetings: the pre-work is none
    QCOMPARE(status.plannedSessions, 1);
    QCOMPARE(status.cancelledSessions, 1);
    QCOMPARE(status.missedSessions, 1);
    QCOMPARE(status.attendanceRate, 3.0 / 5.0);       // the pre-work is no meeting
    QCOMPARE(status.averageIntervalDays, 49.0 / 2.0); // meetings held at -56, -28, -7
    QCOMPARE(status.daysSinceLastMeeting, 7);
    QCOMPARE(status.doneActions, 2);
    QCOMPARE(status.openActions, 2);
    QCOMPARE(status.overdueActions, 1);
    QCOMPARE(status.actionCompletionRate, 0.5);
    QVERIFY(!status.meetingOverdue);

    // AND with nothing held yet, the rates say so rather than claim 0%
    const RelationshipStatus fresh = Planning::statusOf(mentee(14), {}, {}, testNow());
    QCOMPARE(fresh.attendanceRate, -1.0);
    QCOMPARE(fresh.averageIntervalDays, -1.0);
    QCOMPARE(fresh.daysSinceLastMeeting, -1);
    QCOMPARE(fresh.actionCompletionRate, -1.0);
}

QTEST_GUILESS_MAIN(TestPlanning)
#include "tst_planning.moc"
