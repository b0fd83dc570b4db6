// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing to a real CalDAV server: Debian's Radicale, started by the test on a free
// loopback port with its storage in a temporary folder, read back with plain HTTP.
#include "calendar/caldavpublisher.h"
#include "sample/samplerelationship.h"
#include "support/radicale.h"
#include "testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Mentorbook;

namespace {
using TestSupport::Answer;
using TestSupport::Radicale;
using TestSupport::send;
const QString User = TestSupport::Radicale::User;
const QString Password = TestSupport::Radicale::Password;

/** The value of a property line of an object, unfolded. */
QString propertyOf(const QByteArray &object, const QString &name)
{
    const QString text = QString::fromUtf8(object).replace(QStringLiteral("\r\n "), QString());
    const QRegularExpression line(QStringLiteral("^%1[:;]([^\\r\\n]*)").arg(name),
                                  QRegularExpression::MultilineOption);
    return line.match(text).captured(1);
}
} // namespace

class TestCalDavPublisher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldNameTheObjectsByTheirUid();
    void shouldDigestTheObjectWithoutItsStamp();
    void shouldRefuseAddressesThatAreNoCalendars_data();
    void shouldRefuseAddressesThatAreNoCalendars();

    void shouldPublishMovedCancelledAndDeletedSessions();
    void shouldSayWhenThePasswordIsWrong();
    void shouldSayWhenThereIsNoCalendar();
    void shouldRefuseAServerItCannotTrust();
    void shouldKeepWhatAnUnreachableServerDidNotConfirm();
    void shouldNotDuplicateAnObjectWhoseConfirmationWasLost();
    void shouldOverwriteWhatChangedOnTheServer();

private:
    /** Runs publishPending() to its end; the message of a failure, or empty. */
    QString publish(int *count = nullptr);
    /** The UIDs of the objects in the calendar, read back with PROPFIND and GET. */
    QStringList objectsOnServer();
    int publicationRows();
    Answer get(const QString &uid);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    std::unique_ptr<Radicale> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CalDavPublisher> m_publisher;
    QUrl m_collection;
};

void TestCalDavPublisher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("radicale")));
    m_database = TestSupport::openTestDatabase(*m_dir);
    m_repositories = std::make_unique<Repositories>(*m_database);
    SampleRelationship::add(*m_repositories, TestSupport::today());

    m_server = std::make_unique<Radicale>(m_dir->filePath(QStringLiteral("radicale")));
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_collection = m_server->url(QStringLiteral("/alex/mentoring/"));
    // GIVEN a calendar collection, made as a calendar program makes one.
    const Answer made = send(*m_network,
                             "MKCALENDAR",
                             m_collection,
                             "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                             "<C:mkcalendar xmlns:D=\"DAV:\" "
                             "xmlns:C=\"urn:ietf:params:xml:ns:caldav\"><D:set><D:prop>"
                             "<D:displayname>Mentoring</D:displayname></D:prop></D:set>"
                             "</C:mkcalendar>",
                             {{"Content-Type", "application/xml; charset=utf-8"}});
    QCOMPARE(made.status, 201);

    m_publisher = std::make_unique<CalDavPublisher>(*m_database);
    m_publisher->setAccount({m_collection, User, Password});
    CalendarOptions options;
    options.organizerName = QStringLiteral("Alex Mentor");
    options.organizerEmail = QStringLiteral("alex@example.org");
    m_publisher->setOptions(options);
}

void TestCalDavPublisher::cleanup()
{
    m_publisher.reset();
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_network.reset();
    m_repositories.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestCalDavPublisher::publish(int *count)
{
    QSignalSpy published(m_publisher.get(), &CalDavPublisher::published);
    QSignalSpy failed(m_publisher.get(), &CalDavPublisher::failed);
    m_publisher->publishPending();
    for (int i = 0; i < 600 && published.isEmpty() && failed.isEmpty(); ++i)
        QTest::qWait(50);
    if (count)
        *count = published.isEmpty() ? -1 : published.constFirst().constFirst().toInt();
    if (!failed.isEmpty())
        return failed.constFirst().constFirst().toString();
    if (published.isEmpty())
        return QStringLiteral("neither published nor failed");
    return {};
}

QStringList TestCalDavPublisher::objectsOnServer()
{
    const Answer listing = send(*m_network,
                                "PROPFIND",
                                m_collection,
                                "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                                "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:getetag/></D:prop>"
                                "</D:propfind>",
                                {{"Depth", "1"}, {"Content-Type", "application/xml"}});
    if (listing.status != 207)
        return {QStringLiteral("PROPFIND %1").arg(listing.status)};
    QStringList uids;
    const QRegularExpression href(QStringLiteral("<[A-Za-z]*:?href>([^<]*\\.ics)</"));
    for (const auto &match : href.globalMatch(QString::fromUtf8(listing.body))) {
        const Answer object
            = send(*m_network, "GET", m_collection.resolved(QUrl(match.captured(1))));
        uids << (object.status == 200 ? propertyOf(object.body, QStringLiteral("UID"))
                                      : QStringLiteral("GET %1").arg(object.status));
    }
    uids.sort();
    return uids;
}

int TestCalDavPublisher::publicationRows()
{
    QSqlQuery query
        = m_database->prepare(QStringLiteral("SELECT count(*) FROM calendar_publications"));
    Database::run(query);
    query.next();
    return query.value(0).toInt();
}

Answer TestCalDavPublisher::get(const QString &uid)
{
    return send(*m_network, "GET", CalDavPublisher::resourceUrl(m_collection, uid));
}

namespace {
QStringList sessionUids(const Repositories &repositories)
{
    QStringList uids;
    for (const Session &session : repositories.sessions.all())
        uids << session.calendarUid;
    uids.sort();
    return uids;
}
} // namespace

void TestCalDavPublisher::shouldNameTheObjectsByTheirUid()
{
    const QUrl collection(QStringLiteral("https://cloud.example.org/dav/calendars/alex/mentoring"));
    QCOMPARE(CalDavPublisher::resourceUrl(collection, QStringLiteral("a b@mentorbook.invalid"))
                 .toEncoded(),
             QByteArray("https://cloud.example.org/dav/calendars/alex/mentoring/"
                        "a%20b%40mentorbook.invalid.ics"));
    // The password typed into the address is not part of the server's name.
    QCOMPARE(CalDavPublisher::serverKey(
                 QUrl(QStringLiteral("https://alex:secret@cloud.example.org/dav/m/"))),
             QStringLiteral("https://cloud.example.org/dav/m/"));
}

void TestCalDavPublisher::shouldDigestTheObjectWithoutItsStamp()
{
    const QByteArray a = "BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260316T090000Z\r\nEND:VEVENT\r\n";
    const QByteArray b = "BEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260317T100000Z\r\nEND:VEVENT\r\n";
    const QByteArray c = "BEGIN:VEVENT\r\nUID:y\r\nDTSTAMP:20260316T090000Z\r\nEND:VEVENT\r\n";
    QCOMPARE(CalDavPublisher::digest(a), CalDavPublisher::digest(b));
    QVERIFY(CalDavPublisher::digest(a) != CalDavPublisher::digest(c));
}

void TestCalDavPublisher::shouldRefuseAddressesThatAreNoCalendars_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("refused");
    QTest::newRow("https") << QStringLiteral("https://cloud.example.org/dav/cal/") << false;
    QTest::newRow("http typed") << QStringLiteral("http://192.0.2.7:5232/alex/cal/") << false;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("no scheme") << QStringLiteral("cloud.example.org/dav/") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://cloud.example.org/dav/") << true;
}

void TestCalDavPublisher::shouldRefuseAddressesThatAreNoCalendars()
{
    QFETCH(QString, address);
    QFETCH(bool, refused);
    QCOMPARE(!CalDavPublisher::addressProblem(QUrl(address)).isEmpty(), refused);
}

void TestCalDavPublisher::shouldPublishMovedCancelledAndDeletedSessions()
{
    // GIVEN the sample relationship, published
    const QList<Session> sessions = m_repositories->sessions.all();
    QVERIFY(sessions.size() >= 4);
    QCOMPARE(m_publisher->pending().size(), sessions.size());
    int count = 0;
    QCOMPARE(publish(&count), QString());
    QCOMPARE(count, sessions.size());
    QCOMPARE(objectsOnServer(), sessionUids(*m_repositories));
    QVERIFY(m_publisher->pending().isEmpty());
    QCOMPARE(publicationRows(), sessions.size());

    // WHEN one session moves, another is cancelled and a third deleted
    Session moved = sessions.last();
    Session cancelled = sessions.at(sessions.size() - 2);
    const Session deleted = sessions.at(1);
    const int movedSequence
        = propertyOf(get(moved.calendarUid).body, QStringLiteral("SEQUENCE")).toInt();
    const int cancelledSequence
        = propertyOf(get(cancelled.calendarUid).body, QStringLiteral("SEQUENCE")).toInt();
    moved.scheduledAt = QDateTime(TestSupport::today().addDays(10), QTime(16, 30), Qt::UTC);
    m_repositories->sessions.update(moved);
    if (cancelled.status == SessionStatus::Cancelled)
        cancelled = sessions.at(sessions.size() - 3);
    cancelled.status = SessionStatus::Cancelled;
    cancelled.statusReason = QStringLiteral("Mentee ill");
    m_repositories->sessions.update(cancelled);
    m_repositories->sessions.remove(deleted.id);
    QCOMPARE(m_publisher->pending().size(), 3);
    QCOMPARE(publish(&count), QString());

    // THEN the calendar holds one object per session, as each now stands
    QCOMPARE(count, 3);
    QCOMPARE(objectsOnServer(), sessionUids(*m_repositories));
    QCOMPARE(objectsOnServer().size(), sessions.size() - 1);
    const QByteArray movedObject = get(moved.calendarUid).body;
    QCOMPARE(propertyOf(movedObject, QStringLiteral("DTSTART")),
             QStringLiteral("20260326T163000Z"));
    QVERIFY(propertyOf(movedObject, QStringLiteral("SEQUENCE")).toInt() > movedSequence);
    const QByteArray cancelledObject = get(cancelled.calendarUid).body;
    QCOMPARE(propertyOf(cancelledObject, QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
    QVERIFY(propertyOf(cancelledObject, QStringLiteral("SEQUENCE")).toInt() > cancelledSequence);
    QCOMPARE(get(deleted.calendarUid).status, 404);
    QCOMPARE(publicationRows(), sessions.size() - 1);
    // AND nothing is left to send
    QVERIFY(m_publisher->pending().isEmpty());
    QCOMPARE(publish(&count), QString());
    QCOMPARE(count, 0);
}

void TestCalDavPublisher::shouldSayWhenThePasswordIsWrong()
{
    m_publisher->setAccount({m_collection, User, QStringLiteral("wrong")});
    const QString message = publish();
    QVERIFY2(message.contains(QStringLiteral("refused the user name or password (HTTP 401)")),
             qPrintable(message));
    QCOMPARE(publicationRows(), 0);
    QCOMPARE(m_publisher->pending().size(), m_repositories->sessions.all().size());
    QCOMPARE(objectsOnServer(), QStringList());
}

void TestCalDavPublisher::shouldSayWhenThereIsNoCalendar()
{
    m_publisher->setAccount({m_server->url(QStringLiteral("/alex/elsewhere/")), User, Password});
    const QString message = publish();
    QVERIFY2(message.contains(QStringLiteral("There is no calendar at")), qPrintable(message));
    QCOMPARE(publicationRows(), 0);
}

void TestCalDavPublisher::shouldRefuseAServerItCannotTrust()
{
    // GIVEN a calendar served over HTTPS with a certificate nobody vouches for
    const QString folder = m_dir->filePath(QStringLiteral("radicale-tls"));
    QVERIFY(QDir().mkpath(folder));
    Radicale server(folder);
    QVERIFY(server.useSelfSignedCertificate());
    QVERIFY(server.start());
    m_publisher->setAccount({server.url(QStringLiteral("/alex/mentoring/")), User, Password});

    // THEN nothing is sent, and the mentor reads why in Qt's words
    const QString message = publish();
    QVERIFY2(message.contains(QStringLiteral("could not be trusted, so nothing was sent")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(message));
    QCOMPARE(publicationRows(), 0);
}

void TestCalDavPublisher::shouldKeepWhatAnUnreachableServerDidNotConfirm()
{
    // GIVEN a published relationship, two sessions changed since
    QCOMPARE(publish(), QString());
    QList<Session> sessions = m_repositories->sessions.all();
    for (int i : {0, 2}) {
        sessions[i].location = QStringLiteral("Café Central, room %1").arg(i);
        m_repositories->sessions.update(sessions[i]);
    }
    QCOMPARE(m_publisher->pending().size(), 2);

    // WHEN the server is gone
    m_server->stop();
    const QString message = publish();

    // THEN the mentor hears it, and nothing counts as published
    QVERIFY2(message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
    QCOMPARE(m_publisher->pending().size(), 2);

    // WHEN it is back (same port, same storage), the retry sends what was pending
    QVERIFY(m_server->start());
    int count = 0;
    QCOMPARE(publish(&count), QString());
    QCOMPARE(count, 2);
    QVERIFY(m_publisher->pending().isEmpty());
    QCOMPARE(objectsOnServer(), sessionUids(*m_repositories));
    QCOMPARE(propertyOf(get(sessions.at(2).calendarUid).body, QStringLiteral("LOCATION")),
             QStringLiteral("Café Central\\, room 2"));
}

void TestCalDavPublisher::shouldNotDuplicateAnObjectWhoseConfirmationWasLost()
{
    // GIVEN an object the server has, whose confirmation never reached Mentorbook
    QCOMPARE(publish(), QString());
    const Session session = m_repositories->sessions.all().constFirst();
    QSqlQuery forget = m_database->prepare(
        QStringLiteral("DELETE FROM calendar_publications WHERE calendar_uid = ?"));
    forget.addBindValue(session.calendarUid);
    Database::run(forget);
    QCOMPARE(m_publisher->pending().size(), 1);

    // WHEN published again (If-None-Match: * meets the object: 412, read, overwritten)
    int count = 0;
    QCOMPARE(publish(&count), QString());

    // THEN it is still one object, confirmed
    QCOMPARE(count, 1);
    QCOMPARE(objectsOnServer(), sessionUids(*m_repositories));
    QVERIFY(m_publisher->pending().isEmpty());
}

void TestCalDavPublisher::shouldOverwriteWhatChangedOnTheServer()
{
    // GIVEN a published session that another calendar program changed on the server
    QCOMPARE(publish(), QString());
    Session session = m_repositories->sessions.all().constLast();
    const QUrl url = CalDavPublisher::resourceUrl(m_collection, session.calendarUid);
    QByteArray theirs = get(session.calendarUid).body;
    theirs.replace("SUMMARY:", "SUMMARY:Changed elsewhere ");
    const int status
        = send(*m_network, "PUT", url, theirs, {{"Content-Type", "text/calendar"}}).status;
    QCOMPARE(status / 100, 2);
    QVERIFY(get(session.calendarUid).body.contains("Changed elsewhere"));

    // WHEN Mentorbook's session changes (its stored ETag is now stale: 412)
    session.durationMinutes = 90;
    m_repositories->sessions.update(session);
    int count = 0;
    QCOMPARE(publish(&count), QString());

    // THEN Mentorbook's version is the one the server keeps
    QCOMPARE(count, 1);
    const QByteArray object = get(session.calendarUid).body;
    QVERIFY(!object.contains("Changed elsewhere"));
    QVERIFY(!propertyOf(object, QStringLiteral("DTEND")).isEmpty());
    QCOMPARE(objectsOnServer(), sessionUids(*m_repositories));
    QVERIFY(m_publisher->pending().isEmpty());
}

QTEST_GUILESS_MAIN(TestCalDavPublisher)
#include "tst_caldavpublisher.moc"
