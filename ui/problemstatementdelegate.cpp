// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemstatementdelegate.h"

#include "model/problemstatementmodel.h"

namespace Mentorbook {

QString ProblemStatementDelegate::textFor(const QModelIndex &index)
{
    const auto status = ProblemStatus(index.data(ProblemStatementModel::StatusRole).toInt());
    QString text = tr("%1. %2")
                       .arg(index.data(ProblemStatementModel::RankRole).toInt())
                       .arg(index.data(Qt::DisplayRole).toString());
    if (status != ProblemStatus::Active)
        text += QStringLiteral(" — ") + label(status);
    return text;
}

void ProblemStatementDelegate::initStyleOption(QStyleOptionViewItem *option,
                                               const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = textFor(index);
    if (ProblemStatus(index.data(ProblemStatementModel::StatusRole).toInt())
        != ProblemStatus::Active)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

} // namespace Mentorbook
