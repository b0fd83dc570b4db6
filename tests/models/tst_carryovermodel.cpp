// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "model/carryovermodel.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** Carry-over: what a session reviews of the actions agreed before, and the decisions. */
class TestCarryOverModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldReviewWhatWasOpenOrFinishedSinceLastTime();
    void shouldShowTheDecisionsTakenAtAHeldSession();
    void shouldCompleteAnActionReviewedAsDoneInOneUndoStep();
    void shouldCountACarryAndClearIt();
    void shouldRenegotiateAndNoteWhy();

private:
    Session sessionNumber(int sequence) const;
    int rowOf(const CarryOverModel &model, Id actionId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    Id m_mentee = 0;
};

void TestCarryOverModel::init()
{
    m_database = openTestDatabase(m_dir);
    m_store = std::make_unique<Store>(*m_database);
    Repositories repositories(*m_database);
    m_mentee = SampleRelationship::add(repositories, today());
}

void TestCarryOverModel::cleanup()
{
    m_store.reset();
    m_database.reset();
}

Session TestCarryOverModel::sessionNumber(int sequence) const
{
    for (const Session &session : m_store->repositories().sessionsOf(m_mentee)) {
        if (session.sequence == sequence)
            return session;
    }
    return {};
}

int TestCarryOverModel::rowOf(const CarryOverModel &model, Id actionId) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(CarryOverModel::IdRole).toLongLong() == actionId)
            return row;
    }
    return -1;
}

void TestCarryOverModel::shouldReviewWhatWasOpenOrFinishedSinceLastTime()
{
    // GIVEN the planned session at the end of the sample
    CarryOverModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Session next = m_store->repositories().sessionsOf(m_mentee).constLast();
    QCOMPARE(next.status, SessionStatus::Planned);
    model.setSessionId(next.id);

    // THEN every open action agreed before it is there, not yet reviewed, and nothing agreed later
    int open = 0;
    for (const Action &action :
         m_store->repositories().actions.where(QStringLiteral("mentee_id"), m_mentee)) {
        if (action.isDone())
            continue;
        ++open;
        const int row = rowOf(model, action.id);
        QVERIFY2(row >= 0, qPrintable(action.text));
        QCOMPARE(model.index(row, CarryOverModel::DecisionColumn)
                     .data(CarryOverModel::DecisionRole)
                     .toInt(),
                 -1);
        QCOMPARE(model.index(row, CarryOverModel::DecisionColumn).data().toString(),
                 QStringLiteral("Not reviewed"));
        QCOMPARE(model.index(row, 0).data(CarryOverModel::TimesCarriedRole).toInt(),
                 timesCarried(m_store->repositories(), action.id));
    }
    QVERIFY(open >= 3);
    QVERIFY(model.rowCount() >= open);
    QVERIFY(model.roleNames().value(CarryOverModel::DecisionRole) == "decision");
}

void TestCarryOverModel::shouldShowTheDecisionsTakenAtAHeldSession()
{
    // GIVEN a held session at which the sample recorded reviews
    const QList<ActionReview> reviews = m_store->repositories().actionReviews.all();
    QVERIFY(!reviews.isEmpty());
    const ActionReview review = reviews.constFirst();
    CarryOverModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSessionId(review.sessionId);

    // THEN the reviewed action shows that decision
    const int row = rowOf(model, review.actionId);
    QVERIFY(row >= 0);
    QCOMPARE(
        model.index(row, CarryOverModel::DecisionColumn).data(CarryOverModel::DecisionRole).toInt(),
        int(review.decision));
    QCOMPARE(model.index(row, CarryOverModel::DecisionColumn).data(Qt::EditRole).toInt(),
             int(review.decision) + 1);
}

void TestCarryOverModel::shouldCompleteAnActionReviewedAsDoneInOneUndoStep()
{
    CarryOverModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Session next = m_store->repositories().sessionsOf(m_mentee).constLast();
    model.setSessionId(next.id);
    int row = -1;
    for (int r = 0; r < model.rowCount() && row < 0; ++r) {
        if (!model.index(r, 0).data(CarryOverModel::DoneRole).toBool())
            row = r;
    }
    QVERIFY(row >= 0);
    const Id actionId = model.index(row, 0).data(CarryOverModel::IdRole).toLongLong();
    const int steps = m_store->undoStack()->count();

    // WHEN the mentor marks it done at this session
    QVERIFY(model.setData(model.index(row, CarryOverModel::DecisionColumn),
                          int(ReviewDecision::Done) + 1));

    // THEN a review is recorded and the action completed, as one step that undo takes back
    const Repositories &stored = m_store->repositories();
    QVERIFY(stored.actions.get(actionId).isDone());
    const QList<ActionReview> reviews
        = stored.actionReviews.where(QStringLiteral("action_id"), actionId);
    QVERIFY(std::any_of(reviews.begin(), reviews.end(), [&](const ActionReview &review) {
        return review.sessionId == next.id && review.decision == ReviewDecision::Done;
    }));
    QCOMPARE(m_store->undoStack()->count(), steps + 1);
    QCOMPARE(model.index(rowOf(model, actionId), CarryOverModel::DecisionColumn)
                 .data(CarryOverModel::DecisionRole)
                 .toInt(),
             int(ReviewDecision::Done));

    m_store->undoStack()->undo();
    QVERIFY(!stored.actions.get(actionId).isDone());
    QCOMPARE(model.index(rowOf(model, actionId), CarryOverModel::DecisionColumn)
                 .data(CarryOverModel::DecisionRole)
                 .toInt(),
             -1);
}

void TestCarryOverModel::shouldCountACarryAndClearIt()
{
    CarryOverModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Session next = m_store->repositories().sessionsOf(m_mentee).constLast();
    model.setSessionId(next.id);
    const QModelIndex first = model.index(0, CarryOverModel::DecisionColumn);
    const Id actionId = first.data(CarryOverModel::IdRole).toLongLong();
    const int carried = timesCarried(m_store->repositories(), actionId);

    QVERIFY(model.setData(first, int(ReviewDecision::Carried) + 1));
    QCOMPARE(timesCarried(m_store->repositories(), actionId), carried + 1);
    QCOMPARE(model.index(rowOf(model, actionId), 0).data(CarryOverModel::TimesCarriedRole).toInt(),
             carried + 1);

    QVERIFY(model.setData(model.index(rowOf(model, actionId), CarryOverModel::DecisionColumn), 0));
    QCOMPARE(timesCarried(m_store->repositories(), actionId), carried);
    QVERIFY(!model.setData(model.index(0, CarryOverModel::CarriedColumn), 3));
    // Without a review there is nothing to note yet.
    QVERIFY(!(model.flags(model.index(rowOf(model, actionId), CarryOverModel::NoteColumn))
              & Qt::ItemIsEditable));
}

void TestCarryOverModel::shouldRenegotiateAndNoteWhy()
{
    CarryOverModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Session next = m_store->repositories().sessionsOf(m_mentee).constLast();
    model.setSessionId(next.id);
    const Id actionId = model.index(0, 0).data(CarryOverModel::IdRole).toLongLong();
    const QDate later = next.scheduledAt.toLocalTime().date().addDays(21);

    // WHEN the action is renegotiated: a smaller step, a new date, and a note why
    QVERIFY(model.setData(model.index(0, CarryOverModel::DecisionColumn),
                          int(ReviewDecision::Renegotiated) + 1));
    int row = rowOf(model, actionId);
    QVERIFY(model.setData(model.index(row, CarryOverModel::ActionColumn),
                          QStringLiteral("Ask Aisha one question")));
    row = rowOf(model, actionId);
    QVERIFY(model.setData(model.index(row, CarryOverModel::DueColumn), later));
    row = rowOf(model, actionId);
    QVERIFY(model.setData(model.index(row, CarryOverModel::NoteColumn),
                          QStringLiteral("Aisha is on leave")));

    // THEN the action and the review say so
    const Action action = m_store->repositories().actions.get(actionId);
    QCOMPARE(action.text, QStringLiteral("Ask Aisha one question"));
    QCOMPARE(action.dueOn, later);
    const QList<ActionReview> reviews
        = m_store->repositories().actionReviews.where(QStringLiteral("action_id"), actionId);
    QVERIFY(std::any_of(reviews.begin(), reviews.end(), [&](const ActionReview &review) {
        return review.sessionId == next.id && review.decision == ReviewDecision::Renegotiated
               && review.note == QStringLiteral("Aisha is on leave");
    }));
    QCOMPARE(model.index(rowOf(model, actionId), CarryOverModel::NoteColumn).data().toString(),
             QStringLiteral("Aisha is on leave"));
}

QTEST_GUILESS_MAIN(TestCarryOverModel)
#include "tst_carryovermodel.moc"
