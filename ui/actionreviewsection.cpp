// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionreviewsection.h"

#include "choicedelegate.h"
#include "datedelegate.h"
#include "edit/store.h"
#include "model/carryovermodel.h"
#include "sessioneditor.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

ActionReviewSection::ActionReviewSection(Store &store, QWidget *parent)
    : QGroupBox(SessionEditor::tr("Review of the actions agreed before"), parent)
    , m_store(store)
    , m_carryOver(new CarryOverModel(store, this))
    , m_dueDates(new DateDelegate(this))
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
    // A renegotiated due date is typed or picked in the same field as every other date.
    reviewView->setItemDelegateForColumn(CarryOverModel::DueColumn, m_dueDates);
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
    // The calendar of an action without a due date opens at the reviewing session.
    const auto session = m_store.repositories().sessions.find(sessionId);
    m_dueDates->setReferenceDate(session ? session->scheduledAt.toLocalTime().date() : QDate());
}

} // namespace Mentorbook
