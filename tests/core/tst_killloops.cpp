// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "edit/verbs.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {
constexpr int Rounds = 30;

/** What a killed process left: SQLite's verdict and a count, read without Mentorbook. */
struct Inspection
{
    QString integrity;
    int mentees = -1;
    QString notes;
};

Inspection inspect(const QString &path)
{
    Inspection result;
    const QString name = QStringLiteral("inspection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result.integrity = query.value(0).toString();
            if (query.exec(QStringLiteral("SELECT count(*) FROM mentees")) && query.next())
                result.mentees = query.value(0).toInt();
            if (query.exec(QStringLiteral("SELECT notes FROM sessions ORDER BY id LIMIT 1"))
                && query.next())
                result.notes = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/**
 * The child of the edit loop: types into a session's notes edit after edit, printing the
 * number of each edit once the store has committed it.
 */
int runEditChild(const QString &path)
{
    Database database;
    database.open(path);
    Store store(database);
    // A refused edit says why, for the test to show.
    QObject::connect(&store, &Store::writeFailed, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    const Id session = store.repositories().sessions.all().constFirst().id;
    for (int edit = 0;; ++edit) {
        const Session seen = store.repositories().sessions.get(session);
        Session after = seen;
        after.notes += QStringLiteral(" e%1").arg(edit);
        if (!store.change(seen, after, QStringLiteral("Edit"), QStringLiteral("notes")))
            return 1;
        std::printf("%d\n", edit);
        std::fflush(stdout);
    }
}
} // namespace

/**
 * kill -9 at random points (a fixed seed) of an import, a backup and a run of edits: after
 * each, SQLite finds the database intact, every edit reported as saved is there, an import is
 * all or nothing, a backup is whole or absent, and every file left is the user's alone.
 */
class TestKillLoops : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldSurviveKillsDuringImports();
    void shouldSurviveKillsDuringBackups();
    void shouldSurviveKillsDuringEdits();

private:
    /**
     * Kills the started process after a delay drawn within how long the same command took
     * unharmed (measured once per test); false if it ended first.
     */
    bool killSoon(QProcess &process, int most);
    /** How long the command takes when nothing stops it, in milliseconds. */
    int durationOf(const QStringList &arguments);
    void checkPrivateFiles(const QString &folder);
    QString run(const QStringList &arguments);

    QTemporaryDir m_dir;
    QRandomGenerator m_random{20261202};
    QString m_seedJson;
};

void TestKillLoops::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).mkdir(QStringLiteral("seed"));
    const QString seed = m_dir.filePath(QStringLiteral("seed/seed.sqlite"));
    m_seedJson = m_dir.filePath(QStringLiteral("seed/sample.json"));
    QCOMPARE(run({QStringLiteral("--database"), seed, QStringLiteral("sample")}), QString());
    QCOMPARE(run({QStringLiteral("--database"),
                  seed,
                  QStringLiteral("export"),
                  QStringLiteral("json"),
                  QStringLiteral("-o"),
                  m_seedJson}),
             QString());
}

QString TestKillLoops::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(MENTORBOOK_BINARY), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError()) + QStringLiteral(" (failed)");
    return QString();
}

int TestKillLoops::durationOf(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    const QString failure = run(arguments);
    if (!failure.isEmpty())
        qWarning("%s", qPrintable(failure));
    return qMax(10, int(timer.elapsed()));
}

bool TestKillLoops::killSoon(QProcess &process, int most)
{
    const int delay = int(m_random.bounded(most));
    if (process.waitForFinished(delay))
        return false;
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
    return true;
}

void TestKillLoops::checkPrivateFiles(const QString &folder)
{
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        QVERIFY2(modeOf(file.filePath()) == 0600,
                 qPrintable(QStringLiteral("%1 is %2")
                                .arg(file.fileName())
                                .arg(modeOf(file.filePath()), 0, 8)));
}

void TestKillLoops::shouldSurviveKillsDuringImports()
{
    const Umask usual(022);
    const QString folder = m_dir.filePath(QStringLiteral("import"));
    QVERIFY(QDir().mkpath(folder));
    const QString database = QDir(folder).filePath(QStringLiteral("db.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), database, QStringLiteral("sample")}), QString());
    const QStringList import{QStringLiteral("--database"),
                             database,
                             QStringLiteral("import"),
                             QStringLiteral("json"),
                             m_seedJson};
    const int duration = durationOf(import);
    int kills = 0;
    for (int round = 0; round < Rounds; ++round) {
        const int before = inspect(database).mentees;
        QProcess process;
        process.start(QStringLiteral(MENTORBOOK_BINARY), import);
        kills += killSoon(process, duration);
        const Inspection after = inspect(database);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        // All or nothing: one more relationship, or none.
        QVERIFY2(after.mentees == before || after.mentees == before + 1,
                 qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after.mentees)));
        checkPrivateFiles(folder);
    }
    QVERIFY2(kills > Rounds / 3, qPrintable(QString::number(kills)));
}

void TestKillLoops::shouldSurviveKillsDuringBackups()
{
    const Umask usual(022);
    const QString folder = m_dir.filePath(QStringLiteral("backup"));
    QVERIFY(QDir().mkpath(folder));
    const QString database = m_dir.filePath(QStringLiteral("backed-up.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), database, QStringLiteral("sample")}), QString());
    const int mentees = inspect(database).mentees;
    const QString target = QDir(folder).filePath(QStringLiteral("copy.sqlite"));
    const QStringList backup{QStringLiteral("--database"),
                             database,
                             QStringLiteral("backup"),
                             QStringLiteral("-o"),
                             target};
    const int duration = durationOf(backup);
    int kills = 0;
    for (int round = 0; round < Rounds; ++round) {
        QFile::remove(target);
        QProcess process;
        process.start(QStringLiteral(MENTORBOOK_BINARY), backup);
        kills += killSoon(process, duration);
        // A backup is whole or absent; what a killed one left is the user's alone.
        if (QFile::exists(target)) {
            const Inspection copy = inspect(target);
            QCOMPARE(copy.integrity, QStringLiteral("ok"));
            QCOMPARE(copy.mentees, mentees);
        }
        checkPrivateFiles(folder);
    }
    QVERIFY2(kills > Rounds / 3, qPrintable(QString::number(kills)));
}

void TestKillLoops::shouldSurviveKillsDuringEdits()
{
    const Umask usual(022);
    const QString folder = m_dir.filePath(QStringLiteral("edits"));
    QVERIFY(QDir().mkpath(folder));
    const QString database = QDir(folder).filePath(QStringLiteral("db.sqlite"));
    QCOMPARE(run({QStringLiteral("--database"), database, QStringLiteral("sample")}), QString());
    int saved = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--edit-child"), database});
        // The child edits until it is killed: ending by itself is a refused edit or a crash.
        QVERIFY2(killSoon(process, 600),
                 qPrintable(QStringLiteral("round %1: the edits ended by themselves (%2 %3): %4")
                                .arg(round)
                                .arg(process.exitStatus() == QProcess::CrashExit
                                         ? QStringLiteral("crash")
                                         : QStringLiteral("exit code"))
                                .arg(process.exitCode())
                                .arg(QString::fromLocal8Bit(process.readAllStandardError()))));
        const QStringList reported
            = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const Inspection after = inspect(database);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        // Every edit reported as saved is there: the last one holds all before it.
        if (!reported.isEmpty()) {
            ++saved;
            QVERIFY2(after.notes.contains(QStringLiteral(" e%1").arg(reported.constLast())),
                     qPrintable(after.notes.right(80)));
        }
        // The run starts again where it stopped: the lock of the killed one is taken over.
        checkPrivateFiles(folder);
        // The next round's numbers start from 0 again: keep them apart.
        rawExec(database,
                {QStringLiteral("UPDATE sessions SET notes = 'round %1' WHERE id = "
                                "(SELECT min(id) FROM sessions)")
                     .arg(round)});
    }
    QVERIFY2(saved > Rounds / 3, qPrintable(QString::number(saved)));
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--edit-child") == 0) {
        QCoreApplication application(argc, argv);
        try {
            return runEditChild(QString::fromLocal8Bit(argv[2]));
        } catch (const std::exception &error) {
            std::fprintf(stderr, "%s\n", error.what());
            return 2;
        }
    }
    QCoreApplication application(argc, argv);
    TestKillLoops test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killloops.moc"
