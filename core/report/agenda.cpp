// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda.h"

#include "localeformat.h"
#include "program/method.h"
#include "program/planning.h"
#include "shareablesession.h"
#include "storage/repositories.h"

#include <QLocale>

namespace Mentorbook {

namespace {
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString section(const QString &heading, const QString &body)
{
    return QStringLiteral("<h3>%1</h3>%2").arg(heading.toHtmlEscaped(), body);
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}
} // namespace

QString Agenda::styleSheet()
{
    return QStringLiteral("h1 { font-size: 18pt; margin-bottom: 2px; }"
                          " h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; }"
                          " .facts { color: #555555; } .quiet { color: #666666; }"
                          " .ruled { margin-bottom: 40px; }"
                          " .action { margin-left: 12px; margin-top: 2px; margin-bottom: 2px; }");
}

QString Agenda::title(const Repositories &repositories, Id sessionId)
{
    const Session session = repositories.sessions.get(sessionId);
    const Mentee mentee = repositories.mentees.get(session.menteeId);
    return tr("Agenda – Session %1 – %2").arg(session.sequence).arg(mentee.name);
}

QString Agenda::html(const Repositories &repositories, Id sessionId)
{
    const ShareableSession session = shareableContent(repositories.sessions.get(sessionId));
    const Mentee mentee = repositories.mentees.get(session.menteeId);
    const QLocale locale;
    const QDateTime when = session.scheduledAt.toLocalTime();

    QString html = QStringLiteral("<html><body>");
    html
        += QStringLiteral("<h1>%1</h1>")
               .arg(
                   tr("Session %1 with %2").arg(session.sequence).arg(mentee.name).toHtmlEscaped());
    QStringList facts{label(session.stage),
                      locale.toString(when.date(), QLocale::LongFormat),
                      locale.toString(when.time(), shortTimeFormat()),
                      tr("%1 minutes").arg(session.durationMinutes)};
    if (!session.location.isEmpty())
        facts << session.location;
    html += QStringLiteral("<p class=\"facts\">%1</p>")
                .arg(escaped(facts.join(QStringLiteral(" · "))));

    // What was hoped for since the last session held.
    QString hoped;
    for (const Session &earlier : repositories.sessionsOf(session.menteeId)) {
        if (earlier.sequence < session.sequence && earlier.status == SessionStatus::Held)
            hoped = shareableContent(earlier).hopedOutcome;
    }
    if (!hoped.isEmpty())
        html += section(tr("Hoped for since last time"),
                        QStringLiteral("<p>%1</p>").arg(escaped(hoped)));

    // 1. Check-in, 2. review of the actions, 3. the stage's focus, 4. new actions, 5. summary.
    html += section(tr("1. Check-in and rapport"), QString());
    QStringList open;
    for (const Action &action :
         repositories.actions.where(QStringLiteral("mentee_id"),
                                    session.menteeId,
                                    QStringLiteral("due_on IS NULL, due_on, id"))) {
        if (action.isDone())
            continue;
        QString line = QStringLiteral("☐ ") + escaped(action.text);
        QStringList details{label(action.owner)};
        if (action.dueOn.isValid())
            details << tr("due %1").arg(locale.toString(action.dueOn, QLocale::ShortFormat));
        const int carried = repositories.timesCarried(action.id);
        if (carried > 0)
            details << tr("carried %n time(s)", nullptr, carried);
        line += QStringLiteral(" <span class=\"quiet\">(%1)</span>")
                    .arg(escaped(details.join(QStringLiteral(", "))));
        open << line;
    }
    QString review;
    for (const QString &line : std::as_const(open))
        review += QStringLiteral("<p class=\"action\">%1</p>").arg(line);
    html += section(tr("2. Review of the actions agreed"),
                    open.isEmpty()
                        ? QStringLiteral("<p>%1</p>").arg(tr("No open actions.").toHtmlEscaped())
                        : review);
    const QString topics = session.agenda.trimmed().isEmpty()
                               ? Planning::defaultAgenda(session.stage)
                               : session.agenda;
    QStringList topicItems;
    for (const QString &topic : topics.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        topicItems << escaped(topic.trimmed());
    const StageGuide guide = Method::guide(session.stage);
    QStringList prompts;
    for (const QString &prompt : guide.prompts)
        prompts << escaped(prompt);
    html += section(
        tr("3. Focus: %1").arg(label(session.stage)),
        QStringLiteral("<p class=\"quiet\">%1</p>").arg(escaped(guide.purpose)) + list(topicItems)
            + QStringLiteral("<p><b>%1</b></p>").arg(tr("Questions to ask").toHtmlEscaped())
            + list(prompts));
    html += section(tr("4. Agree actions: what, who, with whom, by when"),
                    QStringLiteral("<p class=\"ruled\">&nbsp;</p>"));
    html += section(tr("5. Summary and next meeting"),
                    QStringLiteral("<p class=\"ruled\">&nbsp;</p>"));

    QStringList goals;
    for (const Goal &goal : repositories.goals.where(
             QStringLiteral("mentee_id"), session.menteeId, QStringLiteral("priority, id"))) {
        if (goal.status != GoalStatus::Active)
            continue;
        QString line = QStringLiteral("<b>%1</b>").arg(escaped(goal.title));
        if (!goal.measure.isEmpty())
            line += QStringLiteral("<br><span class=\"quiet\">%1</span>")
                        .arg(escaped(tr("Measure: %1").arg(goal.measure)));
        const QList<GoalReview> reviews
            = repositories.goalReviews.where(QStringLiteral("goal_id"), goal.id);
        if (!reviews.isEmpty()) {
            int latest = -1;
            int progress = 0;
            for (const GoalReview &review : reviews) {
                const int sequence = repositories.sessions.get(review.sessionId).sequence;
                if (sequence > latest) {
                    latest = sequence;
                    progress = review.progress;
                }
            }
            line += QStringLiteral("<br><span class=\"quiet\">%1</span>")
                        .arg(escaped(tr("Last progress %1%2 (session %3)")
                                         .arg(locale.toString(progress), locale.percent())
                                         .arg(latest)));
        }
        goals << line;
    }
    if (!goals.isEmpty())
        html += section(tr("Goals in focus"), list(goals));
    return html + QStringLiteral("</body></html>");
}

} // namespace Mentorbook
