// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QTimer;

namespace Mentorbook {

class CalDavPublisher;
class DesktopLauncher;
class PasswordKeyring;
class Store;

/**
 * Keeps the mentor's calendar server up to date while the window is open: publishes what is
 * pending after start-up, a second after sessions change, and on "Publish to Calendar Server";
 * after a failure it says why (through the launcher) and tries again later, each time
 * waiting longer (30 s, 2 min, then every 10 min). The password is read from the keyring for
 * each run. Nothing happens while no calendar address is set.
 */
class CalendarPublishing : public QObject
{
    Q_OBJECT

public:
    CalendarPublishing(Store &store, DesktopLauncher &launcher, QObject *parent = nullptr);
    ~CalendarPublishing() override;

    /** "Publish to Calendar Server", for the Documents menu. */
    QAction *publishAction() const { return m_action; }
    CalDavPublisher &publisher() const { return *m_publisher; }

    /** Publishes soon (after the pause that gathers a burst of changes). */
    void schedule();
    /** Publishes now, as the mentor asked: every failure is reported, the waiting starts over. */
    void publishNow();
    /** The waits after consecutive failures, in milliseconds; the last one repeats. */
    void setRetryDelays(const QList<int> &delays) { m_delays = delays; }
    void setPause(int milliseconds);
    /** Whether a retry is waiting. */
    bool isRetryPending() const;

signals:
    /** A run ended: published, or failed with the message (for tests and the status bar). */
    void runFinished(bool published, const QString &message);

private:
    void run();
    void start(const QString &entry, const QString &password);
    void succeeded(int count);
    void failed(const QString &message);
    void updateAction();

    Store &m_store;
    DesktopLauncher &m_launcher;
    CalDavPublisher *m_publisher;
    PasswordKeyring *m_keyring;
    QAction *m_action;
    QTimer *m_pause;
    QTimer *m_retry;
    QList<int> m_delays = {30 * 1000, 2 * 60 * 1000, 10 * 60 * 1000};
    int m_failures = 0;
    QString m_entry;
    QString m_lastFailure;
    bool m_asked = false;   ///< the run under way was asked for by the mentor
    bool m_running = false; ///< reading the password or publishing
    bool m_again = false;   ///< changes came while running
};

} // namespace Mentorbook
