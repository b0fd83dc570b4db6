// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

#include <functional>

namespace Mentorbook {

class MainWindow;

/**
 * The window's application: no exception reaches Qt's event loop. One thrown while an event
 * is handled (a database that fails under the window: a column dropped, a disk gone) is
 * caught here and reported once through failed(), which the main window turns into a message
 * that offers to reopen the database or to close.
 */
class GuardedApplication : public QApplication
{
    Q_OBJECT

public:
    GuardedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    /** Reports what an exception said through failed(), from the event loop. */
    static void report(const QString &message);

signals:
    /** Queued: emitted after the event that threw has been left. */
    void failed(const QString &message);
};

/**
 * Runs work (a slot's body) and turns an exception into GuardedApplication::report(), so
 * that it never unwinds through Qt's own frames, which are not written for it.
 */
void guarded(const std::function<void()> &work);

/**
 * Closes the window cleanly, saving what was typed, on SIGTERM, SIGHUP and SIGINT (a logout,
 * a shutdown, a closed terminal), and saves pending typing when the desktop session asks the
 * application to commit its data. The signal handler only writes a byte to a socket; the
 * rest happens in the event loop.
 */
void closeCleanlyOnShutdown(MainWindow &window);

} // namespace Mentorbook
