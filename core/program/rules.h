// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history.h"

#include <optional>

namespace Mentorbook {

/** One action as a session reviews it: what it is, how it stood then, what was decided. */
struct ReviewItem
{
    Action action;                      ///< the action as it is stored now
    std::optional<ActionReview> review; ///< the decision taken at this session, if any
    int timesCarried = 0;               ///< carried or renegotiated at the sessions before this one
    bool doneBefore = false;            ///< completed before this session began (since last time)

    /** Times carried once this session is over: before it, and by its own decision. */
    int timesCarriedAfter() const
    {
        const bool carriedNow = review
                                && (review->decision == ReviewDecision::Carried
                                    || review->decision == ReviewDecision::Renegotiated);
        return timesCarried + (carriedNow ? 1 : 0);
    }
};

/**
 * The questions of the method, answered once over a relationship's history. The session
 * editor, the checklist, the documents, the Overview and the command line call these; none
 * of them answers such a question itself. A deleted session, action or review never breaks
 * them: an action whose session was deleted counts as agreed at the last session begun before
 * it was written down, or just before the first session that reviewed it if that is earlier.
 */
namespace Program {

/** Whether a session was a meeting that took place: held, and not the pre-work. */
bool isMeetingHeld(const Session &session);
/** Whether a session is (or was) a meeting at all: held or planned, and not the pre-work. */
bool isMeeting(const Session &session);

/**
 * The actions under review at a session, the soonest due first: every action agreed before
 * it that was still open after the session before (one reviewed done or dropped, or done
 * before that session began, has left the review for good), and every action this session
 * has already reviewed.
 */
QList<ReviewItem> actionsUnderReview(const History &history, Id sessionId);

/**
 * The actions still open once a session is over, as the next session will review them:
 * agreed at it or before, not reviewed done or dropped at it or before, and not done before
 * it began. The soonest due first.
 */
QList<Action> openAfter(const History &history, Id sessionId);

/** How many times sessions carried an action forward or renegotiated it. */
int timesCarried(const History &history, Id actionId);
/** The same, counted over the reviews of one action. */
int timesCarried(const QList<ActionReview> &reviews);

/** The meeting that followed a session: the first later one held or planned. */
std::optional<Session> nextMeetingAfter(const History &history, Id sessionId);
/** When a session ends: its start, and its length after it. */
QDateTime endOf(const Session &session);
/**
 * Whether a session waits to be recorded: still planned after its end, so whether it was
 * held, cancelled or missed is not known yet.
 */
bool awaitsRecord(const Session &session, const QDateTime &now);
/**
 * A meeting still to come: planned, not the pre-work (which is no meeting), and not begun by
 * now. Calendars and the desktop remind of these.
 */
bool isToCome(const Session &session, const QDateTime &now);
/** The next meeting from now: the earliest planned session that has not ended yet. */
std::optional<Session> nextMeeting(const QList<Session> &sessions, const QDateTime &now);
/** The last meeting held before a session, whose hoped-for outcome it reviews. */
std::optional<Session> lastMeetingBefore(const History &history, Id sessionId);

/** The exercise a session debriefs: the last session before it that planned one. */
std::optional<Session> exerciseDebriefedAt(const QList<Session> &sessions, const Session &session);

/**
 * When an action agreed at a session is due unless the mentor says otherwise: at the meeting
 * planned after that session, or one cadence after the session (after today for an action
 * agreed at no session).
 */
QDate defaultDueDate(const History &history, Id sessionId, int cadenceDays, const QDate &today);

/** Whether marking the session held needs the mentor to say so: it has not begun yet. */
bool holdingNeedsConfirmation(const Session &session, const QDateTime &now);

/** Whether an open action is past its due date on the given day. */
bool isOverdue(const Action &action, const QDate &today);
/**
 * Whether an action was overdue at a moment, such as a session's start: not done by then
 * (ticking it off later does not change what it was then), and due on an earlier day.
 */
bool isOverdueAt(const Action &action, const QDateTime &moment);

/** What the mentee is sent after a session. */
enum class FollowUp {
    Recap,      ///< a meeting held: what was discussed and agreed
    MissedNote, ///< a meeting cancelled or missed: a short note with the new date
    Nothing,    ///< still planned (its agenda is what to send), or the mentor's own pre-work
};
/** What follows a session for the mentee: only a meeting that was due has anything. */
FollowUp followUpOf(const Session &session);

/** What the desktop reminds the mentor of. */
enum class ReminderKind {
    Upcoming,   ///< a meeting about to begin, within the lead time
    Unrecorded, ///< a session over and still planned: how did it go?
};
struct Reminder
{
    ReminderKind kind = ReminderKind::Upcoming;
    Session session;
};
/**
 * The reminders due now in one relationship, in the order of sessions: each planned meeting (the
 * pre-work is none) that begins within leadMinutes from now and has not begun yet, and each
 * session that awaits its record. None with a lead of 0 or less (no reminders) and none for
 * a closed relationship; a paused one keeps those of the sessions still planned.
 */
QList<Reminder> remindersDue(const Mentee &mentee,
                             const QList<Session> &sessions,
                             const QDateTime &now,
                             int leadMinutes);

/** A goal's progress as the latest review before a session recorded it. */
struct GoalProgress
{
    int percent = 0;
    int sequence = 0; ///< the number of the session that recorded it
};
std::optional<GoalProgress> progressBefore(const History &history, Id goalId, Id sessionId);

} // namespace Program

} // namespace Mentorbook
