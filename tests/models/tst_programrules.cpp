// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/verbs.h"
#include "model/carryovermodel.h"
#include "program/rules.h"
#include "report/agenda.h"
#include "report/recap.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

/** A small history written by hand: sessions a fortnight apart, then actions and reviews. */
class Builder
{
public:
    explicit Builder(int sessions, const QString &statuses = QString())
    {
        m_history.menteeId = 1;
        for (int i = 0; i < sessions; ++i) {
            Session session;
            session.id = 100 + i;
            session.menteeId = 1;
            session.sequence = i + 1;
            session.stage = i == 0 ? Stage::Prework : Stage::Exercise;
            session.scheduledAt = start(i + 1);
            const QChar status = i < statuses.size() ? statuses.at(i) : QLatin1Char('h');
            session.status = status == QLatin1Char('p')   ? SessionStatus::Planned
                             : status == QLatin1Char('c') ? SessionStatus::Cancelled
                             : status == QLatin1Char('m') ? SessionStatus::Missed
                                                          : SessionStatus::Held;
            m_history.sessions << session;
        }
    }
    static QDateTime start(int sequence)
    {
        return QDateTime(QDate(2026, 1, 5).addDays(14 * (sequence - 1)), QTime(17, 0), Qt::UTC);
    }
    Builder &action(Id id, int agreedAt, const QDate &due = {})
    {
        Action action;
        action.id = id;
        action.menteeId = 1;
        action.sessionId = agreedAt > 0 ? 100 + agreedAt - 1 : 0;
        action.text = QStringLiteral("a%1").arg(id);
        action.dueOn = due;
        action.createdAt = agreedAt > 0 ? start(agreedAt).addSecs(1800) : start(1);
        m_history.actions << action;
        return *this;
    }
    /** Completed half an hour into the day `days` after session `sequence` began. */
    Builder &done(Id id, int sequence, int days)
    {
        for (Action &action : m_history.actions) {
            if (action.id == id)
                action.doneAt = start(sequence).addDays(days).addSecs(30 * 60);
        }
        return *this;
    }
    Builder &review(Id actionId, int sequence, ReviewDecision decision)
    {
        ActionReview review;
        review.id = 1000 + m_history.actionReviews.size();
        review.actionId = actionId;
        review.sessionId = 100 + sequence - 1;
        review.decision = decision;
        m_history.actionReviews << review;
        return *this;
    }
    /** The session is deleted: its reviews go, its actions lose it. */
    Builder &deleteSession(int sequence)
    {
        const Id id = 100 + sequence - 1;
        m_history.sessions.erase(std::remove_if(m_history.sessions.begin(),
                                                m_history.sessions.end(),
                                                [&](const Session &s) { return s.id == id; }),
                                 m_history.sessions.end());
        m_history.actionReviews.erase(
            std::remove_if(m_history.actionReviews.begin(),
                           m_history.actionReviews.end(),
                           [&](const ActionReview &r) { return r.sessionId == id; }),
            m_history.actionReviews.end());
        for (Action &action : m_history.actions) {
            if (action.sessionId == id)
                action.sessionId = 0;
        }
        return *this;
    }
    History history() const { return m_history; }

private:
    History m_history;
};

using MakeHistory = std::function<History()>;

/** Four answers, one a session. */
QStringList S(const char *first, const char *second, const char *third, const char *fourth)
{
    return {QString::fromUtf8(first),
            QString::fromUtf8(second),
            QString::fromUtf8(third),
            QString::fromUtf8(fourth)};
}

/** "a1 a2✓" : the actions under review at a session, ticked when done before it began. */
QString reviewAt(const History &history, int sequence)
{
    QStringList items;
    for (const ReviewItem &item : Program::actionsUnderReview(history, 100 + sequence - 1))
        items << item.action.text + (item.doneBefore ? QStringLiteral("✓") : QString());
    return items.join(QLatin1Char(' '));
}

QString openAfter(const History &history, int sequence)
{
    QStringList items;
    for (const Action &action : Program::openAfter(history, 100 + sequence - 1))
        items << action.text;
    return items.join(QLatin1Char(' '));
}

/** The action texts in the check boxes of an agenda: "☐ T3" and "☑ T4". */
QList<std::pair<QString, bool>> agendaBoxes(const QString &html)
{
    static const QRegularExpression box(
        QStringLiteral("<p class=\"check\"[^>]*>(☐|☑)&nbsp;&nbsp;([^&<]*)"));
    QList<std::pair<QString, bool>> boxes;
    for (const QRegularExpressionMatch &match : box.globalMatch(html))
        boxes << std::pair{match.captured(2), match.captured(1) == QStringLiteral("☑")};
    return boxes;
}

/** The action texts in a recap's tables (generated actions are named "T<n>x"). */
QSet<QString> recapActions(const QString &html)
{
    static const QRegularExpression cell(QStringLiteral("<td>(T\\d+x)</td>"));
    QSet<QString> texts;
    for (const QRegularExpressionMatch &match : cell.globalMatch(html))
        texts.insert(match.captured(1));
    return texts;
}

} // namespace

Q_DECLARE_METATYPE(MakeHistory)

/** The method's questions, answered once by core/program, and everything that shows them. */
class TestProgramRules : public QObject
{
    Q_OBJECT

private slots:
    void shouldPutActionsUnderReview_data();
    void shouldPutActionsUnderReview();
    void shouldFindTheMeetingThatFollowed_data();
    void shouldFindTheMeetingThatFollowed();
    void shouldFindTheNextMeetingFromNow_data();
    void shouldFindTheNextMeetingFromNow();
    void shouldCountCarriesAndProgressBeforeASession();
    void shouldTellWhatWasOverdueWhenASessionBegan_data();
    void shouldTellWhatWasOverdueWhenASessionBegan();
    void shouldSendSomethingOnlyAfterAMeetingThatWasDue_data();
    void shouldSendSomethingOnlyAfterAMeetingThatWasDue();
    void shouldAgreeEverywhereOverGeneratedHistories();
};

void TestProgramRules::shouldPutActionsUnderReview_data()
{
    QTest::addColumn<MakeHistory>("make");
    QTest::addColumn<QStringList>("reviews"); ///< under review at sessions 1, 2, 3, 4
    QTest::addColumn<QStringList>("open");    ///< open after sessions 1, 2, 3, 4

    using D = ReviewDecision;
    QTest::newRow("agreed at 2, open: reviewed at 3 and 4")
        << MakeHistory([] { return Builder(4).action(1, 2).history(); }) << S("", "", "a1", "a1")
        << S("", "a1", "a1", "a1");
    QTest::newRow("dropped at 3 leaves the review for good")
        << MakeHistory([] { return Builder(4).action(1, 2).review(1, 3, D::Dropped).history(); })
        << S("", "", "a1", "") << S("", "a1", "", "");
    QTest::newRow("reviewed done at 3 leaves it too") << MakeHistory([] {
        return Builder(4).action(1, 2).review(1, 3, D::Done).done(1, 3, 0).history();
    }) << S("", "", "a1", "") << S("", "a1", "", "");
    QTest::newRow("carried and renegotiated stay") << MakeHistory([] {
        return Builder(4)
            .action(1, 2)
            .review(1, 3, D::Carried)
            .review(1, 4, D::Renegotiated)
            .history();
    }) << S("", "", "a1", "a1") << S("", "a1", "a1", "a1");
    QTest::newRow("done between 2 and 3: ticked at 3, gone at 4")
        << MakeHistory([] { return Builder(4).action(1, 2).done(1, 2, 5).history(); })
        << S("", "", "a1✓", "") << S("", "a1", "", "");
    QTest::newRow("done after 3 began: open at 3, ticked at 4")
        << MakeHistory([] { return Builder(4).action(1, 2).done(1, 3, 2).history(); })
        << S("", "", "a1", "a1✓") << S("", "a1", "a1", "");
    QTest::newRow("soonest due first, undated last") << MakeHistory([] {
        return Builder(3)
            .action(1, 1)
            .action(2, 1, QDate(2026, 1, 20))
            .action(3, 2, QDate(2026, 1, 10))
            .history();
    }) << S("", "a2 a1", "a3 a2 a1", "") << S("a2 a1", "a3 a2 a1", "a3 a2 a1", "");
    QTest::newRow("a cancelled session reviews nothing new, the next one still does")
        << MakeHistory([] { return Builder(4, QStringLiteral("hhch")).action(1, 2).history(); })
        << S("", "", "a1", "a1") << S("", "a1", "a1", "a1");
    QTest::newRow("session deleted: its action counts from when it was written down")
        << MakeHistory([] {
               return Builder(4).action(1, 2).review(1, 4, D::Carried).deleteSession(2).history();
           })
        << S("", "", "a1", "a1") << S("a1", "", "a1", "a1");
    QTest::newRow("session deleted: placed after the last session before it")
        << MakeHistory([] { return Builder(4).action(1, 3).deleteSession(3).history(); })
        << S("", "", "", "a1") << S("", "a1", "", "a1");
    QTest::newRow("a review of a deleted session no longer closes the action") << MakeHistory([] {
        return Builder(4).action(1, 1).review(1, 2, D::Dropped).deleteSession(2).history();
    }) << S("", "", "a1", "a1") << S("a1", "", "a1", "a1");
}

void TestProgramRules::shouldPutActionsUnderReview()
{
    QFETCH(MakeHistory, make);
    QFETCH(QStringList, reviews);
    QFETCH(QStringList, open);

    // GIVEN a history WHEN each of its sessions asks what it reviews and what is left open
    const History history = make();
    QStringList reviewed;
    QStringList left;
    for (int sequence = 1; sequence <= 4; ++sequence) {
        reviewed << reviewAt(history, sequence);
        left << openAfter(history, sequence);
    }

    // THEN the answers follow the method (a deleted session answers nothing)
    QCOMPARE(reviewed, reviews);
    QCOMPARE(left, open);
}

void TestProgramRules::shouldFindTheMeetingThatFollowed_data()
{
    QTest::addColumn<QString>("statuses");
    QTest::addColumn<QList<int>>("next"); ///< the meeting after sessions 1, 2, 3, 4 (0: none)

    QTest::newRow("all held") << QStringLiteral("hhhh") << QList<int>{2, 3, 4, 0};
    QTest::newRow("cancelled and missed are no meetings")
        << QStringLiteral("hcmh") << QList<int>{4, 4, 4, 0};
    QTest::newRow("the one that followed, not the latest planned")
        << QStringLiteral("hhpp") << QList<int>{2, 3, 4, 0};
}

void TestProgramRules::shouldFindTheMeetingThatFollowed()
{
    QFETCH(QString, statuses);
    QFETCH(QList<int>, next);
    const History history = Builder(4, statuses).history();
    QList<int> found;
    for (int sequence = 1; sequence <= 4; ++sequence) {
        const auto meeting = Program::nextMeetingAfter(history, 100 + sequence - 1);
        found << (meeting ? meeting->sequence : 0);
    }
    QCOMPARE(found, next);
}

void TestProgramRules::shouldFindTheNextMeetingFromNow_data()
{
    QTest::addColumn<QString>("statuses");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("next");

    QTest::newRow("the earliest planned ahead")
        << QStringLiteral("hhpp") << Builder::start(2).addDays(1) << 3;
    QTest::newRow("a meeting in progress is still the next one")
        << QStringLiteral("hhpp") << Builder::start(3).addSecs(45 * 60) << 3;
    QTest::newRow("one that ended is not")
        << QStringLiteral("hhpp") << Builder::start(3).addSecs(61 * 60) << 4;
    QTest::newRow("nothing planned") << QStringLiteral("hhhc") << Builder::start(1) << 0;
}

void TestProgramRules::shouldFindTheNextMeetingFromNow()
{
    QFETCH(QString, statuses);
    QFETCH(QDateTime, now);
    QFETCH(int, next);
    const auto meeting = Program::nextMeeting(Builder(4, statuses).history().sessions, now);
    QCOMPARE(meeting ? meeting->sequence : 0, next);
}

void TestProgramRules::shouldCountCarriesAndProgressBeforeASession()
{
    // GIVEN an action carried at 2 and renegotiated at 3, and a goal reviewed at 2 and 4
    History history = Builder(4)
                          .action(1, 1)
                          .review(1, 2, ReviewDecision::Carried)
                          .review(1, 3, ReviewDecision::Renegotiated)
                          .history();
    for (const auto &[sequence, progress] : {std::pair{2, 30}, std::pair{4, 70}}) {
        GoalReview review;
        review.goalId = 7;
        review.sessionId = 100 + sequence - 1;
        review.progress = progress;
        history.goalReviews << review;
    }

    // THEN the carries are counted before each session, and in all
    QCOMPARE(Program::timesCarried(history, 1), 2);
    QList<int> carried;
    for (const ReviewItem &item : Program::actionsUnderReview(history, 103))
        carried << item.timesCarried << item.timesCarriedAfter();
    QCOMPARE(carried, (QList<int>{2, 2}));

    // AND a goal's progress is the latest recorded before the session
    QVERIFY(!Program::progressBefore(history, 7, 101));
    QCOMPARE(Program::progressBefore(history, 7, 102)->percent, 30);
    QCOMPARE(Program::progressBefore(history, 7, 104 - 1)->sequence, 2);
}

void TestProgramRules::shouldTellWhatWasOverdueWhenASessionBegan_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDateTime>("done");
    QTest::addColumn<bool>("overdue");
    // The session begins on 2 March 2026 at 17:00 UTC (18:00 in Berlin).
    const QDateTime done = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    QTest::newRow("due the day before, open") << QDate(2026, 3, 1) << QDateTime() << true;
    QTest::newRow("due that day, open") << QDate(2026, 3, 2) << QDateTime() << false;
    QTest::newRow("due after it") << QDate(2026, 3, 9) << QDateTime() << false;
    QTest::newRow("no date") << QDate() << QDateTime() << false;
    QTest::newRow("due before, done only after the session") << QDate(2026, 3, 1) << done << true;
    QTest::newRow("due before, done before the session")
        << QDate(2026, 2, 20) << QDateTime(QDate(2026, 2, 28), QTime(9, 0), Qt::UTC) << false;
}

void TestProgramRules::shouldTellWhatWasOverdueWhenASessionBegan()
{
    QFETCH(QDate, due);
    QFETCH(QDateTime, done);
    QFETCH(bool, overdue);
    // GIVEN an action due and perhaps done, and a session's start
    Action action;
    action.dueOn = due;
    action.doneAt = done;
    const QDateTime sessionStart(QDate(2026, 3, 2), QTime(17, 0), Qt::UTC);
    // WHEN asked whether it was overdue when the session began THEN it is as it stood then
    QCOMPARE(Program::isOverdueAt(action, sessionStart), overdue);
    // AND the same question about today agrees with it for an action still open
    if (!done.isValid())
        QCOMPARE(Program::isOverdue(action, sessionStart.toLocalTime().date()), overdue);
}

void TestProgramRules::shouldSendSomethingOnlyAfterAMeetingThatWasDue_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("followUp");
    const auto row = [](const char *name, Stage stage, SessionStatus status, Program::FollowUp up) {
        QTest::newRow(name) << int(stage) << int(status) << int(up);
    };
    using Program::FollowUp;
    row("held meeting: its recap", Stage::Debrief, SessionStatus::Held, FollowUp::Recap);
    row("held introductions", Stage::Introductions, SessionStatus::Held, FollowUp::Recap);
    row("cancelled: a note", Stage::Exercise, SessionStatus::Cancelled, FollowUp::MissedNote);
    row("missed: a note", Stage::Open, SessionStatus::Missed, FollowUp::MissedNote);
    row("planned: nothing yet", Stage::Debrief, SessionStatus::Planned, FollowUp::Nothing);
    row("pre-work done: the mentor's own", Stage::Prework, SessionStatus::Held, FollowUp::Nothing);
    row("pre-work cancelled", Stage::Prework, SessionStatus::Cancelled, FollowUp::Nothing);
}

void TestProgramRules::shouldSendSomethingOnlyAfterAMeetingThatWasDue()
{
    QFETCH(int, stage);
    QFETCH(int, status);
    QFETCH(int, followUp);
    Session session;
    session.stage = Stage(stage);
    session.status = SessionStatus(status);
    QCOMPARE(int(Program::followUpOf(session)), followUp);
}

void TestProgramRules::shouldAgreeEverywhereOverGeneratedHistories()
{
    // GIVEN 200 generated relationships (seeded): sessions held, cancelled, missed and
    // deleted; actions agreed, ticked off between sessions, carried, renegotiated, dropped,
    // reviewed done and deleted; all through the verbs of core/edit
    QTemporaryDir dir;
    const std::unique_ptr<Database> database = openTestDatabase(dir);
    database->execute(QStringLiteral("PRAGMA synchronous = OFF"));
    QDateTime now = frozenNow();
    database->setClock([&now] { return now; });
    Store store(*database);
    const Repositories &stored = store.repositories();
    QRandomGenerator random(20261201);
    int checkedSessions = 0;
    int ticked = 0;
    int deletedSessions = 0;

    for (int relationship = 0; relationship < 200; ++relationship) {
        now = frozenNow();
        const Id mentee = Edit::addMentee(store, now.date(), 14, 60);
        QVERIFY(mentee > 0);
        const int sessions = 3 + int(random.bounded(6));
        for (int k = 0; k < sessions; ++k) {
            const Id id = Edit::planNextSession(store, mentee, now);
            QVERIFY(id > 0);
            Session session = stored.sessions.get(id);
            now = session.scheduledAt.addSecs(30 * 60);
            const quint32 roll = random.bounded(100);
            session.status = k == 0 || roll < 70 ? SessionStatus::Held
                             : roll < 85         ? SessionStatus::Cancelled
                                                 : SessionStatus::Missed;
            QVERIFY(store.change(session, QStringLiteral("Record")));
            if (session.status == SessionStatus::Held) {
                const History history = History::load(stored, mentee);
                for (const ReviewItem &item : Program::actionsUnderReview(history, id)) {
                    const quint32 pick = random.bounded(5);
                    if (pick == 4)
                        continue; // not reviewed
                    if (ReviewDecision(pick) == ReviewDecision::Renegotiated)
                        QVERIFY(Edit::renegotiateAction(
                            store, item.action.id, item.action.text, now.date().addDays(10)));
                    QVERIFY(Edit::reviewAction(store, id, item.action.id, ReviewDecision(pick)));
                }
                for (int n = int(random.bounded(4)); n > 0; --n) {
                    const Id action = Edit::addAction(store, mentee, id, now.date());
                    QVERIFY(action > 0);
                    Action named = stored.actions.get(action);
                    named.text = QStringLiteral("T%1x").arg(action);
                    QVERIFY(store.change(named, QStringLiteral("Name")));
                }
            }
            // Between sessions: an action ticked off in the checklist, one deleted, or an
            // earlier session deleted.
            now = session.scheduledAt.addDays(5);
            const quint32 between = random.bounded(100);
            QList<Action> open;
            for (const Action &action : stored.actions.where(QStringLiteral("mentee_id"), mentee))
                if (!action.isDone())
                    open << action;
            if (between < 30 && !open.isEmpty()) {
                Action done = open.at(int(random.bounded(quint32(open.size()))));
                done.doneAt = now;
                QVERIFY(store.change(done, QStringLiteral("Tick")));
                ++ticked;
            } else if (between < 36 && !open.isEmpty()) {
                QVERIFY(Edit::deleteAction(store, open.at(0).id));
            } else if (between < 44 && k > 1) {
                const QList<Session> all = stored.sessionsOf(mentee);
                QVERIFY(Edit::deleteSession(
                    store, all.at(int(random.bounded(quint32(all.size() - 1)))).id));
                ++deletedSessions;
            }
            now = session.scheduledAt.addSecs(3600);
        }

        // WHEN every session's review is read from the editor's model, its agenda and the
        // recap of the session before it
        const History history = History::load(stored, mentee);
        CarryOverModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (int position = 0; position < history.sessions.size(); ++position) {
            const Session &session = history.sessions.at(position);
            model.setSessionId(session.id);
            QSet<QString> listed;
            QSet<QString> openAtStart;
            for (int row = 0; row < model.rowCount(); ++row) {
                const Action action = model.actionAt(model.index(row, 0));
                listed.insert(action.text);
                if (!action.isDone() || action.doneAt > session.scheduledAt)
                    openAtStart.insert(action.text);
            }
            QSet<QString> boxes;
            QSet<QString> unticked;
            for (const auto &[text, tick] : agendaBoxes(Agenda::build(stored, session.id).html)) {
                boxes.insert(text);
                if (!tick)
                    unticked.insert(text);
            }

            // THEN they agree: the model lists exactly the agenda's boxes, unticked those that
            // were open when the session began, and exactly the open actions of the recap before
            const QString where = QStringLiteral("relationship %1, session %2")
                                      .arg(relationship)
                                      .arg(session.sequence);
            QVERIFY2(listed == boxes, qPrintable(where));
            QVERIFY2(unticked == openAtStart, qPrintable(where));
            if (position > 0 && Recap::refusal(history.sessions.at(position - 1)).isEmpty()) {
                const Id before = history.sessions.at(position - 1).id;
                QVERIFY2(recapActions(Recap::build(stored, before, {}).html) == listed,
                         qPrintable(where));
            }
            ++checkedSessions;
        }
    }
    // AND the histories held every case the rules distinguish
    QVERIFY(checkedSessions > 800);
    QVERIFY(ticked > 50);
    QVERIFY(deletedSessions > 20);
    QVERIFY(database->integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestProgramRules)
#include "tst_programrules.moc"
