// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QMetaType>
#include <QStringList>

#include <algorithm>
#include <type_traits>

namespace Mentorbook {

/** The tables an edit can touch, in the order parents come before their children. */
enum class TableId {
    Mentees,
    Attachments,
    Goals,
    ProblemStatements,
    Sessions,
    GoalReviews,
    Actions,
    ActionReviews
};

/** The table's name in SQL and JSON. */
inline QString tableName(TableId table)
{
    static const char *const names[] = {"mentees",
                                        "attachments",
                                        "goals",
                                        "problem_statements",
                                        "sessions",
                                        "goal_reviews",
                                        "actions",
                                        "action_reviews"};
    return QString::fromLatin1(names[int(table)]);
}

/** The table of entity T. */
template<class T>
constexpr TableId tableIdOf()
{
    if constexpr (std::is_same_v<T, Mentee>)
        return TableId::Mentees;
    else if constexpr (std::is_same_v<T, Attachment>)
        return TableId::Attachments;
    else if constexpr (std::is_same_v<T, Goal>)
        return TableId::Goals;
    else if constexpr (std::is_same_v<T, ProblemStatement>)
        return TableId::ProblemStatements;
    else if constexpr (std::is_same_v<T, Session>)
        return TableId::Sessions;
    else if constexpr (std::is_same_v<T, GoalReview>)
        return TableId::GoalReviews;
    else if constexpr (std::is_same_v<T, Action>)
        return TableId::Actions;
    else {
        static_assert(std::is_same_v<T, ActionReview>);
        return TableId::ActionReviews;
    }
}

/**
 * What the store announces after a write: one row of one table, whose it is and, for an
 * update, which of its columns changed, so that a model refreshes exactly what it shows.
 */
struct Change
{
    enum Kind { Added, Updated, Removed };

    Kind kind = Updated;
    TableId table = TableId::Mentees;
    Id id = 0;
    Id menteeId = 0;
    QStringList fields; ///< the columns an update changed; empty for an addition or removal

    /** Whether the change is to this table, or to any of these tables. */
    bool is(TableId other) const { return table == other; }
    bool isAnyOf(std::initializer_list<TableId> tables) const
    {
        return std::find(tables.begin(), tables.end(), table) != tables.end();
    }
    /** Whether the change could alter this column: an addition, a removal, or an update of it. */
    bool touches(const QString &field) const { return kind != Updated || fields.contains(field); }
};

} // namespace Mentorbook

Q_DECLARE_METATYPE(Mentorbook::Change)
