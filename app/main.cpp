// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "guardedapplication.h"
#include "mainwindow.h"
#include "meetingreminders.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Mentorbook;

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORBOOK_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mentorbook.invalid"));
    installTranslations();
}

/** Opens a window on one database; returns the exit code and any database to switch to. */
int runWindowOn(const QString &path, bool demo, MainWindow::DatabaseSwitch &next)
{
    Database database;
    try {
        if (demo) {
            database.openTemporary();
            Repositories repositories(database);
            SampleRelationship::add(repositories, QDate::currentDate());
        } else {
            database.open(path);
        }
    } catch (const Error &error) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Cannot open the database"), error.message());
        return CommandLine::BadInput;
    }
    std::unique_ptr<MainWindow> window;
    try {
        window = std::make_unique<MainWindow>(database);
    } catch (const std::exception &error) {
        // A database that opens but fails as it is read (its schema altered under us).
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "Cannot open the database"),
                              QString::fromLocal8Bit(error.what()));
        return CommandLine::BadInput;
    }
    closeCleanlyOnShutdown(*window);
    window->show();
    // The demo's meetings are made up: they remind no one.
    std::unique_ptr<MeetingReminders> reminders;
    if (!demo) {
        reminders = std::make_unique<MeetingReminders>(*window);
        reminders->start();
    }
    const int status = QApplication::exec();
    next = window->databaseSwitch();
    return status;
}

int runWindow(const CommandLine &commandLine)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Mentorbook"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.mentorbook.Mentorbook"),
                                                 QIcon(QStringLiteral(":/icons/mentorbook.svg"))));
    // Lets the desktop match the window with the desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mentorbook.Mentorbook"));
    QString path = commandLine.databasePath();
    bool demo = commandLine.demo();
    for (;;) {
        MainWindow::DatabaseSwitch next;
        const int status = runWindowOn(path, demo, next);
        if (status != MainWindow::SwitchDatabaseExitCode)
            return status;
        // A move copied the database first; the old file goes once it is closed.
        if (!next.remove.isEmpty()) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(next.remove + QLatin1String(suffix));
        }
        path = next.open;
        demo = false;
    }
}

/**
 * The arguments without the options QApplication takes for itself (-reverse, -style X…), for
 * the first reading that decides which application to create.
 */
QStringList withoutQtOptions(const QStringList &arguments)
{
    static const QStringList flags{QStringLiteral("reverse"),
                                   QStringLiteral("nograb"),
                                   QStringLiteral("dograb"),
                                   QStringLiteral("sync"),
                                   QStringLiteral("widgetcount")};
    static const QStringList withValue{QStringLiteral("style"),
                                       QStringLiteral("stylesheet"),
                                       QStringLiteral("platform"),
                                       QStringLiteral("platformpluginpath"),
                                       QStringLiteral("platformtheme"),
                                       QStringLiteral("plugin"),
                                       QStringLiteral("qwindowgeometry"),
                                       QStringLiteral("qwindowicon"),
                                       QStringLiteral("qwindowtitle"),
                                       QStringLiteral("display"),
                                       QStringLiteral("geometry")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        if (i == 0 || !name.startsWith(QLatin1Char('-'))) {
            kept << name;
            continue;
        }
        while (name.startsWith(QLatin1Char('-')))
            name.remove(0, 1);
        const QString bare = name.section(QLatin1Char('='), 0, 0);
        if (flags.contains(bare))
            continue;
        if (withValue.contains(bare)) {
            if (!name.contains(QLatin1Char('=')))
                ++i; // its value
            continue;
        }
        kept << arguments.at(i);
    }
    return kept;
}

int runCommand(CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(out, err);
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // A first reading decides which application to create; the options are read again once
    // the translations are installed, so that --help and the messages follow the language.
    const CommandLine firstReading(withoutQtOptions(arguments));
    if (firstReading.producesPdf()) {
        // PDFs need fonts, hence a QGuiApplication; the offscreen platform needs no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session the platform warns about XDG_RUNTIME_DIR, which a
        // command run from a script or over ssh does not need; that line would only confuse.
        static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
        qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                    defaultHandler(type, context, message);
            });
        QGuiApplication application(argc, argv);
        describeApplication();
        // Read the original arguments: QGuiApplication takes "--session" for itself.
        CommandLine commandLine(arguments);
        return runCommand(commandLine);
    }
    if (!firstReading.wantsWindow()) {
        // Subcommands, --help and --version need no display.
        QCoreApplication application(argc, argv);
        describeApplication();
        CommandLine commandLine(QCoreApplication::arguments());
        return runCommand(commandLine);
    }

    GuardedApplication application(argc, argv);
    describeApplication();
    // QApplication has taken its own options (-style, -reverse...); read the rest again.
    CommandLine windowCommandLine(QCoreApplication::arguments());
    if (!windowCommandLine.wantsWindow())
        return runCommand(windowCommandLine);
    return runWindow(windowCommandLine);
}
