// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"

#include "error.h"
#include "program/rules.h"
#include "reportcontent.h"
#include "reportdocument.h"
#include "shareablesession.h"
#include "storage/repositories.h"

#include <QLocale>

namespace Mentorbook {

namespace {
enum class Method { Publish, Request, Cancel, None };

QByteArray utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

/** A calendar being written: one content line at a time, folded. */
class Writer
{
public:
    void line(const QString &text) { m_out += CalendarExport::fold(text.toUtf8()); }
    void property(const QString &name, const QString &text)
    {
        line(name + QLatin1Char(':') + CalendarExport::escapeText(text));
    }
    QByteArray result() const { return m_out; }

private:
    QByteArray m_out;
};

/** A parameter value (CN=…): quoted, without the characters a quoted value cannot hold. */
QString parameterValue(const QString &text)
{
    QString value;
    for (const QChar c : text) {
        if (c != QLatin1Char('"') && c.unicode() >= 0x20 && c.unicode() != 0x7F)
            value += c;
    }
    return QLatin1Char('"') + value.simplified() + QLatin1Char('"');
}

QString mailto(const QString &email)
{
    return QStringLiteral("mailto:") + email.trimmed();
}

void begin(Writer &out, Method method, const QString &calendarName)
{
    out.line(QStringLiteral("BEGIN:VCALENDAR"));
    out.line(QStringLiteral("VERSION:2.0"));
    out.line(QStringLiteral("PRODID:-//Mentorbook//Mentorbook %1//EN")
                 .arg(QStringLiteral(MENTORBOOK_VERSION)));
    out.line(QStringLiteral("CALSCALE:GREGORIAN"));
    switch (method) {
    case Method::Publish:
        out.line(QStringLiteral("METHOD:PUBLISH"));
        break;
    case Method::Request:
        out.line(QStringLiteral("METHOD:REQUEST"));
        break;
    case Method::Cancel:
        out.line(QStringLiteral("METHOD:CANCEL"));
        break;
    case Method::None:
        break;
    }
    if (!calendarName.isEmpty())
        out.property(QStringLiteral("X-WR-CALNAME"), calendarName);
}

/** The event of one session. */
void event(Writer &out,
           const Mentee &mentee,
           const Session &stored,
           Method method,
           const QDateTime &stamp,
           const CalendarOptions &options)
{
    const ShareableSession session = shareableContent(stored);
    const bool cancelled = stored.status == SessionStatus::Cancelled;
    const bool invited = method != Method::Publish && !mentee.email.trimmed().isEmpty();
    out.line(QStringLiteral("BEGIN:VEVENT"));
    out.property(QStringLiteral("UID"), stored.calendarUid);
    out.line(QStringLiteral("DTSTAMP:") + QString::fromLatin1(utcStamp(stamp)));
    out.line(QStringLiteral("DTSTART:") + QString::fromLatin1(utcStamp(session.scheduledAt)));
    out.line(
        QStringLiteral("DTEND:")
        + QString::fromLatin1(utcStamp(session.scheduledAt.addSecs(60 * session.durationMinutes))));
    out.line(QStringLiteral("SEQUENCE:%1").arg(stored.calendarSequence));
    // The mentor's own calendar says with whom; the one the mentee shares says who meets.
    const QString summary
        = method == Method::Publish || options.organizerName.trimmed().isEmpty()
              ? CalendarExport::tr("Mentoring: session %1 with %2 (%3)")
                    .arg(session.sequence)
                    .arg(mentee.name.simplified(), label(session.stage))
              : CalendarExport::tr("Mentoring: %1 and %2, session %3 (%4)")
                    .arg(options.organizerName.simplified(), mentee.name.simplified())
                    .arg(session.sequence)
                    .arg(label(session.stage));
    out.property(QStringLiteral("SUMMARY"), summary);
    if (!session.location.isEmpty())
        out.property(QStringLiteral("LOCATION"), session.location);
    if (!session.agenda.isEmpty())
        out.property(QStringLiteral("DESCRIPTION"), session.agenda);
    QString organizer = QStringLiteral("ORGANIZER");
    if (!options.organizerName.trimmed().isEmpty())
        organizer += QStringLiteral(";CN=") + parameterValue(options.organizerName);
    out.line(organizer + QLatin1Char(':') + mailto(options.organizerEmail));
    if (invited) {
        out.line(QStringLiteral("ATTENDEE;CN=%1;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                                "RSVP=TRUE:%2")
                     .arg(parameterValue(mentee.name), mailto(mentee.email)));
    }
    out.line(cancelled ? QStringLiteral("STATUS:CANCELLED") : QStringLiteral("STATUS:CONFIRMED"));
    if (Program::isToCome(stored, stamp) && options.reminderMinutes > 0
        && method != Method::Cancel) {
        out.line(QStringLiteral("BEGIN:VALARM"));
        out.line(QStringLiteral("ACTION:DISPLAY"));
        out.property(QStringLiteral("DESCRIPTION"), summary);
        out.line(QStringLiteral("TRIGGER:")
                 + CalendarExport::reminderTrigger(options.reminderMinutes));
        out.line(QStringLiteral("END:VALARM"));
    }
    out.line(QStringLiteral("END:VEVENT"));
}
} // namespace

QString CalendarExport::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case ';':
            escaped += QStringLiteral("\\;");
            break;
        case ',':
            escaped += QStringLiteral("\\,");
            break;
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        case '\t':
            escaped += QLatin1Char(' ');
            break;
        default:
            // Any other control character (validation refuses them; an older database may
            // hold one) would make the line unreadable to calendars: it is left out.
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                escaped += c;
        }
    }
    return escaped;
}

QByteArray CalendarExport::fold(const QByteArray &line)
{
    QByteArray folded;
    int start = 0;
    int limit = 75; // the first line holds 75 octets; the next ones a space and 74
    while (line.size() - start > limit) {
        int end = start + limit;
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end; // never split a UTF-8 sequence
        folded += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;
    }
    return folded + line.mid(start) + "\r\n";
}

QString CalendarExport::reminderTrigger(int minutes)
{
    if (minutes % (24 * 60) == 0)
        return QStringLiteral("-P%1D").arg(minutes / (24 * 60));
    if (minutes % 60 == 0)
        return QStringLiteral("-PT%1H").arg(minutes / 60);
    return QStringLiteral("-PT%1M").arg(minutes);
}

QByteArray CalendarExport::ics(const Repositories &repositories,
                               Id menteeId,
                               const QDateTime &stamp,
                               const CalendarOptions &options)
{
    const Mentee mentee = repositories.mentees.get(menteeId);
    const QList<Session> sessions = repositories.sessionsOf(menteeId);
    if (sessions.isEmpty())
        throw Error(tr("%1 has no sessions to put in a calendar yet.").arg(mentee.name));
    if (const QString refusal = organizerRefusal(options); !refusal.isEmpty())
        throw Error(refusal);
    Writer out;
    begin(out, Method::Publish, tr("Mentoring with %1").arg(mentee.name.simplified()));
    for (const Session &session : sessions)
        event(out, mentee, session, Method::Publish, stamp, options);
    out.line(QStringLiteral("END:VCALENDAR"));
    return out.result();
}

QString CalendarExport::organizerRefusal(const CalendarOptions &options)
{
    if (options.organizerEmail.trimmed().isEmpty())
        return tr("Calendars need your email address as the meetings' organizer: set it under "
                  "Preferences › You.");
    return {};
}

QString CalendarExport::invitationRefusal(const Repositories &repositories, Id sessionId)
{
    const auto session = repositories.sessions.find(sessionId);
    if (!session)
        return tr("There is no session %1.").arg(sessionId);
    const Mentee mentee = repositories.mentees.get(session->menteeId);
    switch (session->status) {
    case SessionStatus::Planned:
    case SessionStatus::Cancelled:
        break;
    case SessionStatus::Held:
        return tr("Session %1 was held: there is nothing to invite to or cancel.")
            .arg(session->sequence);
    case SessionStatus::Missed:
        return tr("Session %1 was missed: there is nothing to invite to or cancel.")
            .arg(session->sequence);
    }
    if (mentee.email.trimmed().isEmpty())
        return tr("%1 has no email address: add it to the profile to send invitations.")
            .arg(mentee.name);
    return {};
}

QString CalendarExport::invitationSubject(const Repositories &repositories, Id sessionId)
{
    const Session session = repositories.sessions.get(sessionId);
    const QString date
        = QLocale().toString(session.scheduledAt.toLocalTime().date(), QLocale::LongFormat);
    return session.status == SessionStatus::Cancelled
               ? tr("Cancelled: mentoring session %1, %2").arg(session.sequence).arg(date)
               : tr("Invitation: mentoring session %1, %2").arg(session.sequence).arg(date);
}

QString CalendarExport::invitationNote(const Repositories &repositories,
                                       Id sessionId,
                                       const CalendarOptions &options)
{
    const Session stored = repositories.sessions.get(sessionId);
    const ShareableSession session = shareableContent(stored);
    const Mentee mentee = repositories.mentees.get(stored.menteeId);
    QStringList paragraphs{tr("Dear %1,").arg(ReportContent::addressedName(mentee))};
    if (stored.status == SessionStatus::Cancelled) {
        paragraphs << tr("our session %1 is cancelled:").arg(session.sequence) + QLatin1Char('\n')
                          + ReportContent::meetingLine(stored)
                   << tr("The attached cancellation takes it out of your calendar.");
    } else {
        paragraphs << tr("here is the invitation to our session %1:").arg(session.sequence)
                          + QLatin1Char('\n') + ReportContent::meetingLine(stored)
                   << tr("Open the attached invitation to put it in your calendar, or let me "
                         "know if the time does not suit you.");
        if (!session.agenda.trimmed().isEmpty())
            paragraphs << tr("What I would like us to talk about:") + QLatin1Char('\n')
                              + session.agenda.trimmed();
    }
    const QString name = options.organizerName.trimmed();
    if (!name.isEmpty())
        paragraphs << tr("With best wishes,\n%1").arg(name);
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString CalendarExport::invitationFileName(const Repositories &repositories, Id sessionId)
{
    const Session session = repositories.sessions.get(sessionId);
    const Mentee mentee = repositories.mentees.get(session.menteeId);
    const QString name = QStringLiteral("%1 %2 - %3.ics")
                             .arg(session.scheduledAt.toLocalTime().date().toString(Qt::ISODate),
                                  session.status == SessionStatus::Cancelled ? tr("Cancellation")
                                                                             : tr("Invitation"),
                                  mentee.name.simplified().left(80));
    return ReportDocument::safeFileName(name);
}

QByteArray CalendarExport::invitation(const Repositories &repositories,
                                      Id sessionId,
                                      const QDateTime &stamp,
                                      const CalendarOptions &options)
{
    if (const QString refusal = invitationRefusal(repositories, sessionId); !refusal.isEmpty())
        throw Error(refusal);
    if (const QString refusal = organizerRefusal(options); !refusal.isEmpty())
        throw Error(refusal);
    const Session session = repositories.sessions.get(sessionId);
    const Mentee mentee = repositories.mentees.get(session.menteeId);
    const Method method
        = session.status == SessionStatus::Cancelled ? Method::Cancel : Method::Request;
    Writer out;
    begin(out, method, {});
    event(out, mentee, session, method, stamp, options);
    out.line(QStringLiteral("END:VCALENDAR"));
    return out.result();
}

QByteArray CalendarExport::resource(const Repositories &repositories,
                                    Id sessionId,
                                    const QDateTime &stamp,
                                    const CalendarOptions &options)
{
    if (const QString refusal = organizerRefusal(options); !refusal.isEmpty())
        throw Error(refusal);
    const Session session = repositories.sessions.get(sessionId);
    const Mentee mentee = repositories.mentees.get(session.menteeId);
    Writer out;
    begin(out, Method::None, {});
    // As an invitation does, so that the server can invite the mentee.
    event(out, mentee, session, Method::Request, stamp, options);
    out.line(QStringLiteral("END:VCALENDAR"));
    return out.result();
}

} // namespace Mentorbook
