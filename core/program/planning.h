// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QList>

namespace Mentorbook {

/** Where a relationship stands, for the mentee list's markers. */
struct RelationshipStatus
{
    QDateTime nextMeeting;  ///< the earliest planned session still ahead
    QDateTime lastMeeting;  ///< the latest session held
    bool meetingOverdue = false;
    int heldSessions = 0;
    int openActions = 0;
    int overdueActions = 0;
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
Session proposeNextSession(const Mentee &mentee, const QList<Session> &history, const QDateTime &now);

/** The default agenda of a stage: the five parts of every session. */
QString defaultAgenda(Stage stage);

RelationshipStatus statusOf(const Mentee &mentee, const QList<Session> &sessions, const QList<Action> &actions,
                            const QDateTime &now);
} // namespace Planning

} // namespace Mentorbook
