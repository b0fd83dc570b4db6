// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace Mentorbook {

namespace {
QVariant value(const char *key, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}

void setValue(const char *key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(key), value);
}
} // namespace

QString Preferences::mentorName()
{
    return value("mentor/name").toString();
}

void Preferences::setMentorName(const QString &name)
{
    setValue("mentor/name", name.trimmed());
}

QString Preferences::mentorEmail()
{
    return value("mentor/email").toString();
}

void Preferences::setMentorEmail(const QString &email)
{
    setValue("mentor/email", email.trimmed());
}

bool Preferences::signatureAsked()
{
    return value("mentor/signatureAsked", false).toBool();
}

void Preferences::setSignatureAsked(bool asked)
{
    setValue("mentor/signatureAsked", asked);
}

QString Preferences::language()
{
    return value("general/language").toString();
}

void Preferences::setLanguage(const QString &code)
{
    setValue("general/language", code);
}

Preferences::Paper Preferences::paper()
{
    const QString paper = value("documents/paper").toString();
    if (paper == QLatin1String("A4"))
        return Paper::A4;
    if (paper == QLatin1String("Letter"))
        return Paper::Letter;
    return Paper::Automatic;
}

void Preferences::setPaper(Paper paper)
{
    setValue("documents/paper",
             paper == Paper::A4       ? QStringLiteral("A4")
             : paper == Paper::Letter ? QStringLiteral("Letter")
                                      : QString());
}

QPageSize Preferences::pageSize()
{
    switch (paper()) {
    case Paper::A4:
        return QPageSize(QPageSize::A4);
    case Paper::Letter:
        return QPageSize(QPageSize::Letter);
    case Paper::Automatic:
        break;
    }
    // LC_PAPER names the paper when it differs from the language's country.
    const QByteArray paperLocale = qgetenv("LC_PAPER");
    const QLocale locale
        = paperLocale.isEmpty() ? QLocale() : QLocale(QString::fromLatin1(paperLocale));
    return QPageSize(ReportOptions::paperSizeFor(locale));
}

int Preferences::sessionMinutes()
{
    return value("sessions/minutes", 60).toInt();
}

void Preferences::setSessionMinutes(int minutes)
{
    setValue("sessions/minutes", minutes);
}

int Preferences::cadenceDays()
{
    return value("sessions/cadenceDays", 14).toInt();
}

void Preferences::setCadenceDays(int days)
{
    setValue("sessions/cadenceDays", days);
}

int Preferences::reminderMinutes()
{
    const int minutes = value("reminders/minutes", 24 * 60).toInt();
    return qBound(0, minutes, 14 * 24 * 60);
}

void Preferences::setReminderMinutes(int minutes)
{
    setValue("reminders/minutes", qBound(0, minutes, 14 * 24 * 60));
}

QUrl Preferences::calendarCollection()
{
    return QUrl(value("calendarServer/collection").toString(), QUrl::StrictMode);
}

void Preferences::setCalendarCollection(const QUrl &collection)
{
    // Only the address: a password typed into it (https://user:secret@…) is never kept.
    setValue("calendarServer/collection",
             collection.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded));
}

QString Preferences::calendarUser()
{
    return value("calendarServer/user").toString();
}

void Preferences::setCalendarUser(const QString &user)
{
    setValue("calendarServer/user", user.trimmed());
}

QString Preferences::databasePath()
{
    const QString path = value("database/path").toString();
    return path.isEmpty() ? Database::defaultPath() : path;
}

void Preferences::setDatabasePath(const QString &path)
{
    setValue("database/path", path == Database::defaultPath() ? QString() : path);
}

QString Preferences::exportFolder()
{
    // The last folder while it exists, else the documents folder, else home.
    for (const QString &folder :
         {value("documents/exportFolder").toString(),
          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

void Preferences::setExportFolder(const QString &folder)
{
    setValue("documents/exportFolder", folder);
}

CalendarOptions Preferences::calendarOptions()
{
    CalendarOptions options;
    options.organizerName = mentorName();
    options.organizerEmail = mentorEmail();
    options.reminderMinutes = reminderMinutes();
    return options;
}

ReportOptions Preferences::reportOptions()
{
    ReportOptions options;
    options.mentorName = mentorName();
    options.mentorEmail = mentorEmail();
    options.pageSize = pageSize();
    return options;
}

} // namespace Mentorbook
