// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Mentorbook {

class Repositories;

/**
 * The agenda of a session, to print and bring to the meeting: who, when and where; what
 * was hoped for since last time; the five parts of the session with suggested minutes, a
 * box to tick for every open action (the mentor's own too), the stage's questions and the
 * goals in focus with their measure and last progress; ruled space to write on. Built from
 * shareable content only, with every text escaped.
 */
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Agenda)

public:
    /** Throws Error if there is no such session. */
    static ReportDocument build(const Repositories &repositories, Id sessionId);
};

} // namespace Mentorbook
