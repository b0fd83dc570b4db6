// SPDX-License-Identifier: GPL-3.0-or-later
#include "history.h"

#include "storage/repositories.h"

namespace Mentorbook {

template<>
const QList<Mentee> &History::rows<Mentee>() const
{
    return mentees;
}
template<>
const QList<Attachment> &History::rows<Attachment>() const
{
    return attachments;
}
template<>
const QList<Goal> &History::rows<Goal>() const
{
    return goals;
}
template<>
const QList<ProblemStatement> &History::rows<ProblemStatement>() const
{
    return problemStatements;
}
template<>
const QList<Session> &History::rows<Session>() const
{
    return sessions;
}
template<>
const QList<GoalReview> &History::rows<GoalReview>() const
{
    return goalReviews;
}
template<>
const QList<Action> &History::rows<Action>() const
{
    return actions;
}
template<>
const QList<ActionReview> &History::rows<ActionReview>() const
{
    return actionReviews;
}

template<class T>
QList<T> &History::rows()
{
    return const_cast<QList<T> &>(std::as_const(*this).rows<T>());
}
template QList<Mentee> &History::rows<Mentee>();
template QList<Attachment> &History::rows<Attachment>();
template QList<Goal> &History::rows<Goal>();
template QList<ProblemStatement> &History::rows<ProblemStatement>();
template QList<Session> &History::rows<Session>();
template QList<GoalReview> &History::rows<GoalReview>();
template QList<Action> &History::rows<Action>();
template QList<ActionReview> &History::rows<ActionReview>();

History History::load(const Repositories &repositories, Id menteeId, Files files)
{
    History history;
    history.menteeId = menteeId;
    const QString mentee = QStringLiteral("mentee_id");
    if (auto found = repositories.mentees.find(menteeId))
        history.mentees << *found;
    if (files == Files::With)
        history.attachments = repositories.attachments.where(mentee, menteeId);
    history.goals = repositories.goals.where(mentee, menteeId);
    history.problemStatements = repositories.problemStatements.where(mentee, menteeId);
    history.sessions = repositories.sessionsOf(menteeId);
    history.actions = repositories.actions.where(mentee, menteeId);
    history.goalReviews = repositories.goalReviewsOf(menteeId);
    history.actionReviews = repositories.actionReviewsOf(menteeId);
    return history;
}

const Session *History::session(Id id) const
{
    const int position = positionOf(id);
    return position < 0 ? nullptr : &sessions.at(position);
}

const Action *History::action(Id id) const
{
    for (const Action &action : actions) {
        if (action.id == id)
            return &action;
    }
    return nullptr;
}

int History::positionOf(Id sessionId) const
{
    if (sessionId <= 0)
        return -1;
    for (int position = 0; position < sessions.size(); ++position) {
        if (sessions.at(position).id == sessionId)
            return position;
    }
    return -1;
}

} // namespace Mentorbook
