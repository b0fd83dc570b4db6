// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryovermodel.h"

#include "edit/verbs.h"
#include "fieldcolumns.h"
#include "localeformat.h"

#include <QLocale>

namespace Mentorbook {

CarryOverModel::CarryOverModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::changed, this, [this](const Change &change) {
        // A session's notes do not change what it reviews; where sessions stand does.
        const bool sessionsMoved = change.is(TableId::Sessions)
                                   && (change.touches(QStringLiteral("sequence"))
                                       || change.touches(QStringLiteral("scheduled_at")));
        if (change.menteeId == m_menteeId
            && (change.isAnyOf({TableId::Actions, TableId::ActionReviews}) || sessionsMoved)) {
            refresh();
        }
    });
    connect(&store, &Store::relationshipReset, this, [this](Id mentee) {
        if (mentee == m_menteeId)
            refresh();
    });
}

void CarryOverModel::setSessionId(Id sessionId)
{
    beginResetModel();
    m_sessionId = sessionId;
    const auto session
        = sessionId > 0 ? m_store.repositories().sessions.find(sessionId) : std::nullopt;
    m_menteeId = session ? session->menteeId : 0;
    if (!session)
        m_sessionId = 0;
    m_rows = load();
    endResetModel();
}

QList<ReviewItem> CarryOverModel::load() const
{
    if (m_sessionId <= 0 || !m_store.repositories().sessions.find(m_sessionId))
        return {};
    return Program::actionsUnderReview(History::load(m_store.repositories(), m_menteeId),
                                       m_sessionId);
}

void CarryOverModel::refresh()
{
    const QList<ReviewItem> fresh = load();
    // Same actions in the same order: tell the views which cells changed; otherwise start again.
    bool sameRows = fresh.size() == m_rows.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).action.id == m_rows.at(i).action.id;
    if (!sameRows) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    const QList<ReviewItem> before = std::exchange(m_rows, fresh);
    static const QList<int> roles{Qt::DisplayRole, Qt::EditRole};
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int column = 0; column < columnCount(); ++column) {
            bool same = true;
            for (int role : roles)
                same = same
                       && cell(before.at(row), column, role) == cell(m_rows.at(row), column, role);
            if (!same)
                emit dataChanged(index(row, column), index(row, column));
        }
    }
}

int CarryOverModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CarryOverModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QStringList CarryOverModel::decisionLabels()
{
    QStringList labels{tr("Not reviewed")};
    for (const auto &entry : enumEntries<ReviewDecision>())
        labels << translatedEnumLabel(entry.label);
    return labels;
}

QVariant CarryOverModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows.at(index.row()), index.column(), role);
}

QVariant CarryOverModel::cell(const ReviewItem &row, int column, int role) const
{
    const int decision = row.review ? int(row.review->decision) : -1;
    switch (role) {
    case IdRole:
        return row.action.id;
    case DecisionRole:
        return decision;
    case OwnerRole:
        return int(row.action.owner);
    case TimesCarriedRole:
        return row.timesCarriedAfter();
    case DoneRole:
        return row.action.isDone();
    case Qt::EditRole:
        switch (column) {
        case ActionColumn:
            return row.action.text;
        case DueColumn:
            return row.action.dueOn;
        case DecisionColumn:
            return decision + 1;
        case NoteColumn:
            return row.review ? row.review->note : QString();
        }
        break;
    case Qt::DisplayRole:
        switch (column) {
        case ActionColumn:
            return row.action.text;
        case OwnerColumn:
            return label(row.action.owner);
        case DueColumn:
            return shortDateText(row.action.dueOn);
        case CarriedColumn:
            return row.timesCarriedAfter() > 0 ? QLocale().toString(row.timesCarriedAfter())
                                               : QString();
        case DecisionColumn:
            return decisionLabels().value(decision + 1);
        case NoteColumn:
            return row.review ? row.review->note : QString();
        }
        break;
    default:
        break;
    }
    return {};
}

bool CarryOverModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const ReviewItem row = m_rows.at(index.row());
    switch (index.column()) {
    case ActionColumn:
        return Edit::renegotiateAction(m_store, row.action.id, value.toString(), row.action.dueOn);
    case DueColumn:
        return Edit::renegotiateAction(m_store, row.action.id, row.action.text, value.toDate());
    case NoteColumn:
        return Edit::noteReview(m_store, row.review->id, value.toString());
    default:
        break;
    }
    const int decision = value.toInt() - 1;
    if (decision == (row.review ? int(row.review->decision) : -1))
        return true;
    return Edit::reviewAction(
        m_store,
        m_sessionId,
        row.action.id,
        decision < 0 ? std::nullopt : std::optional<ReviewDecision>(ReviewDecision(decision)));
}

Qt::ItemFlags CarryOverModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const bool reviewed = m_rows.value(index.row()).review.has_value();
    if (index.column() == DecisionColumn || index.column() == ActionColumn
        || index.column() == DueColumn || (index.column() == NoteColumn && reviewed)) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant CarryOverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case OwnerColumn:
        return fieldTitle(QStringLiteral("owner"));
    case DueColumn:
        return fieldTitle(QStringLiteral("due_on"));
    case CarriedColumn:
        return tr("Carried");
    case DecisionColumn:
        return fieldTitle(QStringLiteral("decision"));
    case NoteColumn:
        return fieldTitle(QStringLiteral("note"));
    }
    return {};
}

QHash<int, QByteArray> CarryOverModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {DecisionRole, "decision"},
                  {OwnerRole, "owner"},
                  {TimesCarriedRole, "timesCarried"},
                  {DoneRole, "done"}});
    return names;
}

} // namespace Mentorbook
