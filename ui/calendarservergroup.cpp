// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarservergroup.h"

#include "calendar/caldavpublisher.h"
#include "calendar/passwordkeyring.h"
#include "formwidgets.h"
#include "preferences.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Mentorbook {

CalendarServerGroup::CalendarServerGroup(QWidget *parent)
    : QGroupBox(tr("Calendar server"), parent)
    , m_collection(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_keyring(new PasswordKeyring(this))
{
    setObjectName(QStringLiteral("calendarServer"));
    m_collection->setObjectName(QStringLiteral("calendarCollection"));
    m_collection->setPlaceholderText(
        tr("https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/"));
    m_collection->setText(Preferences::calendarCollection().toDisplayString());
    m_user->setObjectName(QStringLiteral("calendarUser"));
    m_user->setText(Preferences::calendarUser());
    m_password->setObjectName(QStringLiteral("calendarPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep the one in the keyring"));
    m_problem->setObjectName(QStringLiteral("calendarServerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    auto *note = new QLabel(tr("Mentorbook writes each session to this calendar as it is "
                               "planned, moved or cancelled. Use an https:// address: with "
                               "http:// the password travels unencrypted, which is safe only "
                               "to this computer."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    // Each label above its field, so that the long address fits the narrow column; the notes
    // above and below span the group (outside the form, where wrapped text keeps its height).
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(buddyLabel(tr("Calendar &address:"), m_collection, this), m_collection);
    form->addRow(buddyLabel(tr("Lo&gin name:"), m_user, this), m_user);
    form->addRow(buddyLabel(tr("Password (&kept in the keyring):"), m_password, this), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    connect(m_keyring, &PasswordKeyring::written, this, [this] {
        m_keeping = false;
        m_password->clear();
        emit passwordKept();
    });
    connect(
        m_keyring, &PasswordKeyring::failed, this, [this](const QString &, const QString &message) {
            m_keeping = false;
            showProblem(message);
            emit passwordRefused(message);
        });
}

void CalendarServerGroup::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

bool CalendarServerGroup::save()
{
    if (m_keeping)
        return false;
    const QString typed = m_collection->text().trimmed();
    // As typed, scheme and all: "cloud.example.org/…" is refused, not guessed to be http://.
    const QUrl collection(typed, QUrl::StrictMode);
    if (!typed.isEmpty()) {
        if (const QString problem = CalDavPublisher::addressProblem(collection);
            !problem.isEmpty()) {
            showProblem(problem);
            m_collection->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    m_problem->hide();
    Preferences::setCalendarCollection(typed.isEmpty() ? QUrl() : collection);
    Preferences::setCalendarUser(m_user->text());
    if (!m_password->text().isEmpty() && !typed.isEmpty()) {
        m_keeping = true;
        m_keyring->write(PasswordKeyring::entryFor(CalDavPublisher::serverKey(collection),
                                                   m_user->text().trimmed()),
                         m_password->text());
    }
    return true;
}

} // namespace Mentorbook
