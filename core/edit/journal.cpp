// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

namespace Mentorbook {

void Journal::replay(Repositories &repositories, Direction direction) const
{
    if (direction == Direction::Forward) {
        for (const Entry &entry : m_entries)
            entry.redo(repositories);
    } else {
        for (auto entry = m_entries.crbegin(); entry != m_entries.crend(); ++entry)
            entry->undo(repositories);
    }
}

QList<Change> Journal::changes(Direction direction) const
{
    QList<Change> changes;
    if (direction == Direction::Forward) {
        for (const Entry &entry : m_entries)
            changes << entry.forward;
    } else {
        for (auto entry = m_entries.crbegin(); entry != m_entries.crend(); ++entry)
            changes << entry->backward;
    }
    return changes;
}

} // namespace Mentorbook
