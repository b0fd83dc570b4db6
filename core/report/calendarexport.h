// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace Mentorbook {

class Repositories;

/** Who the calendar names as organizer (the mentor), and how early calendars remind. */
struct CalendarOptions
{
    QString organizerName;
    QString organizerEmail;
    /** Minutes before a planned meeting that calendars remind (VALARM); 0 for none. */
    int reminderMinutes = 24 * 60;
};

/**
 * A mentee's sessions as RFC 5545 iCalendar, as calendars and the iTIP of RFC 5546 want it:
 * each session one VEVENT with the UID and SEQUENCE the storage keeps for it (exporting
 * again, or after an import that renumbered ids, updates the same events), DTSTAMP,
 * DTSTART/DTEND in UTC, SUMMARY, LOCATION, the agenda's topics as DESCRIPTION, ORGANIZER the
 * mentor, STATUS (a cancelled session's event is cancelled, not left out), and a reminder
 * (VALARM) for a meeting still to come. Text is escaped, control characters left out, lines
 * folded at 75 octets with CRLF ends. Only what may be shared goes in.
 */
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::CalendarExport)

public:
    /**
     * Every session of the mentee, for the mentor's own calendar (METHOD:PUBLISH). Throws
     * Error if there is no such mentee, no session yet, or no organizer email.
     */
    static QByteArray ics(const Repositories &repositories,
                          Id menteeId,
                          const QDateTime &stamp,
                          const CalendarOptions &options);

    /**
     * What is sent to the mentee about one session: the invitation (METHOD:REQUEST, the
     * mentee as ATTENDEE) for a planned one — sent again after a change, its SEQUENCE raised
     * — or the cancellation (METHOD:CANCEL) for a cancelled one. Throws Error, saying why, for
     * a session that is held or missed, a mentee without an email address, or no organizer.
     */
    static QByteArray invitation(const Repositories &repositories,
                                 Id sessionId,
                                 const QDateTime &stamp,
                                 const CalendarOptions &options);
    /**
     * Why no invitation or cancellation can be sent for the session (held or missed, no
     * such session, a mentee without an email address), or empty if one can.
     */
    static QString invitationRefusal(const Repositories &repositories, Id sessionId);
    /** Why calendars cannot name the mentor as organizer (no email), or empty. */
    static QString organizerRefusal(const CalendarOptions &options);
    /** The email's subject: "Invitation: mentoring session 9, Monday, 7 December 2026". */
    static QString invitationSubject(const Repositories &repositories, Id sessionId);
    /**
     * The short email that goes with the invitation or cancellation: the greeting, the
     * meeting (when, how long, where) or that it is cancelled, and the mentor's name.
     */
    static QString
    invitationNote(const Repositories &repositories, Id sessionId, const CalendarOptions &options);
    /** "2026-12-07 Invitation - Priya Raman.ics", or "… Cancellation - …". */
    static QString invitationFileName(const Repositories &repositories, Id sessionId);

    /**
     * One session as the calendar object a CalDAV server keeps (no METHOD), with the mentee
     * as ATTENDEE when there is an email address, so that the server can invite the mentee.
     */
    static QByteArray resource(const Repositories &repositories,
                               Id sessionId,
                               const QDateTime &stamp,
                               const CalendarOptions &options);

    /** Escapes TEXT as RFC 5545 §3.3.11 asks: backslash, semicolon, comma, new line. */
    static QString escapeText(const QString &text);
    /** Folds a content line into lines of at most 75 octets, never inside a UTF-8 sequence. */
    static QByteArray fold(const QByteArray &line);
    /** The trigger of a reminder so long before the start: "-P1D", "-PT2H", "-PT15M". */
    static QString reminderTrigger(int minutes);
};

} // namespace Mentorbook
