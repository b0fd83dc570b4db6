// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** Opening, refusing, locking, migrating and backing up the SQLite file. */
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void shouldCreateAPrivateFileWithTheLatestSchema();
    void shouldSetTheSafetyPragmas();
    void shouldMigrateFromEveryEarlierVersion_data();
    void shouldMigrateFromEveryEarlierVersion();
    void shouldRefuseANewerVersionAndLeaveItUnchanged();
    void shouldRefuseFilesThatAreNotMentorbookDatabases_data();
    void shouldRefuseFilesThatAreNotMentorbookDatabases();
    void shouldRefuseACorruptDatabaseAndLeaveItUnchanged();
    void shouldLockTheFileAgainstASecondWriter();
    void shouldTakeOverTheLockOfADeadProcess();
    void shouldOpenReadOnlyWithoutCreatingOrLocking();
    void shouldRollBackAnUncommittedTransaction();
    void shouldWriteAConsistentBackup();
    void shouldRefuseABackupIntoAMissingFolder();
    void shouldKeepTheBackupPrivateWhileItIsWritten();

private:
    QString path(const QString &name = QStringLiteral("mentorbook.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    /** Runs SQL on a plain connection, outside Database, to build test files. */
    static void addMentee(Database &database, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::addMentee(Database &database, const QString &name)
{
    Repositories repositories(database);
    Mentee mentee;
    mentee.name = name;
    repositories.mentees.add(mentee);
}

void TestDatabase::shouldCreateAPrivateFileWithTheLatestSchema()
{
    // GIVEN no file WHEN it is opened
    Database database;
    database.open(path(QStringLiteral("sub/folder/new.sqlite")));

    // THEN the file exists, only its owner may read it, and the schema is the latest
    const QFile::Permissions permissions
        = QFile::permissions(path(QStringLiteral("sub/folder/new.sqlite")));
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions
              & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                 | QFileDevice::WriteOther)));
    QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
    QSqlQuery query(database.connection());
    QVERIFY(query.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    QCOMPARE(tables,
             QStringList({QStringLiteral("action_reviews"),
                          QStringLiteral("actions"),
                          QStringLiteral("attachments"),
                          QStringLiteral("calendar_publications"),
                          QStringLiteral("goal_reviews"),
                          QStringLiteral("goals"),
                          QStringLiteral("mentees"),
                          QStringLiteral("problem_statements"),
                          QStringLiteral("search_index"),
                          QStringLiteral("search_index_config"),
                          QStringLiteral("search_index_content"),
                          QStringLiteral("search_index_data"),
                          QStringLiteral("search_index_docsize"),
                          QStringLiteral("search_index_idx"),
                          QStringLiteral("sessions")}));
}

void TestDatabase::shouldSetTheSafetyPragmas()
{
    Database database;
    database.open(path());
    auto pragma = [&](const char *name) {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return query.next() ? query.value(0).toString() : QString();
    };
    QCOMPARE(pragma("foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma("journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma("synchronous"), QStringLiteral("2")); // FULL
    QCOMPARE(pragma("busy_timeout"), QStringLiteral("5000"));
    QCOMPARE(pragma("application_id").toInt(), Migrations::ApplicationId);
}

void TestDatabase::shouldMigrateFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("emptyFile");
    QTest::newRow("zero-byte file") << 0 << true;
    for (int version = 0; version < Migrations::latestVersion(); ++version)
        QTest::addRow("version %d", version) << version << false;
}

void TestDatabase::shouldMigrateFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(bool, emptyFile);

    // GIVEN a file at an earlier schema version
    const QString file = path();
    if (emptyFile) {
        QFile create(file);
        QVERIFY(create.open(QIODevice::WriteOnly));
    } else {
        const QString name = QStringLiteral("old");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            Migrations::upgrade(db, 0, version);
            if (version >= 1) {
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral(
                    "INSERT INTO mentees (name, created_at, updated_at) "
                    "VALUES ('Kept', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // WHEN it is opened THEN it is at the latest version and keeps its data
    Database database;
    database.open(file);
    QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
    Repositories repositories(database);
    QCOMPARE(repositories.mentees.count(), version >= 1 ? 1 : 0);
    QVERIFY(database.integrityProblems().isEmpty());
}

void TestDatabase::shouldRefuseANewerVersionAndLeaveItUnchanged()
{
    // GIVEN a database written by a newer Mentorbook
    {
        Database database;
        database.open(path());
        addMentee(database, QStringLiteral("Ana"));
    }
    rawExec(path(),
            {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)});
    const QByteArray before = fileDigest(path());

    // WHEN it is opened THEN it is refused with a clear message, byte for byte unchanged
    Database database;
    try {
        database.open(path());
        QFAIL("a newer database was opened");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("newer version of Mentorbook")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("was not changed")));
    }
    QVERIFY(!database.isOpen());
    QCOMPARE(fileDigest(path()), before);
    QVERIFY(!QFile::exists(path() + QStringLiteral(".lock")));
}

void TestDatabase::shouldRefuseFilesThatAreNotMentorbookDatabases_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QByteArray("Dear diary,\nthis is not a database.\n") << false
                          << QStringLiteral("not an SQLite file");
    QTest::newRow("json") << QByteArray("{\"format\": \"mentorbook\"}") << false
                          << QStringLiteral("not an SQLite file");
    QTest::newRow("sqlite header, garbage body")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, '\x5a') << false
        << QStringLiteral("not a Mentorbook database");
    QTest::newRow("another program's database")
        << QByteArray() << true << QStringLiteral("of another program");
}

void TestDatabase::shouldRefuseFilesThatAreNotMentorbookDatabases()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, sqlite);
    QFETCH(QString, expected);

    if (sqlite) {
        rawExec(path(),
                {QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)"),
                 QStringLiteral("INSERT INTO recipes (title) VALUES ('Bread')")});
    } else {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const QByteArray before = fileDigest(path());

    Database database;
    try {
        database.open(path());
        QFAIL("the file was opened");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY(error.message().contains(QDir::toNativeSeparators(path())));
    }
    QCOMPARE(fileDigest(path()), before);
}

void TestDatabase::shouldRefuseACorruptDatabaseAndLeaveItUnchanged()
{
    // GIVEN a database with enough rows to fill several pages, then a page overwritten
    {
        Database database;
        database.open(path());
        for (int i = 0; i < 200; ++i)
            addMentee(database, QStringLiteral("Mentee number %1 with a long enough name").arg(i));
        database.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4 * 4096);
        file.seek(3 * 4096);
        file.write(QByteArray(4096, '\xA5'));
    }
    const QByteArray before = fileDigest(path());

    // WHEN it is opened THEN it is refused as damaged and left as it was
    Database database;
    try {
        database.open(path());
        QFAIL("a corrupt database was opened");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("damaged")), qPrintable(error.message()));
        QVERIFY(error.message().contains(QStringLiteral("backup")));
    }
    QCOMPARE(fileDigest(path()), before);
}

void TestDatabase::shouldLockTheFileAgainstASecondWriter()
{
    Database first;
    first.open(path());

    Database second;
    try {
        second.open(path());
        QFAIL("a second writer opened the file");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("already open")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(QString::number(QCoreApplication::applicationPid())));
    }
    QVERIFY(!second.isOpen());

    // Once the first closes, the second may write.
    first.close();
    second.open(path());
    QVERIFY(second.isOpen());
}

void TestDatabase::shouldTakeOverTheLockOfADeadProcess()
{
    // GIVEN a lock file left behind by a process that no longer runs
    {
        Database database;
        database.open(path());
    }
    QFile lock(path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(2147483600) + "\nmentorbook\n"
               + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();

    // WHEN the database is opened THEN the stale lock is taken over
    Database database;
    database.open(path());
    QVERIFY(database.isOpen());
}

void TestDatabase::shouldOpenReadOnlyWithoutCreatingOrLocking()
{
    Database missing;
    QVERIFY_THROWS_EXCEPTION(
        Error, missing.open(path(QStringLiteral("missing.sqlite")), Database::Access::ReadOnly));
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));

    Database writer;
    writer.open(path());
    addMentee(writer, QStringLiteral("Ana"));

    // A reader is welcome while the window holds the file.
    Database reader;
    reader.open(path(), Database::Access::ReadOnly);
    QCOMPARE(Repositories(reader).mentees.count(), 1);
    Mentee mentee;
    mentee.name = QStringLiteral("Bo");
    QVERIFY_THROWS_EXCEPTION(Error, Repositories(reader).mentees.add(mentee));
}

void TestDatabase::shouldRollBackAnUncommittedTransaction()
{
    Database database;
    database.open(path());
    Repositories repositories(database);
    {
        Transaction outer(database);
        Mentee kept;
        kept.name = QStringLiteral("Kept");
        repositories.mentees.add(kept);
        {
            Transaction inner(database);
            Mentee dropped;
            dropped.name = QStringLiteral("Dropped");
            repositories.mentees.add(dropped);
            // inner leaves its scope without commit
        }
        outer.commit();
    }
    QCOMPARE(repositories.mentees.count(), 1);
    QCOMPARE(repositories.mentees.all().constFirst().name, QStringLiteral("Kept"));
    {
        Transaction abandoned(database);
        Mentee lost;
        lost.name = QStringLiteral("Lost");
        repositories.mentees.add(lost);
    }
    QCOMPARE(repositories.mentees.count(), 1);
}

void TestDatabase::shouldWriteAConsistentBackup()
{
    Database database;
    database.open(path());
    addMentee(database, QStringLiteral("Ana"));
    const QString backup = path(QStringLiteral("backup.sqlite"));
    {
        QFile old(backup);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older backup");
    }

    database.backupTo(backup);
    addMentee(database, QStringLiteral("Added after the backup"));

    QVERIFY(!QFile::exists(backup + QStringLiteral(".partial")));
    QVERIFY(!(QFile::permissions(backup) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    Database copy;
    copy.open(backup, Database::Access::ReadOnly);
    QVERIFY(copy.integrityProblems().isEmpty());
    const QList<Mentee> mentees = Repositories(copy).mentees.all();
    QCOMPARE(mentees.size(), 1);
    QCOMPARE(mentees.constFirst().name, QStringLiteral("Ana"));
}

void TestDatabase::shouldRefuseABackupIntoAMissingFolder()
{
    Database database;
    database.open(path());
    try {
        database.backupTo(path(QStringLiteral("no/such/folder/backup.sqlite")));
        QFAIL("a backup was written into a missing folder");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("does not exist")),
                 qPrintable(error.message()));
    }
    QVERIFY_THROWS_EXCEPTION(Error, database.backupTo(path()));
}

void TestDatabase::shouldKeepTheBackupPrivateWhileItIsWritten()
{
    // GIVEN the common umask and a database large enough to take a while to copy
    const mode_t previous = ::umask(022);
    const QString backup = path(QStringLiteral("backup.sqlite"));
    const QByteArray partial = QFile::encodeName(backup + QStringLiteral(".partial"));
    std::atomic<bool> done{false};
    QString failure;

    // WHEN it is backed up, by a thread of its own (a connection stays in its thread), while
    // this one looks at the temporary file
    std::thread writer([&] {
        try {
            Database database;
            database.open(path());
            addMentee(database, QStringLiteral("Ana"));
            Repositories repositories(database);
            Attachment attachment;
            attachment.menteeId = repositories.mentees.all().constFirst().id;
            attachment.fileName = QStringLiteral("resume.pdf");
            attachment.mimeType = QStringLiteral("application/pdf");
            attachment.data = QByteArray(30 * 1024 * 1024, 'x');
            repositories.attachments.add(attachment);
            database.backupTo(backup);
        } catch (const Error &error) {
            failure = error.message();
        }
        done = true;
    });
    QSet<int> modes;
    while (!done) {
        struct stat status = {};
        if (::stat(partial.constData(), &status) == 0 && status.st_size > 0)
            modes.insert(int(status.st_mode & 0777));
    }
    writer.join();
    ::umask(previous);

    // THEN the temporary file was the user's alone while SQLite filled it, and so is the backup
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY2(!modes.isEmpty(), "the temporary file was never seen while it was written");
    QCOMPARE(modes, QSet<int>{0600});
    QVERIFY(!QFile::exists(QFile::decodeName(partial)));
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(backup).constData(), &status), 0);
    QCOMPARE(int(status.st_mode & 0777), 0600);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
