// SPDX-License-Identifier: GPL-3.0-or-later
#include "program/rules.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** The sample relationship walks the whole method and reads like a real one. */
class TestSampleRelationship : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldHaveACompleteProfileWithPreWork();
    void shouldGoThroughEveryStage();
    void shouldHaveOneCancelledAndOnePlannedFutureSession();
    void shouldKeepRecordsOfEveryHeldSession();
    void shouldHaveSmartGoalsWithReviews();
    void shouldHaveProblemStatementsFromTheTemplates();
    void shouldHaveOpenAndDoneActionsForBothOwners();
    void shouldBeAddableTwice();

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<Repositories> m_repositories;
    Id m_mentee = 0;
};

void TestSampleRelationship::initTestCase()
{
    m_database.open(m_dir.filePath(QStringLiteral("sample.sqlite")));
    m_repositories = std::make_unique<Repositories>(m_database);
    m_mentee = SampleRelationship::add(*m_repositories, today());
    QVERIFY(m_mentee > 0);
    QVERIFY(m_database.integrityProblems().isEmpty());
}

void TestSampleRelationship::shouldHaveACompleteProfileWithPreWork()
{
    const Mentee mentee = m_repositories->mentees.get(m_mentee);
    for (const QString &text : {mentee.name,
                                mentee.email,
                                mentee.role,
                                mentee.organisation,
                                mentee.background,
                                mentee.expectations,
                                mentee.preferredQualities,
                                mentee.strengths,
                                mentee.developmentAreas,
                                mentee.channel,
                                mentee.confidentiality}) {
        QVERIFY(!text.trimmed().isEmpty());
    }
    QVERIFY(mentee.startedOn.isValid() && mentee.startedOn < today());
    QVERIFY(mentee.intendedEndOn > today());

    QSet<AttachmentKind> kinds;
    for (const Attachment &attachment :
         m_repositories->attachments.where(QStringLiteral("mentee_id"), m_mentee)) {
        kinds.insert(attachment.kind);
        QVERIFY(attachment.data.size() > 200);
    }
    QVERIFY(kinds.contains(AttachmentKind::Resume));
    QVERIFY(kinds.contains(AttachmentKind::JobDescription));
}

void TestSampleRelationship::shouldGoThroughEveryStage()
{
    const QList<Session> sessions = m_repositories->sessionsOf(m_mentee);
    QList<Stage> heldStages;
    for (const Session &session : sessions) {
        if (session.status == SessionStatus::Held)
            heldStages << session.stage;
    }
    // pre-work, introductions, focus, then two exercise/debrief cycles, in that order
    const QList<Stage> method{Stage::Prework,
                              Stage::Introductions,
                              Stage::Focus,
                              Stage::Exercise,
                              Stage::Debrief,
                              Stage::Exercise,
                              Stage::Debrief};
    QCOMPARE(heldStages.mid(0, method.size()), method);
    for (int i = 0; i < sessions.size(); ++i)
        QCOMPARE(sessions.at(i).sequence, i + 1);

    const auto exercises = std::count_if(sessions.begin(), sessions.end(), [](const Session &s) {
        return s.stage == Stage::Exercise && s.status == SessionStatus::Held
               && s.problemStatementId > 0 && !s.exerciseWhat.isEmpty()
               && !s.exerciseWithWhom.isEmpty() && s.exerciseByWhen.isValid();
    });
    QVERIFY(exercises >= 2);
    const auto debriefs = std::count_if(sessions.begin(), sessions.end(), [](const Session &s) {
        return s.stage == Stage::Debrief && s.debriefOutcome != DebriefOutcome::None;
    });
    QVERIFY(debriefs >= 2);
}

void TestSampleRelationship::shouldHaveOneCancelledAndOnePlannedFutureSession()
{
    const QList<Session> sessions = m_repositories->sessionsOf(m_mentee);
    int cancelled = 0;
    int plannedAhead = 0;
    for (const Session &session : sessions) {
        cancelled += session.status == SessionStatus::Cancelled;
        if (session.status == SessionStatus::Planned) {
            QVERIFY(session.scheduledAt.date() > today());
            QVERIFY(!session.agenda.isEmpty());
            ++plannedAhead;
        } else {
            QVERIFY(session.scheduledAt.date() <= today());
        }
    }
    QCOMPARE(cancelled, 1);
    QCOMPARE(plannedAhead, 1);
    QCOMPARE(sessions.constLast().status, SessionStatus::Planned);
}

void TestSampleRelationship::shouldKeepRecordsOfEveryHeldSession()
{
    for (const Session &session : m_repositories->sessionsOf(m_mentee)) {
        if (session.status != SessionStatus::Held)
            continue;
        QVERIFY2(!session.notes.isEmpty(), qPrintable(QString::number(session.sequence)));
        QVERIFY2(!session.privateNotes.isEmpty(), qPrintable(QString::number(session.sequence)));
        QVERIFY2(!session.hopedOutcome.isEmpty(), qPrintable(QString::number(session.sequence)));
    }
}

void TestSampleRelationship::shouldHaveSmartGoalsWithReviews()
{
    const QList<Goal> goals = m_repositories->goals.where(QStringLiteral("mentee_id"), m_mentee);
    QVERIFY(goals.size() >= 2);
    int reviews = 0;
    for (const Goal &goal : goals) {
        QVERIFY(!goal.specific.isEmpty() && !goal.measurable.isEmpty() && !goal.achievable.isEmpty()
                && !goal.relevant.isEmpty() && goal.timeBoundOn.isValid()
                && !goal.measure.isEmpty());
        reviews
            += int(m_repositories->goalReviews.where(QStringLiteral("goal_id"), goal.id).size());
    }
    QVERIFY(reviews >= 4);
}

void TestSampleRelationship::shouldHaveProblemStatementsFromTheTemplates()
{
    const QList<ProblemStatement> statements
        = m_repositories->problemStatements.where(QStringLiteral("mentee_id"), m_mentee);
    QVERIFY(statements.size() >= 2);
    for (const ProblemStatement &statement : statements) {
        QVERIFY(statement.templateId != ProblemTemplate::Free);
        QVERIFY(!statement.text.contains(QStringLiteral("___")));
    }
}

void TestSampleRelationship::shouldHaveOpenAndDoneActionsForBothOwners()
{
    QSet<QString> kinds;
    int carriedOpen = 0;
    const History history = History::load(*m_repositories, m_mentee);
    for (const Action &action :
         m_repositories->actions.where(QStringLiteral("mentee_id"), m_mentee)) {
        kinds.insert(toKey(action.owner)
                     + (action.isDone() ? QStringLiteral(" done") : QStringLiteral(" open")));
        if (!action.isDone() && Program::timesCarried(history, action.id) > 0)
            ++carriedOpen;
    }
    QCOMPARE(kinds,
             QSet<QString>({QStringLiteral("mentee done"),
                            QStringLiteral("mentee open"),
                            QStringLiteral("mentor done"),
                            QStringLiteral("mentor open")}));
    QVERIFY(carriedOpen >= 1);
    QVERIFY(m_repositories->actionReviews.count() >= 3);
}

void TestSampleRelationship::shouldBeAddableTwice()
{
    const Id second = SampleRelationship::add(*m_repositories, today());
    QVERIFY(second != m_mentee);
    QCOMPARE(m_repositories->sessionsOf(second).size(),
             m_repositories->sessionsOf(m_mentee).size());
}

QTEST_GUILESS_MAIN(TestSampleRelationship)
#include "tst_samplerelationship.moc"
