// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "menteescopedmodel.h"

#include <QSortFilterProxyModel>

namespace Mentorbook {

/** One mentee's actions as a checklist: check to complete, by due date. */
class ActionChecklistModel : public MenteeScopedModel<Action>
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DoneRole,
        OverdueRole,
        OwnerRole, ///< ActionOwner as int
        DueRole,   ///< QDate, invalid when there is none
        TimesCarriedRole,
        SessionSequenceRole, ///< the number of the session it was agreed at, 0 if none
    };
    Q_ENUM(Role)

    enum Column { TextColumn, OwnerColumn, WithWhomColumn, DueOnColumn, SessionColumn };
    Q_ENUM(Column)

    explicit ActionChecklistModel(Store &store, QObject *parent = nullptr);

    Action actionAt(const QModelIndex &index) const { return itemAt(index); }
    void setNow(const QDateTime &now);
    QDateTime now() const;

    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const Action &a, const Action &b) const override;
    bool isEditable(int column) const override { return column != SessionColumn; }
    QVariant displayData(const Action &action, int column) const override;
    QVariant roleData(const Action &action, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    QList<int> computedRoles() const override;
    void otherChanged(const Change &change) override;
    void prepare(const Action &action) override;

private:
    bool isOverdue(const Action &action) const;

    QDateTime m_now;
    QHash<Id, int> m_carried;
    QHash<Id, int> m_sequences;
};

/** Filters a checklist by state (open, done, all) and by owner. */
class ActionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class State { Open, Done, All };
    Q_ENUM(State)

    explicit ActionFilterModel(QObject *parent = nullptr);

    State state() const { return m_state; }
    void setState(State state);
    /** -1 for every owner, otherwise an ActionOwner as int. */
    int owner() const { return m_owner; }
    void setOwner(int owner);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    State m_state = State::Open;
    int m_owner = -1;
};

} // namespace Mentorbook
