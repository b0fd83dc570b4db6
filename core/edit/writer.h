// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/tables.h"
#include "journal.h"
#include "program/history.h"

namespace Mentorbook {

/**
 * A write refused because the field it would change was changed elsewhere (another window or
 * program on the same file) after the caller read it: nothing is written, and change() names
 * the stored row, to show again as it now is.
 */
class ChangedElsewhere : public Error
{
public:
    /** The message names the field and quotes the value that was not saved. */
    ChangedElsewhere(const Change &change, const QString &refusedValue);

    Change change() const { return m_change; }

private:
    Change m_change;
};

/**
 * The writes a verb makes, inside the one transaction of its undo step. Each write is
 * validated by the repository and noted in the journal; a deletion first takes down, one row
 * at a time, what the foreign keys would (cascaded rows removed, optional references
 * cleared), so that undo knows exactly the rows it touched. Only the store makes a Writer.
 */
class Writer
{
public:
    const Repositories &repositories() const { return m_repositories; }
    QDateTime now() const { return m_repositories.database().now(); }

    /** Stores a new row; returns it with its id and time stamps. */
    template<class T>
    T add(const T &item)
    {
        T stored = item;
        m_repositories.of<T>().add(stored);
        m_journal.added(stored, owningMentee(m_repositories.database(), stored));
        return stored;
    }

    /** Writes a changed row; a row whose fields are all the same is left alone. */
    template<class T>
    T update(const T &after)
    {
        const T before = m_repositories.of<T>().get(after.id);
        QStringList fields;
        for (const Field<T> &field : tableOf<T>().fields) {
            if (field.read(before) != field.read(after))
                fields << field.name;
        }
        if (fields.isEmpty())
            return before;
        T stored = after;
        stored.createdAt = before.createdAt;
        m_repositories.of<T>().update(stored);
        m_journal.updated(before, stored, owningMentee(m_repositories.database(), stored), fields);
        return stored;
    }

    /**
     * Writes one field of a row and nothing else, if the field still holds what the caller
     * saw: a row changed elsewhere since (another window, another program) keeps what was
     * written there. Throws ChangedElsewhere, with the stored row's change to announce, when
     * that field itself was changed meanwhile.
     */
    template<class T>
    T updateField(const T &seen, const T &after, const QString &name)
    {
        const T current = m_repositories.of<T>().get(after.id);
        for (const Field<T> &field : tableOf<T>().fields) {
            if (field.name != name)
                continue;
            if (field.read(current) != field.read(seen)) {
                Change change;
                change.kind = Change::Updated;
                change.table = tableIdOf<T>();
                change.id = current.id;
                change.menteeId = owningMentee(m_repositories.database(), current);
                change.fields = QStringList{name};
                throw ChangedElsewhere(change, field.read(after).toString());
            }
            T written = current;
            field.write(written, field.read(after));
            return update(written);
        }
        throw Error(QStringLiteral("no field %1").arg(name));
    }

    /** Deletes a row and what belongs to it. */
    template<class T>
    void remove(Id id)
    {
        const T before = m_repositories.of<T>().get(id);
        const Id mentee = owningMentee(m_repositories.database(), before);
        takeDownDependents(tableOf<T>().name, id);
        m_repositories.of<T>().remove(id);
        m_journal.removed(before, mentee);
    }

    /**
     * Adds a whole relationship at once (the sample): populate writes it through the
     * repositories and returns the mentee's id; every row it wrote is then noted.
     */
    template<class Populate>
    Id addRelationship(Populate &&populate)
    {
        const Id mentee = populate(m_repositories);
        noteAdded(History::load(m_repositories, mentee, History::Files::With));
        return mentee;
    }

private:
    friend class Store;
    friend class VerbCommand;
    Writer(Repositories &repositories, Journal &journal)
        : m_repositories(repositories)
        , m_journal(journal)
    {}

    /** The rows that refer to a row about to go: children first, in reverse table order, so
     *  that references among them are gone before their parents. */
    void takeDownDependents(const QString &table, Id id);
    void noteAdded(const History &history);

    template<class C>
    void takeDownIn(const QString &table, Id id)
    {
        for (const Field<C> &field : tableOf<C>().fields) {
            if (field.type != FieldType::Reference || field.referencedTable != table)
                continue;
            for (const C &row : m_repositories.of<C>().where(field.name, id)) {
                if (field.required) {
                    remove<C>(row.id);
                } else {
                    C cleared = row;
                    field.write(cleared, QVariant());
                    update(cleared);
                }
            }
        }
    }

    Repositories &m_repositories;
    Journal &m_journal;
};

} // namespace Mentorbook
