// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "reportdocument.h"

#include <QCoreApplication>

namespace Mentorbook {

class Repositories;
struct History;
struct ReviewItem;

/**
 * The agenda of a session, to print and bring to the meeting: who, when and where; what
 * was hoped for since last time; the five parts of the session at rounded times with
 * suggested minutes, a box to tick for every open action (the mentor's own too, overdue ones
 * marked), the stage's questions (a debrief's with the plan of the exercise it debriefs, a
 * focus session's with the strengths and development areas), the goals in focus with their
 * measure and last progress, and the next meeting; ruled space to write on. The pre-work's
 * agenda is the mentor's preparation instead: the files to read, what to prepare, questions
 * for the first meeting and when that is. Built from shareable content only, every text
 * escaped.
 */
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Agenda)

public:
    /** Throws Error if there is no such session. */
    static ReportDocument build(const Repositories &repositories, Id sessionId);

private:
    static void writePreparation(HtmlBuilder &html,
                                 const History &history,
                                 const Session &session,
                                 const QList<Attachment> &files);
    static void writeMeeting(HtmlBuilder &html,
                             const History &history,
                             const Session &session,
                             const Mentee &mentee);
    /** A box for each action under review, ticked when done before the session began. */
    static void
    writeReview(HtmlBuilder &html, const QList<ReviewItem> &review, const Session &session);
};

} // namespace Mentorbook
