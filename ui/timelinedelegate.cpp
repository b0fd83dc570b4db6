// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedelegate.h"

#include "localeformat.h"
#include "model/sessiontimelinemodel.h"
#include "palette.h"
#include "rowpainting.h"

#include <QPainter>
#include <QPainterPath>

namespace Mentorbook {

namespace {
using RowPainting::ownDirection;
using RowPainting::Padding;
using RowPainting::paintPanel;

constexpr int Gutter = 34;

/** Whether today falls between this row and the one above it. */
bool todayAbove(const QModelIndex &index, const QDate &today)
{
    if (index.row() == 0)
        return false;
    const QDate here = index.data(SessionTimelineModel::ScheduledAtRole).toDateTime().date();
    const QDate above = index.siblingAtRow(index.row() - 1)
                            .data(SessionTimelineModel::ScheduledAtRole)
                            .toDateTime()
                            .date();
    return (above < today) != (here < today);
}

QFont chipFontFor(const QFont &font)
{
    QFont chip = font;
    chip.setPointSizeF(chip.pointSizeF() * 0.85);
    return chip;
}

/** The number, the date and the widest chip and status need this much beside the gutter. */
constexpr int ChipMargin = 12;

QFont ruleFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    return small;
}

void drawNode(QPainter *painter,
              const QPointF &center,
              qreal radius,
              SessionStatus status,
              const QPalette &palette)
{
    const QColor color = statusColor(status, palette);
    const QColor base = palette.color(QPalette::Base);
    painter->setPen(QPen(color, 2));
    switch (status) {
    case SessionStatus::Held: {
        painter->setBrush(color);
        painter->drawEllipse(center, radius, radius);
        // a tick
        QPainterPath tick;
        tick.moveTo(center + QPointF(-radius * 0.45, 0));
        tick.lineTo(center + QPointF(-radius * 0.1, radius * 0.4));
        tick.lineTo(center + QPointF(radius * 0.5, -radius * 0.4));
        painter->setPen(QPen(base, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
        break;
    }
    case SessionStatus::Planned:
        painter->setBrush(base);
        painter->drawEllipse(center, radius, radius);
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(center, radius * 0.35, radius * 0.35);
        break;
    case SessionStatus::Cancelled: {
        painter->setBrush(base);
        painter->drawEllipse(center, radius, radius);
        const qreal d = radius * 0.42;
        painter->drawLine(center + QPointF(-d, -d), center + QPointF(d, d));
        painter->drawLine(center + QPointF(-d, d), center + QPointF(d, -d));
        break;
    }
    case SessionStatus::Missed:
        painter->setBrush(base);
        painter->drawEllipse(center, radius, radius);
        painter->drawLine(center + QPointF(0, -radius * 0.5), center + QPointF(0, radius * 0.1));
        painter->drawPoint(center + QPointF(0, radius * 0.45));
        break;
    }
}
} // namespace

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QDate TimelineDelegate::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

int TimelineDelegate::minimumRowWidth(const QFont &font)
{
    const QFontMetrics metrics(font);
    const QFontMetrics chipMetrics(chipFontFor(font));
    int chip = 0;
    for (const auto &entry : enumEntries<Stage>())
        chip = std::max(chip, chipMetrics.horizontalAdvance(label(entry.value)));
    int status = chipMetrics.horizontalAdvance(tr("Next"));
    for (const auto &entry : enumEntries<SessionStatus>())
        status = std::max(status, chipMetrics.horizontalAdvance(label(entry.value)));
    // "12  " and a few letters of the date before the chip.
    return Gutter + metrics.horizontalAdvance(QStringLiteral("12  "))
           + 8 * metrics.averageCharWidth() + chip + ChipMargin + Padding + status + ChipMargin
           + Padding;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int rule = todayAbove(index, today()) ? QFontMetrics(ruleFont(option.font)).height() : 0;
    return {Gutter + 20 * metrics.averageCharWidth(),
            2 * metrics.lineSpacing() + 3 * Padding + rule};
}

void TimelineDelegate::paint(QPainter *painter,
                             const QStyleOptionViewItem &opt,
                             const QModelIndex &index) const
{
    const QStyleOptionViewItem option = paintPanel(painter, opt, index);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : palette.color(QPalette::PlaceholderText);
    const QRect rect = option.rect;
    const QFontMetrics metrics(option.font);

    const auto status = SessionStatus(index.data(SessionTimelineModel::StatusRole).toInt());
    const auto stage = Stage(index.data(SessionTimelineModel::StageRole).toInt());
    const QDateTime when = index.data(SessionTimelineModel::ScheduledAtRole).toDateTime();
    const bool isNext = index.data(SessionTimelineModel::IsNextRole).toBool();
    const int rows = index.model()->rowCount(index.parent());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // Where today falls between this row and the one above: a rule across the row's top.
    const QFont small = ruleFont(option.font);
    const QFontMetrics smallMetrics(small);
    const bool rule = todayAbove(index, today());
    const int ruleHeight = rule ? smallMetrics.height() : 0;
    if (rule) {
        const QString word = tr("Today");
        const int wordWidth = smallMetrics.horizontalAdvance(word) + Padding;
        const QColor accent = selected ? text : palette.color(QPalette::Highlight);
        const qreal ruleY = rect.top() + ruleHeight / 2.0 + 1;
        painter->setPen(QPen(accent, 1, Qt::DashLine));
        painter->drawLine(QPointF(rect.left() + Gutter, ruleY),
                          QPointF(rect.right() - wordWidth - Padding, ruleY));
        painter->setFont(small);
        painter->setPen(accent);
        painter->drawText(
            QRect(rect.right() - wordWidth - Padding / 2, rect.top() + 1, wordWidth, ruleHeight),
            Qt::AlignCenter,
            word);
        painter->setFont(option.font);
    }

    // The line joining the sessions, and the node.
    const qreal x = rect.left() + Gutter / 2.0;
    const qreal y = rect.top() + ruleHeight + Padding + metrics.lineSpacing() / 2.0;
    painter->setPen(QPen(palette.color(QPalette::Mid), 2));
    if (index.row() > 0)
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, y));
    if (index.row() < rows - 1)
        painter->drawLine(QPointF(x, y), QPointF(x, rect.bottom() + 1));
    drawNode(painter, QPointF(x, y), metrics.height() * 0.42, status, palette);

    // First line: number and date, stage chip, status (or the "Next" badge) on the right.
    int left = rect.left() + Gutter;
    const int right = rect.right() - Padding;
    const int top = rect.top() + ruleHeight + Padding;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString number
        = QStringLiteral("%1  ").arg(index.data(SessionTimelineModel::SequenceRole).toInt());
    painter->setFont(option.font);
    painter->setPen(quiet);
    painter->drawText(QRect(left, top, metrics.horizontalAdvance(number), metrics.lineSpacing()),
                      Qt::AlignVCenter,
                      number);
    left += metrics.horizontalAdvance(number);

    // The stage chip and the status always show: in a narrow timeline the date gives way.
    const QFont chipFont = chipFontFor(option.font);
    const QFontMetrics chipMetrics(chipFont);
    const QString stageText = label(stage);
    const QString statusText = isNext ? tr("Next") : label(status);
    const int statusWidth = chipMetrics.horizontalAdvance(statusText) + ChipMargin;
    const int chipWidth = chipMetrics.horizontalAdvance(stageText) + ChipMargin;
    const QString date
        = boldMetrics.elidedText(meetingText(when),
                                 Qt::ElideRight,
                                 std::max(0, right - left - chipWidth - statusWidth - 2 * Padding));
    painter->setFont(bold);
    painter->setPen(status == SessionStatus::Cancelled ? quiet : text);
    painter->drawText(QRect(left, top, boldMetrics.horizontalAdvance(date), metrics.lineSpacing()),
                      Qt::AlignVCenter,
                      date);
    left += boldMetrics.horizontalAdvance(date) + Padding;

    const QRect chip(left,
                     top + (metrics.lineSpacing() - chipMetrics.height() - 2) / 2,
                     chipWidth,
                     chipMetrics.height() + 2);
    const QColor chipColor = stageColor(stage, palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(chipColor);
    painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
    painter->setFont(chipFont);
    painter->setPen(chipColor.lightness() > 128 ? QColor(0x20, 0x20, 0x20)
                                                : QColor(0xf5, 0xf5, 0xf5));
    painter->drawText(chip, Qt::AlignCenter, stageText);

    const QRect statusRect(right - statusWidth, chip.top(), statusWidth, chip.height());
    if (isNext) {
        const QColor accent = selected ? text : palette.color(QPalette::Highlight);
        painter->setPen(QPen(accent, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(statusRect).adjusted(0.5, 0.5, -0.5, -0.5),
                                 chip.height() / 2.0,
                                 chip.height() / 2.0);
        painter->setPen(accent);
    } else {
        painter->setPen(selected ? text : statusColor(status, palette));
    }
    painter->drawText(statusRect, Qt::AlignCenter, statusText);

    // Second line: what the session was about.
    painter->setFont(option.font);
    painter->setPen(status == SessionStatus::Cancelled || status == SessionStatus::Missed ? quiet
                                                                                          : text);
    const QRect summaryRect(rect.left() + Gutter,
                            top + metrics.lineSpacing() + Padding / 2,
                            right - rect.left() - Gutter,
                            metrics.lineSpacing());
    const QString summary = index.data(SessionTimelineModel::SummaryRole).toString();
    painter->drawText(summaryRect,
                      Qt::AlignVCenter | Qt::AlignLeft | ownDirection(summary),
                      metrics.elidedText(summary, Qt::ElideRight, summaryRect.width()));
    painter->restore();
}

} // namespace Mentorbook
