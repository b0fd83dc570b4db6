// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Mentorbook {

/** The locale's short time format without seconds: meetings start on the minute. */
QString shortTimeFormat();
/** "Thu 26 Nov 2026" in the locale's words and order. */
QString dayText(const QDate &date);
/** "Thu 26 Nov 2026, 17:30". */
QString meetingText(const QDateTime &when);

} // namespace Mentorbook
