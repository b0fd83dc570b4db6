// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/calendarexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Mentorbook {

class Database;
enum class Privacy;

/**
 * The command-line contract of DESIGN.md §5. Reads the arguments, tells main() whether a
 * window is wanted, and runs the subcommands, which need no display. Exit status: 0 on
 * success, 1 on bad input (one line on stderr), 2 on a usage error.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::CommandLine)

public:
    enum ExitStatus { Success = 0, BadInput = 1, UsageError = 2 };

    explicit CommandLine(const QStringList &arguments);

    /** True when no subcommand was given: main() opens the window. */
    bool wantsWindow() const;
    bool demo() const;
    /** True for the PDF exports, which need fonts and therefore a QGuiApplication. */
    bool producesPdf() const;
    /** The database named by --database, or the default one. */
    QString databasePath() const;

    /** Runs the subcommand (or --help, --version, a usage error); returns the exit status. */
    int run(QTextStream &out, QTextStream &err);

private:
    void addOptions();
    int usageError(QTextStream &err, const QString &message) const;
    int runCommand(QTextStream &out, QTextStream &err);
    int runList(QTextStream &out, Database &database, const QString &what);
    int runExport(QTextStream &out, QTextStream &err, Database &database, const QString &what);
    int runImport(QTextStream &out, Database &database, const QString &file);
    int runSample(QTextStream &out, Database &database);
    int runBackup(QTextStream &out, Database &database);
    int runCheck(QTextStream &out, Database &database);
    int runSearch(QTextStream &out, Database &database, const QString &words);
    /** The id given with --mentee; throws Error when it is not one. */
    qint64 menteeOption() const;
    /** The calendar's organizer and reminder: Preferences, or --organizer; throws Error if none. */
    CalendarOptions calendarOptions() const;
    /** The id given with --session; throws Error when it is not one. */
    qint64 sessionOption() const;
    /** Writes to -o FILE (atomically, as private as privacy says) or standard output. */
    void writeOutput(QTextStream &out, const QByteArray &bytes, Privacy privacy) const;

    QStringList m_arguments;
    QCommandLineParser m_parser;
    bool m_parsed = false;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_outputOption;
    QCommandLineOption m_sessionOption;
    QCommandLineOption m_menteeOption;
    QCommandLineOption m_organizerOption;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
};

} // namespace Mentorbook
