// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "model/fieldcolumns.h"
#include "relationship.h"
#include "storage/repositories.h"

#include <QObject>
#include <QUndoStack>

namespace Mentorbook {

/**
 * The one way edits reach the database. Each edit is written at once, in a transaction, and
 * pushed onto the undo stack as a command; after every write the store announces what
 * changed, and every model showing that row refreshes from it. A refused write is reported
 * through writeFailed() and changes nothing.
 */
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(Database &database, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    Repositories &repositories() { return m_repositories; }
    const Repositories &repositories() const { return m_repositories; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /** Replaces a stored row with `after`; `field` lets consecutive edits of it merge. */
    template<class T>
    bool change(const T &after, const QString &text, int field = -1);
    /** Adds a row; returns its id, or 0 when it was refused. */
    template<class T>
    Id create(const T &item, const QString &text);
    /** Deletes a row and what belongs to it; undo brings all of it back. */
    template<class T>
    bool erase(Id id, const QString &text);
    /** Adds the sample relationship as one undoable step; returns the mentee's id or 0. */
    Id addSample(const QDate &today);

    // The writes the undo commands make; each announces what it changed.
    template<class T>
    void writeUpdate(const T &item);
    template<class T>
    void writeRestore(const T &item);
    template<class T>
    void writeRemove(Id id);
    void writeSnapshot(const Relationship &snapshot);
    /** Tells the views that an edit was refused, and why. */
    void reportFailure(const QString &message) { emit writeFailed(message); }
    /** Runs a write, reporting a refusal instead of throwing; returns whether it succeeded. */
    template<class Write>
    bool attempt(Write &&write);

signals:
    void changed(const Mentorbook::Change &change);
    /** Many rows of one relationship changed at once (delete, undo of a delete, sample). */
    void relationshipReset(Mentorbook::Id menteeId);
    void saved();
    void writeFailed(const QString &message);

private:
    template<class T>
    void announce(Change::Kind kind, const T &item);

    Database &m_database;
    Repositories m_repositories;
    QUndoStack m_undoStack;
};

} // namespace Mentorbook

#include "commands.h"

namespace Mentorbook {

template<class Write>
bool Store::attempt(Write &&write)
{
    try {
        write();
        emit saved();
        return true;
    } catch (const ValidationError &error) {
        emit writeFailed(describeForUser(error));
        return false;
    } catch (const Error &error) {
        emit writeFailed(error.message());
        return false;
    }
}

template<class T>
void Store::announce(Change::Kind kind, const T &item)
{
    emit changed(Change{kind, tableOf<T>().name, item.id, owningMentee(m_database, item)});
}

template<class T>
void Store::writeUpdate(const T &item)
{
    attempt([&] {
        T stored = item;
        m_repositories.of<T>().update(stored);
        announce(Change::Updated, stored);
    });
}

template<class T>
void Store::writeRestore(const T &item)
{
    attempt([&] {
        m_repositories.of<T>().restore(item);
        announce(Change::Added, item);
    });
}

template<class T>
void Store::writeRemove(Id id)
{
    attempt([&] {
        const T item = m_repositories.of<T>().get(id);
        const Id mentee = owningMentee(m_database, item);
        m_repositories.of<T>().remove(id);
        emit changed(Change{Change::Removed, tableOf<T>().name, id, mentee});
    });
}

template<class T>
bool Store::change(const T &after, const QString &text, int field)
{
    T before;
    T stored = after;
    bool same = false;
    const bool written = attempt([&] {
        before = m_repositories.of<T>().get(after.id);
        same = sameFields(before, after);
        if (!same)
            m_repositories.of<T>().update(stored);
    });
    if (!written)
        return false;
    if (same)
        return true;
    m_undoStack.push(new ChangeCommand<T>(*this, before, stored, text, field));
    announce(Change::Updated, stored);
    return true;
}

template<class T>
Id Store::create(const T &item, const QString &text)
{
    T stored = item;
    if (!attempt([&] { m_repositories.of<T>().add(stored); }))
        return 0;
    m_undoStack.push(new AddCommand<T>(*this, stored, text));
    announce(Change::Added, stored);
    return stored.id;
}

template<class T>
bool Store::erase(Id id, const QString &text)
{
    Relationship snapshot;
    Id mentee = 0;
    const bool removed = attempt([&] {
        const T item = m_repositories.of<T>().get(id);
        mentee = owningMentee(m_database, item);
        snapshot = Relationship::load(m_repositories, mentee);
        m_repositories.of<T>().remove(id);
    });
    if (!removed)
        return false;
    m_undoStack.push(new RemoveCommand<T>(*this, id, snapshot, text));
    emit changed(Change{Change::Removed, tableOf<T>().name, id, mentee});
    emit relationshipReset(mentee);
    return true;
}

template<class T>
void ChangeCommand<T>::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_store.writeUpdate(m_after);
}

template<class T>
void ChangeCommand<T>::undo()
{
    m_store.writeUpdate(m_before);
}

template<class T>
void AddCommand<T>::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_store.writeRestore(m_item);
}

template<class T>
void AddCommand<T>::undo()
{
    m_store.writeRemove<T>(m_item.id);
}

template<class T>
void RemoveCommand<T>::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    m_store.writeRemove<T>(m_id);
    emit m_store.relationshipReset(m_snapshot.menteeId);
}

template<class T>
void RemoveCommand<T>::undo()
{
    m_store.writeSnapshot(m_snapshot);
}

} // namespace Mentorbook
