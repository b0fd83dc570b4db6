// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace Mentorbook {

/** A row's primary key; 0 means "not stored yet" or, for a reference, "none". */
using Id = qint64;

/** One mentoring relationship: the mentee, their profile and the agreement. */
struct Mentee
{
    Id id = 0;
    QString name;
    /** How documents greet the mentee ("Priya", "Dr Raman"); empty for the first name. */
    QString addressAs;
    QString email;
    QString role;
    QString organisation;
    QString background;
    QString expectations;
    QString preferredQualities;
    QString strengths;
    QString developmentAreas;
    PreferredStyle preferredStyle = PreferredStyle::Structured;
    MenteeStatus status = MenteeStatus::Active;
    QDate startedOn;
    int cadenceDays = 14;
    int sessionMinutes = 60;
    QString channel;
    QString confidentiality;
    QDate intendedEndOn;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** A file the mentee shared (resume, job description), kept inside the database. */
struct Attachment
{
    Id id = 0;
    Id menteeId = 0;
    AttachmentKind kind = AttachmentKind::Other;
    QString fileName;
    QString mimeType;
    QByteArray data;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** A SMART goal of the relationship. */
struct Goal
{
    Id id = 0;
    Id menteeId = 0;
    QString title;
    QString specific;
    QString measurable;
    QString achievable;
    QString relevant;
    QDate timeBoundOn;
    QString measure;
    int priority = 1;
    GoalStatus status = GoalStatus::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** A session's look at one goal: a note and the progress made, 0-100. */
struct GoalReview
{
    Id id = 0;
    Id goalId = 0;
    Id sessionId = 0;
    int progress = 0;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** A concrete problem the mentee works on in exercises. */
struct ProblemStatement
{
    Id id = 0;
    Id menteeId = 0;
    Id goalId = 0;
    ProblemTemplate templateId = ProblemTemplate::Free;
    QString text;
    int rank = 1;
    ProblemStatus status = ProblemStatus::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** One meeting (or the pre-work before the first one). */
struct Session
{
    Id id = 0;
    Id menteeId = 0;
    int sequence = 1;
    QDateTime scheduledAt;
    int durationMinutes = 60;
    QString location;
    Stage stage = Stage::Open;
    SessionStatus status = SessionStatus::Planned;
    /** Why a session was cancelled, missed or rescheduled. */
    QString statusReason;
    QString agenda;
    QString notes;
    QString decisions;
    /** The mentor's alone: never part of anything the mentee receives. */
    QString privateNotes;
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
    /**
     * The meeting's identity in calendars (RFC 5545 UID): given when the session is first
     * stored and never changed, whatever is renumbered, exported or imported.
     */
    QString calendarUid;
    /**
     * The calendar's SEQUENCE: only ever grows, by one whenever the time, length, place or
     * status changes (the storage sees to it, undo included), so calendars take the update.
     */
    int calendarSequence = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** Something agreed at a session, for the mentee or the mentor to do. */
struct Action
{
    Id id = 0;
    Id menteeId = 0;
    Id sessionId = 0;
    QString text;
    ActionOwner owner = ActionOwner::Mentee;
    QString withWhom;
    QDate dueOn;
    QDateTime doneAt;
    Id problemStatementId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isDone() const { return doneAt.isValid(); }
};

/** A later session's decision about an action. */
struct ActionReview
{
    Id id = 0;
    Id actionId = 0;
    Id sessionId = 0;
    ReviewDecision decision = ReviewDecision::Done;
    QString note;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Mentorbook
