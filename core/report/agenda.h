// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QString>

namespace Mentorbook {

class Repositories;

/**
 * The agenda of a session, to print and bring to the meeting: who, when and where; what
 * was hoped for since last time; the five parts of the session with a box to tick for
 * every open action (the mentor's own too); the goals in focus with their measure and last
 * progress; room to write the new actions and the summary. Built from shareable content
 * only, with every text escaped.
 */
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Agenda)

public:
    /** The agenda as HTML for a QTextDocument; throws Error if there is no such session. */
    static QString html(const Repositories &repositories, Id sessionId);
    /** The stylesheet the agenda's HTML is written for. */
    static QString styleSheet();
    /** The document title, such as "Agenda – Session 9 – Priya Raman". */
    static QString title(const Repositories &repositories, Id sessionId);
};

} // namespace Mentorbook
