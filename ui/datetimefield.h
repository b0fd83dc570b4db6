// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateinputfield.h"

namespace Mentorbook {

/**
 * The one editor of a date and time (when a session meets): typed in the locale's short
 * format, AM or PM as typed, 24-hour where the locale counts so; or the day picked from a
 * calendar, keeping the time. Required unless made optional.
 */
class DateTimeField : public DateInputField
{
    Q_OBJECT
    Q_PROPERTY(QDateTime dateTime READ dateTime WRITE setDateTime USER true)

public:
    explicit DateTimeField(QWidget *parent = nullptr);

    /** The local date and time typed or shown; invalid when there is none. */
    QDateTime dateTime() const;
    /** Shows dateTime in local time, or empties the field, unless the mentor is typing it. */
    void setDateTime(const QDateTime &dateTime);

protected:
    DateInput::Reading read(const QString &text) const override;
    QString format() const override;
};

} // namespace Mentorbook
