// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetimefield.h"

namespace Mentorbook {

DateTimeField::DateTimeField(QWidget *parent)
    : DateInputField(parent)
{
    setOptional(false);
}

QDateTime DateTimeField::dateTime() const
{
    const DateInput::Reading typed = reading();
    if (typed.state != DateInput::State::Complete)
        return {};
    return QDateTime(typed.date, typed.time, Qt::LocalTime);
}

void DateTimeField::setDateTime(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    // A value the model sends back must not overwrite what is being typed.
    if (hasFocus() && isBeingEdited())
        return;
    showValue(local.date(), QTime(local.time().hour(), local.time().minute()));
}

DateInput::Reading DateTimeField::read(const QString &text) const
{
    return DateInput::readDateTime(text, QLocale(), today());
}

QString DateTimeField::format() const
{
    return DateInput::dateTimeFormat(QLocale());
}

} // namespace Mentorbook
