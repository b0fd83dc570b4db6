// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace Mentorbook {

class PasswordKeyring;

/**
 * Preferences' "Calendar server": the address of the mentor's own CalDAV calendar and the
 * user name, kept in the settings, and the password, kept in the desktop's keyring only.
 * Sessions are published there as they change (see CalendarPublishing).
 */
class CalendarServerGroup : public QGroupBox
{
    Q_OBJECT

public:
    explicit CalendarServerGroup(QWidget *parent = nullptr);

    /**
     * Keeps the address and the user, or shows why the address is refused and returns false. A
     * password typed is then handed to the keyring: isKeepingPassword() is true until
     * passwordKept() or the failure, which the group shows.
     */
    bool save();
    bool isKeepingPassword() const { return m_keeping; }

signals:
    void passwordKept();
    void passwordRefused(const QString &message);

private:
    void showProblem(const QString &message);

    QLineEdit *m_collection;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    PasswordKeyring *m_keyring;
    bool m_keeping = false;
};

} // namespace Mentorbook
