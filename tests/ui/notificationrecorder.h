// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace Mentorbook::TestSupport {

/**
 * A freedesktop notification service that only records: registered on a connection of its
 * own under org.freedesktop.Notifications, it keeps every notification it is sent, answers
 * with increasing ids and clicks them (ActionInvoked) when a test asks.
 */
class NotificationRecorder : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    QList<Notification> received;
    QList<uint> closed;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};

    /** Clicks a notification's action, as the desktop does. */
    void click(uint id, const QString &actionKey) { emit ActionInvoked(id, actionKey); }

public Q_SLOTS:
    uint Notify(const QString &appName,
                uint replacesId,
                const QString &appIcon,
                const QString &summary,
                const QString &body,
                const QStringList &actions,
                const QVariantMap &hints,
                int expireTimeout)
    {
        const uint id = replacesId ? replacesId : ++m_lastId;
        received << Notification{
            id, appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout};
        return id;
    }
    QStringList GetCapabilities() { return capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Mentorbook tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("recorder");
    }
    void CloseNotification(uint id)
    {
        closed << id;
        emit NotificationClosed(id, 3); // closed by a call to CloseNotification
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_lastId = 0;
};

} // namespace Mentorbook::TestSupport
