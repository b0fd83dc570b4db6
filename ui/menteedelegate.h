// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Mentorbook {

/** Paints a mentee in the list: the name, then the next meeting or what is overdue. */
class MenteeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /** The second line of a mentee's row, in words. */
    static QString statusLine(const QModelIndex &index);
};

} // namespace Mentorbook
