// SPDX-License-Identifier: GPL-3.0-or-later
#include "formscrollarea.h"

#include <QScrollBar>
#include <QStyle>

namespace Mentorbook {

FormScrollArea::FormScrollArea(QWidget *form, QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    // Not a Tab stop of its own: it scrolls to the field that takes the focus.
    setFocusPolicy(Qt::NoFocus);
    setWidget(form);
}

QSize FormScrollArea::minimumSizeHint() const
{
    const QSize area = QScrollArea::minimumSizeHint();
    if (!widget())
        return area;
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {
        std::max(area.width(), widget()->minimumSizeHint().width() + scrollBar + 2 * frameWidth()),
        area.height()};
}

} // namespace Mentorbook
