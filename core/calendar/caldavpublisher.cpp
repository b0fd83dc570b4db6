// SPDX-License-Identifier: GPL-3.0-or-later
#include "caldavpublisher.h"

#include "domain/fields.h"
#include "error.h"
#include "storage/repositories.h"

#include <QCryptographicHash>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslError>

namespace Mentorbook {

namespace {
/** How long a request may stay silent before it counts as unanswered. */
constexpr int TransferTimeoutMs = 30000;

QUrl collectionWithSlash(const QUrl &collection)
{
    QUrl url = collection.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString etagOf(QNetworkReply *reply)
{
    return QString::fromLatin1(reply->rawHeader("ETag"));
}
} // namespace

CalDavPublisher::CalDavPublisher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_network(new QNetworkAccessManager(this))
{}

CalDavPublisher::~CalDavPublisher()
{
    abort();
}

void CalDavPublisher::setAccount(const CalDavAccount &account)
{
    m_account = account;
}

void CalDavPublisher::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    m_network = manager;
}

QString CalDavPublisher::addressProblem(const QUrl &collection)
{
    if (collection.isEmpty())
        return tr("No calendar address is set: enter it under Preferences › Calendar server.");
    const QString scheme = collection.scheme().toLower();
    if (!collection.isValid()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || collection.host().isEmpty())
        return tr("“%1” is not the address of a calendar: it starts with https:// and names the "
                  "server and the calendar, as "
                  "https://cloud.example.org/remote.php/dav/calendars/alex/mentoring/.")
            .arg(collection.toDisplayString());
    return {};
}

QString CalDavPublisher::serverKey(const QUrl &collection)
{
    return QString::fromUtf8(collectionWithSlash(collection).toEncoded());
}

QUrl CalDavPublisher::resourceUrl(const QUrl &collection, const QString &uid)
{
    const QUrl base = collectionWithSlash(collection);
    return base.resolved(QUrl::fromEncoded(QUrl::toPercentEncoding(uid) + ".ics"));
}

QByteArray CalDavPublisher::digest(const QByteArray &resource)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &line : resource.split('\n')) {
        if (!line.startsWith("DTSTAMP:"))
            hash.addData(line + '\n');
    }
    return hash.result().toHex();
}

QList<CalDavPublisher::Pending> CalDavPublisher::pending() const
{
    if (const QString problem = addressProblem(m_account.collection); !problem.isEmpty())
        throw Error(problem);
    struct Published
    {
        QByteArray digest;
        QString etag;
    };
    QHash<QString, Published> published;
    QSqlQuery rows = m_database.prepare(QStringLiteral(
        "SELECT calendar_uid, digest, etag FROM calendar_publications WHERE server = ? "
        "ORDER BY calendar_uid"));
    rows.addBindValue(serverKey(m_account.collection));
    Database::run(rows);
    QStringList publishedOrder;
    while (rows.next()) {
        const QString uid = rows.value(0).toString();
        published.insert(uid, {rows.value(1).toString().toLatin1(), rows.value(2).toString()});
        publishedOrder << uid;
    }

    QList<Pending> result;
    QSet<QString> uids;
    const Repositories repositories(m_database);
    const QDateTime stamp = m_database.now();
    QSqlQuery sessions = m_database.prepare(
        QStringLiteral("SELECT id, calendar_uid FROM sessions ORDER BY mentee_id, sequence, id"));
    Database::run(sessions);
    while (sessions.next()) {
        Pending item;
        item.sessionId = sessions.value(0).toLongLong();
        item.uid = sessions.value(1).toString();
        uids.insert(item.uid);
        item.resource = CalendarExport::resource(repositories, item.sessionId, stamp, m_options);
        item.digest = digest(item.resource);
        const auto row = published.constFind(item.uid);
        if (row != published.constEnd()) {
            if (row->digest == item.digest)
                continue;
            item.known = true;
            item.etag = row->etag;
        }
        result << item;
    }
    for (const QString &uid : std::as_const(publishedOrder)) {
        if (uids.contains(uid))
            continue;
        Pending item;
        item.kind = Pending::Delete;
        item.uid = uid;
        item.known = true;
        item.etag = published.value(uid).etag;
        result << item;
    }
    return result;
}

void CalDavPublisher::publishPending()
{
    if (m_busy)
        return;
    m_busy = true;
    m_done = 0;
    try {
        if (m_database.isReadOnly())
            throw Error(tr("The database is open read-only, so Mentorbook cannot note what the "
                           "calendar server has; nothing was published."));
        m_queue = pending();
    } catch (const Error &error) {
        fail(error.message());
        return;
    }
    m_total = int(m_queue.size());
    // A server restarted since the last run leaves connections that only look open.
    m_network->clearConnectionCache();
    sendNext();
}

void CalDavPublisher::abort()
{
    m_queue.clear();
    m_busy = false;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void CalDavPublisher::sendNext()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    emit progressed(m_done, m_total);
    const Pending &item = m_queue.constFirst();
    if (item.kind == Pending::Delete)
        remove();
    else
        put(item.etag, !item.known, false);
}

QNetworkRequest CalDavPublisher::request(const QUrl &url) const
{
    QNetworkRequest request(url);
    // Basic authentication over the address given, sent at once rather than after a 401.
    const QByteArray credentials
        = (m_account.user + QLatin1Char(':') + m_account.password).toUtf8();
    request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Mentorbook/" MENTORBOOK_VERSION));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(TransferTimeoutMs);
    return request;
}

QNetworkReply *CalDavPublisher::track(QNetworkReply *reply)
{
    m_reply = reply;
    m_sslErrors.clear();
    // The errors are reported, never ignored: the mentor decides whom to trust.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    return reply;
}

void CalDavPublisher::put(const QString &etag, bool create, bool reread)
{
    const Pending &item = m_queue.constFirst();
    QNetworkRequest request = this->request(resourceUrl(m_account.collection, item.uid));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("text/calendar; charset=utf-8"));
    if (create)
        request.setRawHeader("If-None-Match", "*");
    else if (!etag.isEmpty())
        request.setRawHeader("If-Match", etag.toLatin1());
    QNetworkReply *reply = track(m_network->put(request, item.resource));
    connect(reply, &QNetworkReply::finished, this, [this, reply, reread] {
        reply->deleteLater();
        if (statusOf(reply) == 412 && !reread) {
            // Changed on the server (or written by a run whose answer was lost): Mentorbook
            // holds the sessions as they are, so the server's copy is read again and replaced.
            this->reread();
            return;
        }
        if (!succeeded(reply))
            return;
        confirm([&] { confirmWritten(m_queue.constFirst(), etagOf(reply)); });
    });
}

void CalDavPublisher::reread()
{
    const Pending &item = m_queue.constFirst();
    QNetworkReply *reply
        = track(m_network->get(request(resourceUrl(m_account.collection, item.uid))));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (statusOf(reply) == 404) {
            put({}, true, true);
            return;
        }
        if (!succeeded(reply))
            return;
        put(etagOf(reply), false, true);
    });
}

void CalDavPublisher::remove()
{
    const Pending &item = m_queue.constFirst();
    QNetworkReply *reply
        = track(m_network->deleteResource(request(resourceUrl(m_account.collection, item.uid))));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        // Gone already is as good as deleted.
        if (statusOf(reply) != 404 && !succeeded(reply))
            return;
        confirm([&] { confirmDeleted(m_queue.constFirst()); });
    });
}

bool CalDavPublisher::succeeded(QNetworkReply *reply)
{
    m_reply = nullptr;
    const int status = statusOf(reply);
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError)
        return true;
    fail(failure(reply));
    return false;
}

QString CalDavPublisher::failure(QNetworkReply *reply) const
{
    const QUrl collection = collectionWithSlash(m_account.collection);
    const QString server = collection.host();
    const int status = statusOf(reply);
    if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        const QString why
            = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(QStringLiteral("; "));
        return tr("The calendar server %1 could not be trusted, so nothing was sent: %2.")
            .arg(server, why);
    }
    if (status == 401)
        return tr("The calendar server %1 refused the user name or password (HTTP 401): check "
                  "them under Preferences › Calendar server.")
            .arg(server);
    if (status == 403)
        return tr("The calendar server %1 does not let %2 write to the calendar at %3 (HTTP 403).")
            .arg(server, m_account.user, collection.toDisplayString());
    if (status == 404 || status == 409)
        return tr("There is no calendar at %1 (HTTP %2): check the calendar's address under "
                  "Preferences › Calendar server.")
            .arg(collection.toDisplayString())
            .arg(status);
    if (status > 0) {
        const QString reason
            = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return tr("The calendar server %1 refused to store a session (HTTP %2 %3).")
            .arg(server)
            .arg(status)
            .arg(reason)
            .trimmed();
    }
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return tr("The calendar server %1 cannot be reached: it did not answer within %2 "
                  "seconds.")
            .arg(server)
            .arg(TransferTimeoutMs / 1000);
    return tr("The calendar server %1 cannot be reached: %2.").arg(server, reply->errorString());
}

void CalDavPublisher::confirm(const std::function<void()> &note)
{
    try {
        note();
    } catch (const Error &error) {
        fail(error.message());
        return;
    }
    m_queue.removeFirst();
    ++m_done;
    sendNext();
}

void CalDavPublisher::confirmWritten(const Pending &item, const QString &etag)
{
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO calendar_publications "
        "(server, calendar_uid, digest, etag, published_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(serverKey(m_account.collection));
    query.addBindValue(item.uid);
    query.addBindValue(QString::fromLatin1(item.digest));
    query.addBindValue(etag);
    query.addBindValue(Canonical::fromDateTime(m_database.now()));
    Database::run(query);
}

void CalDavPublisher::confirmDeleted(const Pending &item)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("DELETE FROM calendar_publications WHERE server = ? AND calendar_uid = ?"));
    query.addBindValue(serverKey(m_account.collection));
    query.addBindValue(item.uid);
    Database::run(query);
}

void CalDavPublisher::finish()
{
    m_busy = false;
    m_reply = nullptr;
    emit progressed(m_done, m_total);
    emit published(m_done);
}

void CalDavPublisher::fail(const QString &message)
{
    m_queue.clear();
    m_busy = false;
    m_reply = nullptr;
    emit failed(message);
}

} // namespace Mentorbook
