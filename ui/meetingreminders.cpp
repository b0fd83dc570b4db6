// SPDX-License-Identifier: GPL-3.0-or-later
#include "meetingreminders.h"

#include "edit/store.h"
#include "guardedapplication.h"
#include "localeformat.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace Mentorbook {

namespace {
const QString BusName = QStringLiteral("org.freedesktop.Notifications");
const QString ObjectPath = QStringLiteral("/org/freedesktop/Notifications");
const QString InterfaceName = QStringLiteral("org.freedesktop.Notifications");

QString timeText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), shortTimeFormat());
}

/**
 * "Mentoring with Priya Raman today at 12:00", "… tomorrow at 17:00", "… on Friday at 9:00":
 * the clock time, which a notification read late still gets right, and no plural to translate.
 */
QString upcomingSummary(const QString &name, const QDateTime &start, const QDateTime &now)
{
    const QDate day = start.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (day == today)
        return MeetingReminders::tr("Mentoring with %1 today at %2").arg(name, timeText(start));
    if (day == today.addDays(1))
        return MeetingReminders::tr("Mentoring with %1 tomorrow at %2").arg(name, timeText(start));
    const QString dayName
        = today.daysTo(day) < 7 ? QLocale().dayName(day.dayOfWeek()) : shortDateText(day);
    return MeetingReminders::tr("Mentoring with %1 on %2 at %3")
        .arg(name, dayName, timeText(start));
}

/** When and where, in the locale's words: "Mon 16 Mar 2026, 12:00 · Room 4". */
QString whenAndWhere(const Session &session)
{
    QString text = meetingText(session.scheduledAt.toLocalTime());
    if (!session.location.trimmed().isEmpty())
        text += MeetingReminders::tr(" · %1").arg(session.location.trimmed());
    return text;
}

QString summaryOf(const Mentee &mentee, const Program::Reminder &reminder, const QDateTime &now)
{
    if (reminder.kind == Program::ReminderKind::Upcoming)
        return upcomingSummary(mentee.name, reminder.session.scheduledAt, now);
    return MeetingReminders::tr("Session %1 with %2 is not recorded yet")
        .arg(QLocale().toString(reminder.session.sequence), mentee.name);
}

QString bodyOf(const Program::Reminder &reminder)
{
    const Session &session = reminder.session;
    const QString facts = MeetingReminders::tr("Session %1 · %2")
                              .arg(QLocale().toString(session.sequence), label(session.stage));
    if (reminder.kind == Program::ReminderKind::Upcoming)
        return facts + QLatin1Char('\n') + whenAndWhere(session);
    return MeetingReminders::tr("Record how it went, or why it did not take place.")
           + QLatin1Char('\n') + facts + QLatin1Char('\n') + whenAndWhere(session);
}
} // namespace

MeetingReminders::MeetingReminders(MainWindow &window, const QDBusConnection &bus)
    : m_window(window)
    , m_bus(bus)
    , m_timer(new QTimer(this))
    , m_soon(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("reminderTimer"));
    m_timer->setInterval(CheckInterval);
    connect(m_timer, &QTimer::timeout, this, &MeetingReminders::check);
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &MeetingReminders::check);
    // Only what can change a reminder: a session, or a relationship (closed, deleted).
    connect(&window.store(), &Store::changed, m_soon, [this](const Change &change) {
        if (change.is(TableId::Sessions) || change.is(TableId::Mentees))
            m_soon->start();
    });
    connect(&window.store(), &Store::relationshipReset, m_soon, qOverload<>(&QTimer::start));

    if (!m_bus.isConnected())
        return;
    // Any sender: naming the service would have Qt look up its owner with a blocking call.
    // The ids are the server's own, so only ours are acted on.
    m_bus.connect(QString(),
                  ObjectPath,
                  InterfaceName,
                  QStringLiteral("ActionInvoked"),
                  this,
                  SLOT(actionInvoked(uint, QString)));
    m_bus.connect(QString(),
                  ObjectPath,
                  InterfaceName,
                  QStringLiteral("NotificationClosed"),
                  this,
                  SLOT(notificationClosed(uint, uint)));
}

MeetingReminders::~MeetingReminders() = default;

void MeetingReminders::start()
{
    m_timer->start();
    askCapabilities();
}

void MeetingReminders::askCapabilities()
{
    if (!m_bus.isConnected()) {
        unavailable(QStringLiteral("there is no session bus"));
        return;
    }
    if (m_service == Service::Asking)
        return;
    m_service = Service::Asking;
    const QDBusMessage call = QDBusMessage::createMethodCall(
        BusName, ObjectPath, InterfaceName, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_service = Service::Unknown; // asked again at the next check
            unavailable(reply.error().message());
            return;
        }
        m_service = Service::Found;
        m_markup = reply.value().contains(QStringLiteral("body-markup"));
        check();
    });
}

void MeetingReminders::check()
{
    if (m_service != Service::Found) {
        if (m_service == Service::Unknown)
            askCapabilities();
        return;
    }
    const int lead = Preferences::reminderMinutes();
    QList<std::pair<Mentee, Program::Reminder>> due;
    QSet<Id> planned;
    QDateTime now;
    try {
        const Repositories &stored = m_window.store().repositories();
        now = m_window.store().database().now();
        // Only planned sessions can be due, in one query for every relationship.
        QHash<Id, QList<Session>> plannedOf;
        for (const Session &session : stored.sessions.where(QStringLiteral("status"),
                                                            toKey(SessionStatus::Planned),
                                                            QStringLiteral("sequence"))) {
            plannedOf[session.menteeId] << session;
            planned << session.id;
        }
        for (const Mentee &mentee : stored.mentees.all()) {
            for (const Program::Reminder &reminder :
                 Program::remindersDue(mentee, plannedOf.value(mentee.id), now, lead))
                due << std::pair{mentee, reminder};
        }
    } catch (const std::exception &error) {
        // The window tells of a database that fails; a reminder only waits for the next check.
        qWarning("Mentorbook: no reminders this time: %s", error.what());
        return;
    }

    for (const auto &[mentee, reminder] : std::as_const(due)) {
        const auto sent = m_sent.constFind(Key{reminder.session.id, int(reminder.kind)});
        if (sent == m_sent.cend() || sent->scheduledAt != reminder.session.scheduledAt)
            notify(mentee, reminder, now);
    }
    // A session recorded, cancelled or deleted needs no reminder any more.
    for (auto shown = m_shown.begin(); shown != m_shown.end();) {
        if (planned.contains(shown->key.first)) {
            ++shown;
            continue;
        }
        m_bus.send(QDBusMessage::createMethodCall(
                       BusName, ObjectPath, InterfaceName, QStringLiteral("CloseNotification"))
                   << shown.key());
        const auto sent = m_sent.find(shown->key);
        if (sent != m_sent.end())
            sent->notificationId = 0;
        shown = m_shown.erase(shown);
    }
}

void MeetingReminders::notify(const Mentee &mentee,
                              const Program::Reminder &reminder,
                              const QDateTime &now)
{
    const Key key{reminder.session.id, int(reminder.kind)};
    Sent &sent = m_sent[key];
    const uint replaces = sent.notificationId;
    sent.scheduledAt = reminder.session.scheduledAt;

    QString body = bodyOf(reminder);
    if (m_markup)
        body = body.toHtmlEscaped();
    const QString entry = QGuiApplication::desktopFileName();
    QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    if (!entry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), entry);
    QDBusMessage call = QDBusMessage::createMethodCall(
        BusName, ObjectPath, InterfaceName, QStringLiteral("Notify"));
    call << QStringLiteral("Mentorbook") << replaces << entry << summaryOf(mentee, reminder, now)
         << body
         << QStringList{QStringLiteral("default"), tr("Open"), QStringLiteral("open"), tr("Open")}
         << hints << -1;

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const Id menteeId = mentee.id;
    const QDateTime scheduledAt = sent.scheduledAt;
    connect(watcher,
            &QDBusPendingCallWatcher::finished,
            this,
            [this, key, menteeId, scheduledAt](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                const auto sent = m_sent.find(key);
                if (sent == m_sent.end() || sent->scheduledAt != scheduledAt)
                    return; // moved meanwhile: the newer notification counts
                if (reply.isError()) {
                    m_sent.erase(sent); // tried again at the next check
                    m_service = Service::Unknown;
                    unavailable(reply.error().message());
                    return;
                }
                sent->notificationId = reply.value();
                m_shown.insert(reply.value(), Shown{key, menteeId});
            });
}

void MeetingReminders::actionInvoked(uint id, const QString &actionKey)
{
    const auto shown = m_shown.constFind(id);
    if (shown == m_shown.cend()
        || (actionKey != QLatin1String("default") && actionKey != QLatin1String("open")))
        return;
    const Id menteeId = shown->menteeId;
    const Id sessionId = shown->key.first;
    guarded([&] {
        if (m_window.isMinimized())
            m_window.showNormal();
        m_window.show();
        m_window.raise();
        m_window.activateWindow();
        m_window.showSession(menteeId, sessionId);
    });
}

void MeetingReminders::notificationClosed(uint id, uint /*reason*/)
{
    const auto shown = m_shown.find(id);
    if (shown == m_shown.end())
        return;
    const auto sent = m_sent.find(shown->key);
    if (sent != m_sent.end() && sent->notificationId == id)
        sent->notificationId = 0;
    m_shown.erase(shown);
}

void MeetingReminders::unavailable(const QString &why)
{
    if (m_told)
        return;
    m_told = true;
    qInfo("Mentorbook: no desktop reminders: %s", qUtf8Printable(why));
}

} // namespace Mentorbook
