// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace Mentorbook {

class Repositories;

/** What the agenda, the recap and the summary all read, worded once. */
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::ReportContent)

public:
    /** "Monday, 16 March 2026", "14:00–15:00", the stage and the place. */
    static QStringList sessionFacts(const Session &session);
    /** "Monday, 30 March 2026, 14:00–15:00 · Café Lisboa". */
    static QString meetingLine(const Session &session);
    /**
     * The actions that were open when the session began, the soonest due first, the
     * mentor's too: agreed at an earlier session and not done before this one's start.
     */
    static QList<Action> openBefore(const Repositories &repositories, const Session &session);
    /** "Mentee · due 20 Mar 2026 · carried 2 times". */
    static QString actionDetails(const Repositories &repositories, const Action &action);
    /** The short date an action is due by, or an empty string. */
    static QString dueText(const QDate &date);

    struct Progress
    {
        int percent = 0;
        int sequence = 0;
    };
    /** The goal's progress at the latest session before the given one that reviewed it. */
    static std::optional<Progress>
    lastProgress(const Repositories &repositories, const Goal &goal, int beforeSequence);
    /** The first planned session after the given one, if any. */
    static std::optional<Session> nextPlanned(const QList<Session> &sessions, int afterSequence);
    /** What the last session held before this one hoped to achieve by now. */
    static QString hopedSinceLastTime(const QList<Session> &sessions, int beforeSequence);
    /** "60 %" in the locale's way. */
    static QString percent(int value);
};

} // namespace Mentorbook
