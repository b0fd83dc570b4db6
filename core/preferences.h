// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/calendarexport.h"
#include "report/typesetter.h"

#include <QPageSize>
#include <QString>
#include <QUrl>

namespace Mentorbook {

/**
 * The mentor's preferences, kept with QSettings in the platform's configuration folder:
 * who they are (for report headers and PDF metadata), the language, the paper, the defaults
 * of a new relationship and the folder documents were last exported to.
 */
class Preferences
{
public:
    enum class Paper { Automatic, A4, Letter };

    static QString mentorName();
    static void setMentorName(const QString &name);
    static QString mentorEmail();
    static void setMentorEmail(const QString &email);
    /** Whether the window has asked for the name that signs the recaps (it asks once). */
    static bool signatureAsked();
    static void setSignatureAsked(bool asked);

    /** A language code such as "de", or empty to follow the system. */
    static QString language();
    static void setLanguage(const QString &code);

    static Paper paper();
    static void setPaper(Paper paper);
    /** The paper to print on: the chosen one, or the locale's. */
    static QPageSize pageSize();

    static int sessionMinutes();
    static void setSessionMinutes(int minutes);
    static int cadenceDays();
    static void setCadenceDays(int days);

    /**
     * How long before a meeting calendars and the desktop remind mentor and mentee, in
     * minutes: one day unless chosen; 0 for no reminder.
     */
    static int reminderMinutes();
    static void setReminderMinutes(int minutes);

    /**
     * The mentor's calendar on a CalDAV server, where sessions are published; empty for none.
     * The password is kept in the keyring (PasswordKeyring), never here.
     */
    static QUrl calendarCollection();
    static void setCalendarCollection(const QUrl &collection);
    static QString calendarUser();
    static void setCalendarUser(const QString &user);

    /** The database the window opens: the chosen one, or the platform's default. */
    static QString databasePath();
    static void setDatabasePath(const QString &path);

    /** The folder the last document was exported to, or the documents folder. */
    static QString exportFolder();
    static void setExportFolder(const QString &folder);

    /** The mentor's name and the paper, for the typesetter. */
    static ReportOptions reportOptions();
    /** The mentor as the meetings' organizer, and the reminder, for calendars. */
    static CalendarOptions calendarOptions();
};

} // namespace Mentorbook
