// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateinput.h"

#include <QLineEdit>

class QCalendarWidget;

namespace Mentorbook {

/**
 * A line for typing a date, or a date and time, the way the locale writes it, with a calendar
 * to pick from (the button, or Alt+Down). An empty field shows a placeholder and, when the
 * field is optional, means "no date". Text that is not a date is kept, marked and explained
 * (tooltip and status bar), and is never written: hasAcceptableInput() is false for it.
 * One Tab leaves the field.
 */
class DateInputField : public QLineEdit
{
    Q_OBJECT

public:
    /** An optional field may be empty (no date); a required one may not. Optional by default. */
    bool isOptional() const { return m_optional; }
    void setOptional(bool optional);
    /** The day two-digit years and the calendar count from; the current date unless set. */
    QDate today() const;
    void setToday(const QDate &today) { m_today = today; }
    /** Where the calendar opens when the field is empty (today unless set). */
    void setReferenceDate(const QDate &date) { m_reference = date; }
    /** Why the text cannot be written, once shown; empty when it can. */
    QString problem() const { return m_problem; }
    /** Empties the field without it counting as an edit. */
    void clearValue() { showValue({}, {}); }
    /** Opens the calendar at the date typed, or at the reference date when there is none. */
    void showCalendar();
    bool isCalendarShown() const;
    /** Marks the field and says why its text cannot be written (when it cannot). */
    void explainProblem();

signals:
    /** The mentor finished typing, picked or cleared a value (not emitted when it is set). */
    void valueEdited();

protected:
    explicit DateInputField(QWidget *parent = nullptr);

    /** What text means in this field. */
    virtual DateInput::Reading read(const QString &text) const = 0;
    /** How the field shows its value. */
    virtual QString format() const = 0;

    /** The value the text holds now (the value shown while it is not edited). */
    DateInput::Reading reading() const;
    /** Shows a value (an invalid date for none) as the field's own, not as an edit. */
    void showValue(const QDate &date, const QTime &time);
    /** True while the mentor has typed something the field has not taken yet. */
    bool isBeingEdited() const { return text() != m_shownText; }

    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Validator;

    void takeText();
    void pick(const QDate &date);
    void setProblem(const QString &problem);
    void textWasEdited(const QString &text);

    QString m_shownText;
    QDate m_date;
    QTime m_time;
    QDate m_today;
    QDate m_reference;
    QString m_problem;
    bool m_optional = true;
    QAction *m_calendarAction = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace Mentorbook
