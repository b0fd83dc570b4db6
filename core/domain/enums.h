// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Mentorbook {

/** The stage of the mentoring method that a session is for. */
enum class Stage { Prework, Introductions, Focus, Exercise, Debrief, Open };
/** What became of a session. */
enum class SessionStatus { Planned, Held, Cancelled, Missed };
/** Where a mentoring relationship stands. */
enum class MenteeStatus { Active, Paused, Closed };
/** How much structure the mentee wants. */
enum class PreferredStyle { Structured, FreeFlowing };
/** What a pre-work file is. */
enum class AttachmentKind { Resume, JobDescription, Other };
enum class GoalStatus { Active, Achieved, Dropped };
enum class ProblemStatus { Active, Parked, Resolved };
/** The problem-statement template a statement started from; Free when written freely. */
enum class ProblemTemplate {
    Free,
    DevelopSkills,
    StrongerFeedback,
    NewPosition,
    StrongerNetwork,
    BetterRelationship
};
/** Who carries out an action. */
enum class ActionOwner { Mentee, Mentor };
/** What a session decided about an action agreed earlier. */
enum class ReviewDecision { Done, Carried, Renegotiated, Dropped };
/** How the exercise being debriefed went; None until the debrief is recorded. */
enum class DebriefOutcome { None, WentWell, DidNotGoWell, DidNotHappen };
/** Why an exercise did not happen; None when it did or no reason is recorded. */
enum class WhyNotReason {
    None,
    NoTime,
    NoOpportunity,
    BlockedByOthers,
    ChangedPriorities,
    Forgot,
    Other
};

/** One value of an enumeration: its stable key (stored and exported) and its label. */
template<class E>
struct EnumEntry
{
    E value;
    const char *key;   ///< empty for the "none" value, stored as NULL
    const char *label; ///< translated with the "Mentorbook::Enums" context
};

/** The values of an enumeration, in display order. Specialised in enums.cpp. */
template<class E>
const QList<EnumEntry<E>> &enumEntries();

/** The word used in messages about an enumeration ("stage", "status"). */
template<class E>
QString enumNoun();

template<class E>
QString toKey(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template<class E>
std::optional<E> fromKey(const QString &key)
{
    for (const auto &entry : enumEntries<E>()) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

/** The translated, human-readable name of a value. */
template<class E>
QString label(E value);

/** Every non-empty key, for messages and documentation. */
template<class E>
QStringList enumKeys()
{
    QStringList keys;
    for (const auto &entry : enumEntries<E>()) {
        if (*entry.key)
            keys << QString::fromLatin1(entry.key);
    }
    return keys;
}

QString translatedEnumLabel(const char *label);

template<class E>
QString label(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return translatedEnumLabel(entry.label);
    }
    return {};
}

/** The text of a problem-statement template, with "___" for each blank. */
QString templateText(ProblemTemplate problemTemplate);

} // namespace Mentorbook
