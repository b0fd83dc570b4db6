// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionchecklistmodel.h"

#include "edit/verbs.h"
#include "program/rules.h"

namespace Mentorbook {

ActionChecklistModel::ActionChecklistModel(Store &store, QObject *parent)
    : MenteeScopedModel<Action>(store,
                                {QStringLiteral("text"),
                                 QStringLiteral("owner"),
                                 QStringLiteral("with_whom"),
                                 QStringLiteral("due_on"),
                                 QStringLiteral("session_id")},
                                parent)
{}

void ActionChecklistModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {OverdueRole});
}

QDateTime ActionChecklistModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool ActionChecklistModel::isOverdue(const Action &action) const
{
    return Program::isOverdue(action, now().toLocalTime().date());
}

bool ActionChecklistModel::lessThan(const Action &a, const Action &b) const
{
    // Open before done; then by due date, undated last.
    if (a.isDone() != b.isDone())
        return !a.isDone();
    if (a.dueOn != b.dueOn) {
        if (!a.dueOn.isValid() || !b.dueOn.isValid())
            return a.dueOn.isValid();
        return a.dueOn < b.dueOn;
    }
    return a.id < b.id;
}

void ActionChecklistModel::prepare(const Action &action)
{
    const Repositories &repositories = m_store.repositories();
    m_carried.insert(action.id,
                     Program::timesCarried(
                         repositories.actionReviews.where(QStringLiteral("action_id"), action.id)));
    const auto session
        = action.sessionId ? repositories.sessions.find(action.sessionId) : std::nullopt;
    m_sequences.insert(action.id, session ? session->sequence : 0);
}

void ActionChecklistModel::otherChanged(const Change &change)
{
    if (change.menteeId != menteeId()
        || !change.isAnyOf({TableId::ActionReviews, TableId::Sessions})
        || (change.is(TableId::Sessions) && !change.touches(QStringLiteral("sequence")))) {
        return;
    }
    for (const Action &action : std::as_const(m_rows)) {
        const int carried = m_carried.value(action.id);
        const int sequence = m_sequences.value(action.id);
        prepare(action);
        if (carried != m_carried.value(action.id) || sequence != m_sequences.value(action.id)) {
            const int row = rowOf(action.id);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1), computedRoles());
        }
    }
}

QVariant ActionChecklistModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::CheckStateRole && index.isValid() && index.column() == TextColumn)
        return itemAt(index).isDone() ? Qt::Checked : Qt::Unchecked;
    return MenteeScopedModel<Action>::data(index, role);
}

bool ActionChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole)
        return MenteeScopedModel<Action>::setData(index, value, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != TextColumn) {
        return false;
    }
    return Edit::setActionDone(m_store, itemAt(index).id, value.toInt() == Qt::Checked);
}

Qt::ItemFlags ActionChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = MenteeScopedModel<Action>::flags(index);
    if (index.isValid() && index.column() == TextColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ActionChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == TextColumn)
        return tr("Action");
    return MenteeScopedModel<Action>::headerData(section, orientation, role);
}

QVariant ActionChecklistModel::displayData(const Action &action, int column) const
{
    if (column == SessionColumn) {
        const int sequence = m_sequences.value(action.id);
        return sequence > 0 ? tr("Session %1").arg(sequence) : QString();
    }
    return MenteeScopedModel<Action>::displayData(action, column);
}

QVariant ActionChecklistModel::roleData(const Action &action, int column, int role) const
{
    switch (role) {
    case DoneRole:
        return action.isDone();
    case OverdueRole:
        return isOverdue(action);
    case OwnerRole:
        return int(action.owner);
    case DueRole:
        return action.dueOn;
    case TimesCarriedRole:
        return m_carried.value(action.id);
    case SessionSequenceRole:
        return m_sequences.value(action.id);
    case Qt::ToolTipRole: {
        if (column != TextColumn)
            return {};
        const int carried = m_carried.value(action.id);
        return carried > 0
                   ? tr("%1\n(carried forward %n time(s))", nullptr, carried).arg(action.text)
                   : action.text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionChecklistModel::extraRoleNames() const
{
    return {{DoneRole, "done"},
            {OverdueRole, "overdue"},
            {OwnerRole, "owner"},
            {DueRole, "due"},
            {TimesCarriedRole, "timesCarried"},
            {SessionSequenceRole, "sessionSequence"}};
}

QList<int> ActionChecklistModel::computedRoles() const
{
    return {DoneRole,
            OverdueRole,
            OwnerRole,
            DueRole,
            TimesCarriedRole,
            SessionSequenceRole,
            Qt::CheckStateRole,
            Qt::DisplayRole,
            Qt::ToolTipRole};
}

ActionFilterModel::ActionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ActionFilterModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void ActionFilterModel::setOwner(int owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    invalidateFilter();
}

bool ActionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool done = index.data(ActionChecklistModel::DoneRole).toBool();
    if ((m_state == State::Open && done) || (m_state == State::Done && !done))
        return false;
    return m_owner < 0 || index.data(ActionChecklistModel::OwnerRole).toInt() == m_owner;
}

} // namespace Mentorbook
