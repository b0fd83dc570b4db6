// SPDX-License-Identifier: GPL-3.0-or-later
#include "menteelistmodel.h"

namespace Mentorbook {

MenteeListModel::MenteeListModel(Store &store, QObject *parent)
    : EntityModel<Mentee>(store,
                          {QStringLiteral("name"),
                           QStringLiteral("email"),
                           QStringLiteral("role"),
                           QStringLiteral("organisation"),
                           QStringLiteral("background"),
                           QStringLiteral("expectations"),
                           QStringLiteral("preferred_qualities"),
                           QStringLiteral("strengths"),
                           QStringLiteral("development_areas"),
                           QStringLiteral("preferred_style"),
                           QStringLiteral("status"),
                           QStringLiteral("started_on"),
                           QStringLiteral("cadence_days"),
                           QStringLiteral("session_minutes"),
                           QStringLiteral("channel"),
                           QStringLiteral("confidentiality"),
                           QStringLiteral("intended_end_on"),
                           QStringLiteral("address_as")},
                          parent)
{
    reload();
}

void MenteeListModel::setNow(const QDateTime &now)
{
    m_now = now;
    for (const Mentee &mentee : std::as_const(m_rows)) {
        prepare(mentee);
        rowsComputed(mentee.id);
    }
}

QDateTime MenteeListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

QList<Mentee> MenteeListModel::load() const
{
    return m_store.repositories().mentees.all();
}

bool MenteeListModel::lessThan(const Mentee &a, const Mentee &b) const
{
    const int order = QString::localeAwareCompare(a.name, b.name);
    return order != 0 ? order < 0 : a.id < b.id;
}

void MenteeListModel::prepare(const Mentee &mentee)
{
    const Repositories &repositories = m_store.repositories();
    m_status.insert(
        mentee.id,
        Planning::statusOf(mentee,
                           repositories.sessionsOf(mentee.id),
                           repositories.actions.where(QStringLiteral("mentee_id"), mentee.id),
                           now()));
}

void MenteeListModel::otherChanged(const Change &change)
{
    // The markers come from when and how sessions took place and which actions are open.
    static const QStringList sessionFields{QStringLiteral("scheduled_at"),
                                           QStringLiteral("duration_minutes"),
                                           QStringLiteral("stage"),
                                           QStringLiteral("status")};
    static const QStringList actionFields{QStringLiteral("due_on"), QStringLiteral("done_at")};
    const QStringList &fields = change.is(TableId::Sessions) ? sessionFields : actionFields;
    if (!change.isAnyOf({TableId::Sessions, TableId::Actions})
        || std::none_of(fields.begin(), fields.end(), [&](const QString &field) {
               return change.touches(field);
           }))
        return;
    const int row = rowOf(change.menteeId);
    if (row < 0)
        return;
    prepare(m_rows.at(row));
    rowsComputed(change.menteeId);
}

QVariant MenteeListModel::roleData(const Mentee &mentee, int, int role) const
{
    const RelationshipStatus status = m_status.value(mentee.id);
    switch (role) {
    case StatusRole:
        return toKey(mentee.status);
    case NextMeetingRole:
        return status.nextMeeting.toLocalTime();
    case LastMeetingRole:
        return status.lastMeeting.toLocalTime();
    case MeetingOverdueRole:
        return status.meetingOverdue;
    case OpenActionsRole:
        return status.openActions;
    case OverdueActionsRole:
        return status.overdueActions;
    case HeldSessionsRole:
        return status.heldSessions;
    default:
        return {};
    }
}

QHash<int, QByteArray> MenteeListModel::extraRoleNames() const
{
    return {{StatusRole, "status"},
            {NextMeetingRole, "nextMeeting"},
            {LastMeetingRole, "lastMeeting"},
            {MeetingOverdueRole, "meetingOverdue"},
            {OpenActionsRole, "openActions"},
            {OverdueActionsRole, "overdueActions"},
            {HeldSessionsRole, "heldSessions"}};
}

QList<int> MenteeListModel::computedRoles() const
{
    return {StatusRole,
            NextMeetingRole,
            LastMeetingRole,
            MeetingOverdueRole,
            OpenActionsRole,
            OverdueActionsRole,
            HeldSessionsRole};
}

} // namespace Mentorbook
