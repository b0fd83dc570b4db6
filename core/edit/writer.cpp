// SPDX-License-Identifier: GPL-3.0-or-later
#include "writer.h"

namespace Mentorbook {

void Writer::takeDownDependents(const QString &table, Id id)
{
    takeDownIn<ActionReview>(table, id);
    takeDownIn<Action>(table, id);
    takeDownIn<GoalReview>(table, id);
    takeDownIn<Session>(table, id);
    takeDownIn<ProblemStatement>(table, id);
    takeDownIn<Goal>(table, id);
    takeDownIn<Attachment>(table, id);
}

void Writer::noteAdded(const History &history)
{
    forEachTable([&](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const T &row : history.rows<T>())
            m_journal.added(row, history.menteeId);
    });
}

} // namespace Mentorbook
