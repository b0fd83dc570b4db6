// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>

namespace Mentorbook {

class Repositories;

/**
 * Every row of one mentoring relationship as it stands: what the method's rules are
 * answered over. Sessions are in sequence order, the other rows in id order.
 */
struct History
{
    Id menteeId = 0;
    QList<Mentee> mentees; ///< the mentee, or nothing once deleted
    QList<Attachment> attachments;
    QList<Goal> goals;
    QList<ProblemStatement> problemStatements;
    QList<Session> sessions;
    QList<GoalReview> goalReviews;
    QList<Action> actions;
    QList<ActionReview> actionReviews;

    template<class T>
    const QList<T> &rows() const;
    template<class T>
    QList<T> &rows();

    /** The relationship's rows; attachments without their data unless asked for. */
    enum class Files { Without, With };
    static History
    load(const Repositories &repositories, Id menteeId, Files files = Files::Without);

    /** The session with this id, or nullptr. */
    const Session *session(Id id) const;
    /** The action with this id, or nullptr. */
    const Action *action(Id id) const;
    /** The index of the session in sessions, or -1. */
    int positionOf(Id sessionId) const;
};

} // namespace Mentorbook
