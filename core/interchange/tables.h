// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/entities.h"

namespace Mentorbook {

template<class T>
struct TableTag
{
    using Type = T;
};

/** Calls visit(TableTag<T>{}) for every entity, parents before the rows that refer to them. */
template<class Visitor>
void forEachTable(Visitor &&visit)
{
    visit(TableTag<Mentee>{});
    visit(TableTag<Attachment>{});
    visit(TableTag<Goal>{});
    visit(TableTag<ProblemStatement>{});
    visit(TableTag<Session>{});
    visit(TableTag<GoalReview>{});
    visit(TableTag<Action>{});
    visit(TableTag<ActionReview>{});
}

} // namespace Mentorbook
