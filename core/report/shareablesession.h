// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QStringList>

namespace Mentorbook {

/**
 * What of a session may reach the mentee (the recap, the agenda, an email): everything but
 * the mentor's private notes. Documents for the mentee read sessions only through this.
 */
struct ShareableSession
{
    Id id = 0;
    Id menteeId = 0;
    int sequence = 0;
    QDateTime scheduledAt;
    int durationMinutes = 0;
    QString location;
    Stage stage = Stage::Open;
    SessionStatus status = SessionStatus::Planned;
    QString statusReason;
    QString agenda;
    QString notes;
    QString decisions;
    QString hopedOutcome;
    DebriefOutcome debriefOutcome = DebriefOutcome::None;
    QString debriefWentWell;
    QString debriefFuture;
    QString debriefTryNext;
    WhyNotReason whyNotReason = WhyNotReason::None;
    QString debriefWhyNot;
    Id problemStatementId = 0;
    QString exerciseWhat;
    QString exerciseWithWhom;
    QDate exerciseByWhen;
    QString exerciseIfThen;

    /** Every text it holds, for checks that nothing private slipped in. */
    QStringList texts() const;
};

/** The one accessor for the part of a session that may be shared with the mentee. */
ShareableSession shareableContent(const Session &session);

} // namespace Mentorbook
