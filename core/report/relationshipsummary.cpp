// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationshipsummary.h"

#include "program/planning.h"
#include "program/rules.h"
#include "reportcontent.h"
#include "shareablesession.h"
#include "storage/repositories.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Mentorbook {

ReportDocument
RelationshipSummary::build(const Repositories &repositories, Id menteeId, const QDateTime &now)
{
    const Mentee mentee = repositories.mentees.get(menteeId);
    const QList<Session> sessions = repositories.sessionsOf(menteeId);
    const QList<Action> actions = repositories.actions.where(QStringLiteral("mentee_id"), menteeId);
    const QList<Goal> goals = repositories.goals.where(
        QStringLiteral("mentee_id"), menteeId, QStringLiteral("priority, id"));
    const RelationshipStatus status = Planning::statusOf(mentee, sessions, actions, now);
    const QLocale locale;

    ReportDocument document;
    document.kind = tr("Summary");
    document.person = mentee.name;
    document.title = tr("Mentoring summary – %1").arg(mentee.name);

    HtmlBuilder html;
    QStringList facts;
    facts << QStringList{mentee.role, mentee.organisation}
                 .filter(QRegularExpression(QStringLiteral("\\S")))
                 .join(QStringLiteral(", "));
    if (mentee.startedOn.isValid())
        facts << tr("since %1").arg(locale.toString(mentee.startedOn, QLocale::LongFormat));
    facts << label(mentee.status);
    html.title(tr("Mentoring summary"), mentee.name, facts);

    html.heading(tr("The agreement"));
    html.labelled(tr("We meet:"),
                  tr("every %n day(s)", nullptr, mentee.cadenceDays) + QStringLiteral(", ")
                      + tr("%n minute(s)", nullptr, mentee.sessionMinutes)
                      + (mentee.channel.trimmed().isEmpty()
                             ? QString()
                             : QStringLiteral(", ") + mentee.channel.trimmed()));
    html.labelled(tr("Style:"), label(mentee.preferredStyle));
    html.labelled(tr("Confidentiality:"), mentee.confidentiality);
    if (mentee.intendedEndOn.isValid())
        html.labelled(tr("Until:"), locale.toString(mentee.intendedEndOn, QLocale::LongFormat));

    // The self-assessment of the introductions, which the goals and exercises build on.
    html.heading(tr("Strengths and development areas"));
    if (mentee.strengths.trimmed().isEmpty() && mentee.developmentAreas.trimmed().isEmpty())
        html.note(tr("Nothing recorded yet."));
    html.labelled(tr("Strengths:"), mentee.strengths);
    html.labelled(tr("Development areas:"), mentee.developmentAreas);

    html.heading(tr("Goals"));
    if (goals.isEmpty())
        html.note(tr("No goals recorded yet."));
    for (const Goal &goal : goals) {
        html.subheading(tr("%1 (%2)").arg(goal.title, label(goal.status)));
        html.labelled(tr("Measure:"), goal.measure);
        if (goal.timeBoundOn.isValid())
            html.labelled(tr("By:"), locale.toString(goal.timeBoundOn, QLocale::LongFormat));
        QList<QStringList> history;
        QList<GoalReview> reviews
            = repositories.goalReviews.where(QStringLiteral("goal_id"), goal.id);
        QList<std::pair<Session, GoalReview>> ordered;
        for (const GoalReview &review : reviews)
            ordered << std::pair{repositories.sessions.get(review.sessionId), review};
        std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
            return a.first.sequence < b.first.sequence;
        });
        for (const auto &[session, review] : ordered) {
            history << QStringList{tr("Session %1").arg(session.sequence),
                                   ReportContent::dueText(session.scheduledAt.toLocalTime().date()),
                                   ReportContent::percent(review.progress),
                                   review.note};
        }
        if (!history.isEmpty())
            html.table(
                {tr("Session"), tr("Date"), tr("Progress"), tr("Note")}, history, {14, 16, 12, 58});
    }

    html.heading(tr("Sessions"));
    QList<QStringList> timeline;
    for (const Session &stored : sessions) {
        const ShareableSession session = shareableContent(stored);
        timeline << QStringList{QString::number(session.sequence),
                                ReportContent::dueText(session.scheduledAt.toLocalTime().date()),
                                label(session.stage),
                                label(session.status)};
    }
    if (timeline.isEmpty())
        html.note(tr("No sessions yet."));
    else
        html.table({tr("No."), tr("Date"), tr("Stage"), tr("Status")}, timeline, {8, 24, 34, 34});
    QStringList figures{tr("%n session(s) held", nullptr, status.heldSessions)};
    if (status.attendanceRate >= 0)
        figures
            << tr("attendance %1").arg(ReportContent::percent(qRound(status.attendanceRate * 100)));
    if (status.averageIntervalDays >= 0)
        figures << tr("every %1 days on average")
                       .arg(locale.toString(status.averageIntervalDays, 'f', 0));
    html.paragraph(figures.join(QStringLiteral(" · ")));
    const auto next = Program::nextMeeting(sessions, now);
    html.labelled(tr("Next meeting:"),
                  next ? ReportContent::meetingLine(*next) : tr("none planned yet."));

    html.heading(tr("Actions"));
    if (actions.isEmpty()) {
        html.note(tr("No actions agreed yet."));
    } else {
        html.paragraph(
            tr("%n action(s) agreed", nullptr, int(actions.size())) + QStringLiteral(" · ")
            + tr("%n done", nullptr, status.doneActions) + QStringLiteral(" (")
            + ReportContent::percent(qRound(status.actionCompletionRate * 100))
            + QStringLiteral(") · ") + tr("%n open", nullptr, status.openActions)
            + (status.overdueActions > 0
                   ? QStringLiteral(" · ") + tr("%n overdue", nullptr, status.overdueActions)
                   : QString()));
    }

    // What was expected, what was achieved, what was learned.
    html.heading(tr("Expected, achieved, learned"));
    html.labelled(tr("Expected:"), mentee.expectations);
    QStringList achieved;
    for (const Goal &goal : goals) {
        if (goal.status == GoalStatus::Achieved)
            achieved << tr("Goal achieved: %1").arg(goal.title);
    }
    QStringList learned;
    for (const Session &stored : sessions) {
        // What a meeting that did not take place still holds was never said in one.
        if (!Program::isMeetingHeld(stored))
            continue;
        const ShareableSession session = shareableContent(stored);
        if (!session.debriefWentWell.trimmed().isEmpty())
            achieved << tr("Session %1: %2")
                            .arg(session.sequence)
                            .arg(session.debriefWentWell.simplified());
        for (const QString &lesson : {session.debriefFuture, session.debriefTryNext}) {
            if (!lesson.trimmed().isEmpty())
                learned << tr("Session %1: %2").arg(session.sequence).arg(lesson.simplified());
        }
    }
    html.subheading(tr("Achieved"));
    if (achieved.isEmpty())
        html.note(tr("Nothing recorded yet."));
    html.bullets(achieved);
    html.subheading(tr("Learned"));
    if (learned.isEmpty())
        html.note(tr("Nothing recorded yet."));
    html.bullets(learned);

    document.html = html.html();
    return document;
}

} // namespace Mentorbook
