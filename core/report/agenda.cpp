// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda.h"

#include "localeformat.h"
#include "program/method.h"
#include "program/planning.h"
#include "program/rules.h"
#include "reportcontent.h"
#include "shareablesession.h"
#include "storage/repositories.h"

#include <QLocale>

namespace Mentorbook {

ReportDocument Agenda::build(const Repositories &repositories, Id sessionId)
{
    const Session stored = repositories.sessions.get(sessionId);
    const ShareableSession session = shareableContent(stored);
    const Mentee mentee = repositories.mentees.get(session.menteeId);
    const History history = History::load(repositories, session.menteeId);
    const StageGuide guide = Method::guide(session.stage);

    ReportDocument document;
    document.kind = tr("Agenda");
    document.person = mentee.name;
    document.title = tr("Agenda – Session %1 – %2").arg(session.sequence).arg(mentee.name);

    HtmlBuilder html;
    html.title(tr("Agenda"),
               tr("Session %1 with %2").arg(session.sequence).arg(mentee.name),
               ReportContent::sessionFacts(stored));
    html.note(guide.purpose);
    const auto lastMeeting = Program::lastMeetingBefore(history, sessionId);
    html.labelled(tr("Hoped for since last time:"),
                  lastMeeting ? shareableContent(*lastMeeting).hopedOutcome : QString());

    // The five parts, each with its start time and suggested minutes.
    const QStringList titles = Method::sessionPartTitles();
    const QList<int> minutes = Method::partMinutes(session.durationMinutes);
    const QLocale locale;
    QTime start = session.scheduledAt.toLocalTime().time();
    QStringList asides;
    for (int part = 0; part < titles.size(); ++part) {
        asides << tr("%1 · %n min", nullptr, minutes.at(part))
                      .arg(locale.toString(start, shortTimeFormat()));
        start = start.addSecs(minutes.at(part) * 60);
    }
    auto heading = [&](int part, const QString &text) {
        html.heading(tr("%1. %2").arg(part + 1).arg(text), asides.at(part));
    };

    heading(0, titles.at(0));
    html.note(tr("How have things been since we last met? What is on your mind today?"));

    heading(1, titles.at(1));
    html.note(tr("For each: done, not done — and why?"));
    const QList<ReviewItem> review = Program::actionsUnderReview(history, sessionId);
    for (const ReviewItem &item : review)
        html.checkbox(item.action.text,
                      ReportContent::actionDetails(item.action, item.timesCarried),
                      item.doneBefore);
    if (review.isEmpty())
        html.note(tr("No open actions."));

    heading(2, tr("%1: %2").arg(titles.at(2), label(session.stage)));
    const QString topics = session.agenda.trimmed().isEmpty()
                               ? Planning::defaultAgenda(session.stage)
                               : session.agenda;
    // Every topic belongs to the focus; the other parts are the method's, printed above.
    QStringList topicItems;
    for (const QString &topic : topics.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!topic.trimmed().isEmpty())
            topicItems << topic.trimmed();
    }
    html.bullets(topicItems);
    html.subheading(tr("Questions to ask"));
    html.bullets(guide.prompts);

    QList<QStringList> goals;
    QList<Goal> active = history.goals;
    std::stable_sort(active.begin(), active.end(), [](const Goal &a, const Goal &b) {
        return a.priority < b.priority;
    });
    for (const Goal &goal : std::as_const(active)) {
        if (goal.status != GoalStatus::Active)
            continue;
        const auto progress = Program::progressBefore(history, goal.id, sessionId);
        goals << QStringList{goal.title,
                             goal.measure,
                             progress ? tr("%1 (session %2)")
                                            .arg(ReportContent::percent(progress->percent))
                                            .arg(progress->sequence)
                                      : tr("not reviewed yet")};
    }
    if (!goals.isEmpty()) {
        html.subheading(tr("Goals in focus"));
        html.table({tr("Goal"), tr("Measure"), tr("Last progress")}, goals, {40, 40, 20});
    }

    heading(3, titles.at(3));
    html.note(tr("What, who, with whom, by when?"));
    html.ruledLines(3);

    heading(4, titles.at(4));
    html.note(tr("What do you hope to achieve by the next session? When do we meet next?"));
    html.ruledLines(2);

    document.html = html.html();
    return document;
}

} // namespace Mentorbook
