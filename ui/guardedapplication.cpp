// SPDX-License-Identifier: GPL-3.0-or-later
#include "guardedapplication.h"

#include "domain/fieldtitles.h"
#include "error.h"
#include "mainwindow.h"

#include <QPointer>
#include <QSessionManager>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Mentorbook {

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{}

namespace {
/** What the exception being handled says, in words. */
QString currentExceptionMessage()
{
    try {
        throw;
    } catch (const ValidationError &error) {
        return describeForUser(error);
    } catch (const Error &error) {
        return error.message();
    } catch (const std::exception &error) {
        return QString::fromLocal8Bit(error.what());
    } catch (...) {
        return GuardedApplication::tr("An unknown error.");
    }
}
} // namespace

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    // The last resort: guarded() should have caught it nearer to where it was thrown.
    try {
        return QApplication::notify(receiver, event);
    } catch (...) {
        report(currentExceptionMessage());
        return false;
    }
}

void GuardedApplication::report(const QString &message)
{
    auto *application = qobject_cast<GuardedApplication *>(QCoreApplication::instance());
    if (!application) {
        qWarning("%s", qUtf8Printable(message));
        return;
    }
    // Reported from the event loop, once the handler that failed is left.
    QMetaObject::invokeMethod(
        application,
        [application, message] { emit application->failed(message); },
        Qt::QueuedConnection);
}

void guarded(const std::function<void()> &work)
{
    try {
        work();
    } catch (...) {
        GuardedApplication::report(currentExceptionMessage());
    }
}

namespace {
int shutdownSocket[2] = {-1, -1};

void onShutdownSignal(int signal)
{
    const char byte = char(signal);
    // Async-signal-safe: only write(2). A full socket means a close is already on its way.
    [[maybe_unused]] const ssize_t written = ::write(shutdownSocket[0], &byte, 1);
}
} // namespace

void closeCleanlyOnShutdown(MainWindow &window)
{
    if (shutdownSocket[0] < 0
        && ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, shutdownSocket)
               != 0) {
        shutdownSocket[0] = shutdownSocket[1] = -1;
        return;
    }
    auto *notifier = new QSocketNotifier(shutdownSocket[1], QSocketNotifier::Read, &window);
    QPointer<MainWindow> guarded(&window);
    QObject::connect(notifier, &QSocketNotifier::activated, &window, [notifier, guarded] {
        char byte = 0;
        while (::read(shutdownSocket[1], &byte, 1) > 0)
            continue;
        notifier->setEnabled(false);
        if (guarded)
            guarded->close(); // saves what was typed, then the last window closed quits
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signal, &action, nullptr);

    // A logout: the session manager asks for the data first, and may not wait for a close.
    QObject::connect(
        qApp, &QGuiApplication::commitDataRequest, &window, [guarded](QSessionManager &) {
            if (guarded)
                guarded->savePendingTyping();
        });
}

} // namespace Mentorbook
