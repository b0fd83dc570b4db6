// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarpublishing.h"

#include "calendar/caldavpublisher.h"
#include "calendar/passwordkeyring.h"
#include "desktoplauncher.h"
#include "edit/store.h"
#include "preferences.h"

#include <QAction>
#include <QTimer>

namespace Mentorbook {

CalendarPublishing::CalendarPublishing(Store &store, DesktopLauncher &launcher, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_launcher(launcher)
    , m_publisher(new CalDavPublisher(store.database(), this))
    , m_keyring(new PasswordKeyring(this))
    , m_action(new QAction(tr("P&ublish to Calendar Server"), this))
    , m_pause(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_action->setObjectName(QStringLiteral("publishCalendarAction"));
    m_action->setStatusTip(tr("Write the planned, moved and cancelled sessions to your calendar "
                              "server now"));
    connect(m_action, &QAction::triggered, this, &CalendarPublishing::publishNow);
    m_pause->setSingleShot(true);
    m_pause->setInterval(1000);
    connect(m_pause, &QTimer::timeout, this, &CalendarPublishing::run);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &CalendarPublishing::run);

    connect(&m_store, &Store::changed, this, [this](const Change &change) {
        // A session's object shows its mentee's name and email too.
        if (change.isAnyOf({TableId::Sessions, TableId::Mentees}))
            schedule();
    });
    connect(&m_store, &Store::relationshipReset, this, &CalendarPublishing::schedule);
    connect(m_keyring, &PasswordKeyring::passwordRead, this, &CalendarPublishing::start);
    connect(m_keyring,
            &PasswordKeyring::failed,
            this,
            [this](const QString &entry, const QString &message) {
                if (entry == m_entry)
                    failed(message);
            });
    connect(m_publisher, &CalDavPublisher::published, this, &CalendarPublishing::succeeded);
    connect(m_publisher, &CalDavPublisher::failed, this, &CalendarPublishing::failed);
    connect(m_publisher, &CalDavPublisher::progressed, this, [this](int done, int total) {
        if (m_asked && done < total)
            m_launcher.report(
                tr("Publishing to the calendar server: %1 of %2…").arg(done).arg(total));
    });
    updateAction();
}

CalendarPublishing::~CalendarPublishing() = default;

void CalendarPublishing::setPause(int milliseconds)
{
    m_pause->setInterval(milliseconds);
}

bool CalendarPublishing::isRetryPending() const
{
    return m_retry->isActive();
}

void CalendarPublishing::updateAction()
{
    const bool set = !Preferences::calendarCollection().isEmpty();
    m_action->setEnabled(true);
    m_action->setToolTip(set ? m_action->statusTip()
                             : tr("Set your calendar's address under Preferences › Calendar "
                                  "server first"));
}

void CalendarPublishing::schedule()
{
    updateAction();
    if (Preferences::calendarCollection().isEmpty())
        return;
    m_pause->start();
}

void CalendarPublishing::publishNow()
{
    m_asked = true;
    m_failures = 0;
    m_lastFailure.clear();
    m_retry->stop();
    run();
}

void CalendarPublishing::run()
{
    m_pause->stop();
    if (m_running) {
        m_again = true;
        return;
    }
    updateAction();
    const QUrl collection = Preferences::calendarCollection();
    if (collection.isEmpty()) {
        if (std::exchange(m_asked, false))
            m_launcher.reportFailure(CalDavPublisher::addressProblem(collection));
        return;
    }
    m_retry->stop();
    m_running = true;
    m_again = false;
    m_entry = PasswordKeyring::entryFor(CalDavPublisher::serverKey(collection),
                                        Preferences::calendarUser());
    m_keyring->read(m_entry);
}

void CalendarPublishing::start(const QString &entry, const QString &password)
{
    if (entry != m_entry || !m_running)
        return;
    if (password.isEmpty()) {
        failed(tr("The keyring holds no password for %1 on the calendar server: enter it under "
                  "Preferences › Calendar server.")
                   .arg(Preferences::calendarUser()));
        return;
    }
    m_publisher->setAccount(
        {Preferences::calendarCollection(), Preferences::calendarUser(), password});
    m_publisher->setOptions(Preferences::calendarOptions());
    m_publisher->publishPending();
}

void CalendarPublishing::succeeded(int count)
{
    m_running = false;
    m_failures = 0;
    m_lastFailure.clear();
    if (count > 0 || m_asked)
        m_launcher.report(
            count == 0
                ? tr("The calendar server has every session already.")
                : tr("Published %n session change(s) to the calendar server.", nullptr, count));
    m_asked = false;
    emit runFinished(true, QString());
    if (std::exchange(m_again, false))
        schedule();
}

void CalendarPublishing::failed(const QString &message)
{
    m_running = false;
    const int delay = m_delays.isEmpty() ? 10 * 60 * 1000
                                         : m_delays.at(qMin(m_failures, int(m_delays.size()) - 1));
    ++m_failures;
    // What is not confirmed stays pending; the same failure again is not announced again.
    if (m_asked || message != m_lastFailure) {
        const int seconds = delay / 1000;
        const QString when = seconds < 120 ? tr("in %n second(s)", nullptr, seconds)
                                           : tr("in %n minute(s)", nullptr, seconds / 60);
        m_launcher.reportFailure(tr("Not published to the calendar server: %1 Mentorbook tries "
                                    "again %2; nothing is lost meanwhile.")
                                     .arg(message, when));
    }
    m_lastFailure = message;
    m_asked = false;
    m_retry->start(delay);
    emit runFinished(false, message);
    if (std::exchange(m_again, false))
        schedule();
}

} // namespace Mentorbook
