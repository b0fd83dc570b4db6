// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "../error.h"
#include "../savefile.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <atomic>
#include <cerrno>

namespace Mentorbook {

namespace {
QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("mentorbook-%1").arg(++counter);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("mentorbook.sqlite"));
}

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
    m_transactionDepth = 0;
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_temporaryDir.reset();
}

void Database::refuseUnlessSqliteFile(const QString &path) const
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(nativePath(path), file.errorString()));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic) {
        throw Error(
            tr("%1 is not a Mentorbook database (it is not an SQLite file). It was not changed.")
                .arg(nativePath(path)));
    }
}

void Database::takeLock(const QString &path)
{
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // The lock is held for as long as the window is open: only a dead owner makes it stale.
    m_lock->setStaleLockTime(0);
    bool locked = false;
    {
        // The lock file names this computer and the process: for the user's eyes only.
        const SaveFile::PrivateUmask privateFiles;
        locked = m_lock->tryLock(0);
    }
    if (locked)
        return;
    const QLockFile::LockError reason = m_lock->error();
    qint64 pid = 0;
    QString host;
    QString application;
    const bool known = m_lock->getLockInfo(&pid, &host, &application);
    m_lock.reset();
    if (reason == QLockFile::LockFailedError && known) {
        throw Error(
            tr("%1 is already open in %2 (process %3 on %4). Close it there first.")
                .arg(nativePath(path),
                     application.isEmpty() ? QStringLiteral("another program") : application,
                     QString::number(pid),
                     host.isEmpty() ? QStringLiteral("this computer") : host));
    }
    if (reason == QLockFile::PermissionError)
        throw Error(
            tr("Cannot create the lock file beside %1: permission denied.").arg(nativePath(path)));
    throw Error(tr("%1 is in use by another program. Close it there first.").arg(nativePath(path)));
}

void Database::open(const QString &requestedPath, Access access)
{
    close();
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error(tr("%1 is a folder, not a database file.").arg(nativePath(path)));

    if (access == Access::ReadOnly) {
        if (!info.exists())
            throw Error(tr("There is no database at %1.").arg(nativePath(path)));
        refuseUnlessSqliteFile(path);
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            throw Error(tr("Cannot create the folder %1.").arg(nativePath(info.absolutePath())));
        refuseUnlessSqliteFile(path);
        takeLock(path);
        if (!info.exists()) {
            // Create the file ourselves so that it is private from its first byte.
            try {
                SaveFile::createPrivate(path);
            } catch (const Error &) {
                m_lock.reset();
                throw;
            }
        }
    }

    m_connectionName = nextConnectionName();
    m_path = path;
    m_access = access;
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        if (access == Access::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            failure = db.lastError().text();
    }
    if (!failure.isEmpty()) {
        close();
        throw Error(tr("Cannot open %1: %2").arg(nativePath(path), failure));
    }
    try {
        checkContents();
    } catch (...) {
        close();
        throw;
    }
}

QVariant Database::pragma(const QString &name, QString *failure) const
{
    QSqlQuery query(connection());
    QVariant value;
    if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
        value = query.value(0);
    else if (failure)
        *failure = query.lastError().text();
    query.finish();
    return value;
}

void Database::checkContents()
{
    const QString path = nativePath(m_path);
    // Nothing below writes until every check has passed: a refused file stays byte-for-byte.
    QString failure;
    const QVariant versionValue = pragma(QStringLiteral("user_version"), &failure);
    if (versionValue.isNull())
        throw Error(
            tr("%1 is not a Mentorbook database (%2). It was not changed.").arg(path, failure));
    const int version = versionValue.toInt();

    const QVariant health = pragma(QStringLiteral("quick_check(1)"), &failure);
    if (health.isNull()) {
        throw Error(tr("%1 is damaged and cannot be read (%2). It was not changed; restore it from "
                       "a backup.")
                        .arg(path, failure));
    }
    if (health.toString() != QLatin1String("ok")) {
        throw Error(tr("%1 is damaged (%2). It was not changed; restore it from a backup.")
                        .arg(path, health.toString()));
    }

    const int applicationId = pragma(QStringLiteral("application_id")).toInt();
    int objects = 0;
    {
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next())
            objects = query.value(0).toInt();
    }
    if ((version == 0 && objects > 0)
        || (version > 0 && applicationId != Migrations::ApplicationId)) {
        throw Error(tr("%1 is an SQLite database of another program, not of Mentorbook. It was not "
                       "changed.")
                        .arg(path));
    }
    if (version > Migrations::latestVersion()) {
        throw Error(tr("%1 was written by a newer version of Mentorbook (database version %2; this "
                       "version understands up to %3). It was not changed.")
                        .arg(path)
                        .arg(version)
                        .arg(Migrations::latestVersion()));
    }

    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    execute(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_access == Access::ReadOnly) {
        if (version < Migrations::latestVersion()) {
            throw Error(tr("%1 was written by an older version of Mentorbook; open it for writing "
                           "once to upgrade it.")
                            .arg(path));
        }
        return;
    }
    execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    execute(QStringLiteral("PRAGMA synchronous = FULL"));
    Migrations::upgrade(connection(), version, Migrations::latestVersion());
}

void Database::openTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        throw Error(tr("Cannot create a temporary folder: %1").arg(dir->errorString()));
    const QString file = dir->filePath(QStringLiteral("demo.sqlite"));
    open(file);
    m_temporaryDir = std::move(dir);
}

int Database::schemaVersion() const
{
    const QVariant version = pragma(QStringLiteral("user_version"));
    return version.isNull() ? -1 : version.toInt();
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throw Error(tr("The database refused a statement: %1").arg(query.lastError().text()));
    return query;
}

void Database::run(QSqlQuery &query)
{
    if (query.exec())
        return;
    const QSqlError error = query.lastError();
    QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString code = error.nativeErrorCode();
    // SQLITE_FULL, SQLITE_READONLY, SQLITE_BUSY/LOCKED: say what the user can do.
    if (code == QLatin1String("13"))
        reason = tr("the disk is full");
    else if (code == QLatin1String("8"))
        reason = tr("the database is read-only");
    else if (code == QLatin1String("5") || code == QLatin1String("6"))
        reason = tr("the database is busy in another program");
    if (query.isSelect())
        throw Error(tr("Could not read the database: %1.").arg(reason));
    throw Error(tr("Could not save: %1.").arg(reason));
}

void Database::execute(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throw Error(tr("The database refused a statement: %1").arg(query.lastError().text()));
    run(query);
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (query.next()) {
            problems << tr("%1 row %2 refers to a missing row of %3")
                            .arg(query.value(0).toString(),
                                 query.value(1).toString(),
                                 query.value(2).toString());
        }
    }
    return problems;
}

void Database::backupTo(const QString &file) const
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (target == m_path)
        throw Error(tr("The backup must go to another file than the database itself."));
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists())
        throw Error(tr("The folder %1 does not exist.").arg(nativePath(targetInfo.absolutePath())));
    if (targetInfo.isDir())
        throw Error(tr("%1 is a folder.").arg(nativePath(target)));

    // A device or pipe (/dev/stdout) cannot be renamed over: the snapshot goes to a private
    // temporary folder and is written into it from there.
    if (targetInfo.exists() && !targetInfo.isFile()) {
        QTemporaryDir folder;
        if (!folder.isValid())
            throw Error(tr("Could not write the backup %1: %2")
                            .arg(nativePath(target), folder.errorString()));
        const QString snapshot = folder.filePath(QStringLiteral("backup.sqlite"));
        vacuumInto(snapshot, target);
        QFile file(snapshot);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("Could not write the backup %1: %2")
                            .arg(nativePath(target), file.errorString()));
        SaveFile::write(target, file.readAll(), Privacy::Private);
        return;
    }

    // VACUUM INTO writes a consistent snapshot; it goes to a temporary name first so that
    // an existing backup is only replaced by a complete one. The temporary file is created
    // private and empty before SQLite fills it (SQLite would create it as the umask
    // allows); a stale one left by a backup that was killed is replaced.
    const QString partial = target + QStringLiteral(".partial");
    SaveFile::removeStale(partial, target);
    SaveFile::createPrivate(partial, target);
    try {
        vacuumInto(partial, target);
        SaveFile::sync(partial, target);
        SaveFile::replace(partial, target);
    } catch (const Error &) {
        QFile::remove(partial);
        throw;
    }
}

void Database::vacuumInto(const QString &file, const QString &target) const
{
    QSqlQuery query = prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(file);
    try {
        run(query);
    } catch (const Error &error) {
        // SQLite's own words for these are not the user's: say what to do about them.
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        constexpr int sqliteFull = 13;
        constexpr int sqliteCantOpen = 14;
        constexpr int sqliteReadOnly = 8;
        if (code == sqliteFull)
            throw SaveFile::failure(target, ENOSPC);
        if (code == sqliteCantOpen || code == sqliteReadOnly)
            throw SaveFile::failure(target, EACCES);
        throw Error(
            tr("Could not write the backup %1: %2").arg(nativePath(target), error.message()));
    }
}

QDateTime Database::now() const
{
    QDateTime time = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    time = time.toUTC();
    time.setTime(QTime(time.time().hour(), time.time().minute(), time.time().second()));
    return time;
}

} // namespace Mentorbook
