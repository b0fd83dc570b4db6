// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "menteescopedmodel.h"

namespace Mentorbook {

/** One mentee's SMART goals by priority, with the progress their reviews recorded. */
class GoalModel : public MenteeScopedModel<Goal>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ProgressRole,        ///< the latest review's progress, 0-100, or -1 when never reviewed
        ProgressHistoryRole, ///< QVariantList of progress values in session order
        StatusRole,          ///< GoalStatus as int
        PriorityRole,
    };
    Q_ENUM(Role)

    enum Column {
        TitleColumn,
        SpecificColumn,
        MeasurableColumn,
        AchievableColumn,
        RelevantColumn,
        TimeBoundOnColumn,
        MeasureColumn,
        PriorityColumn,
        StatusColumn,
    };
    Q_ENUM(Column)

    explicit GoalModel(Store &store, QObject *parent = nullptr);

    Goal goalAt(const QModelIndex &index) const { return itemAt(index); }
    /** Progress values of a goal's reviews, in the order of the sessions that made them. */
    QList<int> progressHistory(Id goalId) const { return m_history.value(goalId); }

protected:
    bool lessThan(const Goal &a, const Goal &b) const override;
    QVariant roleData(const Goal &goal, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    QList<int> computedRoles() const override
    {
        return {ProgressRole, ProgressHistoryRole, StatusRole, PriorityRole};
    }
    void otherChanged(const Change &change) override;
    void prepare(const Goal &goal) override;

private:
    QHash<Id, QList<int>> m_history;
};

/** The reviews of one goal, in session order: a note and the progress at each. */
class GoalReviewModel : public EntityModel<GoalReview>
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SessionSequenceRole, ProgressRole };
    Q_ENUM(Role)
    enum Column { SessionColumn, ProgressColumn, NoteColumn };
    Q_ENUM(Column)

    explicit GoalReviewModel(Store &store, QObject *parent = nullptr);

    Id goalId() const { return m_goalId; }
    void setGoalId(Id goalId);
    GoalReview reviewAt(const QModelIndex &index) const { return itemAt(index); }

protected:
    QList<GoalReview> load() const override;
    bool accepts(const GoalReview &review) const override
    {
        return m_goalId > 0 && review.goalId == m_goalId;
    }
    bool concerns(Id menteeId) const override { return m_menteeId == menteeId; }
    bool lessThan(const GoalReview &a, const GoalReview &b) const override;
    bool isEditable(int column) const override { return column != SessionColumn; }
    QList<int> computedRoles() const override { return {SessionSequenceRole, ProgressRole}; }
    QVariant displayData(const GoalReview &review, int column) const override;
    QVariant roleData(const GoalReview &review, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    void prepare(const GoalReview &review) override;

private:
    Id m_goalId = 0;
    Id m_menteeId = 0;
    QHash<Id, int> m_sequences; ///< session id -> its sequence number
};

} // namespace Mentorbook
