// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"

#include "shareablesession.h"
#include "storage/repositories.h"

namespace Mentorbook {

namespace {
QByteArray utcStamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
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
        case '\r':
            break;
        default:
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

QByteArray
CalendarExport::ics(const Repositories &repositories, Id menteeId, const QDateTime &stamp)
{
    const Mentee mentee = repositories.mentees.get(menteeId);
    QByteArray out;
    auto line = [&out](const QString &text) {
        out += fold(text.toUtf8());
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Mentorbook//Mentorbook %1//EN")
             .arg(QStringLiteral(MENTORBOOK_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escapeText(tr("Mentoring with %1").arg(mentee.name)));
    for (const Session &stored : repositories.sessionsOf(menteeId)) {
        if (stored.status != SessionStatus::Planned)
            continue;
        const ShareableSession session = shareableContent(stored);
        line(QStringLiteral("BEGIN:VEVENT"));
        // The mentee's creation time keeps ids from two databases apart; the session id keeps
        // the event the same one in the calendar when it is exported again.
        line(QStringLiteral("UID:mentorbook-%1-%2-%3@mentorbook.invalid")
                 .arg(QString::fromLatin1(utcStamp(mentee.createdAt)),
                      QString::number(mentee.id),
                      QString::number(session.id)));
        line(QStringLiteral("DTSTAMP:") + QString::fromLatin1(utcStamp(stamp)));
        line(QStringLiteral("DTSTART:") + QString::fromLatin1(utcStamp(session.scheduledAt)));
        line(QStringLiteral("DTEND:")
             + QString::fromLatin1(
                 utcStamp(session.scheduledAt.addSecs(60 * session.durationMinutes))));
        line(QStringLiteral("SUMMARY:")
             + escapeText(tr("Mentoring: session %1 with %2 (%3)")
                              .arg(session.sequence)
                              .arg(mentee.name, label(session.stage))));
        if (!session.location.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeText(session.location));
        if (!session.agenda.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(session.agenda));
        // Grows with every edit of the session, so calendars take the newer event.
        line(QStringLiteral("SEQUENCE:%1")
                 .arg(stored.updatedAt.toSecsSinceEpoch() - stored.createdAt.toSecsSinceEpoch()));
        line(QStringLiteral("STATUS:CONFIRMED"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Mentorbook
