// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationship.h"

#include "interchange/tables.h"
#include "storage/repositories.h"

namespace Mentorbook {

template<>
const QList<Mentee> &Relationship::rows<Mentee>() const
{
    return mentees;
}
template<>
const QList<Attachment> &Relationship::rows<Attachment>() const
{
    return attachments;
}
template<>
const QList<Goal> &Relationship::rows<Goal>() const
{
    return goals;
}
template<>
const QList<ProblemStatement> &Relationship::rows<ProblemStatement>() const
{
    return problemStatements;
}
template<>
const QList<Session> &Relationship::rows<Session>() const
{
    return sessions;
}
template<>
const QList<GoalReview> &Relationship::rows<GoalReview>() const
{
    return goalReviews;
}
template<>
const QList<Action> &Relationship::rows<Action>() const
{
    return actions;
}
template<>
const QList<ActionReview> &Relationship::rows<ActionReview>() const
{
    return actionReviews;
}

Relationship Relationship::load(const Repositories &repositories, Id menteeId)
{
    Relationship snapshot;
    snapshot.menteeId = menteeId;
    const QString mentee = QStringLiteral("mentee_id");
    if (auto found = repositories.mentees.find(menteeId))
        snapshot.mentees << *found;
    snapshot.attachments = repositories.attachments.where(mentee, menteeId);
    snapshot.goals = repositories.goals.where(mentee, menteeId);
    snapshot.problemStatements = repositories.problemStatements.where(mentee, menteeId);
    snapshot.sessions = repositories.sessions.where(mentee, menteeId);
    snapshot.actions = repositories.actions.where(mentee, menteeId);
    for (const Goal &goal : snapshot.goals)
        snapshot.goalReviews += repositories.goalReviews.where(QStringLiteral("goal_id"), goal.id);
    for (const Action &action : snapshot.actions)
        snapshot.actionReviews
            += repositories.actionReviews.where(QStringLiteral("action_id"), action.id);
    return snapshot;
}

void Relationship::restoreInto(Repositories &repositories) const
{
    Transaction transaction(repositories.database());
    forEachTable([&](auto tag) {
        using T = typename decltype(tag)::Type;
        Repository<T> &repository = repositories.of<T>();
        for (T row : rows<T>()) {
            if (!repository.find(row.id))
                repository.restore(row);
            else
                repository.update(row, Repository<T>::Stamp::AsGiven);
        }
    });
    transaction.commit();
}

} // namespace Mentorbook
