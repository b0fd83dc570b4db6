// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowpainting.h"

#include <QApplication>
#include <QStyle>

namespace Mentorbook::RowPainting {

int ownDirection(const QString &text)
{
    return text.isRightToLeft() ? Qt::TextForceRightToLeft : Qt::TextForceLeftToRight;
}

QStyleOptionViewItem
paintPanel(QPainter *painter, const QStyleOptionViewItem &given, const QModelIndex &index)
{
    QStyleOptionViewItem option = given;
    option.index = index;
    option.features |= QStyleOptionViewItem::HasDisplay;
    option.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    return option;
}

} // namespace Mentorbook::RowPainting
