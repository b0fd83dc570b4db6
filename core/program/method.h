// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QDateTime>
#include <QStringList>

namespace Mentorbook {

/** What a stage of the method is for, and the questions a mentor asks in it. */
struct StageGuide
{
    Stage stage = Stage::Open;
    QString purpose;           ///< one sentence, from the program outline
    QStringList prompts;       ///< the questions of the source texts
    QStringList growQuestions; ///< Goal, Reality, Options, Will questions that suit the stage
};

/** One of the five parts of a session on the clock. */
struct PartSlot
{
    QDateTime start;
    int minutes = 0;
};

/** The mentoring method of the two source texts, translated. */
namespace Method {
/** The guide of one stage. */
StageGuide guide(Stage stage);
/** The five parts every session follows, which are also the agenda's skeleton. */
QStringList sessionStructure();
/** The short names of the five parts, for the agenda's headings. */
QStringList sessionPartTitles();
/**
 * Suggested minutes for each of the five parts of a session of the given length: a twelfth
 * for the check-in, a quarter for the review, the largest share for the stage's focus, a
 * sixth to agree actions and a twelfth for the summary. Whole minutes that add up.
 */
QList<int> partMinutes(int sessionMinutes);
/**
 * The five parts laid on the clock, for the agenda. The first begins when the session is
 * scheduled (08:34 if that is the time agreed); every later part begins at its suggested
 * start rounded to the nearest five minutes (08:40, not 08:39), because that is how a mentor
 * reads and keeps time, unless the rounding would leave a part shorter than two minutes; the
 * last part ends when the session does. The minutes still add up to the session's length.
 */
QList<PartSlot> partSchedule(const QDateTime &start, int sessionMinutes);
} // namespace Method

} // namespace Mentorbook
