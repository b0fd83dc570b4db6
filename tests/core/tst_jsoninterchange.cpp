// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/jsonexporter.h"
#include "interchange/jsonimporter.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

/** The JSON interchange document: round trip, merge, and refusal of bad documents. */
class TestJsonInterchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldDescribeTheFormatAndVersion();
    void shouldRoundTripIntoAnEmptyDatabase();
    void shouldMergeIntoADatabaseThatHasData();
    void shouldKeepCalendarIdentitiesWhenIdsChange();
    void shouldImportTheDocumentedExample();
    void shouldRefuseBadDocumentsAndChangeNothing_data();
    void shouldRefuseBadDocumentsAndChangeNothing();

private:
    std::unique_ptr<Database> openDatabase(const QString &name);

    QTemporaryDir m_dir;
    QJsonObject m_sample;
    QByteArray m_sampleJson;
};

std::unique_ptr<Database> TestJsonInterchange::openDatabase(const QString &name)
{
    auto database = std::make_unique<Database>();
    database->open(m_dir.filePath(name));
    freezeClock(*database);
    return database;
}

void TestJsonInterchange::initTestCase()
{
    auto database = openDatabase(QStringLiteral("source.sqlite"));
    Repositories repositories(*database);
    SampleRelationship::add(repositories, today());
    m_sample = JsonExporter::toObject(repositories);
    m_sampleJson = JsonExporter::toJson(repositories);
}

void TestJsonInterchange::init()
{
    for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("target*")}))
        QFile::remove(m_dir.filePath(name));
}

void TestJsonInterchange::cleanup() {}

void TestJsonInterchange::shouldDescribeTheFormatAndVersion()
{
    QCOMPARE(m_sample.value(QStringLiteral("format")).toString(), QStringLiteral("mentorbook"));
    QCOMPARE(m_sample.value(QStringLiteral("version")).toInt(), 5);
    for (const char *table : {"mentees",
                              "attachments",
                              "goals",
                              "goal_reviews",
                              "problem_statements",
                              "sessions",
                              "actions",
                              "action_reviews"}) {
        QVERIFY2(!m_sample.value(QLatin1String(table)).toArray().isEmpty(), table);
    }
    const QJsonObject session
        = m_sample.value(QStringLiteral("sessions")).toArray().first().toObject();
    QVERIFY(session.contains(QStringLiteral("private_notes")));
    QVERIFY(session.value(QStringLiteral("scheduled_at")).toString().endsWith(QLatin1Char('Z')));
}

void TestJsonInterchange::shouldRoundTripIntoAnEmptyDatabase()
{
    // GIVEN the sample's document WHEN imported into an empty database and exported again
    auto database = openDatabase(QStringLiteral("target.sqlite"));
    Repositories repositories(*database);
    const JsonImporter::Counts counts = JsonImporter::import(repositories, m_sampleJson);

    // THEN the second document is identical to the first, byte for byte
    QCOMPARE(counts.value(QStringLiteral("mentees")), 1);
    QCOMPARE(counts.value(QStringLiteral("sessions")),
             m_sample.value(QStringLiteral("sessions")).toArray().size());
    const QByteArray again = JsonExporter::toJson(repositories);
    QCOMPARE(again, m_sampleJson);
    QVERIFY(database->integrityProblems().isEmpty());
}

void TestJsonInterchange::shouldMergeIntoADatabaseThatHasData()
{
    // GIVEN a database that already holds a relationship
    auto database = openDatabase(QStringLiteral("target-merge.sqlite"));
    Repositories repositories(*database);
    JsonImporter::import(repositories, m_sampleJson);

    // WHEN the same document is imported again
    JsonImporter::import(repositories, m_sampleJson);

    // THEN it is added beside it with new ids, and its references follow the new ids
    const QList<Mentee> mentees = repositories.mentees.all();
    QCOMPARE(mentees.size(), 2);
    QCOMPARE(mentees.at(1).name, mentees.at(0).name);
    const QList<Session> first = repositories.sessionsOf(mentees.at(0).id);
    const QList<Session> second = repositories.sessionsOf(mentees.at(1).id);
    QCOMPARE(second.size(), first.size());
    for (int i = 0; i < first.size(); ++i) {
        QVERIFY(second.at(i).id != first.at(i).id);
        QCOMPARE(second.at(i).notes, first.at(i).notes);
        QCOMPARE(second.at(i).createdAt, first.at(i).createdAt);
        // the copy is a meeting of its own in calendars; the first keeps the document's UID
        QCOMPARE(first.at(i).calendarUid,
                 m_sample.value(QStringLiteral("sessions"))[i][QStringLiteral("calendar_uid")]
                     .toString());
        QVERIFY(!second.at(i).calendarUid.isEmpty());
        QVERIFY(second.at(i).calendarUid != first.at(i).calendarUid);
        if (first.at(i).problemStatementId) {
            const ProblemStatement statement
                = repositories.problemStatements.get(second.at(i).problemStatementId);
            QCOMPARE(statement.menteeId, mentees.at(1).id);
        }
    }
    QCOMPARE(repositories.actionReviews.count(),
             2 * int(m_sample.value(QStringLiteral("action_reviews")).toArray().size()));
    QVERIFY(database->integrityProblems().isEmpty());
}

void TestJsonInterchange::shouldKeepCalendarIdentitiesWhenIdsChange()
{
    // GIVEN a database that already holds a relationship, so that imported ids change
    auto database = openDatabase(QStringLiteral("target-identity.sqlite"));
    Repositories repositories(*database);
    addRelationship(repositories, QStringLiteral("Ana"));
    QHash<QString, int> wanted; // UID → SEQUENCE, as the other computer's calendar has them
    for (const QJsonValue &session : m_sample.value(QStringLiteral("sessions")).toArray()) {
        wanted.insert(session[QStringLiteral("calendar_uid")].toString(),
                      session[QStringLiteral("calendar_sequence")].toInt());
    }
    QCOMPARE(wanted.size(), m_sample.value(QStringLiteral("sessions")).toArray().size());

    // WHEN another computer's export is imported
    JsonImporter::import(repositories, m_sampleJson);

    // THEN its sessions have new ids but the UIDs and SEQUENCEs their events have
    int found = 0;
    for (const Session &session : repositories.sessions.all()) {
        if (!wanted.contains(session.calendarUid))
            continue;
        ++found;
        QCOMPARE(session.calendarSequence, wanted.value(session.calendarUid));
    }
    QCOMPARE(found, int(wanted.size()));
    const QJsonValue first = m_sample.value(QStringLiteral("sessions"))[0];
    for (const Session &session : repositories.sessions.all()) {
        if (session.calendarUid == first[QStringLiteral("calendar_uid")].toString())
            QVERIFY(session.id != first[QStringLiteral("id")].toInteger());
    }
}

void TestJsonInterchange::shouldImportTheDocumentedExample()
{
    // GIVEN the example of docs/json-format.md
    QFile file(QStringLiteral(MENTORBOOK_SOURCE_DIR "/docs/json-format.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const qsizetype section = text.indexOf("## Example");
    QVERIFY(section > 0);
    const qsizetype start = text.indexOf("```json\n", section) + 8;
    const qsizetype end = text.indexOf("```", start);
    const QByteArray example = text.mid(start, end - start);

    // WHEN it is imported and exported again THEN the documentation shows what Mentorbook writes
    auto database = openDatabase(QStringLiteral("target-example.sqlite"));
    Repositories repositories(*database);
    JsonImporter::import(repositories, example);
    QCOMPARE(repositories.mentees.get(1).name, QStringLiteral("Ana Silva"));
    QCOMPARE(QString::fromUtf8(JsonExporter::toJson(repositories)), QString::fromUtf8(example));
}

namespace {
/** Changes one field of row `index` of `table`. */
Mutation setField(const QString &table, int index, const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &document) {
        QJsonArray rows = document.value(table).toArray();
        QJsonObject row = rows.at(index).toObject();
        if (value.isUndefined())
            row.remove(key);
        else
            row.insert(key, value);
        rows.replace(index, row);
        document.insert(table, rows);
    };
}

Mutation setTop(const QString &key, const QJsonValue &value)
{
    return [=](QJsonObject &document) {
        if (value.isUndefined())
            document.remove(key);
        else
            document.insert(key, value);
    };
}
} // namespace

void TestJsonInterchange::shouldRefuseBadDocumentsAndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("message");

    const Mutation none;
    const QJsonArray sessions = m_sample.value(QStringLiteral("sessions")).toArray();
    const QJsonValue firstSessionId = sessions.at(0).toObject().value(QStringLiteral("id"));
    const QJsonValue firstSequence = sessions.at(0).toObject().value(QStringLiteral("sequence"));

    QTest::newRow("not JSON")
        << QByteArray("mentees: Ana") << none
        << QStringLiteral("line 1, column 2: the file is not valid JSON (illegal value)");
    QTest::newRow("cut short") << QByteArray(
        "{\n  \"format\": \"mentorbook\",\n  \"version\": 1,\n  \"mentees\": [")
                               << none << QStringLiteral("line 4, column");
    QTest::newRow("an array") << QByteArray("[1, 2]") << none
                              << QStringLiteral("the document must be a JSON object");
    QTest::newRow("no format") << QByteArray()
                               << setTop(QStringLiteral("format"), QJsonValue::Undefined)
                               << QStringLiteral("format: expected \"mentorbook\"");
    QTest::newRow("other format") << QByteArray()
                                  << setTop(QStringLiteral("format"), QStringLiteral("fellow"))
                                  << QStringLiteral("format: expected \"mentorbook\"");
    QTest::newRow("no version") << QByteArray()
                                << setTop(QStringLiteral("version"), QJsonValue::Undefined)
                                << QStringLiteral("version: is required");
    QTest::newRow("newer version")
        << QByteArray() << setTop(QStringLiteral("version"), 6)
        << QStringLiteral("version: 6 is newer than this version of Mentorbook reads (5)");
    QTest::newRow("version as text")
        << QByteArray() << setTop(QStringLiteral("version"), QStringLiteral("1"))
        << QStringLiteral("version: expected a whole number, found a string");
    QTest::newRow("unknown key") << QByteArray() << setTop(QStringLiteral("notes"), QJsonArray())
                                 << QStringLiteral("notes: unknown key");
    QTest::newRow("table not an array")
        << QByteArray() << setTop(QStringLiteral("sessions"), QJsonObject())
        << QStringLiteral("sessions: expected an array, found an object");
    QTest::newRow("row not an object") << QByteArray() << Mutation([](QJsonObject &d) {
        QJsonArray rows = d.value(QStringLiteral("sessions")).toArray();
        rows.replace(3, 42);
        d.insert(QStringLiteral("sessions"), rows);
    }) << QStringLiteral("sessions[3]: expected an object, found a number");
    QTest::newRow("unknown stage")
        << QByteArray()
        << setField(QStringLiteral("sessions"), 3, QStringLiteral("stage"), QStringLiteral("foo"))
        << QStringLiteral("sessions[3].stage: unknown stage \"foo\"");
    QTest::newRow("unknown status")
        << QByteArray()
        << setField(QStringLiteral("sessions"), 2, QStringLiteral("status"), QStringLiteral("done"))
        << QStringLiteral("sessions[2].status: unknown session status \"done\"");
    QTest::newRow("empty name") << QByteArray()
                                << setField(QStringLiteral("mentees"),
                                            0,
                                            QStringLiteral("name"),
                                            QStringLiteral(" "))
                                << QStringLiteral("mentees[0].name: must not be empty");
    QTest::newRow("name as a number")
        << QByteArray() << setField(QStringLiteral("mentees"), 0, QStringLiteral("name"), 7)
        << QStringLiteral("mentees[0].name: expected a string, found a number");
    QTest::newRow("notes null") << QByteArray()
                                << setField(QStringLiteral("sessions"),
                                            1,
                                            QStringLiteral("notes"),
                                            QJsonValue::Null)
                                << QStringLiteral("sessions[1].notes: must not be null");
    QTest::newRow("progress") << QByteArray()
                              << setField(QStringLiteral("goal_reviews"),
                                          0,
                                          QStringLiteral("progress"),
                                          150)
                              << QStringLiteral("goal_reviews[0].progress: 150 is outside 0–100");
    QTest::newRow("fractional priority")
        << QByteArray() << setField(QStringLiteral("goals"), 0, QStringLiteral("priority"), 1.5)
        << QStringLiteral("goals[0].priority: expected a whole number, found 1.5");
    QTest::newRow("impossible date")
        << QByteArray()
        << setField(
               QStringLiteral("actions"), 0, QStringLiteral("due_on"), QStringLiteral("2026-02-30"))
        << QStringLiteral("actions[0].due_on: \"2026-02-30\" is not a date (expected YYYY-MM-DD)");
    QTest::newRow("vague time")
        << QByteArray()
        << setField(QStringLiteral("sessions"),
                    2,
                    QStringLiteral("scheduled_at"),
                    QStringLiteral("tomorrow"))
        << QStringLiteral("sessions[2].scheduled_at: \"tomorrow\" is not a date and time");
    QTest::newRow("control character")
        << QByteArray()
        << setField(QStringLiteral("sessions"),
                    2,
                    QStringLiteral("location"),
                    QStringLiteral("Room") + QChar(0) + QStringLiteral("Zero"))
        << QStringLiteral("sessions[2].location: contains a control character (U+0000) at "
                          "character 5; remove it");
    QTest::newRow("calendar identity twice")
        << QByteArray()
        << setField(QStringLiteral("sessions"),
                    3,
                    QStringLiteral("calendar_uid"),
                    m_sample.value(QStringLiteral("sessions"))[1][QStringLiteral("calendar_uid")])
        << QStringLiteral("sessions[3].calendar_uid: is used twice (also by sessions[1])");
    QTest::newRow("missing mentee")
        << QByteArray() << setField(QStringLiteral("sessions"), 0, QStringLiteral("mentee_id"), 999)
        << QStringLiteral("sessions[0].mentee_id: there is no mentee with id 999 in the document");
    QTest::newRow("missing id") << QByteArray()
                                << setField(QStringLiteral("goals"),
                                            0,
                                            QStringLiteral("id"),
                                            QJsonValue::Undefined)
                                << QStringLiteral("goals[0].id: is required");
    QTest::newRow("negative id") << QByteArray()
                                 << setField(QStringLiteral("goals"), 0, QStringLiteral("id"), -4)
                                 << QStringLiteral("goals[0].id: must be a positive whole number");
    QTest::newRow("duplicate id")
        << QByteArray()
        << setField(QStringLiteral("sessions"), 1, QStringLiteral("id"), firstSessionId)
        << QStringLiteral("sessions[1].id: id %1 is used twice (also by sessions[0])")
               .arg(firstSessionId.toInt());
    QTest::newRow("unknown field")
        << QByteArray()
        << setField(QStringLiteral("mentees"), 0, QStringLiteral("nickname"), QStringLiteral("Pri"))
        << QStringLiteral("mentees[0].nickname: unknown field");
    QTest::newRow("bad base64") << QByteArray()
                                << setField(QStringLiteral("attachments"),
                                            0,
                                            QStringLiteral("data"),
                                            QStringLiteral("not*base64!"))
                                << QStringLiteral("attachments[0].data: is not valid base64");
    QTest::newRow("bad timestamp")
        << QByteArray()
        << setField(QStringLiteral("goals"),
                    1,
                    QStringLiteral("created_at"),
                    QStringLiteral("2026-13-01T00:00:00Z"))
        << QStringLiteral("goals[1].created_at: \"2026-13-01T00:00:00Z\" is not a date and time");
    // Found only while writing: everything stored before it must be rolled back.
    QTest::newRow("duplicate session number")
        << QByteArray()
        << setField(QStringLiteral("sessions"), 5, QStringLiteral("sequence"), firstSequence)
        << QStringLiteral("sessions[5].sequence: this mentee already has a session number %1")
               .arg(firstSequence.toInt());
}

void TestJsonInterchange::shouldRefuseBadDocumentsAndChangeNothing()
{
    QFETCH(QByteArray, raw);
    QFETCH(Mutation, mutation);
    QFETCH(QString, message);

    QByteArray json = raw;
    if (mutation) {
        QJsonObject document = m_sample;
        mutation(document);
        json = QJsonDocument(document).toJson();
    }

    // into an empty database and into one that has data
    for (bool withData : {false, true}) {
        const QString name = QStringLiteral("target-%1.sqlite").arg(withData);
        auto database = openDatabase(name);
        Repositories repositories(*database);
        if (withData) {
            Mentee mentee;
            mentee.name = QStringLiteral("Already here");
            repositories.mentees.add(mentee);
        }
        const QByteArray before = JsonExporter::toJson(repositories);

        try {
            JsonImporter::import(repositories, json);
            QFAIL("the document was imported");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(message), qPrintable(error.message()));
            QVERIFY(!error.message().contains(QLatin1Char('\n')));
        }
        QCOMPARE(JsonExporter::toJson(repositories), before);
        QCOMPARE(repositories.sessions.count(), 0);
    }
}

QTEST_GUILESS_MAIN(TestJsonInterchange)
#include "tst_jsoninterchange.moc"
