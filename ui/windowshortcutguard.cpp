// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowshortcutguard.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace Mentorbook {

WindowShortcutGuard::WindowShortcutGuard(QWidget *window, QList<QAction *> actions)
    : QObject(window)
    , m_window(window)
{
    for (QAction *action : actions)
        m_actions.append(action);
}

bool WindowShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !m_window)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (action && action->isEnabled() && action->shortcuts().contains(pressed))
            return true; // left unaccepted: the shortcut map gives the key to the action
    }
    return false;
}

} // namespace Mentorbook
