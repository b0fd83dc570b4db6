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

namespace {
/** The session's topics as typed, one a line, or its stage's when none were typed. */
QStringList topicsOf(const ShareableSession &session)
{
    const QString topics = session.agenda.trimmed().isEmpty()
                               ? Planning::defaultAgenda(session.stage)
                               : session.agenda;
    QStringList items;
    for (const QString &topic : topics.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!topic.trimmed().isEmpty())
            items << topic.trimmed();
    }
    return items;
}
} // namespace

ReportDocument Agenda::build(const Repositories &repositories, Id sessionId)
{
    const Session stored = repositories.sessions.get(sessionId);
    const ShareableSession session = shareableContent(stored);
    const Mentee mentee = repositories.mentees.get(session.menteeId);
    const History history = History::load(repositories, session.menteeId);

    ReportDocument document;
    document.kind = tr("Agenda");
    document.person = mentee.name;
    document.title = tr("Agenda – Session %1 – %2").arg(session.sequence).arg(mentee.name);
    document.onOnePage = true;

    HtmlBuilder html;
    html.title(tr("Agenda"),
               tr("Session %1 with %2").arg(session.sequence).arg(mentee.name),
               ReportContent::sessionFacts(stored));
    html.note(Method::guide(session.stage).purpose);
    // The pre-work is no meeting: the mentor prepares alone, so it has no parts to time.
    if (session.stage == Stage::Prework)
        writePreparation(html,
                         history,
                         stored,
                         repositories.attachments.where(QStringLiteral("mentee_id"), mentee.id));
    else
        writeMeeting(html, history, stored, mentee);
    document.html = html.html();
    return document;
}

void Agenda::writeReview(HtmlBuilder &html, const QList<ReviewItem> &review, const Session &session)
{
    for (const ReviewItem &item : review) {
        const bool overdue = Program::isOverdueAt(item.action, session.scheduledAt);
        html.checkbox(item.action.text,
                      ReportContent::actionDetails(item.action, item.timesCarried, overdue),
                      item.doneBefore);
    }
}

void Agenda::writePreparation(HtmlBuilder &html,
                              const History &history,
                              const Session &stored,
                              const QList<Attachment> &files)
{
    const ShareableSession session = shareableContent(stored);
    html.heading(tr("Files to read"));
    QStringList names;
    for (const Attachment &attachment : files)
        names << tr("%1: %2").arg(label(attachment.kind), attachment.fileName);
    if (names.isEmpty())
        html.note(tr("No files yet: ask the mentee for a current resume and job description."));
    html.bullets(names);

    html.heading(tr("To prepare"));
    html.bullets(topicsOf(session));
    html.subheading(tr("Before you meet"));
    html.bullets(Method::guide(Stage::Prework).prompts);

    const QList<ReviewItem> review = Program::actionsUnderReview(history, stored.id);
    if (!review.isEmpty()) {
        html.heading(tr("Open actions"));
        writeReview(html, review, stored);
    }

    html.heading(tr("Questions for the first meeting"));
    html.ruledLines(3);

    html.heading(tr("First meeting"));
    if (const auto next = Program::nextMeetingAfter(history, stored.id))
        html.paragraph(ReportContent::meetingLine(*next));
    else
        html.note(tr("Not planned yet: propose a date when you welcome the mentee."));
}

void Agenda::writeMeeting(HtmlBuilder &html,
                          const History &history,
                          const Session &stored,
                          const Mentee &mentee)
{
    const ShareableSession session = shareableContent(stored);
    const StageGuide guide = Method::guide(session.stage);
    const auto lastMeeting = Program::lastMeetingBefore(history, stored.id);
    html.labelled(tr("Hoped for since last time:"),
                  lastMeeting ? shareableContent(*lastMeeting).hopedOutcome : QString());

    // The five parts, each with its start time on the clock and its minutes.
    const QStringList titles = Method::sessionPartTitles();
    const QList<PartSlot> schedule
        = Method::partSchedule(stored.scheduledAt, stored.durationMinutes);
    const QLocale locale;
    auto heading = [&](int part, const QString &text) {
        const PartSlot &slot = schedule.at(part);
        html.heading(tr("%1. %2").arg(part + 1).arg(text),
                     tr("%1 · %n min", nullptr, slot.minutes)
                         .arg(locale.toString(slot.start.toLocalTime().time(), shortTimeFormat())));
    };

    heading(0, titles.at(0));
    // Only a meeting held before leaves something to have happened "since".
    html.note(lastMeeting
                  ? tr("How have things been since we last met? What is on your mind today?")
                  : tr("How are you today? What would make our first meeting worthwhile for "
                       "you?"));

    heading(1, titles.at(1));
    html.note(tr("For each: done, not done — and why?"));
    const QList<ReviewItem> review = Program::actionsUnderReview(history, stored.id);
    writeReview(html, review, stored);
    if (review.isEmpty())
        html.note(tr("No open actions."));

    heading(2, tr("%1: %2").arg(titles.at(2), label(session.stage)));
    if (session.stage == Stage::Debrief) {
        // The plan comes first: how it went is measured against it.
        if (const auto exercise = Program::exerciseDebriefedAt(history.sessions, stored)) {
            const ShareableSession plan = shareableContent(*exercise);
            QStringList parts{plan.exerciseWhat.simplified()};
            if (!plan.exerciseWithWhom.trimmed().isEmpty())
                parts << tr("with %1").arg(plan.exerciseWithWhom.simplified());
            if (plan.exerciseByWhen.isValid())
                parts << tr("by %1").arg(ReportContent::dueText(plan.exerciseByWhen));
            if (!plan.exerciseIfThen.trimmed().isEmpty())
                parts << tr("if … then: %1").arg(plan.exerciseIfThen.simplified());
            html.labelled(tr("The exercise set at session %1:").arg(exercise->sequence),
                          parts.join(QStringLiteral(" · ")));
        } else {
            html.note(tr("No earlier exercise was planned to debrief."));
        }
    }
    // Every topic belongs to the focus; the other parts are the method's, printed above.
    html.bullets(topicsOf(session));
    if (session.stage == Stage::Focus) {
        // What the mentee said of themselves at the introductions is what the problem
        // statements are narrowed from.
        html.labelled(tr("Strengths:"), mentee.strengths);
        html.labelled(tr("Development areas:"), mentee.developmentAreas);
    }
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
        const auto progress = Program::progressBefore(history, goal.id, stored.id);
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
    if (const auto next = Program::nextMeetingAfter(history, stored.id)) {
        html.note(tr("What do you hope to achieve by the next session?"));
        html.labelled(tr("Next meeting:"), ReportContent::meetingLine(*next));
    } else {
        html.note(
            tr("What do you hope to achieve by the next session? When do we meet next? None is "
               "planned yet."));
    }
    html.ruledLines(2);
}

} // namespace Mentorbook
