// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Mentorbook {

/** A problem statement in its list: its rank first, and a parked or resolved one dimmed, saying so.
 */
class ProblemStatementDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** "2. I want to … — Parked": what the list shows for the statement at index. */
    static QString textFor(const QModelIndex &index);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Mentorbook
