// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldtitles.h"

#include "../error.h"

#include <QCoreApplication>
#include <QHash>

namespace Mentorbook {

QString fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Name")},
        {QStringLiteral("address_as"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Address as")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Email")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Role")},
        {QStringLiteral("organisation"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Organisation")},
        {QStringLiteral("background"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Background")},
        {QStringLiteral("expectations"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Expectations of the mentor")},
        {QStringLiteral("preferred_qualities"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Preferred mentor qualities")},
        {QStringLiteral("strengths"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Strengths")},
        {QStringLiteral("development_areas"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Development areas")},
        {QStringLiteral("preferred_style"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Preferred style")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Status")},
        {QStringLiteral("started_on"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Started on")},
        {QStringLiteral("cadence_days"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Meet every")},
        {QStringLiteral("session_minutes"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Session length")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Channel")},
        {QStringLiteral("confidentiality"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Confidentiality")},
        {QStringLiteral("intended_end_on"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Intended end")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Kind")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "File")},
        {QStringLiteral("mime_type"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Type")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Goal")},
        {QStringLiteral("specific"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Specific")},
        {QStringLiteral("measurable"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Measurable")},
        {QStringLiteral("achievable"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Achievable")},
        {QStringLiteral("relevant"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Relevant")},
        {QStringLiteral("time_bound_on"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Time-bound")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Measure of progress")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Priority")},
        {QStringLiteral("goal_id"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Goal")},
        {QStringLiteral("session_id"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Session")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Progress")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Note")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Template")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Text")},
        {QStringLiteral("rank"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Rank")},
        {QStringLiteral("sequence"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Session number")},
        {QStringLiteral("scheduled_at"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "When")},
        {QStringLiteral("duration_minutes"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Duration")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Place or link")},
        {QStringLiteral("stage"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Stage")},
        {QStringLiteral("agenda"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Agenda topics")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "What was discussed")},
        {QStringLiteral("decisions"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Decisions")},
        {QStringLiteral("private_notes"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Private notes")},
        {QStringLiteral("hoped_outcome"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Hoped to achieve by next session")},
        {QStringLiteral("problem_statement_id"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Problem statement")},
        {QStringLiteral("exercise_what"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "What the mentee will do")},
        {QStringLiteral("exercise_with_whom"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "With whom")},
        {QStringLiteral("exercise_by_when"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "By when")},
        {QStringLiteral("exercise_if_then"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "If–then plan")},
        {QStringLiteral("calendar_uid"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Calendar identity")},
        {QStringLiteral("calendar_sequence"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "Calendar revision")},
        {QStringLiteral("debrief_outcome"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "How it went")},
        {QStringLiteral("debrief_went_well"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "What went well")},
        {QStringLiteral("debrief_future"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "What it means for the future")},
        {QStringLiteral("debrief_try_next"),
         QT_TRANSLATE_NOOP("Mentorbook::Fields", "What to try next")},
        {QStringLiteral("why_not_reason"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Reason")},
        {QStringLiteral("debrief_why_not"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Why not")},
        {QStringLiteral("owner"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Owner")},
        {QStringLiteral("with_whom"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "With whom")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Due")},
        {QStringLiteral("done_at"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Done")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("Mentorbook::Fields", "Decision")},
    };
    const char *title = titles.value(field);
    return title ? QCoreApplication::translate("Mentorbook::Fields", title) : field;
}

QString describeForUser(const ValidationError &error)
{
    return fieldTitle(error.field()) + QStringLiteral(": ") + error.problem();
}

} // namespace Mentorbook
