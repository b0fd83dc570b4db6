// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QMetaType>
#include <QString>

namespace Mentorbook {

/** What the store announces after a write: one row of one table, and whose it is. */
struct Change
{
    enum Kind { Added, Updated, Removed };

    Kind kind = Updated;
    QString table;
    Id id = 0;
    Id menteeId = 0;
};

} // namespace Mentorbook

Q_DECLARE_METATYPE(Mentorbook::Change)
