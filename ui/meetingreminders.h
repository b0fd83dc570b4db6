// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "program/rules.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>

#include <utility>

class QTimer;

namespace Mentorbook {

class MainWindow;

/**
 * Reminders on the desktop, without a server: a notification (the freedesktop Notifications
 * service on the session bus) for each meeting about to begin within the mentor's lead time
 * and each session over but not recorded, as Program::remindersDue() finds them. Checked on
 * start, every minute and after each change to the database; each session is announced once
 * per kind, and again when it is moved. Clicking a notification opens its session in the
 * window. Without a bus or a notification service nothing happens but one line in the log;
 * no call waits on the bus.
 */
class MeetingReminders : public QObject
{
    Q_OBJECT

public:
    /** How often the reminders are checked while Mentorbook runs, in milliseconds. */
    static constexpr int CheckInterval = 60 * 1000;

    explicit MeetingReminders(MainWindow &window,
                              const QDBusConnection &bus = QDBusConnection::sessionBus());
    ~MeetingReminders() override;

    /** Looks for the notification service, then checks now and every CheckInterval. */
    void start();
    /** Announces the reminders due now that were not announced yet. */
    void check();
    /** Whether a notification service has answered. */
    bool serviceFound() const { return m_service == Service::Found; }

private Q_SLOTS:
    // Called by name: QDBusConnection connects the bus's signals to slots by name only.
    void actionInvoked(uint id, const QString &actionKey);
    void notificationClosed(uint id, uint reason);

private:
    enum class Service { Unknown, Asking, Found };
    using Key = std::pair<Id, int>; ///< a session and a Program::ReminderKind
    struct Sent
    {
        QDateTime scheduledAt; ///< when the session was to begin as it was announced
        uint notificationId = 0;
    };
    struct Shown
    {
        Key key;
        Id menteeId = 0;
    };

    void askCapabilities();
    void notify(const Mentee &mentee, const Program::Reminder &reminder, const QDateTime &now);
    /** Says once in the log why there are no reminders. */
    void unavailable(const QString &why);

    MainWindow &m_window;
    QDBusConnection m_bus;
    QTimer *m_timer;
    QTimer *m_soon; ///< gathers a burst of changes into one check
    Service m_service = Service::Unknown;
    bool m_markup = false;
    bool m_told = false;
    QHash<Key, Sent> m_sent;
    QHash<uint, Shown> m_shown; ///< by notification id, until the server closes it
};

} // namespace Mentorbook
