// SPDX-License-Identifier: GPL-3.0-or-later
#include "planning.h"

#include "rules.h"

#include <QCoreApplication>

namespace Mentorbook::Planning {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Planning)
};

bool counts(const Session &session)
{
    return session.status == SessionStatus::Held || session.status == SessionStatus::Planned;
}
} // namespace

Stage suggestNextStage(const QList<Session> &history, PreferredStyle style)
{
    std::optional<Stage> last;
    for (const Session &session : history) {
        if (counts(session) && session.stage != Stage::Open)
            last = session.stage;
    }
    const bool anyHeldOrPlanned = std::any_of(history.begin(), history.end(), counts);
    if (style == PreferredStyle::FreeFlowing)
        return anyHeldOrPlanned ? Stage::Open : Stage::Prework;
    if (!last)
        return anyHeldOrPlanned ? Stage::Introductions : Stage::Prework;
    switch (*last) {
    case Stage::Prework:
        return Stage::Introductions;
    case Stage::Introductions:
        return Stage::Focus;
    case Stage::Focus:
        return Stage::Exercise;
    case Stage::Exercise:
        return Stage::Debrief;
    case Stage::Debrief:
    case Stage::Open:
        return Stage::Exercise;
    }
    return Stage::Open;
}

QString defaultAgenda(Stage stage)
{
    QStringList topics;
    switch (stage) {
    case Stage::Prework:
        topics = {Messages::tr("Ask for a current resume and job description"),
                  Messages::tr("Read them before the first meeting")};
        break;
    case Stage::Introductions:
        topics = {Messages::tr("Share our backgrounds"),
                  Messages::tr("The mentee's goals for the relationship"),
                  Messages::tr("Expectations of the mentor; preferred mentor qualities")};
        break;
    case Stage::Focus:
        topics = {Messages::tr("Which goal matters most? Narrow to 2–3 problem statements")};
        break;
    case Stage::Exercise:
        topics = {Messages::tr(
            "Choose one problem statement; plan the exercise: what, with whom, by when")};
        break;
    case Stage::Debrief:
        topics = {Messages::tr("Debrief the exercise: how did it go, and what next?")};
        break;
    case Stage::Open:
        topics = {Messages::tr("Open conversation")};
        break;
    }
    return topics.join(QLatin1Char('\n'));
}

Session
proposeNextSession(const Mentee &mentee, const QList<Session> &history, const QDateTime &now)
{
    Session session;
    session.menteeId = mentee.id;
    session.status = SessionStatus::Planned;
    session.stage = suggestNextStage(history, mentee.preferredStyle);
    session.durationMinutes = mentee.sessionMinutes;
    session.agenda = defaultAgenda(session.stage);
    int sequence = 0;
    const Session *last = nullptr;
    for (const Session &earlier : history) {
        sequence = std::max(sequence, earlier.sequence);
        if (earlier.status != SessionStatus::Cancelled && earlier.status != SessionStatus::Missed)
            last = &earlier;
    }
    session.sequence = sequence + 1;
    const QDateTime localNow = now.toLocalTime();
    if (last) {
        session.location = last->location;
        QDateTime when = last->scheduledAt.toLocalTime().addDays(mentee.cadenceDays);
        // A cancelled or missed session in that slot (or after it) is not offered again: the
        // rhythm goes on from its own date.
        for (const Session &later : history) {
            if (later.sequence > last->sequence && later.scheduledAt.toLocalTime() >= when)
                when = later.scheduledAt.toLocalTime().addDays(mentee.cadenceDays);
        }
        if (when <= localNow)
            when = QDateTime(localNow.date().addDays(1), last->scheduledAt.toLocalTime().time());
        session.scheduledAt = when;
    } else {
        session.scheduledAt = QDateTime(localNow.date().addDays(1), QTime(17, 0));
    }
    return session;
}

RelationshipStatus statusOf(const Mentee &mentee,
                            const QList<Session> &sessions,
                            const QList<Action> &actions,
                            const QDateTime &now)
{
    RelationshipStatus status;
    bool unrecorded = false;
    QDateTime lastDone;
    QList<QDateTime> held;
    if (const auto next = Program::nextMeeting(sessions, now))
        status.nextMeeting = next->scheduledAt;
    for (const Session &session : sessions) {
        switch (session.status) {
        case SessionStatus::Held:
            // The cadence runs from the last session done, the pre-work too; but the pre-work
            // is done without a meeting, and the figures count meetings.
            if (!lastDone.isValid() || session.scheduledAt > lastDone)
                lastDone = session.scheduledAt;
            if (!Program::isMeetingHeld(session))
                break;
            ++status.heldSessions;
            held << session.scheduledAt;
            if (!status.lastMeeting.isValid() || session.scheduledAt > status.lastMeeting)
                status.lastMeeting = session.scheduledAt;
            break;
        case SessionStatus::Planned:
            ++status.plannedSessions;
            if (Program::awaitsRecord(session, now))
                unrecorded = true;
            break;
        case SessionStatus::Cancelled:
            ++status.cancelledSessions;
            break;
        case SessionStatus::Missed:
            ++status.missedSessions;
            break;
        }
    }
    const bool dueAgain = !status.nextMeeting.isValid() && lastDone.isValid()
                          && lastDone.addDays(mentee.cadenceDays) < now;
    status.meetingOverdue = mentee.status == MenteeStatus::Active && (unrecorded || dueAgain);

    const int due = int(held.size()) + status.cancelledSessions + status.missedSessions;
    if (due > 0)
        status.attendanceRate = double(held.size()) / due;
    std::sort(held.begin(), held.end());
    if (held.size() >= 2)
        status.averageIntervalDays
            = double(held.constFirst().daysTo(held.constLast())) / (held.size() - 1);
    if (status.lastMeeting.isValid())
        status.daysSinceLastMeeting
            = int(status.lastMeeting.toLocalTime().date().daysTo(now.toLocalTime().date()));

    for (const Action &action : actions) {
        if (action.isDone()) {
            ++status.doneActions;
            continue;
        }
        ++status.openActions;
        if (Program::isOverdue(action, now.toLocalTime().date()))
            ++status.overdueActions;
    }
    if (!actions.isEmpty())
        status.actionCompletionRate = double(status.doneActions) / actions.size();
    return status;
}

} // namespace Mentorbook::Planning
