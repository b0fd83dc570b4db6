// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>

namespace Mentorbook {

/** Where a relationship stands, for the mentee list's markers. */
struct RelationshipStatus
{
    QDateTime nextMeeting; ///< the earliest planned session not over yet
    QDateTime lastMeeting; ///< the latest meeting held (the pre-work is none)
    bool meetingOverdue = false;
    int heldSessions = 0; ///< meetings held: the pre-work is not one
    int plannedSessions = 0;
    int cancelledSessions = 0;
    int missedSessions = 0;
    int openActions = 0;
    int overdueActions = 0;
    int doneActions = 0;
    /** Held sessions among those that were due (held, cancelled, missed), 0-1; -1 with none. */
    double attendanceRate = -1;
    /** The average number of days between sessions held; -1 with fewer than two. */
    double averageIntervalDays = -1;
    /** Days since the last session held; -1 when none was held. */
    int daysSinceLastMeeting = -1;
    /** Done actions among all actions, 0-1; -1 with none. */
    double actionCompletionRate = -1;
};

/** The rules of the mentoring method that plan the next step. */
namespace Planning {
/**
 * The stage the next session should have, from the sessions so far: pre-work, then
 * introductions, focus, exercise, debrief, and exercise again after every debrief.
 * Cancelled and missed sessions do not advance the program; free-flowing mentees get open
 * conversations once the pre-work is done.
 */
Stage suggestNextStage(const QList<Session> &history, PreferredStyle style);

/** A planned session proposed after the history: next number, stage, date by the cadence. */
Session
proposeNextSession(const Mentee &mentee, const QList<Session> &history, const QDateTime &now);

/**
 * The default agenda topics of a stage, one a line. Topics are what the stage's focus (the
 * third of the five parts) covers; the parts themselves come from the method, in the language
 * the agenda is printed in, and are never stored.
 */
QString defaultAgenda(Stage stage);

RelationshipStatus statusOf(const Mentee &mentee,
                            const QList<Session> &sessions,
                            const QList<Action> &actions,
                            const QDateTime &now);
} // namespace Planning

} // namespace Mentorbook
