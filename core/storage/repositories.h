// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository.h"

#include <type_traits>
#include <utility>

namespace Mentorbook {

/** Every repository of one database, and the queries that span tables. */
class Repositories
{
public:
    explicit Repositories(Database &database);

    Database &database() { return m_database; }

    Repository<Mentee> mentees;
    Repository<Attachment> attachments;
    Repository<Goal> goals;
    Repository<GoalReview> goalReviews;
    Repository<ProblemStatement> problemStatements;
    Repository<Session> sessions;
    Repository<Action> actions;
    Repository<ActionReview> actionReviews;

    /** The repository of entity T. */
    template<class T>
    const Repository<T> &of() const
    {
        if constexpr (std::is_same_v<T, Mentee>)
            return mentees;
        else if constexpr (std::is_same_v<T, Attachment>)
            return attachments;
        else if constexpr (std::is_same_v<T, Goal>)
            return goals;
        else if constexpr (std::is_same_v<T, GoalReview>)
            return goalReviews;
        else if constexpr (std::is_same_v<T, ProblemStatement>)
            return problemStatements;
        else if constexpr (std::is_same_v<T, Session>)
            return sessions;
        else if constexpr (std::is_same_v<T, Action>)
            return actions;
        else
            return actionReviews;
    }
    template<class T>
    Repository<T> &of()
    {
        return const_cast<Repository<T> &>(std::as_const(*this).of<T>());
    }

    /** A mentee's sessions, in sequence order. */
    QList<Session> sessionsOf(Id menteeId) const;
    /** The sequence number the mentee's next session gets. */
    int nextSequence(Id menteeId) const;
    /** The reviews of a mentee's goals and of a mentee's actions, in id order. */
    QList<GoalReview> goalReviewsOf(Id menteeId) const;
    QList<ActionReview> actionReviewsOf(Id menteeId) const;
    /** True when the database holds no mentee at all. */
    bool isEmpty() const;
    /**
     * The stored rows this program would refuse to write as they stand (a field or a rule the
     * repositories check that SQLite does not), in words; empty when there are none.
     */
    QStringList fieldProblems() const;

private:
    Database &m_database;
};

} // namespace Mentorbook
