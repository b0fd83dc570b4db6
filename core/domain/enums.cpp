// SPDX-License-Identifier: GPL-3.0-or-later
#include "enums.h"

#include <QCoreApplication>

namespace Mentorbook {

namespace {}

QString translatedEnumLabel(const char *label)
{
    return QCoreApplication::translate("Mentorbook::Enums", label);
}

#define MENTORBOOK_ENUM(Type, noun, ...)                                                           \
    template<>                                                                                     \
    const QList<EnumEntry<Type>> &enumEntries<Type>()                                              \
    {                                                                                              \
        static const QList<EnumEntry<Type>> entries{__VA_ARGS__};                                  \
        return entries;                                                                            \
    }                                                                                              \
    template<>                                                                                     \
    QString enumNoun<Type>()                                                                       \
    {                                                                                              \
        return QCoreApplication::translate("Mentorbook::Enums", noun);                             \
    }

MENTORBOOK_ENUM(Stage,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "stage"),
                {Stage::Prework, "prework", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Pre-work")},
                {Stage::Introductions,
                 "introductions",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Introductions and goals")},
                {Stage::Focus, "focus", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Narrow the focus")},
                {Stage::Exercise, "exercise", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Exercise")},
                {Stage::Debrief, "debrief", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Debrief")},
                {Stage::Open, "open", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Open conversation")})

MENTORBOOK_ENUM(
    SessionStatus,
    QT_TRANSLATE_NOOP("Mentorbook::Enums", "session status"),
    {SessionStatus::Planned, "planned", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Planned")},
    {SessionStatus::Held, "held", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Held")},
    {SessionStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Cancelled")},
    {SessionStatus::Missed, "missed", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Missed")})

MENTORBOOK_ENUM(MenteeStatus,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "relationship status"),
                {MenteeStatus::Active, "active", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Active")},
                {MenteeStatus::Paused, "paused", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Paused")},
                {MenteeStatus::Closed, "closed", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Closed")})

MENTORBOOK_ENUM(PreferredStyle,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "preferred style"),
                {PreferredStyle::Structured,
                 "structured",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Structured")},
                {PreferredStyle::FreeFlowing,
                 "free-flowing",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Free-flowing")})

MENTORBOOK_ENUM(AttachmentKind,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "attachment kind"),
                {AttachmentKind::Resume,
                 "resume",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Resume")},
                {AttachmentKind::JobDescription,
                 "job-description",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Job description")},
                {AttachmentKind::Other, "other", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Other")})

MENTORBOOK_ENUM(GoalStatus,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "goal status"),
                {GoalStatus::Active, "active", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Active")},
                {GoalStatus::Achieved,
                 "achieved",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Achieved")},
                {GoalStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Dropped")})

MENTORBOOK_ENUM(ProblemStatus,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "problem statement status"),
                {ProblemStatus::Active, "active", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Active")},
                {ProblemStatus::Parked, "parked", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Parked")},
                {ProblemStatus::Resolved,
                 "resolved",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Resolved")})

MENTORBOOK_ENUM(ProblemTemplate,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "template"),
                {ProblemTemplate::Free,
                 "",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Written freely")},
                {ProblemTemplate::DevelopSkills,
                 "develop-skills",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Develop skills")},
                {ProblemTemplate::StrongerFeedback,
                 "stronger-feedback",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Stronger feedback")},
                {ProblemTemplate::NewPosition,
                 "new-position",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "New position")},
                {ProblemTemplate::StrongerNetwork,
                 "stronger-network",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Stronger network")},
                {ProblemTemplate::BetterRelationship,
                 "better-relationship",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Better relationship")})

MENTORBOOK_ENUM(ActionOwner,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "owner"),
                {ActionOwner::Mentee, "mentee", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Mentee")},
                {ActionOwner::Mentor, "mentor", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Mentor")})

MENTORBOOK_ENUM(
    ReviewDecision,
    QT_TRANSLATE_NOOP("Mentorbook::Enums", "decision"),
    {ReviewDecision::Done, "done", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Done")},
    {ReviewDecision::Carried, "carried", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Carried forward")},
    {ReviewDecision::Renegotiated,
     "renegotiated",
     QT_TRANSLATE_NOOP("Mentorbook::Enums", "Renegotiated")},
    {ReviewDecision::Dropped, "dropped", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Dropped")})

MENTORBOOK_ENUM(DebriefOutcome,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "debrief outcome"),
                {DebriefOutcome::None, "", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Not recorded")},
                {DebriefOutcome::WentWell,
                 "went-well",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Went well")},
                {DebriefOutcome::DidNotGoWell,
                 "did-not-go-well",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Did not go well")},
                {DebriefOutcome::DidNotHappen,
                 "did-not-happen",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Did not happen")})

MENTORBOOK_ENUM(WhyNotReason,
                QT_TRANSLATE_NOOP("Mentorbook::Enums", "reason"),
                {WhyNotReason::None, "", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Not recorded")},
                {WhyNotReason::NoTime,
                 "no-time",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "No time")},
                {WhyNotReason::NoOpportunity,
                 "no-opportunity",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "No opportunity arose")},
                {WhyNotReason::BlockedByOthers,
                 "blocked-by-others",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Blocked by others")},
                {WhyNotReason::ChangedPriorities,
                 "changed-priorities",
                 QT_TRANSLATE_NOOP("Mentorbook::Enums", "Priorities changed")},
                {WhyNotReason::Forgot, "forgot", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Forgot")},
                {WhyNotReason::Other, "other", QT_TRANSLATE_NOOP("Mentorbook::Enums", "Other")})

#undef MENTORBOOK_ENUM

QString templateText(ProblemTemplate problemTemplate)
{
    switch (problemTemplate) {
    case ProblemTemplate::Free:
        return {};
    case ProblemTemplate::DevelopSkills:
        return QCoreApplication::translate(
            "Mentorbook::Enums", "I want to develop my skills in ___, so that I can ___.");
    case ProblemTemplate::StrongerFeedback:
        return QCoreApplication::translate(
            "Mentorbook::Enums",
            "I want to provide stronger and/or more effective feedback to ___.");
    case ProblemTemplate::NewPosition:
        return QCoreApplication::translate(
            "Mentorbook::Enums",
            "I want to position myself for a new position in my organization.");
    case ProblemTemplate::StrongerNetwork:
        return QCoreApplication::translate("Mentorbook::Enums",
                                           "I want to build a stronger professional network.");
    case ProblemTemplate::BetterRelationship:
        return QCoreApplication::translate(
            "Mentorbook::Enums",
            "I want to improve my relationship and/or reduce conflict with ___.");
    }
    return {};
}

} // namespace Mentorbook
