// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;
class QTemporaryDir;

namespace Mentorbook {

/**
 * The SQLite file that holds a mentor's practice. Opening checks that the file is a healthy
 * Mentorbook database this version understands, takes the lock beside it (for writing) and
 * brings the schema up to date; every refusal throws Error and leaves the file as it was.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    /** mentorbook.sqlite in the platform's application data folder. */
    static QString defaultPath();

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens path. For writing, a file in a place that cannot be written (a read-only folder,
     * disk or file) is opened read-only instead: see readOnlyReason().
     */
    void open(const QString &path, Access access = Access::ReadWrite);
    /** Opens a new database in a temporary folder that is removed on close (for --demo). */
    void openTemporary();
    void close();
    /** Whether it was opened by openTemporary(): it is gone once closed. */
    bool isTemporary() const { return m_temporaryDir != nullptr; }

    bool isOpen() const;
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    /** Whether open() for writing fell back to reading only, because the place is read-only. */
    bool isReadOnlyFallback() const { return !m_readOnlyReason.isEmpty(); }
    /** Why it did ("the folder /media/stick is read-only"); empty when it did not. */
    QString readOnlyReason() const { return m_readOnlyReason; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    /** A statement prepared on this connection; throws Error if SQLite refuses it. */
    QSqlQuery prepare(const QString &sql) const;
    /** Runs a prepared statement; throws Error with SQLite's reason on failure. */
    static void run(QSqlQuery &query);
    /** Runs one statement without parameters. */
    void execute(const QString &sql) const;

    /**
     * Everything that keeps this program from using the database, in words: a schema that is
     * not the one its version expects, rows that break the schema's rules (CHECK, NOT NULL,
     * UNIQUE), rows that refer to missing rows, and what PRAGMA integrity_check finds. Empty
     * when healthy. Writes nothing to the database.
     */
    QStringList integrityProblems() const;
    /**
     * Writes a consistent copy of the database to file (VACUUM INTO), private (0600) from its
     * first byte, replacing it atomically; throws Error naming the file and the cause.
     */
    void backupTo(const QString &file) const;

    /** The time stamped on rows (UTC, whole seconds); replaceable so tests can fix it. */
    QDateTime now() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    friend class Transaction;

    void refuseUnlessSqliteFile(const QString &path) const;
    void takeLock(const QString &path);
    void refuseIfHardLinked(const QString &path) const;
    /** Why the file cannot be written in place, or empty; for the read-only fallback. */
    static QString unwritableReason(const QString &path);
    void openConnection(const QString &path, Access access, bool immutable);
    /** The sentence for an SQLite failure to read the file, by its error code. */
    QString readFailure(const QString &path, const QString &code, const QString &text) const;
    void checkContents();
    /** VACUUM INTO file; a failure is reported as one to write target. */
    void vacuumInto(const QString &file, const QString &target) const;
    /** The first value PRAGMA name returns, or a null QVariant (and the reason) on failure. */
    QVariant pragma(const QString &name, QString *failure = nullptr, QString *code = nullptr) const;

    QString m_connectionName;
    QString m_path;
    Access m_access = Access::ReadWrite;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    std::function<QDateTime()> m_clock;
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
};

} // namespace Mentorbook
