// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "commands.h"
#include "domain/fieldtitles.h"
#include "storage/repositories.h"
#include "writer.h"

#include <QObject>
#include <QUndoStack>

namespace Mentorbook {

/**
 * The one way edits reach the database. Each user action is a verb (core/edit/verbs.h) that
 * the store runs as one undo command: written at once, all or nothing, in one transaction.
 * After every write the store announces each row that changed, and every model showing that
 * row refreshes from it. A refused write is reported through writeFailed(), changes nothing
 * and leaves nothing on the undo stack.
 */
class Store : public QObject
{
    Q_OBJECT

public:
    /** How many steps undo keeps. */
    static constexpr int UndoLimit = 200;

    explicit Store(Database &database, QObject *parent = nullptr);

    Database &database() const { return m_database; }
    const Repositories &repositories() const { return m_repositories; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /** Runs a verb's writes as one undo step; returns whether they were written. */
    bool run(const QString &text, const VerbCommand::Work &work);

    /** Replaces a stored row with `after` (a verb's, read in its own transaction). */
    template<class T>
    bool change(const T &after, const QString &text);
    /**
     * Writes `field` of the row `seen` as it is in `after`, and nothing else; consecutive
     * edits of one field merge into one step. Refused and reported, with the row shown again
     * as stored, when that field was changed elsewhere since `seen` was read.
     */
    template<class T>
    bool change(const T &seen, const T &after, const QString &text, const QString &field);
    /** Adds a row; returns its id, or 0 when it was refused. */
    template<class T>
    Id create(const T &item, const QString &text);
    /** Deletes a row and what belongs to it; undo brings all of it back. */
    template<class T>
    bool erase(Id id, const QString &text);

    /** Tells the views that an edit was refused, and why. */
    void reportFailure(const QString &message) { emit writeFailed(message); }

signals:
    void changed(const Mentorbook::Change &change);
    /** Many rows of one relationship changed at once (a mentee added whole or deleted). */
    void relationshipReset(Mentorbook::Id menteeId);
    void saved();
    void writeFailed(const QString &message);

private:
    friend class VerbCommand;
    friend class FieldEditCommand;

    /** Runs writes in one transaction; reports a refusal instead of throwing. */
    bool write(const std::function<void()> &writes);
    /** Announces what a journal's replay changed. */
    void announce(const QList<Change> &changes);
    Writer writerFor(Journal &journal) { return Writer(m_repositories, journal); }
    bool push(VerbCommand *command);

    Database &m_database;
    Repositories m_repositories;
    QUndoStack m_undoStack;
};

template<class T>
bool Store::change(const T &after, const QString &text)
{
    return run(text, [after](Writer &writer) { writer.update(after); });
}

template<class T>
bool Store::change(const T &seen, const T &after, const QString &text, const QString &field)
{
    const Id id = after.id;
    std::optional<T> start;
    try {
        start = m_repositories.of<T>().find(id);
    } catch (const Error &error) {
        emit writeFailed(error.message());
        return false;
    }
    if (!start) {
        emit writeFailed(RepositoryMessages::tr("There is no %1 with id %2.")
                             .arg(singularNoun(tableOf<T>().name))
                             .arg(id));
        return false;
    }
    if (sameFields(*start, after))
        return true;
    auto backAtStart = [this, start = *start]() {
        const auto now = m_repositories.of<T>().find(start.id);
        return now && sameFields(*now, start);
    };
    return push(new FieldEditCommand(
        *this,
        text,
        [seen, after, field](Writer &writer) { writer.updateField(seen, after, field); },
        tableIdOf<T>(),
        id,
        field,
        backAtStart));
}

template<class T>
Id Store::create(const T &item, const QString &text)
{
    Id id = 0;
    return run(text, [item, &id](Writer &writer) { id = writer.add(item).id; }) ? id : 0;
}

template<class T>
bool Store::erase(Id id, const QString &text)
{
    return run(text, [id](Writer &writer) { writer.remove<T>(id); });
}

} // namespace Mentorbook
