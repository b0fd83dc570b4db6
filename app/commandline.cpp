// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "domain/validation.h"
#include "edit/verbs.h"
#include "interchange/jsonexporter.h"
#include "interchange/jsonimporter.h"
#include "model/sessiontimelinemodel.h"
#include "preferences.h"
#include "program/planning.h"
#include "program/rules.h"
#include "report/agenda.h"
#include "report/calendarexport.h"
#include "report/recap.h"
#include "report/relationshipsummary.h"
#include "savefile.h"
#include "search/search.h"
#include "storage/repositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <unistd.h>

namespace Mentorbook {

namespace {
/** Prints rows as columns padded to the widest cell, the first row being the header. */
void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = std::max(widths[column], int(row.at(column).size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column) + 2);
        }
        out << line << Qt::endl;
    }
}

/** One line of a possibly long text, for a table cell. */
QString oneLine(const QString &text, int length = 60)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + QStringLiteral("…");
    return line;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString localDateTimeText(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : QStringLiteral("-");
}

/** One line, for stderr: messages from SQLite may carry new lines. */
QString singleLine(const QString &message)
{
    return message.simplified();
}
} // namespace

CommandLine::CommandLine(const QStringList &arguments)
    : m_arguments(arguments)
    , m_databaseOption(QStringLiteral("database"),
                       tr("Use the database FILE instead of the default one."),
                       tr("FILE"))
    , m_demoOption(QStringLiteral("demo"),
                   tr("Open the window on a temporary database holding the sample relationship."))
    , m_outputOption({QStringLiteral("o"), QStringLiteral("output")},
                     tr("Write to FILE instead of standard output."),
                     tr("FILE"))
    , m_sessionOption(QStringLiteral("session"), tr("The session a document is about."), tr("ID"))
    , m_menteeOption(QStringLiteral("mentee"), tr("The mentee to list or export."), tr("ID"))
    , m_organizerOption(QStringLiteral("organizer"),
                        tr("Your email address as the calendar's organizer, instead of the one "
                           "in Preferences."),
                        tr("EMAIL"))
    , m_helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_versionOption({QStringLiteral("v"), QStringLiteral("version")},
                      tr("Show the version and exit."))
{
    addOptions();
    m_parsed = m_parser.parse(m_arguments);
}

CalendarOptions CommandLine::calendarOptions() const
{
    CalendarOptions options = Preferences::calendarOptions();
    if (m_parser.isSet(m_organizerOption)) {
        options.organizerEmail = m_parser.value(m_organizerOption).trimmed();
        if (const QString problem = emailProblem(options.organizerEmail); !problem.isEmpty())
            throw Error(tr("--organizer: %1").arg(problem));
    } else if (options.organizerEmail.trimmed().isEmpty()) {
        throw Error(tr("Calendars need your email address as the meetings' organizer: give it "
                       "with --organizer EMAIL, or set it under Preferences › You."));
    }
    return options;
}

void CommandLine::addOptions()
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions({m_databaseOption,
                         m_demoOption,
                         m_outputOption,
                         m_sessionOption,
                         m_menteeOption,
                         m_organizerOption,
                         m_helpOption,
                         m_versionOption});
}

bool CommandLine::wantsWindow() const
{
    return m_parsed && m_parser.positionalArguments().isEmpty() && !m_parser.isSet(m_helpOption)
           && !m_parser.isSet(m_versionOption);
}

bool CommandLine::demo() const
{
    return m_parser.isSet(m_demoOption);
}

QString CommandLine::databasePath() const
{
    return m_parser.isSet(m_databaseOption) ? m_parser.value(m_databaseOption)
                                            : Preferences::databasePath();
}

int CommandLine::usageError(QTextStream &err, const QString &message) const
{
    err << QStringLiteral("mentorbook: ") << message << QStringLiteral(" ")
        << tr("(see mentorbook --help)") << Qt::endl;
    return UsageError;
}

int CommandLine::run(QTextStream &out, QTextStream &err)
{
    if (!m_parsed)
        return usageError(err, m_parser.errorText());
    if (m_parser.isSet(m_helpOption)) {
        out << tr("Usage:\n"
                  "  mentorbook [--database FILE] [--demo]\n"
                  "  mentorbook [--database FILE] sample\n"
                  "  mentorbook [--database FILE] list mentees | sessions --mentee ID | actions "
                  "--mentee ID\n"
                  "  mentorbook [--database FILE] export json [-o FILE.json]\n"
                  "  mentorbook [--database FILE] import json FILE.json\n"
                  "  mentorbook [--database FILE] export agenda|recap --session ID [-o FILE.pdf]\n"
                  "  mentorbook [--database FILE] export summary --mentee ID [-o FILE.pdf]\n"
                  "  mentorbook [--database FILE] export ics --mentee ID [--organizer EMAIL] "
                  "[-o FILE.ics]\n"
                  "  mentorbook [--database FILE] backup -o FILE.sqlite\n"
                  "  mentorbook [--database FILE] check\n"
                  "  mentorbook [--database FILE] search WORDS… [--mentee ID]\n"
                  "\n"
                  "Mentorbook keeps each mentoring relationship's sessions, SMART goals and "
                  "agreed\n"
                  "actions in one private SQLite file. Without a command it opens the window.\n"
                  "\n"
                  "Commands:\n"
                  "  sample         Add the sample mentoring relationship to the database.\n"
                  "  list           List the mentees, or a mentee's sessions or actions.\n"
                  "  export json    Write the whole database as a JSON document.\n"
                  "  export agenda  Write a session's one-page agenda as a PDF.\n"
                  "  export recap   Write a session's recap for the mentee as a PDF.\n"
                  "  export summary Write a summary of a mentoring relationship as a PDF.\n"
                  "  export ics     Write a mentee's sessions as an iCalendar file, organized by\n"
                  "                 your email (from Preferences, or --organizer).\n"
                  "  import json    Read a JSON document into the database (all or nothing).\n"
                  "  backup         Write a consistent copy of the database.\n"
                  "  check          Check the database's integrity.\n"
                  "  search         Find the texts that hold every word (or the start of it),\n"
                  "                 or a \"phrase\" in quotes, in every relationship or one.\n"
                  "\n"
                  "PDF documents without -o are saved under their usual name in the current\n"
                  "folder; -o - writes them to standard output.\n"
                  "The database is %1 unless --database names another.\n"
                  "Exit status: 0 on success, 1 on bad input, 2 on a usage error.\n")
                   .arg(Preferences::databasePath());
        const QString options = m_parser.helpText();
        const qsizetype start = options.indexOf(QStringLiteral("\n\n"));
        out << (start >= 0 ? options.mid(start + 1) : options);
        return Success;
    }
    if (m_parser.isSet(m_versionOption)) {
        out << QStringLiteral("mentorbook ") << QStringLiteral(MENTORBOOK_VERSION) << Qt::endl;
        return Success;
    }
    if (m_parser.positionalArguments().isEmpty())
        return usageError(err, tr("no command given"));
    try {
        return runCommand(out, err);
    } catch (const Error &error) {
        err << QStringLiteral("mentorbook: ") << singleLine(error.message()) << Qt::endl;
        return BadInput;
    }
}

bool CommandLine::producesPdf() const
{
    const QStringList words = m_parser.positionalArguments();
    return words.value(0) == QLatin1String("export")
           && QStringList{QStringLiteral("agenda"),
                          QStringLiteral("recap"),
                          QStringLiteral("summary")}
                  .contains(words.value(1));
}

Id CommandLine::sessionOption() const
{
    bool ok = false;
    const Id id = m_parser.value(m_sessionOption).toLongLong(&ok);
    if (!ok || id <= 0) {
        throw Error(tr("--session expects a session id (a positive whole number), not \"%1\"")
                        .arg(m_parser.value(m_sessionOption)));
    }
    return id;
}

Id CommandLine::menteeOption() const
{
    bool ok = false;
    const Id id = m_parser.value(m_menteeOption).toLongLong(&ok);
    if (!ok || id <= 0) {
        throw Error(tr("--mentee expects a mentee id (a positive whole number), not \"%1\"")
                        .arg(m_parser.value(m_menteeOption)));
    }
    return id;
}

int CommandLine::runCommand(QTextStream &out, QTextStream &err)
{
    const QStringList words = m_parser.positionalArguments();
    const QString command = words.first();
    const QString what = words.value(1);

    // Which options each command takes; anything else is a usage error.
    QStringList allowed{QStringLiteral("database")};
    int expectedWords = 1;
    Database::Access access = Database::Access::ReadOnly;
    if (command == QLatin1String("sample")) {
        access = Database::Access::ReadWrite;
    } else if (command == QLatin1String("list")) {
        expectedWords = 2;
        if (what == QLatin1String("sessions") || what == QLatin1String("actions"))
            allowed << QStringLiteral("mentee");
        else if (what != QLatin1String("mentees"))
            return usageError(
                err,
                what.isEmpty() ? tr("list what? (mentees, sessions or actions)")
                               : tr("cannot list \"%1\" (mentees, sessions or actions)").arg(what));
    } else if (command == QLatin1String("export")) {
        expectedWords = 2;
        allowed << QStringLiteral("o");
        if (what == QLatin1String("agenda") || what == QLatin1String("recap"))
            allowed << QStringLiteral("session");
        else if (what == QLatin1String("summary"))
            allowed << QStringLiteral("mentee");
        else if (what == QLatin1String("ics"))
            allowed << QStringLiteral("mentee") << QStringLiteral("organizer");
        else if (what != QLatin1String("json"))
            return usageError(err,
                              what.isEmpty()
                                  ? tr("export what? (agenda, recap, summary, ics or json)")
                                  : tr("cannot export \"%1\" (agenda, recap, summary, ics or "
                                       "json)")
                                        .arg(what));
    } else if (command == QLatin1String("import")) {
        expectedWords = 3;
        access = Database::Access::ReadWrite;
        if (what != QLatin1String("json"))
            return usageError(err,
                              what.isEmpty() ? tr("import what? (json FILE)")
                                             : tr("cannot import \"%1\"").arg(what));
        if (words.size() < 3)
            return usageError(err, tr("import json needs the FILE to read"));
    } else if (command == QLatin1String("backup")) {
        allowed << QStringLiteral("o");
        if (!m_parser.isSet(m_outputOption))
            return usageError(err, tr("backup needs -o FILE"));
    } else if (command == QLatin1String("check")) {
    } else if (command == QLatin1String("search")) {
        // The words need no quotes: every word after the command is searched for.
        expectedWords = std::max(2, int(words.size()));
        allowed << QStringLiteral("mentee");
        if (words.size() < 2)
            return usageError(err, tr("search for what? (search WORDS…)"));
    } else {
        return usageError(err, tr("unknown command \"%1\"").arg(command));
    }

    if (words.size() > expectedWords)
        return usageError(err, tr("unexpected argument \"%1\"").arg(words.at(expectedWords)));
    for (const QString &name : m_parser.optionNames()) {
        const QString canonical = name == QLatin1String("output") ? QStringLiteral("o") : name;
        if (!allowed.contains(canonical)) {
            return usageError(err,
                              tr("--%1 does not apply to %2")
                                  .arg(name, (command + QLatin1Char(' ') + what).trimmed()));
        }
    }
    if (allowed.contains(QLatin1String("mentee")) && !m_parser.isSet(m_menteeOption)
        && command != QLatin1String("search"))
        return usageError(err, tr("%1 %2 needs --mentee ID").arg(command, what));
    if (allowed.contains(QLatin1String("session")) && !m_parser.isSet(m_sessionOption))
        return usageError(err, tr("%1 %2 needs --session ID").arg(command, what));

    Database database;
    database.open(databasePath(), access);
    if (command == QLatin1String("sample"))
        return runSample(out, database);
    if (command == QLatin1String("list"))
        return runList(out, database, what);
    if (command == QLatin1String("export"))
        return runExport(out, err, database, what);
    if (command == QLatin1String("import"))
        return runImport(out, database, words.at(2));
    if (command == QLatin1String("backup"))
        return runBackup(out, database);
    if (command == QLatin1String("search"))
        return runSearch(out, database, words.mid(1).join(QLatin1Char(' ')));
    return runCheck(out, database);
}

int CommandLine::runSample(QTextStream &out, Database &database)
{
    Store store(database);
    QString refusal;
    QObject::connect(
        &store, &Store::writeFailed, [&](const QString &message) { refusal = message; });
    const Id id = Edit::addSample(store, QDate::currentDate());
    if (id == 0)
        throw Error(refusal);
    const Repositories &repositories = store.repositories();
    const Mentee mentee = repositories.mentees.get(id);
    out << tr("Added the sample relationship with %1 (mentee %2, %n session(s)).",
              nullptr,
              int(repositories.sessionsOf(id).size()))
               .arg(mentee.name)
               .arg(id)
        << Qt::endl;
    return Success;
}

int CommandLine::runList(QTextStream &out, Database &database, const QString &what)
{
    Repositories repositories(database);
    QList<QStringList> rows;
    if (what == QLatin1String("mentees")) {
        rows << QStringList{tr("ID"),
                            tr("NAME"),
                            tr("STATUS"),
                            tr("SESSIONS"),
                            tr("NEXT MEETING"),
                            tr("OPEN ACTIONS")};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Mentee &mentee : repositories.mentees.all()) {
            const RelationshipStatus status = Planning::statusOf(
                mentee,
                repositories.sessionsOf(mentee.id),
                repositories.actions.where(QStringLiteral("mentee_id"), mentee.id),
                now);
            rows << QStringList{QString::number(mentee.id),
                                mentee.name,
                                toKey(mentee.status),
                                QString::number(status.heldSessions),
                                localDateTimeText(status.nextMeeting),
                                QString::number(status.openActions)};
        }
        printTable(out, rows);
        return Success;
    }

    const Id menteeId = menteeOption();
    repositories.mentees.get(menteeId);

    if (what == QLatin1String("sessions")) {
        rows << QStringList{tr("ID"),
                            tr("NO."),
                            tr("WHEN"),
                            tr("MINUTES"),
                            tr("STAGE"),
                            tr("STATUS"),
                            tr("SUMMARY")};
        for (const Session &session : repositories.sessionsOf(menteeId)) {
            const QString summary = SessionTimelineModel::summaryOf(session);
            rows << QStringList{QString::number(session.id),
                                QString::number(session.sequence),
                                localDateTimeText(session.scheduledAt),
                                QString::number(session.durationMinutes),
                                toKey(session.stage),
                                toKey(session.status),
                                oneLine(summary)};
        }
    } else {
        rows << QStringList{
            tr("ID"), tr("OWNER"), tr("DUE"), tr("DONE"), tr("CARRIED"), tr("TEXT")};
        const History history = History::load(repositories, menteeId);
        for (const Action &action :
             repositories.actions.where(QStringLiteral("mentee_id"),
                                        menteeId,
                                        QStringLiteral("due_on IS NULL, due_on, id"))) {
            rows << QStringList{QString::number(action.id),
                                toKey(action.owner),
                                dateText(action.dueOn),
                                action.isDone() ? dateText(action.doneAt.toLocalTime().date())
                                                : tr("open"),
                                QString::number(Program::timesCarried(history, action.id)),
                                oneLine(action.text)};
        }
    }
    printTable(out, rows);
    return Success;
}

void CommandLine::writeOutput(QTextStream &out, const QByteArray &bytes, Privacy privacy) const
{
    if (!m_parser.isSet(m_outputOption) || m_parser.value(m_outputOption) == QLatin1String("-")) {
        out.flush();
        if (const int error = SaveFile::writeAll(STDOUT_FILENO, bytes)) {
            throw Error(
                tr("Could not write to standard output: %1.").arg(SaveFile::problem(error)));
        }
        return;
    }
    SaveFile::write(m_parser.value(m_outputOption), bytes, privacy);
}

int CommandLine::runExport(QTextStream &out, QTextStream &, Database &database, const QString &what)
{
    Repositories repositories(database);
    if (producesPdf()) {
        const ReportOptions options = Preferences::reportOptions();
        const ReportDocument document
            = what == QLatin1String("agenda") ? Agenda::build(repositories, sessionOption())
              : what == QLatin1String("recap")
                  ? Recap::build(repositories, sessionOption(), options)
                  : RelationshipSummary::build(repositories, menteeOption(), database.now());
        Typesetter typesetter(document);
        if (m_parser.isSet(m_outputOption)) {
            // A file, or standard output for "-".
            writeOutput(out, typesetter.pdf(options), Privacy::Shared);
            return Success;
        }
        // Without -o the PDF is not poured into a terminal but saved under its usual name.
        const QString path = document.suggestedFileName(database.now().toLocalTime().date());
        typesetter.writePdf(path, options);
        out << tr("Wrote %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            << Qt::endl;
        return Success;
    }
    if (what == QLatin1String("ics")) {
        writeOutput(
            out,
            CalendarExport::ics(
                repositories, menteeOption(), QDateTime::currentDateTimeUtc(), calendarOptions()),
            Privacy::Shared);
        return Success;
    }
    // The whole database, private notes and CVs included: for the user's eyes only.
    writeOutput(out, JsonExporter::toJson(repositories), Privacy::Private);
    return Success;
}

int CommandLine::runImport(QTextStream &out, Database &database, const QString &path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw Error(tr("Cannot read standard input."));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray json = file.readAll();
    Repositories repositories(database);
    const JsonImporter::Counts counts = JsonImporter::import(repositories, json);
    out << tr("Imported %n mentee(s), ", nullptr, counts.value(QStringLiteral("mentees")))
        << tr("%n session(s), ", nullptr, counts.value(QStringLiteral("sessions")))
        << tr("%n goal(s) and ", nullptr, counts.value(QStringLiteral("goals")))
        << tr("%n action(s).", nullptr, counts.value(QStringLiteral("actions"))) << Qt::endl;
    return Success;
}

int CommandLine::runBackup(QTextStream &out, Database &database)
{
    const QString target = m_parser.value(m_outputOption);
    database.backupTo(target);
    out << tr("Backed up %1 to %2.").arg(database.path(), target) << Qt::endl;
    return Success;
}

int CommandLine::runSearch(QTextStream &out, Database &database, const QString &words)
{
    Search::Options options;
    if (m_parser.isSet(m_menteeOption)) {
        options.menteeId = menteeOption();
        Repositories(database).mentees.get(options.menteeId);
    }
    if (Search::matchExpression(words).isEmpty())
        throw Error(tr("\"%1\" holds no word to search for.").arg(words));
    const SearchResult result = Search::find(database, words, options);
    if (result.hitCount == 0) {
        out << tr("No text holds \"%1\".").arg(words) << Qt::endl;
        return Success;
    }
    // On a terminal the words found are bold, as grep shows them; in a file, in brackets.
    const bool terminal = ::isatty(STDOUT_FILENO) == 1 && qEnvironmentVariableIsEmpty("NO_COLOR");
    const QString open = terminal ? QStringLiteral("\x1b[1m") : QStringLiteral("[");
    const QString close = terminal ? QStringLiteral("\x1b[0m") : QStringLiteral("]");
    for (const SearchGroup &group : result.groups) {
        out << tr("%1 (mentee %2): %n text(s)", nullptr, int(group.hits.size()))
                   .arg(group.menteeName.simplified())
                   .arg(group.menteeId)
            << Qt::endl;
        for (const SearchHit &hit : group.hits) {
            QString where = Search::placeOf(hit);
            if (hit.sessionId > 0)
                where += QStringLiteral(" ") + tr("(session ID %1)").arg(hit.sessionId);
            else if (hit.table == QLatin1String("actions"))
                where += QStringLiteral(" ") + tr("(action ID %1)").arg(hit.rowId);
            out << QStringLiteral("  ") << localDateTimeText(hit.when) << QStringLiteral("  ")
                << where.simplified() << Qt::endl;
            out << QStringLiteral("      ") << Search::snippetText(hit.snippet, open, close)
                << Qt::endl;
        }
    }
    if (result.truncated) {
        out << tr(
            "More than %n texts hold it: add words to narrow it down.", nullptr, result.hitCount)
            << Qt::endl;
    }
    return Success;
}

int CommandLine::runCheck(QTextStream &out, Database &database)
{
    QStringList problems = database.integrityProblems();
    Repositories repositories(database);
    // Rows are read as the program reads them only once SQLite's own rules hold.
    if (problems.isEmpty())
        problems = repositories.fieldProblems();
    if (!problems.isEmpty()) {
        throw Error(tr("%1 has %n problem(s): %2", nullptr, int(problems.size()))
                        .arg(database.path(), problems.join(QStringLiteral("; "))));
    }
    out << tr("%1 is healthy: database version %2, ")
               .arg(database.path())
               .arg(database.schemaVersion())
        << tr("%n mentee(s), ", nullptr, repositories.mentees.count())
        << tr("%n session(s), ", nullptr, repositories.sessions.count())
        << tr("%n action(s).", nullptr, repositories.actions.count()) << Qt::endl;
    return Success;
}

} // namespace Mentorbook
