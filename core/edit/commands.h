// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationship.h"

#include <QDateTime>
#include <QUndoCommand>

namespace Mentorbook {

class Store;

/**
 * The undo commands. Store writes the first time itself (so that a refused write never
 * reaches the stack); a command's first redo() is therefore skipped.
 */
template<class T>
class ChangeCommand : public QUndoCommand
{
public:
    /** Edits of one field of one row within this many seconds become one undo step. */
    static constexpr int MergeSeconds = 10;

    ChangeCommand(Store &store, T before, T after, const QString &text, int field)
        : QUndoCommand(text)
        , m_store(store)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
        , m_time(QDateTime::currentDateTimeUtc())
    {}

    void undo() override;
    void redo() override;
    int id() const override { return m_field < 0 ? -1 : 0x4D420000 + m_field; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeCommand<T> *>(other);
        if (!next || next->m_after.id != m_after.id || next->m_field != m_field
            || m_time.secsTo(next->m_time) > MergeSeconds) {
            return false;
        }
        m_after = next->m_after;
        m_time = next->m_time;
        return true;
    }

private:
    Store &m_store;
    T m_before;
    T m_after;
    int m_field;
    QDateTime m_time;
    bool m_firstRedo = true;
};

template<class T>
class AddCommand : public QUndoCommand
{
public:
    AddCommand(Store &store, T item, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_item(std::move(item))
    {}

    void undo() override;
    void redo() override;

private:
    Store &m_store;
    T m_item;
    bool m_firstRedo = true;
};

/** Deletes one row; undo restores the whole relationship it belonged to as it was. */
template<class T>
class RemoveCommand : public QUndoCommand
{
public:
    RemoveCommand(Store &store, Id id, Relationship snapshot, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_id(id)
        , m_snapshot(std::move(snapshot))
    {}

    void undo() override;
    void redo() override;

private:
    Store &m_store;
    Id m_id;
    Relationship m_snapshot;
    bool m_firstRedo = true;
};

/** A whole relationship added at once (the sample); undo deletes it, redo restores it. */
class AddRelationshipCommand : public QUndoCommand
{
public:
    AddRelationshipCommand(Store &store, Relationship snapshot, const QString &text)
        : QUndoCommand(text)
        , m_store(store)
        , m_snapshot(std::move(snapshot))
    {}

    void undo() override;
    void redo() override;

private:
    Store &m_store;
    Relationship m_snapshot;
    bool m_firstRedo = true;
};

} // namespace Mentorbook
