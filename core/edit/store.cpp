// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

namespace Mentorbook {

Store::Store(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repositories(database)
{
    m_undoStack.setUndoLimit(UndoLimit);
}

bool Store::write(const std::function<void()> &writes)
{
    if (m_database.isReadOnly()) {
        // Refused before SQLite is asked, so that the reason is the place, not an SQL error.
        emit writeFailed(m_database.isReadOnlyFallback()
                             ? tr("This database is read-only: %1. Nothing was changed.")
                                   .arg(m_database.readOnlyReason())
                             : tr("This database is open for reading only. Nothing was changed."));
        return false;
    }
    try {
        Transaction transaction(m_database);
        writes();
        transaction.commit();
        return true;
    } catch (const ValidationError &error) {
        emit writeFailed(describeForUser(error));
    } catch (const ChangedElsewhere &error) {
        emit writeFailed(error.message());
        // Shown again as stored: the views drop the stale copy the refused edit came from.
        emit changed(error.change());
    } catch (const Error &error) {
        emit writeFailed(error.message());
    } catch (const std::exception &error) {
        emit writeFailed(QString::fromLocal8Bit(error.what()));
    }
    return false;
}

void Store::announce(const QList<Change> &changes)
{
    // A relationship added or removed whole is one reset, not hundreds of row signals.
    for (const Change &change : changes) {
        if (changes.size() > 1 && change.is(TableId::Mentees) && change.kind != Change::Updated) {
            emit relationshipReset(change.menteeId);
            emit saved();
            return;
        }
    }
    for (const Change &change : changes)
        emit changed(change);
    emit saved();
}

bool Store::push(VerbCommand *command)
{
    // The command's redo() writes; push() drops a command that made itself obsolete.
    bool written = false;
    command->setOutcome(&written);
    m_undoStack.push(command);
    return written;
}

bool Store::run(const QString &text, const VerbCommand::Work &work)
{
    return push(new VerbCommand(*this, text, work));
}

VerbCommand::VerbCommand(Store &store, const QString &text, Work work)
    : QUndoCommand(text)
    , m_store(store)
    , m_work(std::move(work))
{}

void VerbCommand::redo()
{
    bool written = false;
    if (!m_done) {
        Journal journal;
        written = m_store.write([&] {
            Writer writer = m_store.writerFor(journal);
            m_work(writer);
        });
        if (written) {
            m_journal = journal;
            m_done = true;
            m_work = nullptr; // what it captured may not outlive the first run
        }
    } else {
        written = m_store.write(
            [&] { m_journal.replay(m_store.m_repositories, Journal::Direction::Forward); });
    }
    report(written, Journal::Direction::Forward);
}

void VerbCommand::undo()
{
    const bool written = m_store.write(
        [&] { m_journal.replay(m_store.m_repositories, Journal::Direction::Backward); });
    report(written, Journal::Direction::Backward);
}

void VerbCommand::report(bool written, Journal::Direction direction)
{
    if (m_outcome) {
        *m_outcome = written;
        m_outcome = nullptr;
    }
    // A step the database did not take, or one that wrote nothing, leaves the stack.
    if (!written || m_journal.isEmpty()) {
        setObsolete(true);
        return;
    }
    m_store.announce(m_journal.changes(direction));
}

FieldEditCommand::FieldEditCommand(Store &store,
                                   const QString &text,
                                   Work work,
                                   TableId table,
                                   Id row,
                                   const QString &field,
                                   std::function<bool()> backAtStart)
    : VerbCommand(store, text, std::move(work))
    , m_table(table)
    , m_row(row)
    , m_field(field)
    , m_time(QDateTime::currentDateTimeUtc())
    , m_backAtStart(std::move(backAtStart))
{}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const FieldEditCommand *>(other);
    // A refused edit wrote nothing to merge: the stack drops it as obsolete.
    if (!next || next->m_journal.isEmpty() || next->m_table != m_table || next->m_row != m_row
        || next->m_field != m_field || m_time.secsTo(next->m_time) > MergeSeconds) {
        return false;
    }
    m_journal.append(next->m_journal);
    m_time = next->m_time;
    if (m_backAtStart()) {
        // Back where it started: put the row back exactly (its time stamp too), leave no step.
        if (m_store.write(
                [&] { m_journal.replay(m_store.m_repositories, Journal::Direction::Backward); }))
            m_store.announce(m_journal.changes(Journal::Direction::Backward));
        setObsolete(true);
    }
    return true;
}

} // namespace Mentorbook
