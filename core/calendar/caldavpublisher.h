// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "report/calendarexport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Mentorbook {

class Database;

/** Where the mentor's calendar lives on a CalDAV server, and who may write to it. */
struct CalDavAccount
{
    /** The calendar collection, such as
     * https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/. */
    QUrl collection;
    QString user;
    QString password;
};

/**
 * Writes the sessions to the mentor's own CalDAV calendar (RFC 4791), one calendar object per
 * session under its stable UID, and deletes the object of a session that is gone.
 *
 * What is pending follows from the state, not from a queue: calendar_publications notes, per
 * server and UID, the digest of what the server confirmed and its ETag. A session is pending
 * when it has no such row or its object now has another digest; a row whose UID belongs to no
 * session any more is a deletion pending. A row is written only after the server confirmed
 * (2xx), so a failure leaves everything not yet confirmed pending, across restarts too, and a
 * retry can neither lose a change nor make a second object.
 *
 * The requests are asynchronous (QNetworkAccessManager), sent one after another; the mentor's
 * Mentorbook is the source of truth, so an object changed on the server (412) is read again
 * and overwritten.
 */
class CalDavPublisher : public QObject
{
    Q_OBJECT

public:
    /** One change to send: a session's object to write, or a deleted session's to remove. */
    struct Pending
    {
        enum Kind { Write, Delete };
        Kind kind = Write;
        QString uid;
        Id sessionId = 0;
        QByteArray resource; ///< what is written (Write only)
        QByteArray digest;   ///< its digest (Write only)
        QString etag;        ///< the ETag the server gave last, or empty
        bool known = false;  ///< whether the server confirmed an object for the UID before
    };

    explicit CalDavPublisher(Database &database, QObject *parent = nullptr);
    ~CalDavPublisher() override;

    void setAccount(const CalDavAccount &account);
    CalDavAccount account() const { return m_account; }
    /** The organizer and the reminder the objects carry (Preferences::calendarOptions()). */
    void setOptions(const CalendarOptions &options) { m_options = options; }
    /** Replaces the network access, for tests; not owned. */
    void setNetworkAccessManager(QNetworkAccessManager *manager);

    /** What the account's server has not confirmed yet; throws Error (no organizer email). */
    QList<Pending> pending() const;
    /**
     * Sends what is pending, one request after another, and then emits published() with the
     * number of objects written or deleted, or failed() with the reason at the first refusal
     * (what was not confirmed stays pending). Does nothing while a run is under way.
     */
    void publishPending();
    bool isBusy() const { return m_busy; }
    /** Stops the run under way; what was not confirmed stays pending. */
    void abort();

    /** Why the address cannot be a calendar collection's, in words, or empty if it can. */
    static QString addressProblem(const QUrl &collection);
    /** The server as calendar_publications names it: the collection's URL, without user. */
    static QString serverKey(const QUrl &collection);
    /** The URL of the object of the UID in the collection (<collection>/<encoded uid>.ics). */
    static QUrl resourceUrl(const QUrl &collection, const QString &uid);
    /** The digest of an object: SHA-256 of it without its DTSTAMP line, which every run renews. */
    static QByteArray digest(const QByteArray &resource);

signals:
    /** Before each request: done of total changes are confirmed. */
    void progressed(int done, int total);
    void published(int count);
    void failed(const QString &message);

private:
    void sendNext();
    /** A write, with If-None-Match: * for a new object or If-Match with the ETag it had. */
    void put(const QString &etag, bool create, bool reread);
    /** After a 412: reads the object's ETag, then overwrites it. */
    void reread();
    void remove();
    QNetworkRequest request(const QUrl &url) const;
    /** The reply's status when it is a success, else fails the run with its message. */
    bool succeeded(QNetworkReply *reply);
    QString failure(QNetworkReply *reply) const;
    /** Notes what the server confirmed, then sends the next change; a failure ends the run. */
    void confirm(const std::function<void()> &note);
    void confirmWritten(const Pending &item, const QString &etag);
    void confirmDeleted(const Pending &item);
    void finish();
    void fail(const QString &message);
    QNetworkReply *track(QNetworkReply *reply);

    Database &m_database;
    CalDavAccount m_account;
    CalendarOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
    QList<Pending> m_queue;
    QPointer<QNetworkReply> m_reply;
    QStringList m_sslErrors;
    int m_total = 0;
    int m_done = 0;
    bool m_busy = false;
};

} // namespace Mentorbook
