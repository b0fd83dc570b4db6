// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace Mentorbook {

class Database;

/** The application's window: the mentees of the open database. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);

private:
    void reload();

    Database &m_database;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_mentees = nullptr;
};

} // namespace Mentorbook
