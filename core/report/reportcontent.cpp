// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcontent.h"

#include "localeformat.h"

#include <QLocale>

namespace Mentorbook {

QStringList ReportContent::sessionFacts(const Session &session)
{
    const QLocale locale;
    const QDateTime start = session.scheduledAt.toLocalTime();
    const QDateTime end = start.addSecs(qint64(session.durationMinutes) * 60);
    return {label(session.stage),
            unbreakable(locale.toString(start.date(), QLocale::LongFormat)),
            unbreakable(tr("%1–%2").arg(locale.toString(start.time(), shortTimeFormat()),
                                        locale.toString(end.time(), shortTimeFormat()))),
            session.location};
}

QString ReportContent::meetingLine(const Session &session)
{
    QStringList facts = sessionFacts(session);
    facts.removeFirst(); // the stage
    facts.removeAll(QString());
    return facts.join(QStringLiteral(" · "));
}

QString ReportContent::dueText(const QDate &date)
{
    return date.isValid() ? unbreakable(shortDateText(date)) : QString();
}

QString ReportContent::actionDetails(const Action &action, int carried, bool overdue)
{
    QStringList details{label(action.owner)};
    if (!action.withWhom.trimmed().isEmpty())
        details << tr("with %1").arg(action.withWhom.trimmed());
    if (action.dueOn.isValid())
        details << (overdue ? tr("due %1, overdue") : tr("due %1")).arg(dueText(action.dueOn));
    if (carried > 0)
        details << tr("carried %n time(s)", nullptr, carried);
    return details.join(QStringLiteral(" · "));
}

QString ReportContent::addressedName(const Mentee &mentee)
{
    const QString chosen = mentee.addressAs.simplified();
    if (!chosen.isEmpty())
        return chosen;
    return mentee.name.simplified().section(QLatin1Char(' '), 0, 0);
}

QString ReportContent::percent(int value)
{
    const QLocale locale;
    return tr("%1%2", "a percentage: the number and the locale's percent sign")
        .arg(locale.toString(value), locale.percent());
}

} // namespace Mentorbook
