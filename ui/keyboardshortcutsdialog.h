// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace Mentorbook {

/** Help › Keyboard shortcuts: a table of the window's commands and their shortcuts. */
class KeyboardShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    /** Lists each of actions that has a shortcut, in the order given. */
    KeyboardShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Mentorbook
