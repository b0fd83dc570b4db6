// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "menteescopedmodel.h"

namespace Mentorbook {

/** One mentee's sessions in sequence order: the rows of the session timeline. */
class SessionTimelineModel : public MenteeScopedModel<Session>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SequenceRole,
        ScheduledAtRole, ///< local QDateTime
        DurationRole,
        StageRole,       ///< Stage as int
        StatusRole,      ///< SessionStatus as int
        SummaryRole,     ///< one line about the session
        IsNextRole,      ///< the first planned session still ahead
        ActionCountRole, ///< actions agreed at the session
    };
    Q_ENUM(Role)

    enum Column {
        ScheduledAtColumn,
        DurationColumn,
        LocationColumn,
        StageColumn,
        StatusColumn,
        AgendaColumn,
        NotesColumn,
        DecisionsColumn,
        PrivateNotesColumn,
        HopedOutcomeColumn,
        ProblemStatementColumn,
        ExerciseWhatColumn,
        ExerciseWithWhomColumn,
        ExerciseByWhenColumn,
        ExerciseIfThenColumn,
        DebriefOutcomeColumn,
        DebriefWentWellColumn,
        DebriefFutureColumn,
        DebriefTryNextColumn,
        WhyNotReasonColumn,
        DebriefWhyNotColumn,
        StatusReasonColumn,
    };
    Q_ENUM(Column)

    explicit SessionTimelineModel(Store &store, QObject *parent = nullptr);

    Session sessionAt(const QModelIndex &index) const { return itemAt(index); }
    void setNow(const QDateTime &now);
    /** The first planned session still ahead (the one IsNextRole marks), 0 if there is none. */
    Id nextSession() const { return m_shownNext; }
    QDateTime now() const;
    /** One line that says what a session was (or is) about. */
    static QString summaryOf(const Session &session);

protected:
    bool lessThan(const Session &a, const Session &b) const override
    {
        return a.sequence < b.sequence;
    }
    QVariant displayData(const Session &session, int column) const override;
    QVariant roleData(const Session &session, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    QList<int> computedRoles() const override
    {
        // The first column shows the number and stage, and the delegate paints these roles.
        return {SummaryRole,
                IsNextRole,
                ActionCountRole,
                SequenceRole,
                StageRole,
                StatusRole,
                ScheduledAtRole,
                DurationRole,
                Qt::DisplayRole};
    }
    void otherChanged(const Change &change) override;
    void prepare(const Session &session) override;

private:
    Id nextSessionId() const;
    /** Tells views which rows gained or lost the "next" mark since they were last told. */
    void refreshNext();

    QDateTime m_now;
    Id m_shownNext = 0; ///< the session views were last told is next
    QHash<Id, int> m_actionCounts;
};

} // namespace Mentorbook
