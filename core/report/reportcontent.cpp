// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontent.h"

#include "localeformat.h"
#include "shareablesession.h"
#include "storage/repositories.h"

#include <QLocale>

namespace Mentorbook {

QStringList ReportContent::sessionFacts(const Session &session)
{
    const QLocale locale;
    const QDateTime start = session.scheduledAt.toLocalTime();
    const QDateTime end = start.addSecs(qint64(session.durationMinutes) * 60);
    return {label(session.stage),
            locale.toString(start.date(), QLocale::LongFormat),
            tr("%1–%2").arg(locale.toString(start.time(), shortTimeFormat()),
                            locale.toString(end.time(), shortTimeFormat())),
            session.location};
}

QString ReportContent::meetingLine(const Session &session)
{
    QStringList facts = sessionFacts(session);
    facts.removeFirst(); // the stage
    facts.removeAll(QString());
    return facts.join(QStringLiteral(" · "));
}

QList<Action> ReportContent::openBefore(const Repositories &repositories, const Session &session)
{
    QList<Action> open;
    for (const Action &action :
         repositories.actions.where(QStringLiteral("mentee_id"),
                                    session.menteeId,
                                    QStringLiteral("due_on IS NULL, due_on, id"))) {
        const int agreedAt = repositories.sessions.get(action.sessionId).sequence;
        if (agreedAt < session.sequence
            && (!action.isDone() || action.doneAt > session.scheduledAt))
            open << action;
    }
    return open;
}

QString ReportContent::dueText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QString ReportContent::actionDetails(const Repositories &repositories, const Action &action)
{
    QStringList details{label(action.owner)};
    if (!action.withWhom.trimmed().isEmpty())
        details << tr("with %1").arg(action.withWhom.trimmed());
    if (action.dueOn.isValid())
        details << tr("due %1").arg(dueText(action.dueOn));
    const int carried = repositories.timesCarried(action.id);
    if (carried > 0)
        details << tr("carried %n time(s)", nullptr, carried);
    return details.join(QStringLiteral(" · "));
}

std::optional<ReportContent::Progress>
ReportContent::lastProgress(const Repositories &repositories, const Goal &goal, int beforeSequence)
{
    std::optional<Progress> latest;
    for (const GoalReview &review :
         repositories.goalReviews.where(QStringLiteral("goal_id"), goal.id)) {
        const int sequence = repositories.sessions.get(review.sessionId).sequence;
        if (sequence < beforeSequence && (!latest || sequence > latest->sequence))
            latest = Progress{review.progress, sequence};
    }
    return latest;
}

std::optional<Session> ReportContent::nextPlanned(const QList<Session> &sessions, int afterSequence)
{
    for (const Session &session : sessions) {
        if (session.sequence > afterSequence && session.status == SessionStatus::Planned)
            return session;
    }
    return std::nullopt;
}

QString ReportContent::hopedSinceLastTime(const QList<Session> &sessions, int beforeSequence)
{
    QString hoped;
    for (const Session &earlier : sessions) {
        if (earlier.sequence < beforeSequence && earlier.status == SessionStatus::Held)
            hoped = shareableContent(earlier).hopedOutcome;
    }
    return hoped;
}

QString ReportContent::percent(int value)
{
    const QLocale locale;
    return tr("%1%2", "a percentage: the number and the locale's percent sign")
        .arg(locale.toString(value), locale.percent());
}

} // namespace Mentorbook
