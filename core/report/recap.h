// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "reportdocument.h"
#include "typesetter.h"

#include <QCoreApplication>

namespace Mentorbook {

class Repositories;

/**
 * What the mentee is sent after a session, addressed to them by the name they go by. After a
 * meeting held: what was discussed and decided, the exercise and its debrief, the agreed
 * actions as a table (who by name), goal progress, what is hoped for by the next session and
 * when that is. After a meeting cancelled or missed: a short note with the reason, the new
 * date proposed and what is still open. A planned session and the pre-work have none. Signed
 * with the mentor's name and email. Reads the session only through shareableContent(), so the
 * mentor's private notes never reach it.
 */
class Recap
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Recap)

public:
    /**
     * Why a session has nothing to send ("Session 9 is still planned, not held: its agenda is
     * what to send…"), or an empty string when it has a recap or a note.
     */
    static QString refusal(const Session &session);

    /** Throws Error if there is no such session, or with refusal() if it has no recap. */
    static ReportDocument
    build(const Repositories &repositories, Id sessionId, const ReportOptions &author);
    /** The recap as plain text, for the body of an email; throws as build() does. */
    static QString
    emailText(const Repositories &repositories, Id sessionId, const ReportOptions &author);
    /** "Recap of our session on 16 March 2026", for the email's subject. */
    static QString emailSubject(const Repositories &repositories, Id sessionId);

    /** The longest emailText() that coveringNote() includes in full; about a screen of text. */
    static constexpr int fullTextInNoteLimit = 2000;
    /**
     * The short email that goes with the recap's PDF: the greeting, that the recap of session N
     * on DATE is attached, the next meeting (or, after a meeting that did not take place, the
     * new date proposed) and the signature. When emailText() is at most fullTextInNoteLimit
     * characters, its sections follow in full; a longer recap stays in the PDF only, so that
     * the email stays small whatever the mentor wrote. Throws as build() does.
     */
    static QString
    coveringNote(const Repositories &repositories, Id sessionId, const ReportOptions &author);
};

} // namespace Mentorbook
