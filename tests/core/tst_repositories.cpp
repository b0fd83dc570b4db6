// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/tables.h"
#include "program/rules.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

using Attempt = std::function<void(Repositories &, Id mentee, Id otherMentee)>;
Q_DECLARE_METATYPE(Attempt)

/** Create, read, update and delete of every entity, the rules they keep, and cascades. */
class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldStoreReadUpdateAndDeleteEveryEntity();
    void shouldRefuseImpossibleData_data();
    void shouldRefuseImpossibleData();
    void shouldKeepLongTextAndMarkupLiterally();
    void shouldDeleteAMenteesWholeRelationship();
    void shouldKeepActionsWhenTheirSessionIsDeleted();
    void shouldCountCarriedActions();
    void shouldNumberSessionsPerMentee();
    void shouldRefuseControlCharactersInEveryTextField_data();
    void shouldRefuseControlCharactersInEveryTextField();
    void shouldGiveEverySessionALastingCalendarIdentity();
    void shouldRaiseTheCalendarSequenceWhenTheMeetingChanges_data();
    void shouldRaiseTheCalendarSequenceWhenTheMeetingChanges();

private:
    /** A mentee with a row in every table; returns the mentee. */
    Id addRelationship(const QString &name)
    {
        return TestSupport::addRelationship(*m_repositories, name).mentee;
    }

    template<class T>
    void checkRoundTrip(T item, const std::function<void(T &)> &change);

    template<class T>
    static QVariantMap valuesOf(const T &item)
    {
        QVariantMap values;
        for (const Field<T> &field : tableOf<T>().fields)
            values.insert(field.name, field.read(item));
        return values;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
};

void TestRepositories::init()
{
    m_database = openTestDatabase(m_dir);
    m_repositories = std::make_unique<Repositories>(*m_database);
}

void TestRepositories::cleanup()
{
    m_repositories.reset();
    m_database.reset();
}

template<class T>
void TestRepositories::checkRoundTrip(T item, const std::function<void(T &)> &change)
{
    Repository<T> &repository = m_repositories->of<T>();
    const int before = repository.count();

    // WHEN added THEN it reads back field for field, with an id and time stamps
    repository.add(item);
    QVERIFY(item.id > 0);
    QCOMPARE(item.createdAt, frozenNow());
    const T stored = repository.get(item.id);
    QCOMPARE(valuesOf(stored), valuesOf(item));
    QCOMPARE(stored.createdAt, frozenNow());
    QCOMPARE(repository.count(), before + 1);

    // WHEN changed THEN the change is stored and updated_at moves on
    m_database->setClock([] { return frozenNow().addSecs(60); });
    change(item);
    repository.update(item);
    const T updated = repository.get(item.id);
    QCOMPARE(valuesOf(updated), valuesOf(item));
    QVERIFY(valuesOf(updated) != valuesOf(stored));
    QCOMPARE(updated.createdAt, frozenNow());
    QCOMPARE(updated.updatedAt, frozenNow().addSecs(60));
    freezeClock(*m_database);

    // WHEN removed THEN it is gone, and a second removal says so
    repository.remove(item.id);
    QVERIFY(!repository.find(item.id));
    QCOMPARE(repository.count(), before);
    QVERIFY_THROWS_EXCEPTION(Error, repository.remove(item.id));
    QVERIFY_THROWS_EXCEPTION(Error, repository.get(item.id));
}

void TestRepositories::shouldStoreReadUpdateAndDeleteEveryEntity()
{
    const Id menteeId = addRelationship(QStringLiteral("Ana Silva"));
    Repositories &r = *m_repositories;
    const Session session = r.sessionsOf(menteeId).constFirst();
    const Goal goal = r.goals.where(QStringLiteral("mentee_id"), menteeId).constFirst();
    const Action action = r.actions.where(QStringLiteral("mentee_id"), menteeId).constFirst();

    Mentee mentee;
    mentee.name = QStringLiteral("Bo Lindqvist");
    mentee.email = QStringLiteral("bo@example.org");
    mentee.preferredStyle = PreferredStyle::FreeFlowing;
    mentee.startedOn = today();
    mentee.intendedEndOn = today().addMonths(6);
    checkRoundTrip<Mentee>(mentee, [](Mentee &m) {
        m.status = MenteeStatus::Paused;
        m.cadenceDays = 21;
    });

    Attachment attachment;
    attachment.menteeId = menteeId;
    attachment.kind = AttachmentKind::JobDescription;
    attachment.fileName = QStringLiteral("job.pdf");
    attachment.mimeType = QStringLiteral("application/pdf");
    attachment.data = QByteArray("%PDF-1.4\0binary\xff", 17);
    checkRoundTrip<Attachment>(attachment, [](Attachment &a) { a.data.append('\0'); });

    Goal newGoal;
    newGoal.menteeId = menteeId;
    newGoal.title = QStringLiteral("Present to the board");
    newGoal.specific = QStringLiteral("Present the quarterly results");
    newGoal.timeBoundOn = today().addMonths(3);
    checkRoundTrip<Goal>(newGoal, [](Goal &g) { g.status = GoalStatus::Achieved; });

    Session newSession;
    newSession.menteeId = menteeId;
    newSession.sequence = r.nextSequence(menteeId);
    newSession.scheduledAt = QDateTime(today().addDays(14), QTime(16, 30), Qt::UTC);
    newSession.stage = Stage::Focus;
    newSession.privateNotes = QStringLiteral("Mine alone");
    checkRoundTrip<Session>(newSession, [](Session &s) {
        s.status = SessionStatus::Held;
        s.notes = QStringLiteral("We narrowed the focus.");
    });

    GoalReview review;
    review.goalId = goal.id;
    r.sessions.add(newSession);
    review.sessionId = newSession.id;
    review.progress = 0;
    checkRoundTrip<GoalReview>(review, [](GoalReview &g) { g.progress = 100; });

    ProblemStatement statement;
    statement.menteeId = menteeId;
    statement.templateId = ProblemTemplate::DevelopSkills;
    statement.text
        = QStringLiteral("I want to develop my skills in SQL, so that I can automate reports.");
    checkRoundTrip<ProblemStatement>(statement,
                                     [](ProblemStatement &p) { p.status = ProblemStatus::Parked; });

    Action newAction;
    newAction.menteeId = menteeId;
    newAction.sessionId = session.id;
    newAction.owner = ActionOwner::Mentor;
    newAction.text = QStringLiteral("Introduce Ana to the data guild");
    checkRoundTrip<Action>(newAction, [](Action &a) { a.doneAt = frozenNow(); });

    ActionReview actionReview;
    actionReview.actionId = action.id;
    actionReview.sessionId = newSession.id;
    checkRoundTrip<ActionReview>(actionReview,
                                 [](ActionReview &a) { a.decision = ReviewDecision::Dropped; });
}

void TestRepositories::shouldRefuseImpossibleData_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<QString>("message");

    const QDateTime at(today(), QTime(10, 0), Qt::UTC);
    auto session = [at](Id mentee) {
        Session s;
        s.menteeId = mentee;
        s.sequence = 50;
        s.scheduledAt = at;
        return s;
    };

    QTest::newRow("empty name") << Attempt([](Repositories &r, Id, Id) {
        Mentee m;
        r.mentees.add(m);
    }) << QStringLiteral("name: must not be empty");
    QTest::newRow("blank name") << Attempt([](Repositories &r, Id, Id) {
        Mentee m;
        m.name = QStringLiteral("   ");
        r.mentees.add(m);
    }) << QStringLiteral("name: must not be empty");
    QTest::newRow("email") << Attempt([](Repositories &r, Id, Id) {
        Mentee m;
        m.name = QStringLiteral("Ana");
        m.email = QStringLiteral("ana at example");
        r.mentees.add(m);
    }) << QStringLiteral("email: \"ana at example\" is not an email address");
    QTest::newRow("cadence") << Attempt([](Repositories &r, Id mentee, Id) {
        Mentee m = r.mentees.get(mentee);
        m.cadenceDays = 0;
        r.mentees.update(m);
    }) << QStringLiteral("cadence_days: 0 is outside 1–365");
    QTest::newRow("end before start") << Attempt([](Repositories &r, Id mentee, Id) {
        Mentee m = r.mentees.get(mentee);
        m.startedOn = today();
        m.intendedEndOn = today().addDays(-1);
        r.mentees.update(m);
    }) << QStringLiteral("intended_end_on: the intended end comes before the start");
    QTest::newRow("goal title") << Attempt([](Repositories &r, Id mentee, Id) {
        Goal g;
        g.menteeId = mentee;
        r.goals.add(g);
    }) << QStringLiteral("title: must not be empty");
    QTest::newRow("progress above 100") << Attempt([](Repositories &r, Id mentee, Id) {
        GoalReview g;
        g.goalId = r.goals.where(QStringLiteral("mentee_id"), mentee).constFirst().id;
        g.sessionId = r.sessionsOf(mentee).constFirst().id;
        g.progress = 120;
        r.goalReviews.update(g);
    }) << QStringLiteral("progress: 120 is outside 0–100");
    QTest::newRow("progress below 0") << Attempt([](Repositories &r, Id mentee, Id) {
        GoalReview g;
        g.goalId = r.goals.where(QStringLiteral("mentee_id"), mentee).constFirst().id;
        g.sessionId = r.sessionsOf(mentee).constFirst().id;
        g.progress = -1;
        r.goalReviews.add(g);
    }) << QStringLiteral("progress: -1 is outside 0–100");
    QTest::newRow("session without a date") << Attempt([session](Repositories &r, Id mentee, Id) {
        Session s = session(mentee);
        s.scheduledAt = QDateTime();
        r.sessions.add(s);
    }) << QStringLiteral("scheduled_at: a date and time is required");
    QTest::newRow("session duration") << Attempt([session](Repositories &r, Id mentee, Id) {
        Session s = session(mentee);
        s.durationMinutes = 0;
        r.sessions.add(s);
    }) << QStringLiteral("duration_minutes: 0 is outside 5–480");
    QTest::newRow("unknown stage") << Attempt([session](Repositories &, Id mentee, Id) {
        Session s = session(mentee);
        for (const Field<Session> &field : tableOf<Session>().fields) {
            if (field.name == QLatin1String("stage"))
                field.write(s, QStringLiteral("foo"));
        }
    }) << QStringLiteral("stage: unknown stage \"foo\"");
    QTest::newRow("unknown status") << Attempt([session](Repositories &, Id mentee, Id) {
        Session s = session(mentee);
        for (const Field<Session> &field : tableOf<Session>().fields) {
            if (field.name == QLatin1String("status"))
                field.write(s, QStringLiteral("postponed"));
        }
    }) << QStringLiteral("status: unknown session status \"postponed\"");
    QTest::newRow("reason without did-not-happen")
        << Attempt([session](Repositories &r, Id mentee, Id) {
               Session s = session(mentee);
               s.debriefOutcome = DebriefOutcome::WentWell;
               s.whyNotReason = WhyNotReason::NoTime;
               r.sessions.add(s);
           })
        << QStringLiteral(
               "why_not_reason: a reason is only recorded when the exercise did not happen");
    QTest::newRow("duplicate sequence") << Attempt([session](Repositories &r, Id mentee, Id) {
        Session s = session(mentee);
        s.sequence = 1;
        r.sessions.add(s);
    }) << QStringLiteral("sequence: this mentee already has a session number 1");
    QTest::newRow("missing mentee") << Attempt([session](Repositories &r, Id, Id) {
        Session s = session(999);
        r.sessions.add(s);
    }) << QStringLiteral("mentee_id: there is no mentee with id 999");
    QTest::newRow("empty action") << Attempt([](Repositories &r, Id mentee, Id) {
        Action a;
        a.menteeId = mentee;
        a.text = QStringLiteral("\n\t ");
        r.actions.add(a);
    }) << QStringLiteral("text: must not be empty");
    QTest::newRow("due date not a date") << Attempt([](Repositories &, Id mentee, Id) {
        Action a;
        a.menteeId = mentee;
        for (const Field<Action> &field : tableOf<Action>().fields) {
            if (field.name == QLatin1String("due_on"))
                field.write(a, QStringLiteral("2026-02-30"));
        }
    }) << QStringLiteral("due_on: \"2026-02-30\" is not a date (expected YYYY-MM-DD)");
    QTest::newRow("action from another mentee's session")
        << Attempt([](Repositories &r, Id mentee, Id other) {
               Action a;
               a.menteeId = mentee;
               a.text = QStringLiteral("Read a book");
               a.sessionId = r.sessionsOf(other).constFirst().id;
               r.actions.add(a);
           })
        << QStringLiteral("belongs to another mentee");
    QTest::newRow("unfilled template") << Attempt([](Repositories &r, Id mentee, Id) {
        ProblemStatement p;
        p.menteeId = mentee;
        p.templateId = ProblemTemplate::BetterRelationship;
        p.text = templateText(ProblemTemplate::BetterRelationship);
        r.problemStatements.add(p);
    }) << QStringLiteral("text: fill in every blank (___) of the template");
    QTest::newRow("review twice") << Attempt([](Repositories &r, Id mentee, Id) {
        GoalReview g;
        g.goalId = r.goals.where(QStringLiteral("mentee_id"), mentee).constFirst().id;
        g.sessionId = r.sessionsOf(mentee).constFirst().id;
        r.goalReviews.add(g);
    }) << QStringLiteral("session_id: this goal was already reviewed");
}

void TestRepositories::shouldRefuseImpossibleData()
{
    QFETCH(Attempt, attempt);
    QFETCH(QString, message);
    const Id mentee = addRelationship(QStringLiteral("Ana"));
    const Id other = addRelationship(QStringLiteral("Bo"));
    const QStringList before{QString::number(m_repositories->mentees.count()),
                             QString::number(m_repositories->sessions.count()),
                             QString::number(m_repositories->actions.count())};
    try {
        attempt(*m_repositories, mentee, other);
        QFAIL("the data was accepted");
    } catch (const ValidationError &error) {
        QVERIFY2(error.message().startsWith(message) || error.message().contains(message),
                 qPrintable(error.message()));
    }
    const QStringList after{QString::number(m_repositories->mentees.count()),
                            QString::number(m_repositories->sessions.count()),
                            QString::number(m_repositories->actions.count())};
    QCOMPARE(after, before);
    QCOMPARE(m_repositories->mentees.get(mentee).cadenceDays, 14);
}

void TestRepositories::shouldKeepLongTextAndMarkupLiterally()
{
    const Id menteeId = addRelationship(QStringLiteral("<b>Ana</b> & \"Bo\""));
    Session session = m_repositories->sessionsOf(menteeId).constFirst();
    const QString megabyte = QString(1024 * 1024, QLatin1Char('x'))
                             + QStringLiteral(" — ünïcødé 日本語 مرحبا 🙂");
    session.notes = megabyte;
    m_repositories->sessions.update(session);
    QCOMPARE(m_repositories->sessions.get(session.id).notes, megabyte);
    QCOMPARE(m_repositories->mentees.get(menteeId).name, QStringLiteral("<b>Ana</b> & \"Bo\""));
}

void TestRepositories::shouldDeleteAMenteesWholeRelationship()
{
    // GIVEN two relationships
    const Id ana = addRelationship(QStringLiteral("Ana"));
    const Id bo = addRelationship(QStringLiteral("Bo"));

    // WHEN one mentee is deleted
    m_repositories->mentees.remove(ana);

    // THEN every row of that relationship is gone, the other is whole, and nothing is orphaned
    Repositories &r = *m_repositories;
    QCOMPARE(r.mentees.count(), 1);
    QCOMPARE(r.sessions.count(), 1);
    QCOMPARE(r.goals.count(), 1);
    QCOMPARE(r.goalReviews.count(), 1);
    QCOMPARE(r.problemStatements.count(), 1);
    QCOMPARE(r.attachments.count(), 1);
    QCOMPARE(r.actions.count(), 1);
    QCOMPARE(r.actionReviews.count(), 1);
    QCOMPARE(r.actions.all().constFirst().menteeId, bo);
    QVERIFY(m_database->integrityProblems().isEmpty());
}

void TestRepositories::shouldKeepActionsWhenTheirSessionIsDeleted()
{
    const Id ana = addRelationship(QStringLiteral("Ana"));
    Repositories &r = *m_repositories;
    r.sessions.remove(r.sessionsOf(ana).constFirst().id);
    QCOMPARE(r.actions.count(), 1);
    QCOMPARE(r.actions.all().constFirst().sessionId, Id(0));
    QCOMPARE(r.goalReviews.count(), 0);
    QCOMPARE(r.actionReviews.count(), 0);
    QVERIFY(m_database->integrityProblems().isEmpty());
}

void TestRepositories::shouldCountCarriedActions()
{
    const Id ana = addRelationship(QStringLiteral("Ana"));
    Repositories &r = *m_repositories;
    const Action action = r.actions.where(QStringLiteral("mentee_id"), ana).constFirst();
    QCOMPARE(Program::timesCarried(History::load(r, ana), action.id), 1);

    Session next;
    next.menteeId = ana;
    next.sequence = r.nextSequence(ana);
    next.scheduledAt = QDateTime(today().addDays(14), QTime(10, 0), Qt::UTC);
    r.sessions.add(next);
    ActionReview again;
    again.actionId = action.id;
    again.sessionId = next.id;
    again.decision = ReviewDecision::Renegotiated;
    r.actionReviews.add(again);
    QCOMPARE(Program::timesCarried(History::load(r, ana), action.id), 2);
    QCOMPARE(r.actionReviewsOf(ana).size(), 2);
}

void TestRepositories::shouldNumberSessionsPerMentee()
{
    const Id ana = addRelationship(QStringLiteral("Ana"));
    const Id bo = addRelationship(QStringLiteral("Bo"));
    QCOMPARE(m_repositories->nextSequence(ana), 2);
    QCOMPARE(m_repositories->nextSequence(bo), 2);
    QCOMPARE(m_repositories->nextSequence(12345), 1);
}

using SessionChange = std::function<void(Session &)>;
Q_DECLARE_METATYPE(SessionChange)

void TestRepositories::shouldRefuseControlCharactersInEveryTextField_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::addColumn<QString>("kept");
    // Every text field of every table, from the field descriptions, so none can be forgotten.
    forEachTable([](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const Field<T> &field : tableOf<T>().fields) {
            if (field.type != FieldType::Text || field.kept)
                continue;
            const QString table = tableOf<T>().name;
            auto row = [&](const char *what,
                           const QString &text,
                           const QString &problem,
                           const QString &kept) {
                QTest::addRow("%s.%s %s", qPrintable(table), qPrintable(field.name), what)
                    << table << field.name << text << problem << kept;
            };
            row("NUL",
                QStringLiteral("Room") + QChar(0) + QStringLiteral("Zero"),
                QStringLiteral("contains a control character (U+0000) at character 5"),
                {});
            row("bell",
                QStringLiteral("a\ab"),
                QStringLiteral("contains a control character (U+0007) at character 2"),
                {});
            row("escape",
                QStringLiteral("\x1b[31mred"),
                QStringLiteral("contains a control character (U+001B) at character 1"),
                {});
            row("lone carriage return",
                QStringLiteral("one\rtwo"),
                QStringLiteral("contains a control character (U+000D) at character 4"),
                {});
            row("delete",
                QStringLiteral("x\x7f"),
                QStringLiteral("contains a control character (U+007F) at character 2"),
                {});
        }
    });
    // What text may hold: tabs and line ends, a Windows line end kept as one
    QTest::newRow("tab and new line")
        << QStringLiteral("sessions") << QStringLiteral("notes") << QStringLiteral("a\tb\nc")
        << QString() << QStringLiteral("a\tb\nc");
    QTest::newRow("Windows line ends")
        << QStringLiteral("sessions") << QStringLiteral("notes") << QStringLiteral("one\r\ntwo\r\n")
        << QString() << QStringLiteral("one\ntwo\n");
}

void TestRepositories::shouldRefuseControlCharactersInEveryTextField()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QFETCH(QString, kept);
    addRelationship(QStringLiteral("Ana"));
    bool tried = false;
    forEachTable([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (tableOf<T>().name != table)
            return;
        for (const Field<T> &described : tableOf<T>().fields) {
            if (described.name != field)
                continue;
            tried = true;
            Repository<T> &repository = m_repositories->of<T>();
            T row = repository.all().constFirst();
            const QVariant before = described.read(row);
            try {
                described.write(row, text);
                repository.update(row);
                QVERIFY2(problem.isEmpty(), "the control character was accepted");
                QCOMPARE(described.read(repository.get(row.id)).toString(), kept);
            } catch (const ValidationError &error) {
                QVERIFY2(!problem.isEmpty(), qPrintable(error.message()));
                QCOMPARE(error.message(),
                         field + QStringLiteral(": ") + problem + QStringLiteral("; remove it"));
                QCOMPARE(described.read(repository.get(row.id)), before);
            }
        }
    });
    QVERIFY(tried);
}

void TestRepositories::shouldGiveEverySessionALastingCalendarIdentity()
{
    const Id ana = addRelationship(QStringLiteral("Ana"));
    Session first = m_repositories->sessionsOf(ana).constFirst();
    static const QRegularExpression uid(
        QStringLiteral("^mentorbook-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@"
                       "mentorbook\\.invalid$"));
    QVERIFY2(uid.match(first.calendarUid).hasMatch(), qPrintable(first.calendarUid));
    QCOMPARE(first.calendarSequence, 0);

    // WHEN a session is copied into a new one THEN the copy is a meeting of its own
    Session copy = first;
    copy.sequence = m_repositories->nextSequence(ana);
    copy.calendarSequence = 7;
    m_repositories->sessions.add(copy);
    QVERIFY(uid.match(copy.calendarUid).hasMatch());
    QVERIFY(copy.calendarUid != first.calendarUid);
    QCOMPARE(m_repositories->sessions.get(copy.id).calendarSequence, 0);

    // WHEN a write brings another UID THEN the stored one stays
    Session renamed = m_repositories->sessions.get(first.id);
    renamed.calendarUid = QStringLiteral("someone-else@example.org");
    renamed.notes = QStringLiteral("changed");
    m_repositories->sessions.update(renamed);
    QCOMPARE(m_repositories->sessions.get(first.id).calendarUid, first.calendarUid);
    QCOMPARE(renamed.calendarUid, first.calendarUid);

    // WHEN a row is restored with a UID that another session has THEN it is refused
    Session clash = copy;
    clash.id = 0;
    clash.sequence = m_repositories->nextSequence(ana);
    clash.calendarUid = first.calendarUid;
    try {
        m_repositories->sessions.restore(clash);
        QFAIL("a second session with the same identity was stored");
    } catch (const ValidationError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("calendar_uid: another session already has this identity"));
    }
}

void TestRepositories::shouldRaiseTheCalendarSequenceWhenTheMeetingChanges_data()
{
    QTest::addColumn<SessionChange>("change");
    QTest::addColumn<int>("raised");
    QTest::newRow("moved") << SessionChange([](Session &s) {
        s.scheduledAt = s.scheduledAt.addDays(1);
    }) << 1;
    QTest::newRow("longer") << SessionChange([](Session &s) { s.durationMinutes += 15; }) << 1;
    QTest::newRow("elsewhere") << SessionChange([](Session &s) {
        s.location = QStringLiteral("Café");
    }) << 1;
    QTest::newRow("cancelled") << SessionChange([](Session &s) {
        s.status = SessionStatus::Cancelled;
    }) << 1;
    QTest::newRow("moved and elsewhere at once") << SessionChange([](Session &s) {
        s.scheduledAt = s.scheduledAt.addSecs(3600);
        s.location = QStringLiteral("Online");
    }) << 1;
    QTest::newRow("notes") << SessionChange([](Session &s) { s.notes = QStringLiteral("n"); }) << 0;
    QTest::newRow("agenda") << SessionChange([](Session &s) { s.agenda = QStringLiteral("a"); })
                            << 0;
    QTest::newRow("a stale copy's lower SEQUENCE")
        << SessionChange([](Session &s) { s.calendarSequence = 0; }) << 0;
    QTest::newRow("a stale copy, moved") << SessionChange([](Session &s) {
        s.calendarSequence = 0;
        s.scheduledAt = s.scheduledAt.addDays(-1);
    }) << 1;
}

void TestRepositories::shouldRaiseTheCalendarSequenceWhenTheMeetingChanges()
{
    QFETCH(SessionChange, change);
    QFETCH(int, raised);
    const Id ana = addRelationship(QStringLiteral("Ana"));
    Session session = m_repositories->sessionsOf(ana).constFirst();
    session.scheduledAt = session.scheduledAt.addDays(2); // SEQUENCE 1
    session.location = QStringLiteral("Room 4");          // at once, still one change
    m_repositories->sessions.update(session);
    QCOMPARE(m_repositories->sessions.get(session.id).calendarSequence, 1);
    session.durationMinutes = 90; // SEQUENCE 2
    m_repositories->sessions.update(session);
    QCOMPARE(m_repositories->sessions.get(session.id).calendarSequence, 2);

    Session changed = session;
    change(changed);
    m_repositories->sessions.update(changed);
    QCOMPARE(m_repositories->sessions.get(session.id).calendarSequence, 2 + raised);
    QCOMPARE(changed.calendarSequence, 2 + raised);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
