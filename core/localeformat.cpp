// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

#include "dateinput.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Mentorbook {

namespace {
QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    return format.remove(seconds);
}
} // namespace

QString shortTimeFormat()
{
    return withoutSeconds(QLocale().timeFormat(QLocale::ShortFormat));
}

QString shortDateText(const QDate &date)
{
    const QLocale locale;
    return date.isValid() ? locale.toString(date, DateInput::dateFormat(locale)) : QString();
}

QString shortDateTimeText(const QDateTime &when)
{
    const QLocale locale;
    return when.isValid() ? locale.toString(when, DateInput::dateTimeFormat(locale)) : QString();
}

QString dayText(const QDate &date)
{
    const QLocale locale;
    return locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
           + shortDateText(date);
}

QString meetingText(const QDateTime &when)
{
    return QCoreApplication::translate("Mentorbook::LocaleFormat", "%1, %2")
        .arg(dayText(when.date()), QLocale().toString(when.time(), shortTimeFormat()));
}

QString unbreakable(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
}

} // namespace Mentorbook
