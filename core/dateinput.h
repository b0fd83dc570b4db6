// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Mentorbook {

/**
 * What a mentor types into a date or a date-and-time field, read in the order the locale
 * writes dates: a two-digit year is the one nearest to today, a time with AM or PM keeps
 * it, and an impossible date (30 February) is refused with a message, never moved.
 */
class DateInput
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::DateInput)

public:
    enum class State {
        Empty,      ///< nothing typed
        Incomplete, ///< could still become a date ("2/26/2")
        Impossible, ///< complete but no such date or time ("2/30/2027", "25:00")
        Invalid,    ///< can never become a date (letters, too many numbers)
        Complete,   ///< a real date (and time)
    };

    /** What a text means. */
    struct Reading
    {
        State state = State::Empty;
        QDate date;
        QTime time;
        /** Why the text is not a date, for the mentor; empty when it is one (or empty). */
        QString problem;
    };

    /** Reads a date typed the way locale writes short dates (or as YYYY-MM-DD). */
    static Reading readDate(const QString &text, const QLocale &locale, const QDate &today);
    /** Reads a date and a time typed the way locale writes short dates and times. */
    static Reading readDateTime(const QString &text, const QLocale &locale, const QDate &today);

    /** The year a one- or two-digit year means: the nearest one within 50 years of today. */
    static int fullYear(int shortYear, const QDate &today);

    /** The locale's short date format, with four-digit years so that a date shown reads back. */
    static QString dateFormat(const QLocale &locale);
    /** The locale's short date and time format, without seconds, with four-digit years. */
    static QString dateTimeFormat(const QLocale &locale);
};

} // namespace Mentorbook
