// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Mentorbook {

class Repositories;

/**
 * A mentee's planned sessions as an RFC 5545 iCalendar document: one VEVENT a session with a
 * stable UID (exporting again updates the same events), DTSTAMP, DTSTART/DTEND in UTC,
 * SUMMARY, LOCATION and the agenda as DESCRIPTION; text escaped, lines folded at 75 octets,
 * CRLF line ends. Only shareable content goes in.
 */
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::CalendarExport)

public:
    /** Throws Error if there is no such mentee. `stamp` is the DTSTAMP (when it was made). */
    static QByteArray ics(const Repositories &repositories, Id menteeId, const QDateTime &stamp);
    /** Escapes TEXT as RFC 5545 §3.3.11 asks: backslash, semicolon, comma, new line. */
    static QString escapeText(const QString &text);
    /** Folds a content line into lines of at most 75 octets, never inside a UTF-8 sequence. */
    static QByteArray fold(const QByteArray &line);
};

} // namespace Mentorbook
