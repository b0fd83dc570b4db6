// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datedelegate.h"
#include "domain/entities.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTreeView;

namespace Mentorbook {

class ActionChecklistModel;
class ActionFilterModel;

/**
 * The agreed actions as a checklist: check one to complete it, edit it in place, filter
 * by open, done or all and by owner; overdue dates stand out in the warning colour.
 */
class ActionChecklist : public QWidget
{
    Q_OBJECT

public:
    ActionChecklist(ActionChecklistModel *model, QWidget *parent = nullptr);

    /** New actions are agreed at this session (the one selected in the timeline). */
    void setCurrentSession(Id sessionId) { m_sessionId = sessionId; }
    QTreeView *view() const { return m_view; }
    ActionFilterModel *filter() const { return m_filter; }
    /** Shows every action, done or open, whoever's (to open one a filter hides). */
    void showEveryAction();

private:
    void addAction();
    void deleteAction();

    ActionChecklistModel *m_model;
    ActionFilterModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_state;
    QComboBox *m_owner;
    QPushButton *m_delete;
    Id m_sessionId = 0;
};

/** Editors for the checklist's cells (owner choice, optional due date) and overdue colour. */
class ActionDelegate : public DateDelegate
{
    Q_OBJECT

public:
    using DateDelegate::DateDelegate;

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Mentorbook
