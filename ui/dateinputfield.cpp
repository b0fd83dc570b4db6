// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateinputfield.h"

#include "palette.h"

#include <QAction>
#include <QCalendarWidget>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QScreen>
#include <QStatusTipEvent>
#include <QValidator>

namespace Mentorbook {

/** Lets through what is or may become a date; what can never be one is not typed. */
class DateInputField::Validator : public QValidator
{
public:
    explicit Validator(DateInputField *field)
        : QValidator(field)
        , m_field(field)
    {}

    State validate(QString &input, int &) const override
    {
        if (input == m_field->m_shownText)
            return Acceptable;
        switch (m_field->read(input).state) {
        case DateInput::State::Empty:
            return m_field->isOptional() ? Acceptable : Intermediate;
        case DateInput::State::Complete:
            return Acceptable;
        case DateInput::State::Invalid:
            return Invalid;
        case DateInput::State::Incomplete:
        case DateInput::State::Impossible:
            break;
        }
        return Intermediate;
    }

private:
    DateInputField *m_field;
};

DateInputField::DateInputField(QWidget *parent)
    : QLineEdit(parent)
{
    setValidator(new Validator(this));
    const QIcon calendar
        = QIcon::fromTheme(QStringLiteral("view-calendar"),
                           QIcon(QStringLiteral(":/icons/actions/appointment-new.svg")));
    m_calendarAction = addAction(calendar, QLineEdit::TrailingPosition);
    m_calendarAction->setObjectName(QStringLiteral("showCalendar"));
    m_calendarAction->setToolTip(tr("Pick from a calendar (Alt+Down)"));
    setOptional(true);
    connect(m_calendarAction, &QAction::triggered, this, &DateInputField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateInputField::takeText);
    connect(this, &QLineEdit::textEdited, this, &DateInputField::textWasEdited);
}

void DateInputField::setOptional(bool optional)
{
    m_optional = optional;
    setClearButtonEnabled(optional);
    setPlaceholderText(optional ? tr("No date") : QString());
}

QDate DateInputField::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

DateInput::Reading DateInputField::reading() const
{
    if (!isBeingEdited()) {
        DateInput::Reading shown;
        shown.state = m_date.isValid() ? DateInput::State::Complete : DateInput::State::Empty;
        shown.date = m_date;
        shown.time = m_time;
        return shown;
    }
    return read(text());
}

void DateInputField::showValue(const QDate &date, const QTime &time)
{
    m_date = date;
    m_time = date.isValid() ? time : QTime();
    m_shownText
        = date.isValid() ? QLocale().toString(QDateTime(date, m_time), format()) : QString();
    setText(m_shownText);
    setProblem({});
}

void DateInputField::takeText()
{
    if (!isBeingEdited())
        return;
    const DateInput::Reading typed = read(text());
    if (typed.state != DateInput::State::Complete && typed.state != DateInput::State::Empty)
        return;
    // The field shows the date as it understood it: 2/26/27 becomes 2/26/2027.
    showValue(typed.date, typed.time);
    emit valueEdited();
}

void DateInputField::textWasEdited(const QString &text)
{
    // Emptied, an optional field holds no date at once: clearing takes one key.
    if (text.isEmpty() && m_optional) {
        takeText();
        return;
    }
    const DateInput::Reading typed = read(text);
    // An impossible date is said at once; one being typed only when the mentor moves on.
    setProblem(typed.state == DateInput::State::Impossible ? typed.problem : QString());
}

void DateInputField::explainProblem()
{
    if (hasAcceptableInput()) {
        setProblem({});
        return;
    }
    const DateInput::Reading typed = reading();
    setProblem(typed.problem);
}

void DateInputField::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    const bool hadProblem = !m_problem.isEmpty();
    m_problem = problem;
    setProperty("invalid", !problem.isEmpty());
    setToolTip(problem);
    setAccessibleDescription(problem);
    QPalette marked;
    if (!problem.isEmpty())
        marked.setColor(QPalette::Text, warningColor(marked));
    setPalette(problem.isEmpty() ? QPalette() : marked);
    if (!problem.isEmpty() || hadProblem) {
        // The window shows it in its status bar, as it shows any status tip.
        QStatusTipEvent tip(problem);
        QCoreApplication::sendEvent(this, &tip);
    }
}

void DateInputField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("calendarPopup"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(false);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateInputField::pick);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateInputField::pick);
        auto *close = new QAction(m_calendar);
        close->setShortcut(Qt::Key_Escape);
        close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_calendar->addAction(close);
        connect(close, &QAction::triggered, m_calendar, &QWidget::hide);
    }
    const DateInput::Reading typed = reading();
    const QDate reference = m_reference.isValid() ? m_reference : today();
    const QDate shown = typed.date.isValid() ? typed.date : reference;
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        if (at.y() + m_calendar->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        at.setX(std::min(at.x(), area.right() - m_calendar->width()));
    }
    m_calendar->move(at);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateInputField::isCalendarShown() const
{
    return m_calendar && m_calendar->isVisible();
}

void DateInputField::pick(const QDate &date)
{
    m_calendar->hide();
    const DateInput::Reading typed = reading();
    // A date picked for a meeting keeps its time; an empty field takes the usual hour.
    const QTime time = typed.time.isValid() ? typed.time : m_time.isValid() ? m_time : QTime(9, 0);
    const bool changed = date != m_date || time != m_time || isBeingEdited();
    showValue(date, time);
    setFocus(Qt::PopupFocusReason);
    if (changed)
        emit valueEdited();
}

void DateInputField::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    if (event->key() == Qt::Key_F4 || (alt && event->key() == Qt::Key_Down)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !hasAcceptableInput())
        explainProblem();
}

void DateInputField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        explainProblem();
}

void DateInputField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        m_calendarAction->setToolTip(tr("Pick from a calendar (Alt+Down)"));
        setOptional(m_optional);
        if (!isBeingEdited())
            showValue(m_date, m_time);
    }
    QLineEdit::changeEvent(event);
}

} // namespace Mentorbook
