// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymodel.h"
#include "program/planning.h"

namespace Mentorbook {

/** Every mentee, by name, with the markers of where each relationship stands. */
class MenteeListModel : public EntityModel<Mentee>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,      ///< the status key: active, paused, closed
        NextMeetingRole, ///< QDateTime (local) of the next planned session, or invalid
        LastMeetingRole, ///< QDateTime (local) of the last session held, or invalid
        MeetingOverdueRole,
        OpenActionsRole,
        OverdueActionsRole,
        HeldSessionsRole,
    };
    Q_ENUM(Role)

    enum Column {
        NameColumn,
        EmailColumn,
        RoleColumn,
        OrganisationColumn,
        BackgroundColumn,
        ExpectationsColumn,
        PreferredQualitiesColumn,
        StrengthsColumn,
        DevelopmentAreasColumn,
        PreferredStyleColumn,
        StatusColumn,
        StartedOnColumn,
        CadenceDaysColumn,
        SessionMinutesColumn,
        ChannelColumn,
        ConfidentialityColumn,
        IntendedEndOnColumn,
        AddressAsColumn,
    };
    Q_ENUM(Column)

    explicit MenteeListModel(Store &store, QObject *parent = nullptr);

    /** The moment "overdue" is measured against; the current time unless a test fixes it. */
    void setNow(const QDateTime &now);
    QDateTime now() const;
    Mentee menteeAt(const QModelIndex &index) const { return itemAt(index); }
    RelationshipStatus statusOf(Id menteeId) const { return m_status.value(menteeId); }

protected:
    QList<Mentee> load() const override;
    bool accepts(const Mentee &) const override { return true; }
    bool concerns(Id) const override { return true; }
    bool lessThan(const Mentee &a, const Mentee &b) const override;
    QVariant roleData(const Mentee &mentee, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    QList<int> computedRoles() const override;
    void otherChanged(const Change &change) override;
    void prepare(const Mentee &mentee) override;

private:
    QHash<Id, RelationshipStatus> m_status;
    QDateTime m_now;
};

} // namespace Mentorbook
