// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "../error.h"
#include "../savefile.h"
#include "migrations.h"
#include "schemacheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>
#include <cerrno>

#include <sys/stat.h>

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

/**
 * The one name of the file whatever name it was opened by (a symbolic link, "..", a linked
 * folder), so that its lock is the same file: for a new file, its folder's real path and name.
 */
QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? path : QDir(folder).filePath(info.fileName());
}

/** SQLite's primary result code, from the code Qt reports (which may be an extended one). */
int primaryCode(const QString &code)
{
    bool ok = false;
    const int value = code.toInt(&ok);
    return ok ? (value & 0xff) : -1;
}

enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
};
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
    m_readOnlyReason.clear();
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

void Database::refuseIfHardLinked(const QString &path) const
{
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 || status.st_nlink <= 1)
        return;
    throw Error(tr("%1 has %2 hard links; SQLite cannot keep it safe through more than one name. "
                   "Copy it to a file of its own (backup), then open that. It was not changed.")
                    .arg(nativePath(path))
                    .arg(qulonglong(status.st_nlink)));
}

void Database::takeLock(const QString &path)
{
    // Locked by its real name: a second window through a link to it is a second writer.
    const QString lockPath = canonicalPath(path) + QStringLiteral(".lock");
    m_lock = std::make_unique<QLockFile>(lockPath);
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
    QLockFile::LockError reason = m_lock->error();
    qint64 pid = 0;
    QString host;
    QString application;
    bool known = m_lock->getLockInfo(&pid, &host, &application);
    if (reason == QLockFile::LockFailedError && !known) {
        // A lock file that names no owner (empty, cut short, garbage) was left behind: a live
        // owner holds its file locked while it writes its details, and removeStaleLockFile()
        // deletes nothing a live owner holds.
        const SaveFile::PrivateUmask privateFiles;
        if (m_lock->removeStaleLockFile() && m_lock->tryLock(0))
            return;
        reason = m_lock->error();
        known = m_lock->getLockInfo(&pid, &host, &application);
    }
    m_lock.reset();
    if (reason == QLockFile::LockFailedError && known) {
        throw Error(
            tr("%1 is already open in %2 (process %3 on %4). Close it there first.")
                .arg(nativePath(path),
                     application.isEmpty() ? QStringLiteral("another program") : application,
                     QString::number(pid),
                     host.isEmpty() ? QStringLiteral("this computer") : host));
    }
    if (reason == QLockFile::UnknownError) {
        // QLockFile's only other failure: the lock file could not be written.
        throw Error(tr("Cannot write the lock file %1: is the disk full? %2 was not changed.")
                        .arg(nativePath(lockPath), nativePath(path)));
    }
    if (reason == QLockFile::PermissionError)
        throw Error(
            tr("Cannot create the lock file %1: permission denied.").arg(nativePath(lockPath)));
    throw Error(tr("%1 is in use by another program, or its lock file %2 was left behind. If no "
                   "Mentorbook has it open, delete %2 and try again.")
                    .arg(nativePath(path), nativePath(lockPath)));
}

QString Database::unwritableReason(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // SQLite writes its journal beside the file: a folder that cannot be written is read-only.
    if (!folder.isWritable())
        return tr("the folder %1 is read-only").arg(nativePath(folder.absoluteFilePath()));
    if (info.exists() && !info.isWritable())
        return tr("the file %1 is read-only").arg(nativePath(path));
    return {};
}

void Database::openConnection(const QString &path, Access access, bool immutable)
{
    m_connectionName = nextConnectionName();
    m_path = path;
    m_access = access;
    QString failure;
    QString code;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (immutable) {
            QUrl url = QUrl::fromLocalFile(path);
            url.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
            if (access == Access::ReadOnly)
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        if (!db.open()) {
            failure = db.lastError().databaseText().isEmpty() ? db.lastError().text()
                                                              : db.lastError().databaseText();
            code = db.lastError().nativeErrorCode();
        }
    }
    if (!failure.isEmpty()) {
        close();
        throw Error(readFailure(path, code, failure));
    }
}

QString Database::readFailure(const QString &path, const QString &code, const QString &text) const
{
    const QString file = nativePath(path);
    switch (primaryCode(code)) {
    case SqliteIoError:
        return tr("%1 cannot be read: disk I/O error (is the disk full or failing?). It was not "
                  "changed.")
            .arg(file);
    case SqliteFull:
        return tr("%1 cannot be read: the disk is full. It was not changed.").arg(file);
    case SqliteReadOnly:
    case SqlitePerm:
        return tr("%1 cannot be read: the folder %2 is read-only (%3). It was not changed.")
            .arg(file, nativePath(QFileInfo(path).absolutePath()), text);
    case SqliteCantOpen:
        return tr("%1 cannot be opened (%2). It was not changed.").arg(file, text);
    case SqliteBusy:
    case SqliteLocked:
        return tr("%1 cannot be read: it is busy in another program. It was not changed.")
            .arg(file);
    case SqliteCorrupt:
        return tr("%1 is damaged and cannot be read (%2). It was not changed; restore it from a "
                  "backup.")
            .arg(file, text);
    default:
        return tr("%1 is not a Mentorbook database (%2). It was not changed.").arg(file, text);
    }
}

void Database::open(const QString &requestedPath, Access access)
{
    close();
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error(tr("%1 is a folder, not a database file.").arg(nativePath(path)));

    QString readOnlyReason;
    if (access == Access::ReadWrite && info.exists()) {
        readOnlyReason = unwritableReason(path);
        if (!readOnlyReason.isEmpty())
            access = Access::ReadOnly;
    }

    bool immutable = false;
    if (access == Access::ReadOnly) {
        if (!info.exists())
            throw Error(tr("There is no database at %1.").arg(nativePath(path)));
        refuseUnlessSqliteFile(path);
        // In a folder nobody can write, no one can be writing the file and no journal waits
        // beside it; SQLite then reads it as it stands, without the shared-memory file of WAL
        // it could not create there.
        immutable = !QFileInfo(info.absolutePath()).isWritable()
                    && !QFileInfo::exists(path + QStringLiteral("-wal"));
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            throw Error(tr("Cannot create the folder %1.").arg(nativePath(info.absolutePath())));
        refuseUnlessSqliteFile(path);
        refuseIfHardLinked(path);
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

    openConnection(path, access, immutable);
    m_readOnlyReason = readOnlyReason;
    try {
        checkContents();
    } catch (...) {
        close();
        throw;
    }
}

QVariant Database::pragma(const QString &name, QString *failure, QString *code) const
{
    QSqlQuery query(connection());
    QVariant value;
    if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next()) {
        value = query.value(0);
    } else {
        const QSqlError error = query.lastError();
        if (failure)
            *failure = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        if (code)
            *code = error.nativeErrorCode();
    }
    query.finish();
    return value;
}

void Database::checkContents()
{
    const QString path = nativePath(m_path);
    // Nothing below writes until every check has passed: a refused file stays byte-for-byte.
    QString failure;
    QString code;
    const QVariant versionValue = pragma(QStringLiteral("user_version"), &failure, &code);
    if (versionValue.isNull())
        throw Error(readFailure(m_path, code, failure));
    const int version = versionValue.toInt();

    const QVariant health = pragma(QStringLiteral("quick_check(1)"), &failure, &code);
    if (health.isNull()) {
        const int primary = primaryCode(code);
        if (primary == SqliteIoError || primary == SqliteReadOnly || primary == SqliteFull
            || primary == SqliteBusy || primary == SqliteLocked || primary == SqliteCantOpen)
            throw Error(readFailure(m_path, code, failure));
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
    if (version > 0) {
        const QStringList differences = SchemaCheck::differences(connection(), version);
        if (!differences.isEmpty()) {
            throw Error(tr("%1 is not in the form this version of Mentorbook needs: %2. It was not "
                           "changed.")
                            .arg(path, differences.join(QStringLiteral("; "))));
        }
    }

    execute(QStringLiteral("PRAGMA foreign_keys = ON"));
    execute(QStringLiteral("PRAGMA busy_timeout = 5000"));
    if (m_access == Access::ReadOnly) {
        if (version == 0 && isReadOnlyFallback()) {
            throw Error(tr("%1 is empty: it is not a Mentorbook database yet, and it cannot become "
                           "one here: %2. It was not changed.")
                            .arg(path, m_readOnlyReason));
        }
        if (version < Migrations::latestVersion() && isReadOnlyFallback()) {
            throw Error(
                tr("%1 was written by an older version of Mentorbook and cannot be upgraded "
                   "here: %2. Copy it to a place that can be written, then open that. It "
                   "was not changed.")
                    .arg(path, m_readOnlyReason));
        }
        if (version == 0) {
            throw Error(
                tr("%1 is empty: it is not a Mentorbook database yet. Open it in Mentorbook "
                   "to make it one. It was not changed.")
                    .arg(path));
        }
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
    const int version = schemaVersion();
    if (version <= 0)
        return {tr("it holds no Mentorbook schema")};
    if (version > Migrations::latestVersion())
        return {tr("it was written by a newer version of Mentorbook")};
    QStringList problems = SchemaCheck::differences(connection(), version);
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << query.lastError().text();
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        // Broken rules are named row by row below, whether or not this connection may write.
        if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("CHECK constraint"))
            && !line.startsWith(QLatin1String("NULL value in")))
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
    query.finish();
    if (problems.isEmpty())
        problems << SchemaCheck::ruleViolations(connection(), version);
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
