// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

namespace Mentorbook {

DateField::DateField(QWidget *parent)
    : DateInputField(parent)
{}

QDate DateField::date() const
{
    const DateInput::Reading typed = reading();
    return typed.state == DateInput::State::Complete ? typed.date : QDate();
}

void DateField::setDate(const QDate &date)
{
    // A value the model sends back must not overwrite what is being typed.
    if (hasFocus() && isBeingEdited())
        return;
    showValue(date, {});
}

DateInput::Reading DateField::read(const QString &text) const
{
    return DateInput::readDate(text, QLocale(), today());
}

QString DateField::format() const
{
    return DateInput::dateFormat(QLocale());
}

} // namespace Mentorbook
