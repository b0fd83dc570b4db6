// SPDX-License-Identifier: GPL-3.0-or-later
#include "goalmodel.h"

namespace Mentorbook {

namespace {
int sequenceOf(const Repositories &repositories, Id sessionId)
{
    const auto session = repositories.sessions.find(sessionId);
    return session ? session->sequence : 0;
}
} // namespace

GoalModel::GoalModel(Store &store, QObject *parent)
    : MenteeScopedModel<Goal>(store,
                              {QStringLiteral("title"),
                               QStringLiteral("specific"),
                               QStringLiteral("measurable"),
                               QStringLiteral("achievable"),
                               QStringLiteral("relevant"),
                               QStringLiteral("time_bound_on"),
                               QStringLiteral("measure"),
                               QStringLiteral("priority"),
                               QStringLiteral("status")},
                              parent)
{}

bool GoalModel::lessThan(const Goal &a, const Goal &b) const
{
    return a.priority != b.priority ? a.priority < b.priority : a.id < b.id;
}

void GoalModel::prepare(const Goal &goal)
{
    const Repositories &repositories = m_store.repositories();
    QList<std::pair<int, int>> bySession;
    for (const GoalReview &review :
         repositories.goalReviews.where(QStringLiteral("goal_id"), goal.id))
        bySession.append({sequenceOf(repositories, review.sessionId), review.progress});
    std::sort(bySession.begin(), bySession.end());
    QList<int> history;
    for (const auto &entry : bySession)
        history << entry.second;
    m_history.insert(goal.id, history);
}

void GoalModel::otherChanged(const Change &change)
{
    if (!change.is(TableId::GoalReviews) || change.menteeId != menteeId())
        return;
    for (const Goal &goal : std::as_const(m_rows)) {
        const QList<int> before = m_history.value(goal.id);
        prepare(goal);
        if (m_history.value(goal.id) != before)
            rowsComputed(goal.id);
    }
}

QVariant GoalModel::roleData(const Goal &goal, int, int role) const
{
    const QList<int> history = m_history.value(goal.id);
    switch (role) {
    case ProgressRole:
        return history.isEmpty() ? -1 : history.constLast();
    case ProgressHistoryRole: {
        QVariantList values;
        for (int progress : history)
            values << progress;
        return values;
    }
    case StatusRole:
        return int(goal.status);
    case PriorityRole:
        return goal.priority;
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalModel::extraRoleNames() const
{
    return {{ProgressRole, "progress"},
            {ProgressHistoryRole, "progressHistory"},
            {StatusRole, "status"},
            {PriorityRole, "priority"}};
}

GoalReviewModel::GoalReviewModel(Store &store, QObject *parent)
    : EntityModel<GoalReview>(
        store,
        {QStringLiteral("session_id"), QStringLiteral("progress"), QStringLiteral("note")},
        parent)
{}

void GoalReviewModel::setGoalId(Id goalId)
{
    if (goalId == m_goalId)
        return;
    m_goalId = goalId;
    const auto goal = m_store.repositories().goals.find(goalId);
    m_menteeId = goal ? goal->menteeId : 0;
    reload();
}

QList<GoalReview> GoalReviewModel::load() const
{
    if (m_goalId <= 0)
        return {};
    return m_store.repositories().goalReviews.where(QStringLiteral("goal_id"), m_goalId);
}

void GoalReviewModel::prepare(const GoalReview &review)
{
    m_sequences.insert(review.sessionId, sequenceOf(m_store.repositories(), review.sessionId));
}

bool GoalReviewModel::lessThan(const GoalReview &a, const GoalReview &b) const
{
    const int left = m_sequences.value(a.sessionId);
    const int right = m_sequences.value(b.sessionId);
    return left != right ? left < right : a.id < b.id;
}

QVariant GoalReviewModel::displayData(const GoalReview &review, int column) const
{
    if (column == SessionColumn)
        return tr("Session %1").arg(m_sequences.value(review.sessionId));
    if (column == ProgressColumn)
        return QLocale().toString(review.progress) + QLocale().percent();
    return EntityModel<GoalReview>::displayData(review, column);
}

QVariant GoalReviewModel::roleData(const GoalReview &review, int, int role) const
{
    if (role == SessionSequenceRole)
        return m_sequences.value(review.sessionId);
    if (role == ProgressRole)
        return review.progress;
    return {};
}

QHash<int, QByteArray> GoalReviewModel::extraRoleNames() const
{
    return {{SessionSequenceRole, "sessionSequence"}, {ProgressRole, "progress"}};
}

} // namespace Mentorbook
