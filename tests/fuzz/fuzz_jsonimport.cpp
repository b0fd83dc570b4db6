// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON importer under a fuzzer. Whatever the bytes, an import into a fresh database
// either leaves a database that holds together, or is refused with an Error and changes
// nothing. Anything else (a crash, another exception, a sanitizer's report) is a finding.
#include "error.h"
#include "interchange/jsonimporter.h"
#include "storage/database.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
using namespace Mentorbook;

/** A digest of every row of every table, to tell whether an import changed anything. */
QByteArray contentsDigest(const Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables = database.prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    Database::run(tables);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : names) {
        hash.addData(name.toUtf8());
        QSqlQuery rows = database.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        Database::run(rows);
        while (rows.next()) {
            for (int column = 0; column < rows.record().count(); ++column) {
                const QVariant value = rows.value(column);
                hash.addData(QByteArray::number(value.typeId()));
                hash.addData(value.isNull() ? QByteArray("\0", 1) : value.toString().toUtf8());
                hash.addData(QByteArray("\x1f"));
            }
            hash.addData(QByteArray("\x1e"));
        }
    }
    return hash.result();
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_jsonimport: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

/** A fresh database, made again only after an import filled it. */
class FreshDatabase
{
public:
    FreshDatabase() { reopen(); }

    /** Imports json; returns whether it was accepted. Aborts when an invariant breaks. */
    bool import(const QByteArray &json)
    {
        QString refusal;
        bool accepted = false;
        try {
            Repositories repositories(*m_database);
            JsonImporter::import(repositories, json);
            accepted = true;
        } catch (const Error &error) {
            refusal = error.message();
        }
        if (!accepted) {
            if (refusal.trimmed().isEmpty())
                fail("an import was refused without a reason", refusal);
            if (contentsDigest(*m_database) != m_emptyDigest)
                fail("a refused import changed the database", refusal);
            return false;
        }
        const QStringList problems = m_database->integrityProblems();
        if (!problems.isEmpty())
            fail("an accepted import left a broken database", problems.join(QStringLiteral("; ")));
        reopen();
        return true;
    }

private:
    void reopen()
    {
        m_database.reset();
        if (!m_folder.isValid())
            fail("cannot make a temporary folder", m_folder.errorString());
        const QString path = m_folder.filePath(QStringLiteral("fuzz.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        m_database = std::make_unique<Database>();
        try {
            m_database->open(path);
        } catch (const Error &error) {
            fail("cannot open a fresh database", error.message());
        }
        m_emptyDigest = contentsDigest(*m_database);
    }

    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;
    QByteArray m_emptyDigest;
};

FreshDatabase &target()
{
    static FreshDatabase database;
    return database;
}
} // namespace

/** Imports the bytes; returns 1 when accepted, 0 when refused (for the test driver). */
extern "C" int mentorbookFuzzImport(const uint8_t *data, size_t size)
{
    return target().import(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))) ? 1
                                                                                              : 0;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a plugin, found through the application.
    if (!QCoreApplication::instance())
        static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mentorbookFuzzImport(data, size);
    return 0;
}
