// SPDX-License-Identifier: GPL-3.0-or-later
#include "shareablesession.h"

namespace Mentorbook {

ShareableSession shareableContent(const Session &session)
{
    ShareableSession shared;
    shared.id = session.id;
    shared.menteeId = session.menteeId;
    shared.sequence = session.sequence;
    shared.scheduledAt = session.scheduledAt;
    shared.durationMinutes = session.durationMinutes;
    shared.location = session.location;
    shared.stage = session.stage;
    shared.status = session.status;
    shared.agenda = session.agenda;
    shared.notes = session.notes;
    shared.decisions = session.decisions;
    shared.hopedOutcome = session.hopedOutcome;
    shared.statusReason = session.statusReason;
    shared.debriefOutcome = session.debriefOutcome;
    shared.debriefWentWell = session.debriefWentWell;
    shared.debriefFuture = session.debriefFuture;
    shared.debriefTryNext = session.debriefTryNext;
    shared.whyNotReason = session.whyNotReason;
    shared.debriefWhyNot = session.debriefWhyNot;
    shared.problemStatementId = session.problemStatementId;
    shared.exerciseWhat = session.exerciseWhat;
    shared.exerciseWithWhom = session.exerciseWithWhom;
    shared.exerciseByWhen = session.exerciseByWhen;
    shared.exerciseIfThen = session.exerciseIfThen;
    // session.privateNotes stays behind, by design.
    return shared;
}

QStringList ShareableSession::texts() const
{
    return {location,
            agenda,
            notes,
            decisions,
            hopedOutcome,
            statusReason,
            debriefWentWell,
            debriefFuture,
            debriefTryNext,
            debriefWhyNot,
            exerciseWhat,
            exerciseWithWhom,
            exerciseIfThen};
}

} // namespace Mentorbook
