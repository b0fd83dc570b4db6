// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"

#include <optional>

namespace Mentorbook {

/**
 * The user's actions, one verb each. Every verb is one undo step, all or nothing, and holds
 * the rules and defaults of its use case, so that the window, the tests and the command line
 * do the same thing. A verb that is refused reports why through the store and returns false
 * or 0.
 */
namespace Edit {

/** A new relationship started on the given day, with the agreement's defaults. */
Id addMentee(Store &store, const QDate &startedOn, int cadenceDays, int sessionMinutes);
/** The sample relationship, whole. */
Id addSample(Store &store, const QDate &today);
/** Closes a relationship (or opens it again). */
bool setRelationshipClosed(Store &store, Id menteeId, bool closed);
/** Deletes a mentee with everything of the relationship. */
bool deleteMentee(Store &store, Id menteeId);

/** Plans the session the method suggests next, by the cadence after the last one. */
Id planNextSession(Store &store, Id menteeId, const QDateTime &now);
/**
 * Reschedules a session: it is cancelled with the reason, and a new planned session with its
 * stage, agenda, length and place is added at the start given, or one cadence after it.
 * Returns the new session's id.
 */
Id reschedule(Store &store, Id sessionId, const QString &reason, const QDateTime &start = {});
/** Records how a session went: held, or cancelled or missed and why (held clears the why). */
bool setSessionStatus(Store &store, Id sessionId, SessionStatus status, const QString &reason = {});
/** Deletes a session; the actions agreed at it stay, its reviews go. */
bool deleteSession(Store &store, Id sessionId);

/**
 * A new action of the mentee's, agreed at the session (0: none), due at the meeting planned
 * after it or one cadence on (Program::defaultDueDate).
 */
Id addAction(Store &store, Id menteeId, Id sessionId, const QDate &today);
/** A key step of a session's exercise: an action with the exercise's partner and date. */
Id addKeyStep(Store &store, Id sessionId, const QString &text);
bool deleteAction(Store &store, Id actionId);
/** Ticks an action off in the checklist (now), or opens it again. */
bool setActionDone(Store &store, Id actionId, bool done);

/**
 * A session's decision about an action under review; none clears it. Done also completes
 * the action, and clearing a done decision reopens an action that it completed.
 */
bool reviewAction(Store &store, Id sessionId, Id actionId, std::optional<ReviewDecision> decision);
/** Renegotiates an action under review: a new text, a new due date. */
bool renegotiateAction(Store &store, Id actionId, const QString &text, const QDate &dueOn);
/** Why a review decided as it did. */
bool noteReview(Store &store, Id reviewId, const QString &note);

/** A problem statement from a template (or free), ranked after the others. */
Id addProblemStatement(Store &store, Id menteeId, ProblemTemplate templateId, const QString &text);
/** Moves a statement up (step -1) or down (+1); the ranks become 1, 2, 3… in that order. */
bool moveProblemStatement(Store &store, Id statementId, int step);
/** Parks a statement (or makes it active again, or marks it resolved). */
bool setProblemStatus(Store &store, Id statementId, ProblemStatus status);
bool deleteProblemStatement(Store &store, Id statementId);

/** A new SMART goal, ranked after the others. */
Id addGoal(Store &store, Id menteeId);
bool deleteGoal(Store &store, Id goalId);
/** The progress on a goal at a session. */
Id recordGoalProgress(Store &store, Id goalId, Id sessionId, int progress);

/** A pre-work file kept in the database. */
Id addAttachment(Store &store, const Attachment &attachment);
bool removeAttachment(Store &store, Id attachmentId);

} // namespace Edit

} // namespace Mentorbook
