// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>

namespace Mentorbook {

class Repositories;

/** Every row of one mentoring relationship, as it was at one moment (for undo of deletes). */
struct Relationship
{
    Id menteeId = 0;
    QList<Mentee> mentees;
    QList<Attachment> attachments;
    QList<Goal> goals;
    QList<ProblemStatement> problemStatements;
    QList<Session> sessions;
    QList<GoalReview> goalReviews;
    QList<Action> actions;
    QList<ActionReview> actionReviews;

    template<class T>
    const QList<T> &rows() const;

    static Relationship load(const Repositories &repositories, Id menteeId);
    /** Puts the snapshot back: rows that are missing are restored with their ids, rows that
     *  differ are rewritten. Runs in one transaction. */
    void restoreInto(Repositories &repositories) const;
};

} // namespace Mentorbook
