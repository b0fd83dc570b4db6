// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QList>

namespace Mentorbook {

/** What the agenda, the recap and the summary all read, worded once. */
class ReportContent
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::ReportContent)

public:
    /** "Monday, 16 March 2026", "14:00–15:00", the stage and the place. */
    static QStringList sessionFacts(const Session &session);
    /** "Monday, 30 March 2026, 14:00–15:00 · Café Lisboa". */
    static QString meetingLine(const Session &session);
    /** "Mentee · due 20 Mar 2026 · carried 2 times"; "due 20 Mar 2026, overdue" when it is. */
    static QString actionDetails(const Action &action, int timesCarried, bool overdue = false);
    /** The short date an action is due by, or an empty string. */
    static QString dueText(const QDate &date);

    /**
     * What the documents call the mentee: the form of address the mentor chose ("Dr Raman"),
     * or else the first word of the name ("Priya" for Priya Raman).
     */
    static QString addressedName(const Mentee &mentee);

    /** "60 %" in the locale's way. */
    static QString percent(int value);
};

} // namespace Mentorbook
