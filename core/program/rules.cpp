// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QHash>

#include <algorithm>

namespace Mentorbook::Program {

int timesCarried(const QList<ActionReview> &reviews);

namespace {

/** The history indexed for the questions below: positions of sessions, reviews by action. */
class Ledger
{
public:
    explicit Ledger(const History &history)
        : m_history(history)
    {
        for (int position = 0; position < history.sessions.size(); ++position)
            m_positions.insert(history.sessions.at(position).id, position);
        for (const ActionReview &review : history.actionReviews) {
            // A review of a deleted session cannot stand: the foreign key removes it, but an
            // altered database might still hold one.
            if (m_positions.contains(review.sessionId))
                m_reviews[review.actionId] << review;
        }
    }

    int position(Id sessionId) const { return m_positions.value(sessionId, -1); }
    const QList<ActionReview> reviewsOf(Id actionId) const { return m_reviews.value(actionId); }

    /** The position of the session the action was agreed at. For one whose session is gone:
     *  the last session begun before the action was written down, or just before the first
     *  session that reviewed it if that is earlier (-1: before every session). */
    int agreedAt(const Action &action) const
    {
        const int origin = position(action.sessionId);
        if (origin >= 0)
            return origin;
        int placed = -1;
        for (int at = 0; at < m_history.sessions.size(); ++at) {
            if (m_history.sessions.at(at).scheduledAt <= action.createdAt)
                placed = at;
        }
        for (const ActionReview &review : reviewsOf(action.id))
            placed = std::min(placed, position(review.sessionId) - 1);
        return placed;
    }

    /** Whether a review at or before the position closed the action (done or dropped). */
    bool closedBy(const Action &action, int upTo) const
    {
        for (const ActionReview &review : reviewsOf(action.id)) {
            if (position(review.sessionId) <= upTo
                && (review.decision == ReviewDecision::Done
                    || review.decision == ReviewDecision::Dropped))
                return true;
        }
        return false;
    }

    /** Whether the action was completed before the session at the position began. */
    bool doneBefore(const Action &action, int at) const
    {
        return action.isDone() && at >= 0 && at < m_history.sessions.size()
               && action.doneAt <= m_history.sessions.at(at).scheduledAt;
    }

    /** Open once the session at the position is over (-1: before the first session). */
    bool openAfter(const Action &action, int at) const
    {
        return agreedAt(action) <= at && !closedBy(action, at) && !doneBefore(action, at);
    }

    int carried(const Action &action, int before) const
    {
        QList<ActionReview> earlier;
        for (const ActionReview &review : reviewsOf(action.id)) {
            if (position(review.sessionId) < before)
                earlier << review;
        }
        return timesCarried(earlier);
    }

    std::optional<ActionReview> reviewAt(const Action &action, int at) const
    {
        for (const ActionReview &review : reviewsOf(action.id)) {
            if (position(review.sessionId) == at)
                return review;
        }
        return std::nullopt;
    }

    const History &history() const { return m_history; }

private:
    const History &m_history;
    QHash<Id, int> m_positions;
    QHash<Id, QList<ActionReview>> m_reviews;
};

/** The soonest due first, undated last, then in the order they were written down. */
bool dueOrder(const Action &a, const Action &b)
{
    if (a.dueOn.isValid() != b.dueOn.isValid())
        return a.dueOn.isValid();
    if (a.dueOn != b.dueOn)
        return a.dueOn < b.dueOn;
    return a.id < b.id;
}

} // namespace

bool isMeetingHeld(const Session &session)
{
    return session.status == SessionStatus::Held && session.stage != Stage::Prework;
}

bool isMeeting(const Session &session)
{
    return (session.status == SessionStatus::Held || session.status == SessionStatus::Planned)
           && session.stage != Stage::Prework;
}

QList<ReviewItem> actionsUnderReview(const History &history, Id sessionId)
{
    const Ledger ledger(history);
    const int at = ledger.position(sessionId);
    if (at < 0)
        return {};
    QList<Action> actions = history.actions;
    std::stable_sort(actions.begin(), actions.end(), dueOrder);
    QList<ReviewItem> items;
    for (const Action &action : std::as_const(actions)) {
        if (ledger.agreedAt(action) >= at)
            continue;
        ReviewItem item;
        item.action = action;
        item.review = ledger.reviewAt(action, at);
        if (!item.review && !ledger.openAfter(action, at - 1))
            continue;
        item.timesCarried = ledger.carried(action, at);
        item.doneBefore = ledger.doneBefore(action, at);
        items << item;
    }
    return items;
}

QList<Action> openAfter(const History &history, Id sessionId)
{
    const Ledger ledger(history);
    const int at = ledger.position(sessionId);
    if (at < 0)
        return {};
    QList<Action> open;
    for (const Action &action : history.actions) {
        if (ledger.openAfter(action, at))
            open << action;
    }
    std::stable_sort(open.begin(), open.end(), dueOrder);
    return open;
}

int timesCarried(const QList<ActionReview> &reviews)
{
    return int(std::count_if(reviews.begin(), reviews.end(), [](const ActionReview &review) {
        return review.decision == ReviewDecision::Carried
               || review.decision == ReviewDecision::Renegotiated;
    }));
}

int timesCarried(const History &history, Id actionId)
{
    const Ledger ledger(history);
    const Action *action = history.action(actionId);
    return action ? ledger.carried(*action, int(history.sessions.size())) : 0;
}

std::optional<Session> nextMeetingAfter(const History &history, Id sessionId)
{
    const int at = history.positionOf(sessionId);
    if (at < 0)
        return std::nullopt;
    for (int later = at + 1; later < history.sessions.size(); ++later) {
        if (isMeeting(history.sessions.at(later)))
            return history.sessions.at(later);
    }
    return std::nullopt;
}

QDateTime endOf(const Session &session)
{
    return session.scheduledAt.addSecs(60 * qint64(session.durationMinutes));
}

bool awaitsRecord(const Session &session, const QDateTime &now)
{
    return session.status == SessionStatus::Planned && endOf(session) < now;
}

std::optional<Session> nextMeeting(const QList<Session> &sessions, const QDateTime &now)
{
    std::optional<Session> next;
    for (const Session &session : sessions) {
        if (session.status != SessionStatus::Planned || awaitsRecord(session, now))
            continue;
        if (!next || session.scheduledAt < next->scheduledAt)
            next = session;
    }
    return next;
}

std::optional<Session> lastMeetingBefore(const History &history, Id sessionId)
{
    const int at = history.positionOf(sessionId);
    for (int earlier = at - 1; earlier >= 0; --earlier) {
        if (isMeetingHeld(history.sessions.at(earlier)))
            return history.sessions.at(earlier);
    }
    return std::nullopt;
}

std::optional<Session> exerciseDebriefedAt(const QList<Session> &sessions, const Session &session)
{
    std::optional<Session> planned;
    for (const Session &earlier : sessions) {
        if (earlier.sequence < session.sequence && !earlier.exerciseWhat.trimmed().isEmpty()
            && (!planned || earlier.sequence > planned->sequence))
            planned = earlier;
    }
    return planned;
}

QDate defaultDueDate(const History &history, Id sessionId, int cadenceDays, const QDate &today)
{
    const Session *session = history.session(sessionId);
    if (!session)
        return today.addDays(cadenceDays);
    const auto next = nextMeetingAfter(history, sessionId);
    if (next && next->status == SessionStatus::Planned)
        return next->scheduledAt.toLocalTime().date();
    return session->scheduledAt.toLocalTime().date().addDays(cadenceDays);
}

bool holdingNeedsConfirmation(const Session &session, const QDateTime &now)
{
    return session.scheduledAt > now;
}

bool isOverdue(const Action &action, const QDate &today)
{
    return !action.isDone() && action.dueOn.isValid() && action.dueOn < today;
}

bool isOverdueAt(const Action &action, const QDateTime &moment)
{
    Action then = action;
    if (then.isDone() && then.doneAt > moment)
        then.doneAt = QDateTime();
    return isOverdue(then, moment.toLocalTime().date());
}

bool isToCome(const Session &session, const QDateTime &now)
{
    return session.status == SessionStatus::Planned && isMeeting(session)
           && session.scheduledAt > now;
}

QList<Reminder> remindersDue(const Mentee &mentee,
                             const QList<Session> &sessions,
                             const QDateTime &now,
                             int leadMinutes)
{
    QList<Reminder> due;
    if (leadMinutes <= 0 || mentee.status == MenteeStatus::Closed)
        return due;
    const QDateTime horizon = now.addSecs(60 * qint64(leadMinutes));
    for (const Session &session : sessions) {
        if (session.menteeId != mentee.id || session.status != SessionStatus::Planned)
            continue;
        if (awaitsRecord(session, now))
            due << Reminder{ReminderKind::Unrecorded, session};
        else if (isToCome(session, now) && session.scheduledAt <= horizon)
            due << Reminder{ReminderKind::Upcoming, session};
    }
    return due;
}

FollowUp followUpOf(const Session &session)
{
    if (session.stage == Stage::Prework)
        return FollowUp::Nothing;
    switch (session.status) {
    case SessionStatus::Held:
        return FollowUp::Recap;
    case SessionStatus::Cancelled:
    case SessionStatus::Missed:
        return FollowUp::MissedNote;
    case SessionStatus::Planned:
        break;
    }
    return FollowUp::Nothing;
}

std::optional<GoalProgress> progressBefore(const History &history, Id goalId, Id sessionId)
{
    const int at = history.positionOf(sessionId);
    std::optional<GoalProgress> latest;
    int latestAt = -1;
    for (const GoalReview &review : history.goalReviews) {
        const int reviewedAt = history.positionOf(review.sessionId);
        if (review.goalId != goalId || reviewedAt < 0 || reviewedAt >= at)
            continue;
        if (reviewedAt > latestAt) {
            latestAt = reviewedAt;
            latest = GoalProgress{review.progress, history.sessions.at(reviewedAt).sequence};
        }
    }
    return latest;
}

} // namespace Mentorbook::Program
