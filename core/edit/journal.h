// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "change.h"
#include "storage/repositories.h"

#include <functional>

namespace Mentorbook {

/**
 * The rows one edit wrote, each with its value before and after, so that undo puts back
 * exactly what was there (ids and time stamps too) and redo writes exactly what the edit
 * wrote the first time.
 */
class Journal
{
public:
    template<class T>
    void added(const T &after, Id menteeId)
    {
        m_entries.append({[after](Repositories &r) { r.of<T>().restore(after); },
                          [id = after.id](Repositories &r) { r.of<T>().remove(id); },
                          Change{Change::Added, tableIdOf<T>(), after.id, menteeId, {}},
                          Change{Change::Removed, tableIdOf<T>(), after.id, menteeId, {}}});
    }
    template<class T>
    void updated(const T &before, const T &after, Id menteeId, const QStringList &fields)
    {
        using Stamp = typename Repository<T>::Stamp;
        m_entries.append({[after](Repositories &r) {
                              T row = after;
                              r.of<T>().update(row, Stamp::AsGiven);
                          },
                          [before](Repositories &r) {
                              T row = before;
                              r.of<T>().update(row, Stamp::AsGiven);
                          },
                          Change{Change::Updated, tableIdOf<T>(), after.id, menteeId, fields},
                          Change{Change::Updated, tableIdOf<T>(), after.id, menteeId, fields}});
    }
    template<class T>
    void removed(const T &before, Id menteeId)
    {
        m_entries.append({[id = before.id](Repositories &r) { r.of<T>().remove(id); },
                          [before](Repositories &r) { r.of<T>().restore(before); },
                          Change{Change::Removed, tableIdOf<T>(), before.id, menteeId, {}},
                          Change{Change::Added, tableIdOf<T>(), before.id, menteeId, {}}});
    }

    /** Adds a later edit's rows after these (a merge of two undo steps). */
    void append(const Journal &later) { m_entries += later.m_entries; }

    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }

    enum class Direction { Forward, Backward };
    /** Writes the rows again (Forward) or puts back what was there (Backward, last first). */
    void replay(Repositories &repositories, Direction direction) const;
    /** What a replay in the direction changes, in the order it changes it. */
    QList<Change> changes(Direction direction) const;

private:
    struct Entry
    {
        std::function<void(Repositories &)> redo;
        std::function<void(Repositories &)> undo;
        Change forward;
        Change backward;
    };
    QList<Entry> m_entries;
};

} // namespace Mentorbook
