// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacheck.h"

#include "../error.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace Mentorbook::SchemaCheck {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::SchemaCheck)
};

/** At most this many broken rows are named per table; the rest are counted. */
constexpr int NamedRowsPerTable = 10;

struct Column
{
    QString type;
    bool notNull = false;
    QString defaultValue;
    int primaryKey = 0;

    bool operator==(const Column &other) const
    {
        return type.compare(other.type, Qt::CaseInsensitive) == 0 && notNull == other.notNull
               && defaultValue == other.defaultValue && primaryKey == other.primaryKey;
    }
    QString describe() const
    {
        QString text = type.isEmpty() ? QStringLiteral("untyped") : type;
        if (primaryKey > 0)
            text += QStringLiteral(" PRIMARY KEY");
        if (notNull)
            text += QStringLiteral(" NOT NULL");
        if (!defaultValue.isEmpty())
            text += QStringLiteral(" DEFAULT ") + defaultValue;
        return text;
    }
};

struct Table
{
    QString sql;
    QStringList columnOrder;
    QMap<QString, Column> columns;
    QStringList references;
};

struct Schema
{
    QMap<QString, Table> tables;
    /** Indexes, triggers and views by kind and name, with their normalised sql. */
    QMap<QString, QMap<QString, QString>> others;
};

QString normalised(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

Schema readSchema(const QSqlDatabase &connection)
{
    Schema schema;
    QSqlQuery objects(connection);
    objects.setForwardOnly(true);
    if (!objects.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT "
                                     "LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        throw Error(
            Messages::tr("its list of tables cannot be read (%1)").arg(objects.lastError().text()));
    while (objects.next()) {
        const QString type = objects.value(0).toString();
        const QString name = objects.value(1).toString();
        const QString sql = normalised(objects.value(2).toString());
        if (type != QLatin1String("table")) {
            schema.others[type].insert(name, sql);
            continue;
        }
        Table table;
        table.sql = sql;
        QSqlQuery columns(connection);
        columns.prepare(QStringLiteral(
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?)"));
        columns.addBindValue(name);
        if (columns.exec()) {
            while (columns.next()) {
                Column column;
                column.type = columns.value(1).toString();
                column.notNull = columns.value(2).toInt() != 0;
                column.defaultValue = columns.value(3).toString();
                column.primaryKey = columns.value(4).toInt();
                table.columnOrder << columns.value(0).toString();
                table.columns.insert(columns.value(0).toString(), column);
            }
        }
        QSqlQuery references(connection);
        references.prepare(QStringLiteral("SELECT \"from\", \"table\", \"to\", on_update, "
                                          "on_delete FROM pragma_foreign_key_list(?)"));
        references.addBindValue(name);
        if (references.exec()) {
            while (references.next()) {
                table.references << QStringLiteral("%1 → %2 (%3) ON UPDATE %4 ON DELETE %5")
                                        .arg(references.value(0).toString(),
                                             references.value(1).toString(),
                                             references.value(2).toString(),
                                             references.value(3).toString(),
                                             references.value(4).toString());
            }
        }
        table.references.sort();
        schema.tables.insert(name, table);
    }
    return schema;
}

/** A new private database (a temporary file SQLite removes on close) at version. */
class ScratchDatabase
{
public:
    explicit ScratchDatabase(int version)
    {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("mentorbook-expected-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        // An empty name is a private temporary database on disk: large rows do not fill memory.
        db.setDatabaseName(QString());
        if (!db.open())
            throw Error(
                Messages::tr("cannot build the expected schema (%1)").arg(db.lastError().text()));
        Migrations::upgrade(db, 0, version);
    }
    ~ScratchDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

const Schema &expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> schemas;
    const QMutexLocker locker(&mutex);
    auto found = schemas.constFind(version);
    if (found == schemas.constEnd()) {
        const ScratchDatabase scratch(version);
        found = schemas.insert(version, readSchema(scratch.connection()));
    }
    return *found;
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("index"))
        return Messages::tr("index");
    if (kind == QLatin1String("trigger"))
        return Messages::tr("trigger");
    if (kind == QLatin1String("view"))
        return Messages::tr("view");
    return kind;
}

void compareTable(const QString &name,
                  const Table &expected,
                  const Table &actual,
                  QStringList &differences)
{
    const int before = int(differences.size());
    for (const QString &column : expected.columnOrder) {
        const auto found = actual.columns.constFind(column);
        if (found == actual.columns.constEnd()) {
            differences << Messages::tr("its table %1 lacks the column %2").arg(name, column);
        } else if (!(*found == expected.columns.value(column))) {
            differences << Messages::tr("its table %1 has the column %2 as %3 instead of %4")
                               .arg(name,
                                    column,
                                    found->describe(),
                                    expected.columns.value(column).describe());
        }
    }
    for (const QString &column : actual.columnOrder) {
        if (!expected.columns.contains(column)) {
            differences << Messages::tr("its table %1 has a column %2 this version does not know")
                               .arg(name, column);
        }
    }
    for (const QString &reference : expected.references) {
        if (!actual.references.contains(reference))
            differences << Messages::tr("its table %1 lacks the reference %2").arg(name, reference);
    }
    for (const QString &reference : actual.references) {
        if (!expected.references.contains(reference)) {
            differences << Messages::tr("its table %1 has a reference %2 this version does not "
                                        "know")
                               .arg(name, reference);
        }
    }
    // Same columns and references, other text: the rules (CHECK, UNIQUE) are not the same.
    if (int(differences.size()) == before && actual.sql != expected.sql) {
        differences << Messages::tr("its table %1 has other rules (CHECK or UNIQUE) than this "
                                    "version expects")
                           .arg(name);
    }
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}
} // namespace

QStringList differences(const QSqlDatabase &connection, int version)
{
    QStringList differences;
    Schema actual;
    try {
        actual = readSchema(connection);
    } catch (const Error &error) {
        return {error.message()};
    }
    const Schema &expected = expectedSchema(version);
    for (auto table = expected.tables.cbegin(); table != expected.tables.cend(); ++table) {
        const auto found = actual.tables.constFind(table.key());
        if (found == actual.tables.constEnd())
            differences << Messages::tr("it lacks the table %1").arg(table.key());
        else
            compareTable(table.key(), table.value(), found.value(), differences);
    }
    for (auto table = actual.tables.cbegin(); table != actual.tables.cend(); ++table) {
        if (!expected.tables.contains(table.key()))
            differences
                << Messages::tr("it has a table %1 this version does not know").arg(table.key());
    }
    const QStringList kinds{
        QStringLiteral("index"), QStringLiteral("trigger"), QStringLiteral("view")};
    for (const QString &kind : kinds) {
        const QMap<QString, QString> wanted = expected.others.value(kind);
        const QMap<QString, QString> present = actual.others.value(kind);
        for (auto object = wanted.cbegin(); object != wanted.cend(); ++object) {
            if (!present.contains(object.key()))
                differences << Messages::tr("it lacks the %1 %2").arg(kindName(kind), object.key());
            else if (present.value(object.key()) != object.value())
                differences << Messages::tr("its %1 %2 is not the one this version expects")
                                   .arg(kindName(kind), object.key());
        }
        for (auto object = present.cbegin(); object != present.cend(); ++object) {
            if (!wanted.contains(object.key()))
                differences << Messages::tr("it has a %1 %2 this version does not know")
                                   .arg(kindName(kind), object.key());
        }
    }
    return differences;
}

QStringList ruleViolations(const QSqlDatabase &connection, int version)
{
    QStringList problems;
    const ScratchDatabase scratch(version);
    QSqlDatabase copy = scratch.connection();
    const Schema &expected = expectedSchema(version);
    QSqlQuery(copy).exec(QStringLiteral("BEGIN"));
    // Triggers keep what is derived from the rows (the search index) in step: not rules.
    const QMap<QString, QString> triggers = expected.others.value(QStringLiteral("trigger"));
    for (auto trigger = triggers.keyBegin(); trigger != triggers.keyEnd(); ++trigger)
        QSqlQuery(copy).exec(QStringLiteral("DROP TRIGGER %1").arg(quoted(*trigger)));
    // A virtual table (the search index) and the tables SQLite keeps for it hold no rules.
    QStringList derived;
    for (auto table = expected.tables.cbegin(); table != expected.tables.cend(); ++table) {
        if (table.value().sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                         Qt::CaseInsensitive))
            derived << table.key();
    }
    auto isDerived = [&derived](const QString &name) {
        for (const QString &virtualTable : derived) {
            if (name == virtualTable || name.startsWith(virtualTable + QLatin1Char('_')))
                return true;
        }
        return false;
    };
    for (auto table = expected.tables.cbegin(); table != expected.tables.cend(); ++table) {
        if (isDerived(table.key()))
            continue;
        const QStringList &columns = table.value().columnOrder;
        QStringList quotedColumns;
        for (const QString &column : columns)
            quotedColumns << quoted(column);
        QSqlQuery rows(connection);
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT rowid, %1 FROM %2")
                           .arg(quotedColumns.join(QStringLiteral(", ")), quoted(table.key())))) {
            problems << Messages::tr("its table %1 cannot be read (%2)")
                            .arg(table.key(), rows.lastError().text());
            continue;
        }
        QSqlQuery insert(copy);
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quoted(table.key()),
                     quotedColumns.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        int broken = 0;
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, rows.value(i + 1));
            if (insert.exec())
                continue;
            if (++broken <= NamedRowsPerTable) {
                const QSqlError error = insert.lastError();
                problems << Messages::tr("the row %1 of %2 breaks a rule (%3)")
                                .arg(rows.value(0).toString(),
                                     table.key(),
                                     error.databaseText().isEmpty() ? error.text()
                                                                    : error.databaseText());
            }
        }
        if (broken > NamedRowsPerTable) {
            problems << Messages::tr("and %n more row(s) of %1 break rules",
                                     nullptr,
                                     broken - NamedRowsPerTable)
                            .arg(table.key());
        }
        if (rows.lastError().isValid() && rows.lastError().type() != QSqlError::NoError) {
            problems << Messages::tr("its table %1 cannot be read to the end (%2)")
                            .arg(table.key(), rows.lastError().text());
        }
    }
    QSqlQuery(copy).exec(QStringLiteral("ROLLBACK"));
    return problems;
}

} // namespace Mentorbook::SchemaCheck
