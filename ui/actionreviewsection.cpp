// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionreviewsection.h"

#include "choicedelegate.h"
#include "model/carryovermodel.h"
#include "sessioneditor.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

ActionReviewSection::ActionReviewSection(Store &store, QWidget *parent)
    : QGroupBox(SessionEditor::tr("Review of the actions agreed before"), parent)
    , m_carryOver(new CarryOverModel(store, this))
{
    setObjectName(QStringLiteral("actionReview"));
    auto *reviewColumn = new QVBoxLayout(this);
    auto *reviewView = new QTreeView(this);
    reviewView->setObjectName(QStringLiteral("actionReviewView"));
    reviewView->setModel(m_carryOver);
    reviewView->setAccessibleName(title());
    reviewView->setAccessibleDescription(SessionEditor::tr(
        "For each action agreed before: done, carried over to the next session, or dropped"));
    reviewView->setRootIsDecorated(false);
    reviewView->setAlternatingRowColors(true);
    reviewView->setItemDelegateForColumn(
        CarryOverModel::DecisionColumn,
        new ChoiceDelegate(CarryOverModel::decisionLabels(), reviewView));
    reviewView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    reviewView->header()->setStretchLastSection(false);
    reviewView->header()->setSectionResizeMode(CarryOverModel::ActionColumn, QHeaderView::Stretch);
    for (int column : {CarryOverModel::OwnerColumn,
                       CarryOverModel::DueColumn,
                       CarryOverModel::CarriedColumn,
                       CarryOverModel::DecisionColumn}) {
        reviewView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    reviewView->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    reviewColumn->addWidget(reviewView);
}

void ActionReviewSection::setSessionId(Id sessionId)
{
    m_carryOver->setSessionId(sessionId);
}

} // namespace Mentorbook
