// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/jsonexporter.h"
#include "interchange/jsonimporter.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {
/** A JSON export with the fields a later version added taken out, and its version set. */
QJsonObject asVersionOne(const QByteArray &json)
{
    QJsonObject document = QJsonDocument::fromJson(json).object();
    QJsonArray sessions = document.value(QStringLiteral("sessions")).toArray();
    for (auto row = sessions.begin(); row != sessions.end(); ++row) {
        QJsonObject session = row->toObject();
        session.remove(QStringLiteral("status_reason"));
        session.remove(QStringLiteral("calendar_uid"));
        session.remove(QStringLiteral("calendar_sequence"));
        *row = session;
    }
    document.insert(QStringLiteral("sessions"), sessions);
    QJsonArray mentees = document.value(QStringLiteral("mentees")).toArray();
    for (auto row = mentees.begin(); row != mentees.end(); ++row) {
        QJsonObject mentee = row->toObject();
        mentee.remove(QStringLiteral("address_as"));
        *row = mentee;
    }
    document.insert(QStringLiteral("mentees"), mentees);
    document.insert(QStringLiteral("version"), 1);
    return document;
}

/**
 * Checks that every session of an upgraded or imported release keeps the calendar UID and
 * SEQUENCE that the release's own `export ics` gave it, so that calendars update the events.
 */
void verifyReleaseCalendarIdentities(const Repositories &repositories, const QByteArray &release)
{
    const QJsonObject document = QJsonDocument::fromJson(release).object();
    QHash<qint64, QString> created;
    for (const QJsonValue &mentee : document.value(QStringLiteral("mentees")).toArray()) {
        created.insert(mentee[QStringLiteral("id")].toInteger(),
                       mentee[QStringLiteral("created_at")].toString());
    }
    const QJsonArray sessions = document.value(QStringLiteral("sessions")).toArray();
    QVERIFY(!sessions.isEmpty());
    QSet<QString> uids;
    for (const QJsonValue &row : sessions) {
        const qint64 menteeId = row[QStringLiteral("mentee_id")].toInteger();
        // what 0.1.0's CalendarExport wrote: the mentee's creation, its id, the session's id
        const QString expected
            = QStringLiteral("mentorbook-%1-%2-%3@mentorbook.invalid")
                  .arg(QDateTime::fromString(created.value(menteeId), Qt::ISODate)
                           .toUTC()
                           .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")))
                  .arg(menteeId)
                  .arg(row[QStringLiteral("id")].toInteger());
        const QDateTime createdAt
            = QDateTime::fromString(row[QStringLiteral("created_at")].toString(), Qt::ISODate);
        const QDateTime updatedAt
            = QDateTime::fromString(row[QStringLiteral("updated_at")].toString(), Qt::ISODate);
        bool found = false;
        for (const Session &session : repositories.sessions.all()) {
            if (session.calendarUid != expected)
                continue;
            found = true;
            QCOMPARE(session.sequence, row[QStringLiteral("sequence")].toInt());
            QCOMPARE(qint64(session.calendarSequence), createdAt.secsTo(updatedAt));
        }
        QVERIFY2(found, qPrintable(expected));
        uids.insert(expected);
    }
    QCOMPARE(uids.size(), sessions.size());
}

/** The release's document as version 3 keeps it: the agendas without the parts' lines. */
QJsonObject withTopicsOnly(const QByteArray &json)
{
    QJsonObject document = QJsonDocument::fromJson(json).object();
    QJsonArray sessions = document.value(QStringLiteral("sessions")).toArray();
    for (auto row = sessions.begin(); row != sessions.end(); ++row) {
        QJsonObject session = row->toObject();
        session.insert(QStringLiteral("agenda"),
                       Migrations::withoutLegacyAgendaParts(
                           session.value(QStringLiteral("agenda")).toString()));
        *row = session;
    }
    document.insert(QStringLiteral("sessions"), sessions);
    return document;
}

/** An agenda stored at schema version 2, as the upgrade to version 3 leaves it. */
QString upgradedAgenda(const QString &path, const QString &agenda)
{
    auto upgrade = [&](QSqlDatabase connection) {
        if (!connection.open())
            return connection.lastError().text();
        Migrations::upgrade(connection, 0, 2);
        QSqlQuery query(connection);
        query.exec(QStringLiteral("INSERT INTO mentees (id, name) VALUES (1, 'A')"));
        query.prepare(QStringLiteral("INSERT INTO sessions (mentee_id, sequence, scheduled_at, "
                                     "stage, agenda, created_at, updated_at) VALUES (1, 1, "
                                     "'2027-01-05T17:00:00Z', 'focus', ?, "
                                     "'2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z')"));
        query.addBindValue(agenda.isNull() ? QStringLiteral("") : agenda);
        if (!query.exec())
            return query.lastError().text();
        Migrations::upgrade(connection, 2, 3);
        query.exec(QStringLiteral("SELECT agenda FROM sessions"));
        return query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
    };
    QString result;
    {
        QSqlDatabase connection
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upgrade"));
        connection.setDatabaseName(path);
        result = upgrade(connection);
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("upgrade"));
    QFile::remove(path);
    return result;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(MENTORBOOK_SOURCE_DIR "/tests/fixtures/")
               + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

/** What the last release wrote (tests/fixtures) opens and imports with nothing lost. */
class TestRelease : public QObject
{
    Q_OBJECT

private slots:
    void shouldUpgradeTheLastReleasesDatabaseWithNothingLost();
    void shouldImportTheLastReleasesJson();
    void shouldKeepOnlyTheTopicsOfAnOlderAgenda_data();
    void shouldKeepOnlyTheTopicsOfAnOlderAgenda();

private:
    QTemporaryDir m_dir;
};

void TestRelease::shouldUpgradeTheLastReleasesDatabaseWithNothingLost()
{
    // GIVEN a copy of a database written by Mentorbook 0.1.0 (schema version 1)
    const QString copy = m_dir.filePath(QStringLiteral("release.sqlite"));
    QVERIFY(QFile::copy(
        QStringLiteral(MENTORBOOK_SOURCE_DIR "/tests/fixtures/release-0.1.0.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // WHEN this version opens it
    Database database;
    database.open(copy);

    // THEN it is upgraded, and holds every row and value the release exported
    QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);
    QVERIFY(database.integrityProblems().isEmpty());
    const Repositories repositories(database);
    QCOMPARE(asVersionOne(JsonExporter::toJson(repositories)),
             asVersionOne(QJsonDocument(withTopicsOnly(fixture("release-0.1.0.json"))).toJson()));
    const QList<Session> sessions = repositories.sessionsOf(1);
    for (const Session &session : sessions)
        QVERIFY(session.statusReason.isEmpty());
    verifyReleaseCalendarIdentities(repositories, fixture("release-0.1.0.json"));
    // every mentee is greeted by the first word of the name, as before
    QVERIFY(!repositories.mentees.all().isEmpty());
    for (const Mentee &mentee : repositories.mentees.all())
        QVERIFY(mentee.addressAs.isEmpty());
    // the agendas lost the lines that named a part, and nothing else
    QVERIFY(sessions.size() >= 3);
    QCOMPARE(sessions.at(1).agenda.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("Check-in: how did you come to the programme?"));
    QVERIFY(!sessions.at(1).agenda.endsWith(QStringLiteral("Agree actions")));
    QCOMPARE(sessions.at(2).agenda,
             QStringLiteral("Review actions: the SMART goal drafts\n"
                            "Which goal matters most, and why now?\n"
                            "Narrow to two or three problem statements\n"
                            "Choose a first exercise"));
}

void TestRelease::shouldImportTheLastReleasesJson()
{
    // GIVEN the JSON export of Mentorbook 0.1.0 (format version 1)
    const QByteArray json = fixture("release-0.1.0.json");
    QVERIFY(json.contains("\"version\": 1"));

    // WHEN it is imported into an empty database
    Database database;
    database.open(m_dir.filePath(QStringLiteral("imported.sqlite")));
    Repositories repositories(database);
    JsonImporter::import(repositories, json);

    // THEN everything is there, and the export is the same document in version 5, its
    // agendas holding only topics, as the upgraded database's do, no form of address, and
    // the calendar identities the release's .ics exports gave the sessions
    const QByteArray exported = JsonExporter::toJson(repositories);
    QVERIFY(exported.contains("\"version\": 5"));
    verifyReleaseCalendarIdentities(repositories, json);
    QVERIFY(exported.contains("\"status_reason\": \"\""));
    QVERIFY(exported.contains("\"address_as\": \"\""));
    QCOMPARE(asVersionOne(exported), withTopicsOnly(json));
    QVERIFY(exported != json);
}

void TestRelease::shouldKeepOnlyTheTopicsOfAnOlderAgenda_data()
{
    QTest::addColumn<QString>("agenda");
    QTest::addColumn<QString>("expected");
    const QString n = QStringLiteral("\n");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("topics only") << QStringLiteral("Budget\nHiring")
                                 << QStringLiteral("Budget\nHiring");
    QTest::newRow("0.1.0 default, English")
        << QStringLiteral("Check-in and rapport\nReview of the actions agreed last time\n"
                          "Which goal matters most? Narrow to 2–3 problem statements\n"
                          "Agree actions: what, who, with whom, by when\n"
                          "Summary: hoped to achieve by next session; next meeting date")
        << QStringLiteral("Which goal matters most? Narrow to 2–3 problem statements");
    QTest::newRow("0.1.0 default, German") << QStringLiteral(
        "Check-in und Vertrauensaufbau\n"
        "Überprüfung der beim letzten Mal vereinbarten Aufgaben\nOffenes Gespräch\n"
        "Aufgaben vereinbaren: was, wer, mit wem, bis wann")
                                           << QStringLiteral("Offenes Gespräch");
    QTest::newRow("French, with its no-break spaces")
        << QStringLiteral("Accueil\nConvenir des actions\u00a0: quoi, qui, avec qui, pour quand\n"
                          "Budget")
        << QStringLiteral("Budget");
    QTest::newRow("Spanish") << QStringLiteral("Foco\nPresupuesto\nResumen y próxima reunión")
                             << QStringLiteral("Presupuesto");
    QTest::newRow("only parts") << QStringLiteral("Check-in\nAgree actions") << QString();
    QTest::newRow("the same part twice running")
        << QStringLiteral("Focus\nFocus\nFocus\nBudget") << QStringLiteral("Budget");
    QTest::newRow("a topic that begins with a part's words")
        << QStringLiteral("Check-in: how are you?\nAgree actions with Tom")
        << QStringLiteral("Check-in: how are you?\nAgree actions with Tom");
    QTest::newRow("a part with other spacing or case is a topic")
        << QStringLiteral(" Check-in\ncheck-in\nFocus ")
        << QStringLiteral(" Check-in\ncheck-in\nFocus ");
    QTest::newRow("blank lines between topics stay")
        << QStringLiteral("Budget\n\nCheck-in\nHiring") << QStringLiteral("Budget\n\nHiring");
    QTest::newRow("a part between blank lines")
        << (n + QStringLiteral("Check-in") + n + n + QStringLiteral("Budget"))
        << QStringLiteral("Budget");
}

void TestRelease::shouldKeepOnlyTheTopicsOfAnOlderAgenda()
{
    QFETCH(QString, agenda);
    QFETCH(QString, expected);
    // the JSON import of an older document and the database's upgrade agree
    QCOMPARE(Migrations::withoutLegacyAgendaParts(agenda), expected);
    QCOMPARE(upgradedAgenda(m_dir.filePath(QStringLiteral("v2.sqlite")), agenda), expected);
}

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
