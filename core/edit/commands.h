// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal.h"

#include <QDateTime>
#include <QUndoCommand>

#include <functional>

namespace Mentorbook {

class Store;
class Writer;

/** The ids by which undo commands of one kind merge. */
enum class CommandId {
    EditField = 1, ///< consecutive edits of one field of one row
};

/**
 * One user action as one undo step. The first redo() runs the verb's writes in a
 * transaction and keeps their journal; undo() and later redo() replay it. A write that is
 * refused rolls the transaction back, is reported, and makes the command obsolete, so that
 * the stack never holds a step the database did not take.
 */
class VerbCommand : public QUndoCommand
{
public:
    using Work = std::function<void(Writer &)>;

    VerbCommand(Store &store, const QString &text, Work work);

    void redo() override;
    void undo() override;

    /** Where the first redo() says whether it was written (read by the store's push). */
    void setOutcome(bool *outcome) { m_outcome = outcome; }

protected:
    Store &m_store;
    Journal m_journal;

private:
    void report(bool written, Journal::Direction direction);

    Work m_work;
    bool m_done = false;
    bool *m_outcome = nullptr;
};

/**
 * An edit of one field of one row. Edits of the same field of the same row in quick
 * succession merge into one step; one that returns the field to where it started leaves no
 * step at all.
 */
class FieldEditCommand : public VerbCommand
{
public:
    /** Edits of one field of one row within this many seconds become one undo step. */
    static constexpr int MergeSeconds = 10;

    FieldEditCommand(Store &store,
                     const QString &text,
                     Work work,
                     TableId table,
                     Id row,
                     const QString &field,
                     std::function<bool()> backAtStart);

    int id() const override { return int(CommandId::EditField); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    TableId m_table;
    Id m_row;
    QString m_field;
    QDateTime m_time;
    std::function<bool()> m_backAtStart;
};

} // namespace Mentorbook
