// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "storage/repositories.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace Mentorbook {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QDir::toNativeSeparators(database.path()) + QStringLiteral("[*]"));
    resize(1100, 700);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(tr("<h2>Welcome to Mentorbook</h2>"
                                "<p>There is no mentee in this database yet.</p>"
                                "<p>To explore a complete sample relationship, start Mentorbook with "
                                "<tt>--demo</tt>.</p>"),
                             m_pages);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_mentees = new QListWidget(m_pages);
    m_mentees->setObjectName(QStringLiteral("menteeList"));
    m_pages->addWidget(empty);
    m_pages->addWidget(m_mentees);
    setCentralWidget(m_pages);
    reload();
}

void MainWindow::reload()
{
    Repositories repositories(m_database);
    m_mentees->clear();
    for (const Mentee &mentee : repositories.mentees.all()) {
        const int sessions = int(repositories.sessionsOf(mentee.id).size());
        m_mentees->addItem(tr("%1 — %2, %n session(s)", nullptr, sessions).arg(mentee.name, label(mentee.status)));
    }
    m_pages->setCurrentIndex(m_mentees->count() == 0 ? 0 : 1);
    statusBar()->showMessage(tr("%n mentee(s)", nullptr, m_mentees->count()));
}

} // namespace Mentorbook
