// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "mainwindow.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

using namespace Mentorbook;

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORBOOK_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("mentorbook.invalid"));
    installTranslations();
}

int runWindow(const CommandLine &commandLine)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Mentorbook"));
    // Lets the desktop match the window with the desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mentorbook.Mentorbook"));
    Database database;
    try {
        if (commandLine.demo()) {
            database.openTemporary();
            Repositories repositories(database);
            SampleRelationship::add(repositories, QDate::currentDate());
        } else {
            database.open(commandLine.databasePath());
        }
    } catch (const Error &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the database"),
                              error.message());
        return CommandLine::BadInput;
    }
    MainWindow window(database);
    window.show();
    return QApplication::exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine commandLine(arguments);

    if (!commandLine.wantsWindow()) {
        // Subcommands, --help and --version need no display.
        QCoreApplication application(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        CommandLine command(QCoreApplication::arguments());
        return command.run(out, err);
    }

    QApplication application(argc, argv);
    describeApplication();
    // QApplication has taken its own options (-style, -reverse...); read the rest again.
    const CommandLine windowCommandLine(QCoreApplication::arguments());
    if (!windowCommandLine.wantsWindow()) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        CommandLine command(QCoreApplication::arguments());
        return command.run(out, err);
    }
    return runWindow(windowCommandLine);
}
