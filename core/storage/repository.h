// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/validation.h"
#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlRecord>

#include <optional>

namespace Mentorbook {

/** The translation context of the repositories' messages (a template cannot carry one). */
class RepositoryMessages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Repository)
};

/** Translated singular nouns of tables, for messages ("no mentee with id 7"). */
QString singularNoun(const QString &table);
/** The mentee a row of table belongs to, or 0 if there is no such row. */
Id menteeOfRow(const Database &database, const QString &table, Id id);

/** The mentee a row belongs to, read from the row or, for reviews, from what it reviews. */
Id owningMentee(const Database &database, const Mentee &mentee);
Id owningMentee(const Database &database, const Attachment &attachment);
Id owningMentee(const Database &database, const Goal &goal);
Id owningMentee(const Database &database, const GoalReview &review);
Id owningMentee(const Database &database, const ProblemStatement &statement);
Id owningMentee(const Database &database, const Session &session);
Id owningMentee(const Database &database, const Action &action);
Id owningMentee(const Database &database, const ActionReview &review);

/** Checks a table's unique keys other than id; throws ValidationError. */
void checkUnique(const Database &database, const Session &session);
void checkUnique(const Database &database, const GoalReview &review);
void checkUnique(const Database &database, const ActionReview &review);
template<class T>
void checkUnique(const Database &, const T &)
{}

/**
 * What a stored row gets from the storage itself: a session its calendar UID, if it has none.
 * A new row (not one restored) is always a new meeting: it gets a new UID, at SEQUENCE 0.
 */
void completeNew(const Database &database, Session &session, bool restored);
template<class T>
void completeNew(const Database &, T &, bool)
{}
/**
 * What a changed row keeps from the stored one whatever the caller wrote: a session its
 * calendar UID, and a calendar SEQUENCE that never falls and rises by one when the time,
 * length, place or status changes (undo and redo included, so calendars always take it).
 */
void completeChange(const Database &database, Session &session);
template<class T>
void completeChange(const Database &, T &)
{}

/**
 * Reads and writes the rows of one entity's table, described by tableOf<T>(). Every write is
 * validated (fields, rules, references that exist and belong to the same mentee), stamped and
 * run as a prepared statement inside a transaction.
 */
template<class T>
class Repository
{
public:
    explicit Repository(Database &database)
        : m_database(database)
    {}

    std::optional<T> find(Id id) const
    {
        QSqlQuery query = m_database.prepare(selectSql() + QStringLiteral(" WHERE id = ?"));
        query.addBindValue(id);
        Database::run(query);
        if (!query.next())
            return std::nullopt;
        return fromRow(query);
    }

    /** The row with this id; throws Error if there is none. */
    T get(Id id) const
    {
        if (auto item = find(id))
            return *item;
        throw Error(RepositoryMessages::tr("There is no %1 with id %2.")
                        .arg(singularNoun(table().name))
                        .arg(id));
    }

    QList<T> all() const { return select(QString(), {}); }

    /** The rows whose column equals value, in the given order (a column list). */
    QList<T> where(const QString &column,
                   const QVariant &value,
                   const QString &orderBy = QStringLiteral("id")) const
    {
        return select(QStringLiteral(" WHERE ") + checkedColumn(column) + QStringLiteral(" = ?"),
                      {value},
                      orderBy);
    }

    /** The rows that meet an SQL condition on this table's columns (Repositories' queries). */
    QList<T> matching(const QString &condition,
                      const QVariantList &values,
                      const QString &orderBy = QStringLiteral("id")) const
    {
        return select(QStringLiteral(" WHERE ") + condition, values, orderBy);
    }

    int count() const
    {
        QSqlQuery query
            = m_database.prepare(QStringLiteral("SELECT count(*) FROM ") + table().name);
        Database::run(query);
        return query.next() ? query.value(0).toInt() : 0;
    }

    /** Stores a new row; sets item's id and time stamps. */
    void add(T &item)
    {
        const QDateTime now = m_database.now();
        T stored = item;
        stored.id = 0;
        stored.createdAt = now;
        stored.updatedAt = now;
        completeNew(m_database, stored, false);
        insert(stored);
        item = stored;
    }

    /**
     * Stores a row with its time stamps as they are, and its id unless that is 0 (import,
     * undo of a delete). Returns the stored id.
     */
    Id restore(const T &item)
    {
        if (item.id < 0 || !item.createdAt.isValid() || !item.updatedAt.isValid())
            throw Error(RepositoryMessages::tr("A restored %1 needs its time stamps.")
                            .arg(singularNoun(table().name)));
        T copy = item;
        insert(copy);
        return copy.id;
    }

    enum class Stamp { Now, AsGiven };

    /** Writes every field of an existing row; refreshes item's updated_at unless AsGiven. */
    void update(T &item, Stamp stamp = Stamp::Now)
    {
        T stored = item;
        if (stamp == Stamp::Now || !stored.updatedAt.isValid())
            stored.updatedAt = m_database.now();
        Transaction transaction(m_database);
        // What the storage keeps first, so that what is checked is what is written.
        completeChange(m_database, stored);
        check(stored);
        QStringList assignments;
        for (const Field<T> &field : table().fields)
            assignments << field.name + QStringLiteral(" = ?");
        assignments << QStringLiteral("updated_at = ?");
        QSqlQuery query
            = m_database.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                     .arg(table().name, assignments.join(QStringLiteral(", "))));
        for (const Field<T> &field : table().fields)
            query.addBindValue(bindable(field, stored));
        query.addBindValue(Canonical::fromDateTime(stored.updatedAt));
        query.addBindValue(stored.id);
        Database::run(query);
        if (query.numRowsAffected() != 1)
            throw Error(RepositoryMessages::tr("There is no %1 with id %2.")
                            .arg(singularNoun(table().name))
                            .arg(item.id));
        transaction.commit();
        item = stored;
    }

    /** Deletes a row and, through the foreign keys, everything that belongs to it. */
    void remove(Id id)
    {
        Transaction transaction(m_database);
        QSqlQuery query
            = m_database.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table().name));
        query.addBindValue(id);
        Database::run(query);
        if (query.numRowsAffected() != 1)
            throw Error(RepositoryMessages::tr("There is no %1 with id %2.")
                            .arg(singularNoun(table().name))
                            .arg(id));
        transaction.commit();
    }

private:
    static const Table<T> &table() { return tableOf<T>(); }

    static QString checkedColumn(const QString &column)
    {
        for (const Field<T> &field : table().fields) {
            if (field.name == column)
                return column;
        }
        if (column == QLatin1String("id"))
            return column;
        throw Error(QStringLiteral("%1 has no column %2").arg(table().name, column));
    }

    static QString columns()
    {
        QStringList names{QStringLiteral("id")};
        for (const Field<T> &field : table().fields)
            names << field.name;
        names << QStringLiteral("created_at") << QStringLiteral("updated_at");
        return names.join(QStringLiteral(", "));
    }

    static QString selectSql()
    {
        return QStringLiteral("SELECT %1 FROM %2").arg(columns(), table().name);
    }

    /** SQLite binds a null QString as NULL; text columns hold '' instead. */
    static QVariant bindable(const Field<T> &field, const T &item)
    {
        const QVariant value = field.read(item);
        if (field.type == FieldType::Text && value.toString().isNull())
            return QStringLiteral("");
        if (field.type == FieldType::Blob && value.toByteArray().isNull())
            return QByteArray("", 0);
        return value;
    }

    QList<T> select(const QString &condition,
                    const QVariantList &values,
                    const QString &orderBy = QStringLiteral("id")) const
    {
        QSqlQuery query
            = m_database.prepare(selectSql() + condition + QStringLiteral(" ORDER BY ") + orderBy);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.setForwardOnly(true);
        Database::run(query);
        QList<T> items;
        while (query.next())
            items << fromRow(query);
        return items;
    }

    static T fromRow(const QSqlQuery &query)
    {
        T item;
        item.id = query.value(0).toLongLong();
        int column = 1;
        try {
            for (const Field<T> &field : table().fields)
                field.write(item, query.value(column++));
            item.createdAt
                = Canonical::toDateTime(QStringLiteral("created_at"), query.value(column++), true);
            item.updatedAt
                = Canonical::toDateTime(QStringLiteral("updated_at"), query.value(column++), true);
        } catch (const ValidationError &error) {
            throw error.under(QStringLiteral("%1[id=%2]").arg(table().name).arg(item.id));
        }
        return item;
    }

    void check(const T &item) const
    {
        validate(item);
        const Id mentee = owningMentee(m_database, item);
        for (const Field<T> &field : table().fields) {
            if (field.type != FieldType::Reference)
                continue;
            const QVariant value = field.read(item);
            if (value.isNull())
                continue;
            const Id id = value.toLongLong();
            const Id referencedMentee = menteeOfRow(m_database, field.referencedTable, id);
            if (referencedMentee == 0) {
                throw ValidationError(field.name,
                                      RepositoryMessages::tr("there is no %1 with id %2")
                                          .arg(singularNoun(field.referencedTable))
                                          .arg(id));
            }
            if (referencedMentee != mentee) {
                throw ValidationError(field.name,
                                      RepositoryMessages::tr("%1 %2 belongs to another mentee")
                                          .arg(singularNoun(field.referencedTable))
                                          .arg(id));
            }
        }
        checkUnique(m_database, item);
    }

    void insert(T &item)
    {
        completeNew(m_database, item, true);
        check(item);
        const bool withId = item.id > 0;
        QStringList placeholders;
        for (int i = 0; i < table().fields.size() + 2 + (withId ? 1 : 0); ++i)
            placeholders << QStringLiteral("?");
        QString names = columns();
        if (!withId)
            names.remove(0, QStringLiteral("id, ").size());
        Transaction transaction(m_database);
        QSqlQuery query = m_database.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table().name, names, placeholders.join(QStringLiteral(", "))));
        if (withId)
            query.addBindValue(item.id);
        for (const Field<T> &field : table().fields)
            query.addBindValue(bindable(field, item));
        query.addBindValue(Canonical::fromDateTime(item.createdAt));
        query.addBindValue(Canonical::fromDateTime(item.updatedAt));
        try {
            Database::run(query);
        } catch (const Error &) {
            if (withId && find(item.id))
                throw ValidationError(QStringLiteral("id"),
                                      RepositoryMessages::tr("%1 is already taken").arg(item.id));
            throw;
        }
        item.id = query.lastInsertId().toLongLong();
        transaction.commit();
    }

    Database &m_database;
};

} // namespace Mentorbook
