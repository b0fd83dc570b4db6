// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontimelinemodel.h"

#include "program/rules.h"

namespace Mentorbook {

SessionTimelineModel::SessionTimelineModel(Store &store, QObject *parent)
    : MenteeScopedModel<Session>(store,
                                 {QStringLiteral("scheduled_at"),
                                  QStringLiteral("duration_minutes"),
                                  QStringLiteral("location"),
                                  QStringLiteral("stage"),
                                  QStringLiteral("status"),
                                  QStringLiteral("agenda"),
                                  QStringLiteral("notes"),
                                  QStringLiteral("decisions"),
                                  QStringLiteral("private_notes"),
                                  QStringLiteral("hoped_outcome"),
                                  QStringLiteral("problem_statement_id"),
                                  QStringLiteral("exercise_what"),
                                  QStringLiteral("exercise_with_whom"),
                                  QStringLiteral("exercise_by_when"),
                                  QStringLiteral("exercise_if_then"),
                                  QStringLiteral("debrief_outcome"),
                                  QStringLiteral("debrief_went_well"),
                                  QStringLiteral("debrief_future"),
                                  QStringLiteral("debrief_try_next"),
                                  QStringLiteral("why_not_reason"),
                                  QStringLiteral("debrief_why_not"),
                                  QStringLiteral("status_reason")},
                                 parent)
{
    // Which session is "next" depends on every row: look again whenever one changes. These
    // connections come after the base class's, so the rows are up to date by then.
    connect(&store, &Store::changed, this, [this](const Change &change) {
        if (change.is(TableId::Sessions) && change.menteeId == menteeId()
            && (change.touches(QStringLiteral("status"))
                || change.touches(QStringLiteral("scheduled_at"))
                || change.touches(QStringLiteral("duration_minutes"))))
            refreshNext();
    });
    connect(&store, &Store::relationshipReset, this, [this](Id mentee) {
        if (mentee == menteeId())
            refreshNext();
    });
    connect(this, &QAbstractItemModel::modelReset, this, [this] { m_shownNext = nextSessionId(); });
}

void SessionTimelineModel::refreshNext()
{
    const Id next = nextSessionId();
    if (next == m_shownNext)
        return;
    for (const Id id : {std::exchange(m_shownNext, next), next}) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, 0), {IsNextRole});
    }
}

void SessionTimelineModel::prepare(const Session &session)
{
    m_actionCounts.insert(
        session.id,
        int(m_store.repositories().actions.where(QStringLiteral("session_id"), session.id).size()));
}

void SessionTimelineModel::setNow(const QDateTime &now)
{
    m_now = now;
    refreshNext();
}

QDateTime SessionTimelineModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QString SessionTimelineModel::summaryOf(const Session &session)
{
    auto firstLine = [](const QString &text) {
        return text.section(QLatin1Char('\n'), 0, 0, QString::SectionSkipEmpty).simplified();
    };
    // A session still ahead is what it will cover; one that took place, what happened.
    if (session.status == SessionStatus::Planned && session.notes.trimmed().isEmpty()) {
        QStringList topics = session.agenda.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &topic : topics)
            topic = topic.simplified();
        if (!topics.isEmpty())
            return topics.join(QStringLiteral(" · "));
    }
    for (const QString &text :
         {session.notes, session.decisions, session.agenda, session.hopedOutcome}) {
        const QString line = firstLine(text);
        if (!line.isEmpty())
            return line;
    }
    return label(session.stage);
}

Id SessionTimelineModel::nextSessionId() const
{
    const auto next = Program::nextMeeting(m_rows, now());
    return next ? next->id : 0;
}

QVariant SessionTimelineModel::displayData(const Session &session, int column) const
{
    if (column == ScheduledAtColumn)
        return tr("Session %1 · %2").arg(session.sequence).arg(label(session.stage));
    return MenteeScopedModel<Session>::displayData(session, column);
}

QVariant SessionTimelineModel::roleData(const Session &session, int, int role) const
{
    switch (role) {
    case SequenceRole:
        return session.sequence;
    case ScheduledAtRole:
        return session.scheduledAt.toLocalTime();
    case DurationRole:
        return session.durationMinutes;
    case StageRole:
        return int(session.stage);
    case StatusRole:
        return int(session.status);
    case SummaryRole:
        return summaryOf(session);
    case IsNextRole:
        return session.id == m_shownNext;
    case ActionCountRole:
        return m_actionCounts.value(session.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionTimelineModel::extraRoleNames() const
{
    return {{SequenceRole, "sequence"},
            {ScheduledAtRole, "scheduledAt"},
            {DurationRole, "duration"},
            {StageRole, "stage"},
            {StatusRole, "status"},
            {SummaryRole, "summary"},
            {IsNextRole, "isNext"},
            {ActionCountRole, "actionCount"}};
}

void SessionTimelineModel::otherChanged(const Change &change)
{
    if (!change.is(TableId::Actions) || change.menteeId != menteeId()
        || !change.touches(QStringLiteral("session_id")))
        return;
    for (const Session &session : std::as_const(m_rows)) {
        const int before = m_actionCounts.value(session.id);
        prepare(session);
        if (m_actionCounts.value(session.id) != before) {
            const int row = rowOf(session.id);
            emit dataChanged(index(row, 0), index(row, 0), {ActionCountRole});
        }
    }
}

} // namespace Mentorbook
