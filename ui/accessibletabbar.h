// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Mentorbook {

/**
 * Qt (6.4 at least) reports a tab bar's tabs to screen readers as page tabs, but none of them
 * as selected: a screen reader says "Sessions, page tab" for every tab and never which one is
 * open. Installs, once, an accessible interface for every QTabBar whose tabs are selectable,
 * the current one selected, that announces the change when another tab is opened.
 */
namespace AccessibleTabBar {
void install();
} // namespace AccessibleTabBar

} // namespace Mentorbook
