// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyleOptionViewItem>

class QPainter;

namespace Mentorbook {

/** What the delegates that paint their own rows (the timeline, the mentee list) share. */
namespace RowPainting {

/** The space between a row's edge and its text, and between its lines. */
constexpr int Padding = 8;

/**
 * Text runs in its own direction whatever the layout's, so that the ellipsis of an elided
 * English line stays at its end in a right-to-left window, and Arabic stays Arabic in a
 * left-to-right one.
 */
int ownDirection(const QString &text);

/** Paints the row's background (selection, hover) as the style does; returns the options. */
QStyleOptionViewItem
paintPanel(QPainter *painter, const QStyleOptionViewItem &given, const QModelIndex &index);

} // namespace RowPainting

} // namespace Mentorbook
