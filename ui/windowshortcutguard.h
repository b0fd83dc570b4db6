// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Mentorbook {

/**
 * Keeps a window's own shortcuts working while a text field has the focus. On X11 a line edit
 * claims Ctrl+K (delete to the end of the line) before any shortcut sees it, so Find in All
 * Mentees would open only from outside the text fields; for the actions given, the field
 * never hears of the key and the window's action runs. Installed on the application.
 */
class WindowShortcutGuard : public QObject
{
    Q_OBJECT

public:
    WindowShortcutGuard(QWidget *window, QList<QAction *> actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    QList<QPointer<QAction>> m_actions;
};

} // namespace Mentorbook
