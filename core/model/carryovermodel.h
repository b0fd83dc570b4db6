// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/store.h"
#include "program/rules.h"

#include <QAbstractTableModel>

namespace Mentorbook {

/**
 * The actions a session reviews: those agreed at earlier sessions that were still open, or
 * were completed since the session before, with this session's decision about each (done,
 * carried forward, renegotiated, dropped). Setting a decision records a review through the
 * store; "done" also completes the action, as one undoable step. Renegotiating edits the
 * action's text or due date in place; the note says why (a reason to drop, say).
 */
class CarryOverModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the action's id
        DecisionRole,              ///< -1 when not reviewed yet, else a ReviewDecision as int
        OwnerRole,
        TimesCarriedRole,
        DoneRole,
    };
    Q_ENUM(Role)
    enum Column { ActionColumn, OwnerColumn, DueColumn, CarriedColumn, DecisionColumn, NoteColumn };
    Q_ENUM(Column)

    explicit CarryOverModel(Store &store, QObject *parent = nullptr);

    Id sessionId() const { return m_sessionId; }
    void setSessionId(Id sessionId);
    Action actionAt(const QModelIndex &index) const { return m_rows.value(index.row()).action; }
    /** The rows as the method's rules give them (Program::actionsUnderReview). */
    const QList<ReviewItem> &items() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The choices of the decision column, "Not reviewed" first. */
    static QStringList decisionLabels();

private:
    QList<ReviewItem> load() const;
    void refresh();
    QVariant cell(const ReviewItem &row, int column, int role) const;

    Store &m_store;
    Id m_sessionId = 0;
    Id m_menteeId = 0;
    QList<ReviewItem> m_rows;
};

} // namespace Mentorbook
