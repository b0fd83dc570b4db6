// SPDX-License-Identifier: GPL-3.0-or-later
#include "menteedelegate.h"

#include "localeformat.h"
#include "model/menteelistmodel.h"
#include "palette.h"
#include "rowpainting.h"

#include <QPainter>

namespace Mentorbook {

namespace {
using RowPainting::ownDirection;
using RowPainting::Padding;
using RowPainting::paintPanel;
} // namespace

QString MenteeDelegate::statusLine(const QModelIndex &index)
{
    const QString status = index.data(MenteeListModel::StatusRole).toString();
    QStringList parts;
    if (status != QLatin1String("active"))
        parts << label(fromKey<MenteeStatus>(status).value_or(MenteeStatus::Active));
    const QDateTime next = index.data(MenteeListModel::NextMeetingRole).toDateTime();
    if (index.data(MenteeListModel::MeetingOverdueRole).toBool())
        parts << tr("Meeting overdue");
    else if (next.isValid())
        parts << tr("Next %1").arg(meetingText(next));
    else if (status == QLatin1String("active"))
        parts << tr("No meeting planned");
    const int overdueActions = index.data(MenteeListModel::OverdueActionsRole).toInt();
    if (overdueActions > 0)
        parts << tr("%n action(s) overdue", nullptr, overdueActions);
    return parts.join(QStringLiteral(" · "));
}

QSize MenteeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {16 * metrics.averageCharWidth(), 2 * metrics.lineSpacing() + 3 * Padding};
}

void MenteeDelegate::paint(QPainter *painter,
                           const QStyleOptionViewItem &opt,
                           const QModelIndex &index) const
{
    const QStyleOptionViewItem option = paintPanel(painter, opt, index);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const bool overdue = index.data(MenteeListModel::MeetingOverdueRole).toBool()
                         || index.data(MenteeListModel::OverdueActionsRole).toInt() > 0;
    const bool inactive
        = index.data(MenteeListModel::StatusRole).toString() != QLatin1String("active");
    const QFontMetrics metrics(option.font);
    const QRect rect = option.rect.adjusted(Padding + 4, Padding, -Padding, -Padding);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(inactive && !selected ? palette.color(QPalette::PlaceholderText) : text);
    const int markerSpace = overdue ? metrics.height() : 0;
    const QRect nameRect(
        rect.left(), rect.top(), rect.width() - markerSpace, metrics.lineSpacing());
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(nameRect,
                      Qt::AlignVCenter | Qt::AlignLeft | ownDirection(name),
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameRect.width()));
    if (overdue) {
        const qreal radius = metrics.height() * 0.22;
        painter->setPen(Qt::NoPen);
        painter->setBrush(warningColor(palette));
        painter->drawEllipse(
            QPointF(rect.right() - radius - 1, rect.top() + metrics.lineSpacing() / 2.0),
            radius,
            radius);
    }
    painter->setFont(option.font);
    painter->setPen(
        selected ? text
                 : (overdue ? warningColor(palette) : palette.color(QPalette::PlaceholderText)));
    const QRect lineRect(rect.left(),
                         rect.top() + metrics.lineSpacing() + Padding / 2,
                         rect.width(),
                         metrics.lineSpacing());
    const QString line = statusLine(index);
    painter->drawText(lineRect,
                      Qt::AlignVCenter | Qt::AlignLeft | ownDirection(line),
                      metrics.elidedText(line, Qt::ElideRight, lineRect.width()));
    painter->restore();
}

} // namespace Mentorbook
