// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Mentorbook {

class Repositories;

/**
 * The recap of a session, addressed to the mentee: what was discussed and decided, the
 * exercise and its debrief, the agreed actions as a table, goal progress, what is hoped for
 * by the next session and when that is. Reads the session only through shareableContent(),
 * so the mentor's private notes never reach it.
 */
class Recap
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Recap)

public:
    /** Throws Error if there is no such session. */
    static ReportDocument
    build(const Repositories &repositories, Id sessionId, const QString &mentorName);
    /** The recap as plain text, for the body of an email. */
    static QString
    emailText(const Repositories &repositories, Id sessionId, const QString &mentorName);
    /** "Recap of our session on 16 March 2026", for the email's subject. */
    static QString emailSubject(const Repositories &repositories, Id sessionId);
};

} // namespace Mentorbook
