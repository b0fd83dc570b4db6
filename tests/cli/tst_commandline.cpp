// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/verbs.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** The command line, run as a real process without a display. */
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void shouldPrintHelpAndVersion();
    void shouldAddAndListTheSample();
    void shouldUseTheDefaultDatabaseInTheDataFolder();
    void shouldRefuseUsageErrors_data();
    void shouldRefuseUsageErrors();
    void shouldRefuseBadInput_data();
    void shouldRefuseBadInput();
    void shouldRoundTripThroughJsonFiles();
    void shouldRefuseAnInvalidImportAndChangeNothing();
    void shouldBackUpAndCheck();
    void shouldExportTheCalendarForAnyCalendarProgram();
    void shouldExportDocumentsWithoutADisplay();
    void shouldExportDocumentsAfterASessionIsDeleted();
    void shouldReportADamagedDatabase();
    void shouldCheckWhatTheProgramNeeds_data();
    void shouldCheckWhatTheProgramNeeds();
    void shouldRefuseANewerDatabaseUnchanged();
    void shouldRefuseToWriteWhileAnotherProcessHoldsTheLock();
    void shouldFailAndLeaveNothingWhenAFileCannotBeWritten_data();
    void shouldFailAndLeaveNothingWhenAFileCannotBeWritten();
    void shouldWritePrivateFilesForTheUserOnly();
    void shouldReplaceAStalePartialBackup();
    void shouldFailWhenStandardOutputIsFull();
    void shouldSayAnEmptyDatabaseIsEmpty();
    void shouldReadADatabaseOnAReadOnlyDisk_data();
    void shouldReadADatabaseOnAReadOnlyDisk();
    void shouldSearchEveryRelationship();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Result mentorbook(const QStringList &arguments, const QProcessEnvironment &extra = {}) const;
    QString database(const QString &name = QStringLiteral("cli.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    QStringList on(const QString &file, const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--database"), file} + arguments;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestCommandLine::Result TestCommandLine::mentorbook(const QStringList &arguments,
                                                    const QProcessEnvironment &extra) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Subcommands need no display: take every way to reach one away.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"),
                       m_dir->filePath(QStringLiteral("data-home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config-home")));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(MENTORBOOK_BINARY), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::shouldPrintHelpAndVersion()
{
    const Result help = mentorbook({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text : {"Usage:",
                             "export json",
                             "export agenda|recap --session ID [-o FILE.pdf]",
                             "export summary --mentee ID [-o FILE.pdf]",
                             "import json FILE.json",
                             "backup -o FILE.sqlite",
                             "check",
                             "--database <FILE>",
                             "list mentees | sessions --mentee ID"}) {
        QVERIFY2(help.out.contains(QLatin1String(text)), text);
    }
    QVERIFY(help.err.isEmpty());

    const Result version = mentorbook({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("mentorbook " MENTORBOOK_VERSION));
}

void TestCommandLine::shouldAddAndListTheSample()
{
    const Result sample = mentorbook(on(database(), {QStringLiteral("sample")}));
    QCOMPARE(sample.exitCode, 0);
    QVERIFY2(sample.err.isEmpty(), qPrintable(sample.err));
    QVERIFY(sample.out.startsWith(QStringLiteral("Added the sample relationship")));

    const Result mentees
        = mentorbook(on(database(), {QStringLiteral("list"), QStringLiteral("mentees")}));
    QCOMPARE(mentees.exitCode, 0);
    const QStringList menteeLines = mentees.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(menteeLines.size(), 2);
    QVERIFY(menteeLines.at(0).startsWith(QStringLiteral("ID  NAME")));
    QVERIFY(menteeLines.at(1).startsWith(QStringLiteral("1 ")));

    const Result sessions = mentorbook(on(database(),
                                          {QStringLiteral("list"),
                                           QStringLiteral("sessions"),
                                           QStringLiteral("--mentee"),
                                           QStringLiteral("1")}));
    QCOMPARE(sessions.exitCode, 0);
    const QStringList lines = sessions.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 10);
    QVERIFY(lines.at(1).contains(QStringLiteral("prework")));
    QVERIFY(lines.constLast().contains(QStringLiteral("planned")));
    QVERIFY(sessions.out.contains(QStringLiteral("cancelled")));

    const Result actions = mentorbook(
        on(database(),
           {QStringLiteral("list"), QStringLiteral("actions"), QStringLiteral("--mentee=1")}));
    QCOMPARE(actions.exitCode, 0);
    QVERIFY(actions.out.contains(QStringLiteral("mentor")));
    QVERIFY(actions.out.contains(QStringLiteral("open")));
}

void TestCommandLine::shouldUseTheDefaultDatabaseInTheDataFolder()
{
    const Result sample = mentorbook({QStringLiteral("sample")});
    QCOMPARE(sample.exitCode, 0);
    QVERIFY(
        QFile::exists(m_dir->filePath(QStringLiteral("data-home/mentorbook/mentorbook.sqlite"))));
    const Result check = mentorbook({QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(
        check.out.contains(QStringLiteral("data-home/mentorbook/mentorbook.sqlite is healthy")));
}

void TestCommandLine::shouldRefuseUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("check")}
        << QStringLiteral("Unknown option 'colour'");
    QTest::newRow("list what") << QStringList{QStringLiteral("list")}
                               << QStringLiteral("list what?");
    QTest::newRow("list goals") << QStringList{QStringLiteral("list"), QStringLiteral("goals")}
                                << QStringLiteral("cannot list \"goals\"");
    QTest::newRow("no mentee") << QStringList{QStringLiteral("list"), QStringLiteral("sessions")}
                               << QStringLiteral("list sessions needs --mentee ID");
    QTest::newRow("stray word") << QStringList{QStringLiteral("check"), QStringLiteral("now")}
                                << QStringLiteral("unexpected argument \"now\"");
    QTest::newRow("option that does not apply")
        << QStringList{QStringLiteral("list"),
                       QStringLiteral("mentees"),
                       QStringLiteral("--session"),
                       QStringLiteral("2")}
        << QStringLiteral("--session does not apply to list mentees");
    QTest::newRow("backup without file")
        << QStringList{QStringLiteral("backup")} << QStringLiteral("backup needs -o FILE");
    QTest::newRow("import without file")
        << QStringList{QStringLiteral("import"), QStringLiteral("json")}
        << QStringLiteral("import json needs the FILE");
    QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("csv")}
                                << QStringLiteral("cannot export \"csv\" (agenda, recap, "
                                                  "summary, ics or json)");
    QTest::newRow("agenda without session")
        << QStringList{QStringLiteral("export"), QStringLiteral("agenda")}
        << QStringLiteral("export agenda needs --session ID");
    QTest::newRow("summary of a session")
        << QStringList{QStringLiteral("export"),
                       QStringLiteral("summary"),
                       QStringLiteral("--session"),
                       QStringLiteral("1")}
        << QStringLiteral("--session does not apply to export summary");
    QTest::newRow("ics without mentee")
        << QStringList{QStringLiteral("export"), QStringLiteral("ics")}
        << QStringLiteral("export ics needs --mentee ID");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("check"), QStringLiteral("--database")}
        << QStringLiteral("Missing value after '--database'");
}

void TestCommandLine::shouldRefuseUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = mentorbook(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(QStringLiteral("mentorbook: ") + message),
             qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(
        !QFile::exists(m_dir->filePath(QStringLiteral("data-home/mentorbook/mentorbook.sqlite"))));
}

void TestCommandLine::shouldRefuseBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such mentee") << QStringList{QStringLiteral("list"),
                                                   QStringLiteral("actions"),
                                                   QStringLiteral("--mentee"),
                                                   QStringLiteral("99")}
                                    << QStringLiteral("There is no mentee with id 99.");
    QTest::newRow("mentee not a number")
        << QStringList{QStringLiteral("list"),
                       QStringLiteral("sessions"),
                       QStringLiteral("--mentee"),
                       QStringLiteral("Ana")}
        << QStringLiteral("--mentee expects a mentee id (a positive whole number), not \"Ana\"");
    QTest::newRow("no such session") << QStringList{QStringLiteral("export"),
                                                    QStringLiteral("recap"),
                                                    QStringLiteral("--session"),
                                                    QStringLiteral("99")}
                                     << QStringLiteral("There is no session with id 99.");
    QTest::newRow("recap of a planned session")
        << QStringList{QStringLiteral("export"),
                       QStringLiteral("recap"),
                       QStringLiteral("--session"),
                       QStringLiteral("9"),
                       QStringLiteral("-o"),
                       QStringLiteral("/dev/null")}
        << QStringLiteral("Session 9 is still planned, not held: its agenda is what to send "
                          "before it. Record it as held to write its recap.");
    QTest::newRow("recap of the pre-work")
        << QStringList{QStringLiteral("export"),
                       QStringLiteral("recap"),
                       QStringLiteral("--session"),
                       QStringLiteral("1")}
        << QStringLiteral("Session 1 is the pre-work, your own preparation before the first "
                          "meeting: there is no recap to send.");
    QTest::newRow("session not a number")
        << QStringList{QStringLiteral("export"),
                       QStringLiteral("agenda"),
                       QStringLiteral("--session"),
                       QStringLiteral("next")}
        << QStringLiteral("--session expects a session id (a positive whole number), not \"next\"");
    QTest::newRow("missing import file")
        << QStringList{QStringLiteral("import"),
                       QStringLiteral("json"),
                       QStringLiteral("/no/such/file.json")}
        << QStringLiteral("Cannot read /no/such/file.json: No such file or directory");
    QTest::newRow("backup into missing folder")
        << QStringList{QStringLiteral("backup"),
                       QStringLiteral("-o"),
                       QStringLiteral("/no/such/folder/b.sqlite")}
        << QStringLiteral("The folder /no/such/folder does not exist.");
}

void TestCommandLine::shouldRefuseBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    const Result result = mentorbook(on(database(), arguments));
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.err, QStringLiteral("mentorbook: ") + message + QLatin1Char('\n'));
}

void TestCommandLine::shouldRoundTripThroughJsonFiles()
{
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    const QString first = m_dir->filePath(QStringLiteral("first.json"));
    const QString second = m_dir->filePath(QStringLiteral("second.json"));
    QCOMPARE(
        mentorbook(
            on(database(),
               {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), first}))
            .exitCode,
        0);

    const Result import = mentorbook(on(database(QStringLiteral("copy.sqlite")),
                                        {QStringLiteral("import"), QStringLiteral("json"), first}));
    QCOMPARE(import.exitCode, 0);
    QVERIFY2(import.out.startsWith(QStringLiteral("Imported 1 mentee")), qPrintable(import.out));
    QCOMPARE(mentorbook(on(database(QStringLiteral("copy.sqlite")),
                           {QStringLiteral("export"),
                            QStringLiteral("json"),
                            QStringLiteral("--output"),
                            second}))
                 .exitCode,
             0);

    QCOMPARE(fileDigest(second), fileDigest(first));
    const Result toStdout = mentorbook(on(database(QStringLiteral("copy.sqlite")),
                                          {QStringLiteral("export"), QStringLiteral("json")}));
    QFile file(first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(toStdout.out.toUtf8(), file.readAll());
}

void TestCommandLine::shouldRefuseAnInvalidImportAndChangeNothing()
{
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    const QString good = m_dir->filePath(QStringLiteral("good.json"));
    QCOMPARE(mentorbook(
                 on(database(),
                    {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), good}))
                 .exitCode,
             0);
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("\"stage\": \"focus\"", "\"stage\": \"foo\"");
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(json);
    badFile.close();

    const Result result
        = mentorbook(on(database(), {QStringLiteral("import"), QStringLiteral("json"), bad}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith(QStringLiteral("mentorbook: sessions[")),
             qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("].stage: unknown stage \"foo\"")));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);

    const QString after = m_dir->filePath(QStringLiteral("after.json"));
    QCOMPARE(
        mentorbook(
            on(database(),
               {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), after}))
            .exitCode,
        0);
    QCOMPARE(fileDigest(after), fileDigest(good));
}

void TestCommandLine::shouldBackUpAndCheck()
{
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    const Result result
        = mentorbook(on(database(), {QStringLiteral("backup"), QStringLiteral("-o"), backup}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QStringLiteral("Backed up")));
    const Result check = mentorbook(on(backup, {QStringLiteral("check")}));
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(
        check.out.contains(
            QStringLiteral("is healthy: database version %1").arg(Migrations::latestVersion())),
        qPrintable(check.out));
    const Result list = mentorbook(on(backup, {QStringLiteral("list"), QStringLiteral("mentees")}));
    QCOMPARE(list.out,
             mentorbook(on(database(), {QStringLiteral("list"), QStringLiteral("mentees")})).out);
}

void TestCommandLine::shouldExportTheCalendarForAnyCalendarProgram()
{
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    const QString file = m_dir->filePath(QStringLiteral("priya.ics"));
    const QStringList command{QStringLiteral("export"),
                              QStringLiteral("ics"),
                              QStringLiteral("--mentee"),
                              QStringLiteral("1"),
                              QStringLiteral("-o"),
                              file};
    // Without the mentor's email there is no organizer, which calendars need: it says so
    const Result unorganized = mentorbook(on(database(), command));
    QCOMPARE(unorganized.exitCode, 1);
    QCOMPARE(unorganized.err,
             QStringLiteral("mentorbook: Calendars need your email address as the meetings' "
                            "organizer: give it with --organizer EMAIL, or set it under "
                            "Preferences › You.\n"));
    QVERIFY(!QFile::exists(file));
    const Result wrong = mentorbook(on(
        database(), command + QStringList{QStringLiteral("--organizer"), QStringLiteral("alex")}));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.startsWith(QStringLiteral("mentorbook: --organizer: ")),
             qPrintable(wrong.err));

    const Result result = mentorbook(on(
        database(),
        command + QStringList{QStringLiteral("--organizer"), QStringLiteral("alex@example.org")}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

    // An independent parser (Debian's python3-icalendar) reads the same events back.
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import sys, icalendar\n"
             "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
             "for e in cal.walk('VEVENT'):\n"
             "    print('|'.join([str(e['UID']), e['DTSTART'].dt.strftime('%Y-%m-%dT%H:%M:%SZ'),"
             " str(e['SUMMARY']), str(e.get('LOCATION', '')), str(e['STATUS']),"
             " str(e['ORGANIZER'])]))\n"),
         file});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QStringList events
        = QString::fromUtf8(python.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    // every session, as it stands; the next one planned is the last
    QCOMPARE(events.size(), 9);
    QCOMPARE(events.filter(QStringLiteral("|CANCELLED|")).size(), 1);
    QCOMPARE(events.filter(QStringLiteral("|mailto:alex@example.org")).size(), 9);
    const QStringList fields = events.constLast().split(QLatin1Char('|'));
    QVERIFY(fields.at(0).startsWith(QStringLiteral("mentorbook-")));
    QVERIFY2(fields.at(2).startsWith(QStringLiteral("Mentoring: session 9 with Priya Raman")),
             qPrintable(fields.at(2)));
    QCOMPARE(fields.at(3), QStringLiteral("Microsoft Teams – link in the calendar invitation"));

    // The same start as the database holds.
    const Result sessions
        = mentorbook(on(database(), {QStringLiteral("export"), QStringLiteral("json")}));
    QVERIFY(sessions.out.contains(QStringLiteral("\"scheduled_at\": \"%1\"").arg(fields.at(1))));

    const Result missing = mentorbook(on(database(),
                                         {QStringLiteral("export"),
                                          QStringLiteral("ics"),
                                          QStringLiteral("--mentee"),
                                          QStringLiteral("7"),
                                          QStringLiteral("--organizer"),
                                          QStringLiteral("alex@example.org")}));
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.err, QStringLiteral("mentorbook: There is no mentee with id 7.\n"));
}

void TestCommandLine::shouldExportDocumentsAfterASessionIsDeleted()
{
    // GIVEN the sample, whose session 8 agreed actions, deleted as the window deletes it
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    {
        Database opened;
        opened.open(database());
        Store store(opened);
        const QList<Session> sessions = store.repositories().sessionsOf(1);
        QCOMPARE(sessions.at(7).sequence, 8);
        QVERIFY(!store.repositories()
                     .actions.where(QStringLiteral("session_id"), sessions.at(7).id)
                     .isEmpty());
        QVERIFY(Edit::deleteSession(store, sessions.at(7).id));
    }

    // WHEN the documents around it are exported THEN each is written
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("agenda"), QStringLiteral("--session"), QStringLiteral("9")},
          QStringList{QStringLiteral("recap"), QStringLiteral("--session"), QStringLiteral("7")},
          QStringList{
              QStringLiteral("summary"), QStringLiteral("--mentee"), QStringLiteral("1")}}) {
        const QString file = m_dir->filePath(arguments.at(0) + QStringLiteral(".pdf"));
        const Result result = mentorbook(on(database(),
                                            QStringList{QStringLiteral("export")} + arguments
                                                + QStringList{QStringLiteral("-o"), file}));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(QFileInfo(file).size() > 1000);
    }

    // AND the list of actions keeps those the deleted session agreed, with no session
    const Result actions = mentorbook(on(database(),
                                         {QStringLiteral("list"),
                                          QStringLiteral("actions"),
                                          QStringLiteral("--mentee"),
                                          QStringLiteral("1")}));
    QCOMPARE(actions.exitCode, 0);
}

void TestCommandLine::shouldExportDocumentsWithoutADisplay()
{
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    const QString agenda = m_dir->filePath(QStringLiteral("agenda.pdf"));
    const QString recap = m_dir->filePath(QStringLiteral("recap.pdf"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("agenda"),
                                                     QStringLiteral("--session"),
                                                     QStringLiteral("9"),
                                                     QStringLiteral("-o"),
                                                     agenda},
                                         QStringList{QStringLiteral("recap"),
                                                     QStringLiteral("--session"),
                                                     QStringLiteral("8"),
                                                     QStringLiteral("-o"),
                                                     recap}}) {
        const Result result
            = mentorbook(on(database(), QStringList{QStringLiteral("export")} + arguments));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
    QProcess info;
    info.start(QStringLiteral(PDFINFO), {agenda});
    QVERIFY(info.waitForFinished(30000));
    const QString fields = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(fields.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
             qPrintable(fields));
    QVERIFY2(fields.contains(QRegularExpression(
                 QStringLiteral("Title:\\s+Agenda – Session 9 – Priya Raman\\n"))),
             qPrintable(fields));
    QFile file(recap);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // Without -o the document is saved under its usual name in the current folder.
    const Result summary = mentorbook(on(database(),
                                         {QStringLiteral("export"),
                                          QStringLiteral("summary"),
                                          QStringLiteral("--mentee"),
                                          QStringLiteral("1")}));
    QCOMPARE(summary.exitCode, 0);
    const QString name
        = QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(" Summary - Priya Raman.pdf");
    QCOMPARE(summary.out, QStringLiteral("Wrote %1.\n").arg(m_dir->filePath(name)));
    QVERIFY(QFile::exists(m_dir->filePath(name)));

    // -o - pours it into a pipe.
    QProcess pipe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    pipe.setProcessEnvironment(environment);
    pipe.start(QStringLiteral(MENTORBOOK_BINARY),
               on(database(),
                  {QStringLiteral("export"),
                   QStringLiteral("agenda"),
                   QStringLiteral("--session"),
                   QStringLiteral("9"),
                   QStringLiteral("-o"),
                   QStringLiteral("-")}));
    QVERIFY(pipe.waitForFinished(60000));
    QCOMPARE(pipe.exitCode(), 0);
    const QByteArray pdf = pipe.readAllStandardOutput();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
}

void TestCommandLine::shouldReportADamagedDatabase()
{
    QFile file(database());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This was a database once.");
    file.close();
    const QByteArray before = fileDigest(database());
    const Result result = mentorbook(on(database(), {QStringLiteral("check")}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("is not a Mentorbook database")),
             qPrintable(result.err));
    QCOMPARE(fileDigest(database()), before);
}

void TestCommandLine::shouldCheckWhatTheProgramNeeds_data()
{
    QTest::addColumn<QStringList>("damage");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("healthy") << QStringList() << 0 << QStringList{QStringLiteral("is healthy")};
    QTest::newRow("dropped column")
        << // SQLite drops no column a trigger names: the search index's go first.
        QStringList{QStringLiteral("DROP TRIGGER sessions_searched_insert"),
                    QStringLiteral("DROP TRIGGER sessions_searched_update"),
                    QStringLiteral("ALTER TABLE sessions DROP COLUMN location")}
        << 1 << QStringList{QStringLiteral("its table sessions lacks the column location")};
    QTest::newRow("dropped table") << QStringList{QStringLiteral("DROP TABLE action_reviews")} << 1
                                   << QStringList{QStringLiteral("lacks the table action_reviews")};
    QTest::newRow("rows that break CHECK rules")
        << QStringList{QStringLiteral("UPDATE mentees SET cadence_days = 0"),
                       QStringLiteral("UPDATE sessions SET stage = 'lunch'")}
        << 1
        << QStringList{QStringLiteral(" problems: "),
                       QStringLiteral("of mentees breaks a rule"),
                       QStringLiteral("cadence_days BETWEEN 1 AND 365"),
                       QStringLiteral("of sessions breaks a rule")};
    QTest::newRow("a field the program checks")
        << QStringList{QStringLiteral("UPDATE mentees SET email = 'priya at home'")} << 1
        << QStringList{QStringLiteral("mentee 1 would be refused")};
    QTest::newRow("reference to a missing row")
        << QStringList{QStringLiteral("UPDATE goals SET mentee_id = 99")} << 1
        << QStringList{QStringLiteral("refers to a missing row of mentees")};
}

void TestCommandLine::shouldCheckWhatTheProgramNeeds()
{
    QFETCH(QStringList, damage);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    // GIVEN the sample, changed behind the program's back with SQLite's rules switched off
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    rawExec(database(),
            QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON")} + damage);
    const QByteArray before = fileDigest(database());

    // WHEN it is checked THEN each problem is named, the exit status says so, nothing changed
    const Result result = mentorbook(on(database(), {QStringLiteral("check")}));
    QCOMPARE(result.exitCode, exitCode);
    const QString output = result.out + result.err;
    for (const QString &text : expected)
        QVERIFY2(output.contains(text), qPrintable(output));
    QVERIFY2(exitCode == 0 || !output.contains(QStringLiteral("healthy")), qPrintable(output));
    QCOMPARE(fileDigest(database()), before);
}

void TestCommandLine::shouldRefuseANewerDatabaseUnchanged()
{
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    rawExec(database(), {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileDigest(database());
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("sample")},
          QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("json")}}) {
        const Result result = mentorbook(on(database(), arguments));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.contains(QStringLiteral("newer version of Mentorbook (database version 99")),
            qPrintable(result.err));
    }
    QCOMPARE(fileDigest(database()), before);
}

void TestCommandLine::shouldRefuseToWriteWhileAnotherProcessHoldsTheLock()
{
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    QLockFile lock(database() + QStringLiteral(".lock"));
    QVERIFY(lock.tryLock(0));

    const Result writer = mentorbook(on(database(), {QStringLiteral("sample")}));
    QCOMPARE(writer.exitCode, 1);
    QVERIFY2(writer.err.contains(QStringLiteral("is already open in")), qPrintable(writer.err));
    QVERIFY(
        writer.err.contains(QStringLiteral("(process %1").arg(QCoreApplication::applicationPid())));

    // Reading is fine while another process writes.
    const Result reader
        = mentorbook(on(database(), {QStringLiteral("list"), QStringLiteral("mentees")}));
    QCOMPARE(reader.exitCode, 0);
    QCOMPARE(reader.out.trimmed().split(QLatin1Char('\n')).size(), 2);
}

namespace {
/** The entries of the folder whose names start with the file's, the file included. */
QStringList entriesBeside(const QString &file)
{
    const QFileInfo info(file);
    return QDir(info.absolutePath())
        .entryList({info.fileName() + QLatin1Char('*')},
                   QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

void TestCommandLine::shouldFailAndLeaveNothingWhenAFileCannotBeWritten_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("diskFull");
    const QList<std::pair<QStringList, QString>> commands{
        {{QStringLiteral("export"), QStringLiteral("json")}, QStringLiteral("export.json")},
        {{QStringLiteral("export"),
          QStringLiteral("ics"),
          QStringLiteral("--mentee"),
          QStringLiteral("1"),
          QStringLiteral("--organizer"),
          QStringLiteral("alex@example.org")},
         QStringLiteral("export.ics")},
        {{QStringLiteral("export"),
          QStringLiteral("agenda"),
          QStringLiteral("--session"),
          QStringLiteral("9")},
         QStringLiteral("agenda.pdf")},
        {{QStringLiteral("export"),
          QStringLiteral("recap"),
          QStringLiteral("--session"),
          QStringLiteral("8")},
         QStringLiteral("recap.pdf")},
        {{QStringLiteral("export"),
          QStringLiteral("summary"),
          QStringLiteral("--mentee"),
          QStringLiteral("1")},
         QStringLiteral("summary.pdf")},
        {{QStringLiteral("backup")}, QStringLiteral("backup.sqlite")},
    };
    for (const auto &[arguments, fileName] : commands) {
        const QByteArray name = arguments.mid(0, 2).join(QLatin1Char(' ')).toUtf8();
        QTest::newRow(name + " to a full disk") << arguments << fileName << true;
        QTest::newRow(name + " to a read-only folder") << arguments << fileName << false;
    }
}

void TestCommandLine::shouldFailAndLeaveNothingWhenAFileCannotBeWritten()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fileName);
    QFETCH(bool, diskFull);

    // GIVEN the sample and a target that cannot take the file: /dev/full says the disk is
    // full at the first write; a folder the user may not write to, or, for root, whom no
    // permission stops, /sys, where no one may create files
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    QString target;
    QString readOnlyFolder;
    if (diskFull) {
        target = QStringLiteral("/dev/full");
    } else if (::geteuid() == 0) {
        target = QStringLiteral("/sys/mentorbook-test-") + fileName;
    } else {
        readOnlyFolder = m_dir->filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(readOnlyFolder));
        QVERIFY(
            QFile::setPermissions(readOnlyFolder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        target = QDir(readOnlyFolder).filePath(fileName);
    }
    const QStringList before = entriesBeside(target);

    // WHEN the file is written there
    const Result result
        = mentorbook(on(database(), arguments + QStringList{QStringLiteral("-o"), target}));
    if (!readOnlyFolder.isEmpty())
        QFile::setPermissions(readOnlyFolder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                  | QFileDevice::ExeOwner);

    // THEN the command fails saying why, naming the file, and leaves nothing beside it
    QCOMPARE(result.exitCode, 1);
    const QString cause = diskFull ? QStringLiteral("the disk is full")
                                   : QStringLiteral("the folder is not writable");
    QVERIFY2(result.err.contains(cause), qPrintable(result.err));
    QVERIFY2(result.err.contains(target), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("Unknown error")), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(entriesBeside(target), before);
    if (diskFull)
        QVERIFY(!QFileInfo(target).isFile()); // still the device, not replaced by a file
    else
        QVERIFY(!QFileInfo::exists(target));
}

void TestCommandLine::shouldWritePrivateFilesForTheUserOnly()
{
    // GIVEN the common umask, which lets others read what a program creates
    const Umask usual(022);
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    QCOMPARE(modeOf(database()), 0600);

    // WHEN the whole database is exported, over an older export others could read, and
    // backed up, and a document and the calendar are made for the mentee
    const QString json = m_dir->filePath(QStringLiteral("export.json"));
    {
        QFile older(json);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("{}");
    }
    QCOMPARE(modeOf(json), 0644);
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    const QString agenda = m_dir->filePath(QStringLiteral("agenda.pdf"));
    const QString ics = m_dir->filePath(QStringLiteral("sessions.ics"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), json},
          QStringList{QStringLiteral("backup"), QStringLiteral("-o"), backup},
          QStringList{QStringLiteral("export"),
                      QStringLiteral("agenda"),
                      QStringLiteral("--session"),
                      QStringLiteral("9"),
                      QStringLiteral("-o"),
                      agenda},
          QStringList{QStringLiteral("export"),
                      QStringLiteral("ics"),
                      QStringLiteral("--mentee"),
                      QStringLiteral("1"),
                      QStringLiteral("--organizer"),
                      QStringLiteral("alex@example.org"),
                      QStringLiteral("-o"),
                      ics}}) {
        const Result result = mentorbook(on(database(), arguments));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }

    // THEN the export and the backup are the user's alone, the mentee's documents as usual,
    // and no temporary file is left
    QCOMPARE(modeOf(json), 0600);
    QVERIFY(QFileInfo(json).size() > 1000);
    QCOMPARE(modeOf(backup), 0600);
    QCOMPARE(modeOf(agenda), 0644);
    QCOMPARE(modeOf(ics), 0644);
    const QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(!name.contains(QStringLiteral("partial")), qPrintable(name));

    // AND the lock beside an open database is private too
    Database opened;
    opened.open(database());
    QCOMPARE(modeOf(database() + QStringLiteral(".lock")), 0600);
}

void TestCommandLine::shouldReplaceAStalePartialBackup()
{
    // GIVEN a backup killed halfway, which left its partial file readable by others
    const Umask usual(022);
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    const QString partial = backup + QStringLiteral(".partial");
    {
        QFile stale(partial);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("SQLite format 3", 15);
    }
    QCOMPARE(modeOf(partial), 0644);

    // WHEN the database is backed up again
    const Result result
        = mentorbook(on(database(), {QStringLiteral("backup"), QStringLiteral("-o"), backup}));

    // THEN the backup is complete and private, and the stale partial file is gone
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(partial));
    QCOMPARE(modeOf(backup), 0600);
    const Result check = mentorbook(on(backup, {QStringLiteral("check")}));
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
}

void TestCommandLine::shouldFailWhenStandardOutputIsFull()
{
    // GIVEN the sample WHEN the export is poured into a full disk through standard output
    QCOMPARE(mentorbook(on(database(), {QStringLiteral("sample")})).exitCode, 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config-home")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(MENTORBOOK_BINARY),
                  on(database(), {QStringLiteral("export"), QStringLiteral("json")}));
    QVERIFY(process.waitForFinished(60000));

    // THEN it fails saying so
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QCOMPARE(err,
             QStringLiteral("mentorbook: Could not write to standard output: the disk is full.\n"));
}

void TestCommandLine::shouldSayAnEmptyDatabaseIsEmpty()
{
    QFile file(database());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("export"), QStringLiteral("json")}}) {
        const Result result = mentorbook(on(database(), arguments));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.contains(QStringLiteral("is empty: it is not a Mentorbook database yet")),
            qPrintable(result.err));
        QVERIFY2(!result.err.contains(QStringLiteral("older version")), qPrintable(result.err));
    }
    QCOMPARE(QFileInfo(database()).size(), 0);
}

void TestCommandLine::shouldReadADatabaseOnAReadOnlyDisk_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("check") << QStringList{QStringLiteral("check")} << 0
                           << QStringLiteral("is healthy");
    QTest::newRow("export json") << QStringList{QStringLiteral("export"), QStringLiteral("json")}
                                 << 0 << QStringLiteral("\"mentees\"");
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"),
                                           QStringLiteral("-o"),
                                           QStringLiteral("copy.sqlite")}
                            << 0 << QStringLiteral("Backed up");
    QTest::newRow("sample (a write)") << QStringList{QStringLiteral("sample")} << 1
                                      << QStringLiteral("This database is read-only: the folder");
}

void TestCommandLine::shouldReadADatabaseOnAReadOnlyDisk()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    // GIVEN the sample on a disk that is then made read-only
    const QString folder = m_dir->filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(folder));
    const QByteArray mountPoint = QFile::encodeName(folder);
    if (::mount("none", mountPoint.constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    const auto unmount = qScopeGuard([&] { ::umount2(mountPoint.constData(), MNT_DETACH); });
    const QString file = folder + QStringLiteral("/cli.sqlite");
    QCOMPARE(mentorbook(on(file, {QStringLiteral("sample")})).exitCode, 0);
    QVERIFY(::mount("none", mountPoint.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0);
    const QByteArray before = fileDigest(file);

    // WHEN a command runs on it THEN reading works, a write is refused saying why
    const Result result = mentorbook(on(file, arguments));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2((result.out + result.err).contains(expected), qPrintable(result.out + result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("not a Mentorbook database")),
             qPrintable(result.err));
    QCOMPARE(fileDigest(file), before);
}

void TestCommandLine::shouldSearchEveryRelationship()
{
    // GIVEN two relationships, the second one renamed
    const QString file = database();
    QCOMPARE(mentorbook(on(file, {QStringLiteral("sample")})).exitCode, 0);
    QCOMPARE(mentorbook(on(file, {QStringLiteral("sample")})).exitCode, 0);
    rawExec(file, {QStringLiteral("UPDATE mentees SET name = 'Tom <b>Baker</b>' WHERE id = 2")});

    // WHEN the mentor searches every relationship, for words written without their accents
    const Result both = mentorbook(on(file, {QStringLiteral("search"), QStringLiteral("Helen")}));
    QCOMPARE(both.exitCode, 0);
    QVERIFY2(both.err.isEmpty(), qPrintable(both.err));
    // THEN each relationship is a group, its texts newest first, the words in brackets
    QVERIFY2(both.out.contains(QStringLiteral("Priya Raman (mentee 1): 6 texts")),
             qPrintable(both.out));
    QVERIFY2(both.out.contains(QStringLiteral("Tom <b>Baker</b> (mentee 2): 6 texts")),
             qPrintable(both.out));
    QVERIFY(both.out.contains(QStringLiteral("[Helen]")));
    QVERIFY(both.out.contains(QStringLiteral("Session 7 · What was discussed (session ID 7)")));
    const QStringList lines = both.out.split(u'\n', Qt::SkipEmptyParts);
    QStringList dates;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("  2")))
            dates << line.mid(2, 16);
    }
    QCOMPARE(dates.size(), 12);
    QStringList newestFirst = dates.mid(0, 6);
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());
    QCOMPARE(dates.mid(0, 6), newestFirst);

    // WHEN one relationship, several words and a phrase THEN only its texts holding all of them
    const Result one = mentorbook(on(file,
                                     {QStringLiteral("search"),
                                      QStringLiteral("\"delivery-time forecast\""),
                                      QStringLiteral("depots"),
                                      QStringLiteral("--mentee"),
                                      QStringLiteral("2")}));
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.startsWith(QStringLiteral("Tom <b>Baker</b> (mentee 2): ")),
             qPrintable(one.out));
    QVERIFY(!one.out.contains(QStringLiteral("Priya Raman (mentee 1)")));
    QVERIFY(one.out.contains(QStringLiteral("[delivery-time forecast]")));

    // A word nobody wrote is answered; syntax alone, a missing query and a bad mentee are refused
    const Result none
        = mentorbook(on(file, {QStringLiteral("search"), QStringLiteral("Zanzibar")}));
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out.trimmed(), QStringLiteral("No text holds \"Zanzibar\"."));
    const Result syntax = mentorbook(on(file, {QStringLiteral("search"), QStringLiteral("*:^")}));
    QCOMPARE(syntax.exitCode, 1);
    QVERIFY2(syntax.err.contains(QStringLiteral("holds no word to search for")),
             qPrintable(syntax.err));
    const Result missing = mentorbook(on(file, {QStringLiteral("search")}));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("search for what?")));
    const Result unknown = mentorbook(on(file,
                                         {QStringLiteral("search"),
                                          QStringLiteral("Helen"),
                                          QStringLiteral("--mentee"),
                                          QStringLiteral("9")}));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("9")), qPrintable(unknown.err));
    const Result help = mentorbook({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("search WORDS… [--mentee ID]")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
