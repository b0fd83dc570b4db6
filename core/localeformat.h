// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Mentorbook {

/** The locale's short time format without seconds: meetings start on the minute. */
QString shortTimeFormat();
/** The locale's short date, with the year in full ("12/15/2026", never "12/15/26"). */
QString shortDateText(const QDate &date);
/** The locale's short date and time, the year in full and no seconds. */
QString shortDateTimeText(const QDateTime &when);
/** "Thu 26 Nov 2026" in the locale's words and order. */
QString dayText(const QDate &date);
/** "Thu 26 Nov 2026, 17:30". */
QString meetingText(const QDateTime &when);
/** A date or time for a printed document, kept on one line: its spaces become no-break spaces. */
QString unbreakable(QString text);

} // namespace Mentorbook
