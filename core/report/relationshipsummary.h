// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Mentorbook {

class Repositories;

/**
 * The whole relationship on paper, for the mentor or the mentee: the agreement, each goal
 * with its status and progress history, a compact timeline of the sessions, how many
 * actions were done, and what was expected, achieved and learned. Shareable content only.
 */
class RelationshipSummary
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::RelationshipSummary)

public:
    /** Throws Error if there is no such mentee. */
    static ReportDocument
    build(const Repositories &repositories, Id menteeId, const QDateTime &now);
};

} // namespace Mentorbook
