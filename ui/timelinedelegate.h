// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace Mentorbook {

/**
 * Paints a session as a row of the timeline: a line joining the sessions with a node
 * showing the status, the number, date and time, a coloured stage chip, the status and a
 * one-line summary; the next session wears a badge and a rule marks where today falls.
 * Works from SessionTimelineModel's roles and follows the palette and the font.
 */
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    /** The day the "today" rule marks; the current date unless set. */
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /** The narrowest row that still shows every stage's chip and every status in font. */
    static int minimumRowWidth(const QFont &font);

private:
    QDate m_today;
};

} // namespace Mentorbook
