// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/jsonexporter.h"
#include "interchange/jsonimporter.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        *row = session;
    }
    document.insert(QStringLiteral("sessions"), sessions);
    document.insert(QStringLiteral("version"), 1);
    return document;
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
             QJsonDocument::fromJson(fixture("release-0.1.0.json")).object());
    for (const Session &session : repositories.sessionsOf(1))
        QVERIFY(session.statusReason.isEmpty());
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

    // THEN everything is there, and the export is the same document in version 2
    const QByteArray exported = JsonExporter::toJson(repositories);
    QVERIFY(exported.contains("\"version\": 2"));
    QVERIFY(exported.contains("\"status_reason\": \"\""));
    QCOMPARE(asVersionOne(exported), QJsonDocument::fromJson(json).object());
}

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
