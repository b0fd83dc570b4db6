// SPDX-License-Identifier: GPL-3.0-or-later
#include "verbs.h"

#include "program/planning.h"
#include "program/rules.h"
#include "sample/samplerelationship.h"

#include <QCoreApplication>

namespace Mentorbook::Edit {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Edit)
};

/** The highest rank but one that a list may hold. */
constexpr int MaximumRank = 99;

QString shortened(const QString &text)
{
    return text.simplified().left(40);
}

template<class T>
int nextRank(const QList<T> &rows, int T::*rank)
{
    int highest = 0;
    for (const T &row : rows)
        highest = std::max(highest, row.*rank);
    return std::min(highest + 1, MaximumRank);
}
} // namespace

Id addMentee(Store &store, const QDate &startedOn, int cadenceDays, int sessionMinutes)
{
    Mentee mentee;
    mentee.name = Messages::tr("New mentee");
    mentee.startedOn = startedOn;
    mentee.cadenceDays = cadenceDays;
    mentee.sessionMinutes = sessionMinutes;
    return store.create(mentee, Messages::tr("Add mentee"));
}

Id addSample(Store &store, const QDate &today)
{
    Id mentee = 0;
    store.run(Messages::tr("Add the sample relationship"), [&](Writer &writer) {
        mentee = writer.addRelationship([&](Repositories &repositories) {
            return SampleRelationship::add(repositories, today);
        });
    });
    return mentee;
}

bool setRelationshipClosed(Store &store, Id menteeId, bool closed)
{
    return store.run(closed ? Messages::tr("Close relationship")
                            : Messages::tr("Reopen relationship"),
                     [=](Writer &writer) {
                         Mentee mentee = writer.repositories().mentees.get(menteeId);
                         mentee.status = closed ? MenteeStatus::Closed : MenteeStatus::Active;
                         writer.update(mentee);
                     });
}

bool deleteMentee(Store &store, Id menteeId)
{
    const auto mentee = store.repositories().mentees.find(menteeId);
    return store.run(Messages::tr("Delete %1").arg(mentee ? mentee->name : QString()),
                     [=](Writer &writer) { writer.remove<Mentee>(menteeId); });
}

Id planNextSession(Store &store, Id menteeId, const QDateTime &now)
{
    Id id = 0;
    const auto mentee = store.repositories().mentees.find(menteeId);
    const int sequence = store.repositories().nextSequence(menteeId);
    store.run(Messages::tr("Plan session %1").arg(sequence), [&](Writer &writer) {
        const Repositories &repositories = writer.repositories();
        const Session session = Planning::proposeNextSession(
            repositories.mentees.get(menteeId), repositories.sessionsOf(menteeId), now);
        id = writer.add(session).id;
    });
    return mentee ? id : 0;
}

Id reschedule(Store &store, Id sessionId, const QString &reason, const QDateTime &start)
{
    Id id = 0;
    store.run(Messages::tr("Reschedule the session"), [&](Writer &writer) {
        const Repositories &repositories = writer.repositories();
        Session old = repositories.sessions.get(sessionId);
        const Mentee mentee = repositories.mentees.get(old.menteeId);
        Session next = old;
        next.id = 0;
        next.sequence = repositories.nextSequence(old.menteeId);
        next.status = SessionStatus::Planned;
        next.statusReason.clear();
        next.scheduledAt = start.isValid() ? start : old.scheduledAt.addDays(mentee.cadenceDays);
        next.notes.clear();
        next.decisions.clear();
        next.privateNotes.clear();
        old.status = SessionStatus::Cancelled;
        old.statusReason = reason.trimmed();
        writer.update(old);
        id = writer.add(next).id;
    });
    return id;
}

bool setSessionStatus(Store &store, Id sessionId, SessionStatus status, const QString &reason)
{
    QString text;
    switch (status) {
    case SessionStatus::Planned:
        text = Messages::tr("Plan the session again");
        break;
    case SessionStatus::Held:
        text = Messages::tr("Record the session as held");
        break;
    case SessionStatus::Cancelled:
        text = Messages::tr("Cancel the session");
        break;
    case SessionStatus::Missed:
        text = Messages::tr("Record the session as missed");
        break;
    }
    return store.run(text, [=](Writer &writer) {
        Session session = writer.repositories().sessions.get(sessionId);
        session.status = status;
        session.statusReason = status == SessionStatus::Held || status == SessionStatus::Planned
                                   ? QString()
                                   : reason.trimmed();
        writer.update(session);
    });
}

bool deleteSession(Store &store, Id sessionId)
{
    const auto session = store.repositories().sessions.find(sessionId);
    return store.run(Messages::tr("Delete session %1").arg(session ? session->sequence : 0),
                     [=](Writer &writer) { writer.remove<Session>(sessionId); });
}

Id addAction(Store &store, Id menteeId, Id sessionId, const QDate &today)
{
    Id id = 0;
    store.run(Messages::tr("Add action"), [&](Writer &writer) {
        const History history = History::load(writer.repositories(), menteeId);
        const int cadence = writer.repositories().mentees.get(menteeId).cadenceDays;
        Action action;
        action.menteeId = menteeId;
        action.sessionId = sessionId;
        action.text = Messages::tr("New action");
        action.dueOn = Program::defaultDueDate(history, sessionId, cadence, today);
        id = writer.add(action).id;
    });
    return id;
}

Id addKeyStep(Store &store, Id sessionId, const QString &text)
{
    Id id = 0;
    store.run(Messages::tr("Add key step"), [&](Writer &writer) {
        const Session session = writer.repositories().sessions.get(sessionId);
        Action step;
        step.menteeId = session.menteeId;
        step.sessionId = session.id;
        step.problemStatementId = session.problemStatementId;
        step.text = text.trimmed();
        step.withWhom = session.exerciseWithWhom;
        const Repositories &repositories = writer.repositories();
        step.dueOn
            = session.exerciseByWhen.isValid()
                  ? session.exerciseByWhen
                  : Program::defaultDueDate(History::load(repositories, session.menteeId),
                                            session.id,
                                            repositories.mentees.get(session.menteeId).cadenceDays,
                                            writer.now().toLocalTime().date());
        id = writer.add(step).id;
    });
    return id;
}

bool deleteAction(Store &store, Id actionId)
{
    return store.erase<Action>(actionId, Messages::tr("Delete action"));
}

bool setActionDone(Store &store, Id actionId, bool done)
{
    const auto action = store.repositories().actions.find(actionId);
    if (action && action->isDone() == done)
        return true;
    const QString text = action ? shortened(action->text) : QString();
    return store.run(done ? Messages::tr("Complete “%1”").arg(text)
                          : Messages::tr("Reopen “%1”").arg(text),
                     [=](Writer &writer) {
                         Action changed = writer.repositories().actions.get(actionId);
                         changed.doneAt = done ? writer.now() : QDateTime();
                         writer.update(changed);
                     });
}

bool reviewAction(Store &store, Id sessionId, Id actionId, std::optional<ReviewDecision> decision)
{
    const auto action = store.repositories().actions.find(actionId);
    const QString text
        = Messages::tr("Review “%1”").arg(action ? shortened(action->text) : QString());
    return store.run(text, [=](Writer &writer) {
        const Repositories &repositories = writer.repositories();
        Action reviewed = repositories.actions.get(actionId);
        std::optional<ActionReview> review;
        for (const ActionReview &earlier :
             repositories.actionReviews.where(QStringLiteral("action_id"), actionId)) {
            if (earlier.sessionId == sessionId)
                review = earlier;
        }
        const bool wasDone = review && review->decision == ReviewDecision::Done;
        if (!decision) {
            if (review)
                writer.remove<ActionReview>(review->id);
        } else if (review) {
            review->decision = *decision;
            writer.update(*review);
        } else {
            ActionReview fresh;
            fresh.actionId = actionId;
            fresh.sessionId = sessionId;
            fresh.decision = *decision;
            writer.add(fresh);
        }
        if (decision == ReviewDecision::Done && !reviewed.isDone()) {
            reviewed.doneAt = writer.now();
            writer.update(reviewed);
        } else if (wasDone && decision != ReviewDecision::Done && reviewed.isDone()
                   && reviewed.doneAt >= review->createdAt) {
            // The review had completed it; taking the decision back reopens it.
            reviewed.doneAt = QDateTime();
            writer.update(reviewed);
        }
    });
}

bool renegotiateAction(Store &store, Id actionId, const QString &text, const QDate &dueOn)
{
    return store.run(Messages::tr("Renegotiate “%1”").arg(shortened(text)), [=](Writer &writer) {
        Action action = writer.repositories().actions.get(actionId);
        action.text = text;
        action.dueOn = dueOn;
        writer.update(action);
    });
}

bool noteReview(Store &store, Id reviewId, const QString &note)
{
    ActionReview seen;
    try {
        seen = store.repositories().actionReviews.get(reviewId);
    } catch (const Error &error) {
        store.reportFailure(error.message());
        return false;
    }
    ActionReview review = seen;
    review.note = note;
    return store.change(seen, review, Messages::tr("Note on the review"), QStringLiteral("note"));
}

Id addProblemStatement(Store &store, Id menteeId, ProblemTemplate templateId, const QString &text)
{
    Id id = 0;
    store.run(Messages::tr("Add problem statement"), [&](Writer &writer) {
        ProblemStatement statement;
        statement.menteeId = menteeId;
        statement.templateId = templateId;
        statement.text = text;
        statement.rank = nextRank(
            writer.repositories().problemStatements.where(QStringLiteral("mentee_id"), menteeId),
            &ProblemStatement::rank);
        id = writer.add(statement).id;
    });
    return id;
}

bool moveProblemStatement(Store &store, Id statementId, int step)
{
    return store.run(Messages::tr("Rank problem statements"), [=](Writer &writer) {
        const Repositories &repositories = writer.repositories();
        const ProblemStatement moved = repositories.problemStatements.get(statementId);
        QList<ProblemStatement> order = repositories.problemStatements.where(
            QStringLiteral("mentee_id"), moved.menteeId, QStringLiteral("rank, id"));
        int from = 0;
        while (order.at(from).id != statementId)
            ++from;
        const int to = from + step;
        if (to < 0 || to >= order.size())
            return;
        order.move(from, to);
        for (int i = 0; i < order.size(); ++i) {
            ProblemStatement statement = order.at(i);
            statement.rank = std::min(i + 1, MaximumRank);
            writer.update(statement);
        }
    });
}

bool setProblemStatus(Store &store, Id statementId, ProblemStatus status)
{
    return store.run(status == ProblemStatus::Parked ? Messages::tr("Park problem statement")
                                                     : Messages::tr("Change problem statement"),
                     [=](Writer &writer) {
                         ProblemStatement statement
                             = writer.repositories().problemStatements.get(statementId);
                         statement.status = status;
                         writer.update(statement);
                     });
}

bool deleteProblemStatement(Store &store, Id statementId)
{
    return store.erase<ProblemStatement>(statementId, Messages::tr("Remove problem statement"));
}

Id addGoal(Store &store, Id menteeId)
{
    Id id = 0;
    store.run(Messages::tr("Add goal"), [&](Writer &writer) {
        Goal goal;
        goal.menteeId = menteeId;
        goal.title = Messages::tr("New goal");
        goal.priority
            = nextRank(writer.repositories().goals.where(QStringLiteral("mentee_id"), menteeId),
                       &Goal::priority);
        id = writer.add(goal).id;
    });
    return id;
}

bool deleteGoal(Store &store, Id goalId)
{
    return store.erase<Goal>(goalId, Messages::tr("Delete goal"));
}

Id recordGoalProgress(Store &store, Id goalId, Id sessionId, int progress)
{
    GoalReview review;
    review.goalId = goalId;
    review.sessionId = sessionId;
    review.progress = progress;
    return store.create(review, Messages::tr("Record progress"));
}

Id addAttachment(Store &store, const Attachment &attachment)
{
    return store.create(attachment, Messages::tr("Add %1").arg(attachment.fileName));
}

bool removeAttachment(Store &store, Id attachmentId)
{
    const auto attachment = store.repositories().attachments.find(attachmentId);
    return store.erase<Attachment>(
        attachmentId, Messages::tr("Remove %1").arg(attachment ? attachment->fileName : QString()));
}

} // namespace Mentorbook::Edit
