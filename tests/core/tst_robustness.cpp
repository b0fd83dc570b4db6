// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "edit/verbs.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {
/** A small tmpfs mounted over a folder, for a read-only or full disk; needs root. */
class SmallDisk
{
public:
    SmallDisk(const QString &folder, const QByteArray &size)
        : m_folder(QFile::encodeName(folder))
    {
        const QByteArray options = "size=" + size + ",mode=0700";
        if (::mount("none", m_folder.constData(), "tmpfs", 0, options.constData()) == 0)
            m_mounted = true;
        else
            m_failure = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_folder.constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString failure() const { return m_failure; }
    bool makeReadOnly()
    {
        return ::mount("none", m_folder.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    /** Fills the disk to its last byte. */
    void fill() const
    {
        QFile filler(QString::fromLocal8Bit(m_folder) + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return;
        const QByteArray block(1024, 'x');
        while (filler.write(block) == block.size()) {
        }
        while (filler.write("x", 1) == 1) {
        }
    }

private:
    QByteArray m_folder;
    bool m_mounted = false;
    QString m_failure;
};
} // namespace

/**
 * Issue 14: a database is never lost, never leaked and never aborts the program: one writer
 * per file whatever its name, a schema or a row the program cannot use is named at open and
 * by `check`, and every refusal says what is really wrong, leaving the file byte for byte.
 */
class TestRobustness : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void shouldRefuseASecondWriterThroughAnotherName_data();
    void shouldRefuseASecondWriterThroughAnotherName();
    void shouldRefuseAHardLinkedDatabase();
    void shouldRefuseADatabaseWhoseSchemaDiffers_data();
    void shouldRefuseADatabaseWhoseSchemaDiffers();
    void shouldNameEachRowThatBreaksARule_data();
    void shouldNameEachRowThatBreaksARule();
    void shouldFindNothingInAHealthyDatabase();
    void shouldTakeOverALockFileThatNamesNoOwner_data();
    void shouldTakeOverALockFileThatNamesNoOwner();
    void shouldSayAnEmptyFileIsNoDatabaseYet();
    void shouldOpenADatabaseInAReadOnlyFolderForReading_data();
    void shouldOpenADatabaseInAReadOnlyFolderForReading();
    void shouldSayWhatCannotBeDoneOnAReadOnlyDisk_data();
    void shouldSayWhatCannotBeDoneOnAReadOnlyDisk();
    void shouldSayADiskIsFullRatherThanNotADatabase_data();
    void shouldSayADiskIsFullRatherThanNotADatabase();

private:
    QString path(const QString &name = QStringLiteral("mentorbook.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    /** A closed database at file with one mentee (id 1), a goal and a session. */
    static void makeDatabase(const QString &file);
    /** Runs SQL on a plain connection, outside Database, to damage test files. */
    /** Opens file, expecting a refusal that contains every text; the file stays unchanged. */
    static void
    expectRefusal(const QString &file, Database::Access access, const QStringList &texts);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRobustness::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestRobustness::makeDatabase(const QString &file)
{
    Database database;
    database.open(file);
    Repositories repositories(database);
    addRelationship(repositories, QStringLiteral("Priya Raman"));
}

void TestRobustness::expectRefusal(const QString &file,
                                   Database::Access access,
                                   const QStringList &texts)
{
    const QByteArray before = fileDigest(file);
    Database database;
    try {
        database.open(file, access);
        QFAIL("the database was opened");
    } catch (const Error &error) {
        for (const QString &text : texts)
            QVERIFY2(error.message().contains(text), qPrintable(error.message()));
        // The old advice for a file it could not read, whatever was wrong with it.
        QVERIFY2(!error.message().contains(QStringLiteral("open it for writing once")),
                 qPrintable(error.message()));
    }
    QVERIFY(!database.isOpen());
    QCOMPARE(fileDigest(file), before);
}

void TestRobustness::shouldRefuseASecondWriterThroughAnotherName_data()
{
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("secondName");
    QTest::newRow("the file, then a link to it")
        << QStringLiteral("real/db.sqlite") << QStringLiteral("link.sqlite");
    QTest::newRow("a link, then the file")
        << QStringLiteral("link.sqlite") << QStringLiteral("real/db.sqlite");
    QTest::newRow("through a linked folder")
        << QStringLiteral("real/db.sqlite") << QStringLiteral("folder/db.sqlite");
    QTest::newRow("through ..") << QStringLiteral("real/db.sqlite")
                                << QStringLiteral("real/../real/db.sqlite");
}

void TestRobustness::shouldRefuseASecondWriterThroughAnotherName()
{
    QFETCH(QString, firstName);
    QFETCH(QString, secondName);
    // GIVEN a database, a symbolic link to it and one to its folder
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("real")));
    makeDatabase(path(QStringLiteral("real/db.sqlite")));
    QVERIFY(
        QFile::link(path(QStringLiteral("real/db.sqlite")), path(QStringLiteral("link.sqlite"))));
    QVERIFY(QFile::link(path(QStringLiteral("real")), path(QStringLiteral("folder"))));

    // WHEN it is open for writing by one name THEN it is refused for writing by the other
    Database first;
    first.open(path(firstName));
    Database second;
    try {
        second.open(path(secondName));
        QFAIL("a second writer opened the file by another name");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("already open")),
                 qPrintable(error.message()));
    }
    QVERIFY(!second.isOpen());

    // AND once the first closes, the other name may write
    first.close();
    second.open(path(secondName));
    QVERIFY(second.isOpen());
}

void TestRobustness::shouldRefuseAHardLinkedDatabase()
{
    // GIVEN a database with a second hard link
    makeDatabase(path());
    QVERIFY(::link(QFile::encodeName(path()).constData(),
                   QFile::encodeName(path(QStringLiteral("other.sqlite"))).constData())
            == 0);

    // WHEN either name is opened for writing THEN it is refused and left as it was
    for (const QString &name : {path(), path(QStringLiteral("other.sqlite"))}) {
        expectRefusal(name,
                      Database::Access::ReadWrite,
                      {QStringLiteral("has 2 hard links"),
                       QStringLiteral("Copy it to a file of its own (backup), then open that.")});
        QVERIFY(!QFile::exists(name + QStringLiteral(".lock")));
    }

    // AND it can still be read, to back it up
    Database reader;
    reader.open(path(QStringLiteral("other.sqlite")), Database::Access::ReadOnly);
    reader.backupTo(path(QStringLiteral("own.sqlite")));
    reader.close();
    Database copy;
    copy.open(path(QStringLiteral("own.sqlite")));
    QCOMPARE(Repositories(copy).mentees.count(), 1);
}

void TestRobustness::shouldRefuseADatabaseWhoseSchemaDiffers_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("dropped column")
        << // SQLite drops no column a trigger names: the search index's go first.
        QStringList{QStringLiteral("DROP TRIGGER sessions_searched_insert"),
                    QStringLiteral("DROP TRIGGER sessions_searched_update"),
                    QStringLiteral("ALTER TABLE sessions DROP COLUMN location")}
        << QStringList{QStringLiteral("its table sessions lacks the column location")};
    QTest::newRow("renamed column")
        << QStringList{QStringLiteral("ALTER TABLE sessions RENAME COLUMN location TO place")}
        << QStringList{QStringLiteral("its table sessions lacks the column location"),
                       QStringLiteral("its table sessions has a column place this version does "
                                      "not know")};
    QTest::newRow("dropped table")
        << QStringList{QStringLiteral("DROP TABLE action_reviews")}
        << QStringList{QStringLiteral("it lacks the table action_reviews")};
    QTest::newRow("dropped index")
        << QStringList{QStringLiteral("DROP INDEX goals_by_mentee")}
        << QStringList{QStringLiteral("it lacks the index goals_by_mentee")};
    QTest::newRow("added trigger")
        << QStringList{QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON goals BEGIN DELETE FROM "
                                      "goals; END")}
        << QStringList{QStringLiteral("it has a trigger wipe this version does not know")};
    QTest::newRow("loosened CHECK rule")
        << QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'BETWEEN 0 AND "
                                      "100', 'BETWEEN 0 AND 1000') WHERE name = 'goal_reviews'")}
        << QStringList{QStringLiteral("its table goal_reviews has other rules")};
}

void TestRobustness::shouldRefuseADatabaseWhoseSchemaDiffers()
{
    QFETCH(QStringList, change);
    QFETCH(QStringList, expected);
    // GIVEN a database whose schema was changed behind the program's back
    makeDatabase(path());
    rawExec(path(), change);

    // WHEN it is opened, for writing or reading, THEN it is refused with the difference named
    // and left byte for byte (no exception later, half-way through an edit)
    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        expectRefusal(path(),
                      access,
                      expected
                          + QStringList{QStringLiteral("not in the form this version of "
                                                       "Mentorbook needs"),
                                        QStringLiteral("It was not changed")});
    }
}

void TestRobustness::shouldNameEachRowThatBreaksARule_data()
{
    QTest::addColumn<QStringList>("damage");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("cadence out of range")
        << QStringList{QStringLiteral("UPDATE mentees SET cadence_days = 0")}
        << QStringList{QStringLiteral("the row 1 of mentees breaks a rule"),
                       QStringLiteral("cadence_days BETWEEN 1 AND 365")};
    QTest::newRow("unknown status")
        << QStringList{QStringLiteral("UPDATE sessions SET status = 'postponed'")}
        << QStringList{QStringLiteral("of sessions breaks a rule"), QStringLiteral("status IN")};
    QTest::newRow("blank name and bad date")
        << QStringList{QStringLiteral("UPDATE mentees SET name = '  '"),
                       QStringLiteral("UPDATE goals SET time_bound_on = '31/12/2026'")}
        << QStringList{QStringLiteral("the row 1 of mentees breaks a rule"),
                       QStringLiteral("length(trim(name)) > 0"),
                       QStringLiteral("of goals breaks a rule"),
                       QStringLiteral("date(time_bound_on) IS time_bound_on")};
    QTest::newRow("reference to a missing mentee")
        << QStringList{QStringLiteral("INSERT INTO goals (mentee_id, title, created_at, "
                                      "updated_at) VALUES (99, 'Lead', '2026-01-01T00:00:00Z', "
                                      "'2026-01-01T00:00:00Z')")}
        << QStringList{QStringLiteral("refers to a missing row of mentees")};
}

void TestRobustness::shouldNameEachRowThatBreaksARule()
{
    QFETCH(QStringList, damage);
    QFETCH(QStringList, expected);
    // GIVEN a database whose rows were changed with its rules switched off
    makeDatabase(path());
    rawExec(path(),
            QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                        QStringLiteral("PRAGMA foreign_keys = OFF")}
                + damage);
    const QByteArray before = fileDigest(path());

    // WHEN it is checked read-only THEN each broken row is named, and nothing is written
    Database database;
    database.open(path(), Database::Access::ReadOnly);
    const QStringList problems = database.integrityProblems();
    const QString all = problems.join(QStringLiteral("\n"));
    for (const QString &text : expected)
        QVERIFY2(all.contains(text), qPrintable(all));
    database.close();
    QCOMPARE(fileDigest(path()), before);
}

void TestRobustness::shouldFindNothingInAHealthyDatabase()
{
    makeDatabase(path());
    Database database;
    database.open(path(), Database::Access::ReadOnly);
    QCOMPARE(database.integrityProblems(), QStringList());
}

void TestRobustness::shouldTakeOverALockFileThatNamesNoOwner_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock \xff", 16);
    QTest::newRow("cut short") << QByteArray("12");
}

void TestRobustness::shouldTakeOverALockFileThatNamesNoOwner()
{
    QFETCH(QByteArray, contents);
    // GIVEN a database with a lock file beside it that no running program holds
    makeDatabase(path());
    QFile lock(path() + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(contents);
    lock.close();

    // WHEN it is opened for writing THEN the leftover lock is taken over
    Database database;
    database.open(path());
    QVERIFY(database.isOpen());
    QVERIFY(!database.isReadOnly());

    // AND a second writer is still refused, by the live lock's owner
    Database second;
    try {
        second.open(path());
        QFAIL("a second writer opened the file");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(QStringLiteral("already open")),
                 qPrintable(error.message()));
    }
}

void TestRobustness::shouldSayAnEmptyFileIsNoDatabaseYet()
{
    // GIVEN an empty file WHEN it is opened read-only (as check and export do)
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // THEN it is called empty, not a database of an older version
    expectRefusal(path(),
                  Database::Access::ReadOnly,
                  {QStringLiteral("is empty: it is not a Mentorbook database yet")});
    try {
        Database database;
        database.open(path(), Database::Access::ReadOnly);
    } catch (const Error &error) {
        QVERIFY2(!error.message().contains(QStringLiteral("older version")),
                 qPrintable(error.message()));
    }
    QCOMPARE(QFileInfo(path()).size(), 0);
}

void TestRobustness::shouldOpenADatabaseInAReadOnlyFolderForReading_data()
{
    QTest::addColumn<bool>("forWriting");
    QTest::newRow("opened for writing") << true;
    QTest::newRow("opened for reading") << false;
}

void TestRobustness::shouldOpenADatabaseInAReadOnlyFolderForReading()
{
    QFETCH(bool, forWriting);
    // GIVEN a database on a disk that is then made read-only
    const QString folder = path(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(folder));
    SmallDisk disk(folder, "1m");
    if (!disk.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)").arg(disk.failure())));
    const QString file = folder + QStringLiteral("/mentorbook.sqlite");
    makeDatabase(file);
    QVERIFY(disk.makeReadOnly());
    const QByteArray before = fileDigest(file);

    // WHEN it is opened THEN it opens for reading, and says why it cannot be written
    Database database;
    database.open(file, forWriting ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    QVERIFY(database.isReadOnly());
    QCOMPARE(database.isReadOnlyFallback(), forWriting);
    if (forWriting) {
        QVERIFY2(database.readOnlyReason().contains(QStringLiteral("the folder "))
                     && database.readOnlyReason().contains(QStringLiteral("is read-only")),
                 qPrintable(database.readOnlyReason()));
    }
    QCOMPARE(Repositories(database).mentees.count(), 1);
    QCOMPARE(database.integrityProblems(), QStringList());

    // AND an edit is refused with that reason, not an SQL error
    Store store(database);
    QString refusal;
    QObject::connect(
        &store, &Store::writeFailed, [&](const QString &message) { refusal = message; });
    QCOMPARE(Edit::addMentee(store, QDate(2026, 1, 5), 14, 60), Id(0));
    QVERIFY2(refusal.contains(forWriting ? QStringLiteral("This database is read-only: the folder ")
                                         : QStringLiteral("open for reading only")),
             qPrintable(refusal));
    QVERIFY(refusal.contains(QStringLiteral("Nothing was changed")));

    // AND it can be backed up elsewhere
    database.backupTo(path(QStringLiteral("copy.sqlite")));
    database.close();
    QCOMPARE(fileDigest(file), before);
    Database copy;
    copy.open(path(QStringLiteral("copy.sqlite")));
    QCOMPARE(Repositories(copy).mentees.count(), 1);
}

void TestRobustness::shouldSayWhatCannotBeDoneOnAReadOnlyDisk_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty file") << 0
                                << QStringLiteral("is empty: it is not a Mentorbook database yet, "
                                                  "and it cannot become one here: the folder ");
    QTest::newRow("older version")
        << 1
        << QStringLiteral("was written by an older version of Mentorbook "
                          "and cannot be upgraded here: the folder ");
}

void TestRobustness::shouldSayWhatCannotBeDoneOnAReadOnlyDisk()
{
    QFETCH(int, version);
    QFETCH(QString, expected);
    // GIVEN an empty file or an old database on a disk that is then made read-only
    const QString folder = path(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(folder));
    SmallDisk disk(folder, "1m");
    if (!disk.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)").arg(disk.failure())));
    const QString file = folder + QStringLiteral("/mentorbook.sqlite");
    {
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    if (version > 0) {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        Migrations::upgrade(db, 0, version);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QVERIFY(disk.makeReadOnly());

    // WHEN it is opened for writing THEN the refusal says why it cannot be made current here
    expectRefusal(file, Database::Access::ReadWrite, {expected, QStringLiteral("is read-only")});
}

void TestRobustness::shouldSayADiskIsFullRatherThanNotADatabase_data()
{
    QTest::addColumn<bool>("forWriting");
    QTest::addColumn<QString>("expected");
    // Reading a WAL database needs its shared-memory file, which a full disk cannot hold.
    QTest::newRow("opened for reading")
        << false << QStringLiteral("cannot be read: disk I/O error (is the disk full or failing?)");
    QTest::newRow("opened for writing") << true << QStringLiteral("Cannot write the lock file");
}

void TestRobustness::shouldSayADiskIsFullRatherThanNotADatabase()
{
    QFETCH(bool, forWriting);
    QFETCH(QString, expected);
    // GIVEN a database on a small disk that is then filled to the last byte
    const QString folder = path(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(folder));
    SmallDisk disk(folder, "1m");
    if (!disk.isMounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)").arg(disk.failure())));
    const QString file = folder + QStringLiteral("/mentorbook.sqlite");
    makeDatabase(file);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    disk.fill();

    // WHEN it is opened THEN the message is about the disk, not the file's kind, and the file
    // is as it was
    expectRefusal(file,
                  forWriting ? Database::Access::ReadWrite : Database::Access::ReadOnly,
                  {expected, QStringLiteral("was not changed")});
    Database database;
    try {
        database.open(file, forWriting ? Database::Access::ReadWrite : Database::Access::ReadOnly);
    } catch (const Error &error) {
        QVERIFY2(!error.message().contains(QStringLiteral("not a Mentorbook database")),
                 qPrintable(error.message()));
    }
}

QTEST_MAIN(TestRobustness)
#include "tst_robustness.moc"
