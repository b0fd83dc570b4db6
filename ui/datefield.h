// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateinputfield.h"

namespace Mentorbook {

/**
 * The one editor of dates, in forms and in table cells: typed in the locale's short format
 * (2/26/27 is 26 February 2027), or picked from a calendar; empty means no date.
 */
class DateField : public DateInputField
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate USER true)

public:
    explicit DateField(QWidget *parent = nullptr);

    /** The date typed or shown; invalid when the field is empty or holds no date. */
    QDate date() const;
    /** Shows date, or empties the field for an invalid one, unless the mentor is typing it. */
    void setDate(const QDate &date);

protected:
    DateInput::Reading read(const QString &text) const override;
    QString format() const override;
};

} // namespace Mentorbook
