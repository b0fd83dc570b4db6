// SPDX-License-Identifier: GPL-3.0-or-later
#include "carryovermodel.h"

#include "fieldcolumns.h"

#include <QLocale>

namespace Mentorbook {

CarryOverModel::CarryOverModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &Store::changed, this, [this](const Change &change) {
        if (change.menteeId == m_menteeId
            && (change.table == QLatin1String("actions")
                || change.table == QLatin1String("action_reviews")
                || change.table == QLatin1String("sessions"))) {
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

QList<CarryOverModel::Row> CarryOverModel::load() const
{
    const Repositories &repositories = m_store.repositories();
    const auto session = m_sessionId > 0 ? repositories.sessions.find(m_sessionId) : std::nullopt;
    if (!session)
        return {};
    QHash<Id, const Session *> sessionsById;
    const QList<Session> sessions = repositories.sessionsOf(session->menteeId);
    QDateTime previousHeld;
    for (const Session &earlier : sessions) {
        sessionsById.insert(earlier.id, &earlier);
        if (earlier.sequence < session->sequence && earlier.status == SessionStatus::Held)
            previousHeld = earlier.scheduledAt;
    }
    QList<Row> rows;
    for (const Action &action :
         repositories.actions.where(QStringLiteral("mentee_id"),
                                    session->menteeId,
                                    QStringLiteral("due_on IS NULL, due_on, id"))) {
        const Session *origin = sessionsById.value(action.sessionId);
        if (origin ? origin->sequence >= session->sequence
                   : action.createdAt >= session->scheduledAt)
            continue;
        Row row;
        row.action = action;
        bool closedEarlier = false;
        for (const ActionReview &review :
             repositories.actionReviews.where(QStringLiteral("action_id"), action.id)) {
            const Session *at = sessionsById.value(review.sessionId);
            if (review.sessionId == session->id)
                row.review = review;
            else if (at && at->sequence < session->sequence
                     && (review.decision == ReviewDecision::Done
                         || review.decision == ReviewDecision::Dropped))
                closedEarlier = true;
            if (review.decision == ReviewDecision::Carried
                || review.decision == ReviewDecision::Renegotiated)
                ++row.carried;
        }
        const bool doneBeforeLastTime
            = action.isDone() && previousHeld.isValid() && action.doneAt < previousHeld;
        if (row.review || (!closedEarlier && !doneBeforeLastTime))
            rows << row;
    }
    return rows;
}

void CarryOverModel::refresh()
{
    const QList<Row> fresh = load();
    // Same actions in the same order: tell the views what changed; otherwise start again.
    bool sameRows = fresh.size() == m_rows.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).action.id == m_rows.at(i).action.id;
    if (!sameRows) {
        beginResetModel();
        m_rows = fresh;
        endResetModel();
        return;
    }
    m_rows = fresh;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
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
    const Row &row = m_rows.at(index.row());
    const int decision = row.review ? int(row.review->decision) : -1;
    switch (role) {
    case IdRole:
        return row.action.id;
    case DecisionRole:
        return decision;
    case OwnerRole:
        return int(row.action.owner);
    case TimesCarriedRole:
        return row.carried;
    case DoneRole:
        return row.action.isDone();
    case Qt::EditRole:
        switch (index.column()) {
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
        switch (index.column()) {
        case ActionColumn:
            return row.action.text;
        case OwnerColumn:
            return label(row.action.owner);
        case DueColumn:
            return row.action.dueOn.isValid()
                       ? QLocale().toString(row.action.dueOn, QLocale::ShortFormat)
                       : QString();
        case CarriedColumn:
            return row.carried > 0 ? QLocale().toString(row.carried) : QString();
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
    if (index.column() == ActionColumn || index.column() == DueColumn) {
        // Renegotiating: a new text or a new due date for the action itself.
        Action action = m_rows.at(index.row()).action;
        if (index.column() == ActionColumn)
            action.text = value.toString();
        else
            action.dueOn = value.toDate();
        return m_store.change(action, tr("Renegotiate “%1”").arg(action.text.left(40)));
    }
    if (index.column() == NoteColumn) {
        ActionReview review = *m_rows.at(index.row()).review;
        review.note = value.toString();
        return m_store.change(review, tr("Note on the review"));
    }
    const Row row = m_rows.at(index.row());
    const int decision = value.toInt() - 1;
    if (decision == (row.review ? int(row.review->decision) : -1))
        return true;
    QUndoStack *undo = m_store.undoStack();
    undo->beginMacro(tr("Review “%1”").arg(row.action.text.left(40)));
    bool ok = true;
    if (decision < 0) {
        ok = m_store.erase<ActionReview>(row.review->id, tr("Clear the review"));
    } else if (row.review) {
        ActionReview review = *row.review;
        review.decision = ReviewDecision(decision);
        ok = m_store.change(review, tr("Change the review"));
    } else {
        ActionReview review;
        review.actionId = row.action.id;
        review.sessionId = m_sessionId;
        review.decision = ReviewDecision(decision);
        ok = m_store.create(review, tr("Review the action")) != 0;
    }
    if (ok && decision == int(ReviewDecision::Done) && !row.action.isDone()) {
        Action action = row.action;
        action.doneAt = m_store.database().now();
        ok = m_store.change(action, tr("Complete the action"));
    }
    undo->endMacro();
    return ok;
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
