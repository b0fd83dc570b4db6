// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QPalette>

namespace Mentorbook {

/** True when the palette is a dark one (light text on a dark window). */
bool isDark(const QPalette &palette);
/** The colour that marks what is overdue, readable on the palette's base colour. */
QColor warningColor(const QPalette &palette);
/** The colour of a stage's chip, toned for the palette. */
QColor stageColor(Stage stage, const QPalette &palette);
/** The colour of a session status's marker. */
QColor statusColor(SessionStatus status, const QPalette &palette);

} // namespace Mentorbook
