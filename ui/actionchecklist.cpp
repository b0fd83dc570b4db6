// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionchecklist.h"

#include "edit/verbs.h"

#include "formbinder.h"
#include "formwidgets.h"
#include "model/actionchecklistmodel.h"
#include "palette.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>

namespace Mentorbook {

ActionChecklist::ActionChecklist(ActionChecklistModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ActionFilterModel(this))
    , m_view(new QTreeView(this))
    , m_state(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("actionChecklist"));
    m_filter->setSourceModel(model);

    m_state->setObjectName(QStringLiteral("actionStateFilter"));
    m_state->addItem(tr("Open"), int(ActionFilterModel::State::Open));
    m_state->addItem(tr("Done"), int(ActionFilterModel::State::Done));
    m_state->addItem(tr("All"), int(ActionFilterModel::State::All));
    m_owner->setObjectName(QStringLiteral("actionOwnerFilter"));
    m_owner->setAccessibleName(tr("Whose actions"));
    m_owner->addItem(tr("Everyone's"), -1);
    m_owner->addItem(tr("The mentee's"), int(ActionOwner::Mentee));
    m_owner->addItem(tr("Mine"), int(ActionOwner::Mentor));
    auto *add = new QPushButton(tr("Add action"), this);
    add->setObjectName(QStringLiteral("addAction"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Sho&w:"), this);
    showLabel->setBuddy(m_state);
    bar->addWidget(showLabel);
    bar->addWidget(m_state);
    bar->addWidget(m_owner);
    bar->addStretch();
    bar->addWidget(add);
    bar->addWidget(m_delete);

    m_view->setObjectName(QStringLiteral("actionView"));
    m_view->setAccessibleName(tr("Actions"));
    m_view->setAccessibleDescription(
        tr("The agreed actions: check one when it is done; F2 edits the cell"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ActionDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->header()->setSectionResizeMode(ActionChecklistModel::TextColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    // The action's words take the spare width; "with whom" a fixed share, widened by hand.
    m_view->header()->setSectionResizeMode(ActionChecklistModel::WithWhomColumn,
                                           QHeaderView::Interactive);
    m_view->header()->resizeSection(ActionChecklistModel::WithWhomColumn,
                                    fontMetrics().averageCharWidth() * 14);
    for (int column : {ActionChecklistModel::OwnerColumn,
                       ActionChecklistModel::DueOnColumn,
                       ActionChecklistModel::SessionColumn}) {
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_state, &QComboBox::activated, this, [this] {
        m_filter->setState(ActionFilterModel::State(m_state->currentData().toInt()));
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        m_filter->setOwner(m_owner->currentData().toInt());
    });
    connect(add, &QPushButton::clicked, this, &ActionChecklist::addAction);
    connect(m_delete, &QPushButton::clicked, this, &ActionChecklist::deleteAction);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) { m_delete->setEnabled(current.isValid()); });
    m_delete->setEnabled(false);
    chainTabOrder({m_state, m_owner, add, m_view, m_delete});
}

void ActionChecklist::showEveryAction()
{
    m_state->setCurrentIndex(m_state->findData(int(ActionFilterModel::State::All)));
    m_owner->setCurrentIndex(m_owner->findData(-1));
    m_filter->setState(ActionFilterModel::State::All);
    m_filter->setOwner(-1);
}

void ActionChecklist::addAction()
{
    if (m_model->menteeId() <= 0)
        return;
    const Id id = Edit::addAction(
        m_model->store(), m_model->menteeId(), m_sessionId, m_model->now().toLocalTime().date());
    if (id == 0)
        return;
    if (m_filter->state() == ActionFilterModel::State::Done) {
        m_filter->setState(ActionFilterModel::State::Open);
        m_state->setCurrentIndex(0);
    }
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
    m_view->setCurrentIndex(index);
    m_view->edit(index);
}

void ActionChecklist::deleteAction()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (current.isValid())
        Edit::deleteAction(m_model->store(), m_model->actionAt(current).id);
}

QWidget *ActionDelegate::createEditor(QWidget *parent,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    switch (index.column()) {
    case ActionChecklistModel::OwnerColumn:
        return enumComboBox<ActionOwner>(parent);
    case ActionChecklistModel::DueOnColumn:
        return DateDelegate::createEditor(parent, option, index);
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void ActionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (qobject_cast<QComboBox *>(editor)) {
        FormDelegate().setEditorData(editor, index);
        return;
    }
    DateDelegate::setEditorData(editor, index);
}

void ActionDelegate::setModelData(QWidget *editor,
                                  QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    if (qobject_cast<QComboBox *>(editor)) {
        FormDelegate().setModelData(editor, model, index);
        return;
    }
    DateDelegate::setModelData(editor, model, index);
}

void ActionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(ActionChecklistModel::DoneRole).toBool()) {
        option->font.setStrikeOut(index.column() == ActionChecklistModel::TextColumn);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    } else if (index.column() == ActionChecklistModel::DueOnColumn
               && index.data(ActionChecklistModel::OverdueRole).toBool()) {
        option->palette.setColor(QPalette::Text, warningColor(option->palette));
        option->font.setBold(true);
    }
    const int carried = index.data(ActionChecklistModel::TimesCarriedRole).toInt();
    if (index.column() == ActionChecklistModel::TextColumn && carried > 0)
        option->text += QStringLiteral("  ") + tr("(carried %n time(s))", nullptr, carried);
}

} // namespace Mentorbook
