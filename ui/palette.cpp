// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

namespace Mentorbook {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness()
           < palette.color(QPalette::WindowText).lightness();
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QColor stageColor(Stage stage, const QPalette &palette)
{
    int hue = 0;
    switch (stage) {
    case Stage::Prework:
        hue = 210;
        break;
    case Stage::Introductions:
        hue = 170;
        break;
    case Stage::Focus:
        hue = 45;
        break;
    case Stage::Exercise:
        hue = 275;
        break;
    case Stage::Debrief:
        hue = 130;
        break;
    case Stage::Open:
        return palette.color(QPalette::Mid);
    }
    return isDark(palette) ? QColor::fromHsl(hue, 110, 95) : QColor::fromHsl(hue, 150, 205);
}

QColor statusColor(SessionStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case SessionStatus::Held:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case SessionStatus::Planned:
        return palette.color(QPalette::Highlight);
    case SessionStatus::Cancelled:
        return palette.color(QPalette::PlaceholderText);
    case SessionStatus::Missed:
        return warningColor(palette);
    }
    return palette.color(QPalette::Text);
}

} // namespace Mentorbook
