// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktoplauncher.h"
#include "edit/store.h"
#include "edit/verbs.h"
#include "mailcomposer.h"
#include "mainwindow.h"
#include "preferences.h"
#include "report/recap.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {
/** Linux's limit on one argument (MAX_ARG_STRLEN): 32 pages of 4 KiB. */
constexpr qsizetype maxArgumentBytes = 128 * 1024;

/** What a fake program was started with. */
struct Record
{
    QString program;
    QStringList arguments;
    QList<qsizetype> bytes; ///< each argument's size, as the kernel counts it
};

/**
 * Thunderbird's GetArgs() (comm-central, mail/components/compose/content/
 * MsgComposeCommands.js), step by step: pairs split at commas outside quotes, where a quote
 * opens only right after "="; a value in single quotes is taken as it is, any other goes
 * through decodeURIComponent. The first of two pairs with one name wins, as there.
 */
QHash<QString, QString> thunderbirdArgs(const QString &originalData)
{
    QString data;
    const QChar separator(1);
    QChar quoteChar; // null: outside quotes
    QChar prevChar;
    for (qsizetype i = 0; i < originalData.size(); prevChar = originalData.at(i), ++i) {
        const QChar aChar = originalData.at(i);
        const QChar nextChar = i < originalData.size() - 1 ? originalData.at(i + 1) : QChar();
        if (!quoteChar.isNull() && aChar == quoteChar
            && (nextChar == QLatin1Char(',') || nextChar.isNull())) {
            quoteChar = QChar();
            data += aChar;
        } else if ((aChar == QLatin1Char('\'') || aChar == QLatin1Char('"'))
                   && prevChar == QLatin1Char('=')) {
            if (quoteChar.isNull())
                quoteChar = aChar;
            data += aChar;
        } else if (aChar == QLatin1Char(',')) {
            data += quoteChar.isNull() ? separator : aChar;
        } else {
            data += aChar;
        }
    }
    const QStringList pairs = data.split(separator);
    QHash<QString, QString> args;
    for (qsizetype i = pairs.size() - 1; i >= 0; --i) {
        const qsizetype pos = pairs.at(i).indexOf(QLatin1Char('='));
        if (pos == -1)
            continue;
        const QString name = pairs.at(i).left(pos);
        const QString value = pairs.at(i).mid(pos + 1);
        if (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))
            && value.size() >= 2)
            args[name] = value.mid(1, value.size() - 2);
        else
            args[name] = QUrl::fromPercentEncoding(value.toUtf8()); // decodeURIComponent
    }
    return args;
}

/** What the fields of an email came to in the program, read as that program reads them. */
struct Received
{
    QString to;
    QString subject;
    QString body;
    QStringList attachments; ///< local paths
    QString format;
};

Received readThunderbird(const QStringList &arguments)
{
    Received received;
    if (arguments.size() != 2 || arguments.at(0) != QStringLiteral("-compose"))
        return received;
    const QHash<QString, QString> args = thunderbirdArgs(arguments.at(1));
    received.to = args.value(QStringLiteral("to"));
    received.subject = args.value(QStringLiteral("subject"));
    received.body = args.value(QStringLiteral("body"));
    received.format = args.value(QStringLiteral("format"));
    // ComposeStartup(): the list is split at commas and each resolved as a URL.
    const QString attachment = args.value(QStringLiteral("attachment"));
    if (!attachment.isEmpty()) {
        for (const QString &url : attachment.split(QLatin1Char(',')))
            received.attachments << QUrl(url).toLocalFile();
    }
    return received;
}

/** Evolution's handle_mailto(): "&"-separated fields, each percent-decoded once. */
Received readMailto(const QString &text)
{
    Received received;
    const QUrl url(text);
    if (url.scheme() != QStringLiteral("mailto"))
        return received;
    received.to = url.path(QUrl::FullyDecoded);
    const QString query = url.query(QUrl::FullyEncoded);
    for (const QString &field : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const QString name = field.section(QLatin1Char('='), 0, 0);
        const QString value
            = QUrl::fromPercentEncoding(field.section(QLatin1Char('='), 1).toUtf8());
        if (name == QStringLiteral("subject"))
            received.subject = value;
        else if (name == QStringLiteral("body"))
            received.body = value;
        else if (name == QStringLiteral("attach"))
            received.attachments << (value.startsWith(QStringLiteral("file:"))
                                         ? QUrl(value).toLocalFile()
                                         : value);
    }
    return received;
}

/** KMail's and xdg-email's options: one argument per value. */
Received readOptions(const QStringList &arguments)
{
    Received received;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const QString value = arguments.value(i + 1);
        if (argument == QStringLiteral("--subject")) {
            received.subject = value;
            ++i;
        } else if (argument == QStringLiteral("--body")) {
            received.body = value;
            ++i;
        } else if (argument == QStringLiteral("--attach")) {
            received.attachments << value;
            ++i;
        } else if (!argument.startsWith(QStringLiteral("--"))) {
            received.to = argument;
        }
    }
    return received;
}
} // namespace

/**
 * Documents › Email Recap with each desktop's email program, faked on PATH: every fake records
 * its arguments, and the test reads them back as that program parses them.
 */
class TestMailComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void shouldKnowTheClientOfEachDesktopEntry_data();
    void shouldKnowTheClientOfEachDesktopEntry();
    void shouldQuoteEveryFieldAsThunderbirdParsesIt_data();
    void shouldQuoteEveryFieldAsThunderbirdParsesIt();
    void shouldBoundEveryArgument();
    void shouldEmailTheRecapAttachedInTheDesktopsProgram_data();
    void shouldEmailTheRecapAttachedInTheDesktopsProgram();
    void shouldOpenAMailtoEmailAndTheFolderWithoutAProgram();
    void shouldSayWhatWentWrongBeforeTheMailtoEmail_data();
    void shouldSayWhatWentWrongBeforeTheMailtoEmail();
    void shouldKeepEveryArgumentSmallForAHugeSession_data();
    void shouldKeepEveryArgumentSmallForAHugeSession();
    void shouldSendTheInvitationThenTheUpdateAndTheCancellation_data();
    void shouldSendTheInvitationThenTheUpdateAndTheCancellation();

private:
    /**
     * A folder, first and alone on PATH, with xdg-mime answering `handler` and these fakes;
     * the `broken` ones are found but cannot be started (their interpreter does not exist).
     */
    void fakeDesktop(const QString &handler,
                     const QStringList &programs,
                     const QStringList &broken = {});
    /** Waits until the fake program ran, and returns what it was given. */
    std::optional<Record> recordOf(const QString &program) const;
    void openWindow();
    void emailRecap();
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }
    QString pdfPath() const
    {
        return QDir(m_exports).filePath(QStringLiteral("2026-03-16 Recap - Zoë O'Brien, Jr..pdf"));
    }
    QString expectedBody() const
    {
        return Recap::coveringNote(
            m_window->store().repositories(), m_session.id, Preferences::reportOptions());
    }

    QTemporaryDir m_dir;
    QByteArray m_path;
    QString m_bin;
    QString m_records;
    QString m_exports;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_opened;
    Session m_session;
    Mentee m_mentee;
};

void TestMailComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-mailcomposer-test"));
    m_path = qgetenv("PATH");
}

void TestMailComposer::cleanupTestCase()
{
    qputenv("PATH", m_path);
}

void TestMailComposer::init()
{
    QSettings().clear();
    Preferences::setSignatureAsked(true);
    Preferences::setMentorName(QStringLiteral("Grace Hopper"));
    const QString tag = QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                        + QString::fromLatin1(QTest::currentDataTag())
                              .replace(QLatin1Char(' '), QLatin1Char('_'));
    m_bin = m_dir.filePath(tag + QStringLiteral("/bin"));
    m_records = m_dir.filePath(tag + QStringLiteral("/records"));
    m_exports = m_dir.filePath(tag + QStringLiteral("/exports"));
    for (const QString &folder : {m_bin, m_records, m_exports})
        QVERIFY(QDir().mkpath(folder));
    Preferences::setExportFolder(m_exports);
    // Nothing of the machine's own: only the fakes a test puts there.
    qputenv("PATH", QFile::encodeName(m_bin));

    // GIVEN Zoë, whose name, address, next meeting's place and actions are full of commas,
    // apostrophes, quotes and letters beyond ASCII
    m_database = openTestDatabase(m_dir);
    Repositories repositories(*m_database);
    const Id menteeId = SampleRelationship::add(repositories, today());
    m_mentee = repositories.mentees.get(menteeId);
    m_mentee.name = QStringLiteral("Zoë O'Brien, Jr.");
    m_mentee.email = QStringLiteral("zoe.o'brien+jr@example.org");
    repositories.mentees.update(m_mentee);
    const QList<Session> sessions = repositories.sessionsOf(menteeId);
    m_session = sessions.at(7); // the second debrief, held
    Session next = sessions.at(8);
    next.location = QStringLiteral("Café \"Lisboa\", Rua d'Ouro 1, Lisbon");
    repositories.sessions.update(next);
    Action action;
    action.menteeId = menteeId;
    action.sessionId = m_session.id;
    action.text = QStringLiteral("Read 'Deep Work', then write \"what I learned\", one page");
    action.dueOn = today().addDays(7);
    repositories.actions.add(action);
}

void TestMailComposer::cleanup()
{
    m_window.reset();
    m_database.reset();
    m_opened.clear();
}

void TestMailComposer::fakeDesktop(const QString &handler,
                                   const QStringList &programs,
                                   const QStringList &broken)
{
    auto write = [this](const QString &name, const QString &script) {
        QFile file(QDir(m_bin).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    };
    // What xdg-mime prints when the test's handler is the default (nothing when none is).
    write(QStringLiteral("xdg-mime"),
          QStringLiteral("#!/bin/sh\n"
                         "[ \"$1 $2 $3\" = 'query default x-scheme-handler/mailto' ] || exit 2\n"
                         "printf '%s\\n' '%1'\n")
              .arg(handler));
    // Each argument in a file of its own, then the count: only builtins, so PATH may be bare.
    for (const QString &program : programs) {
        const QString record = QDir(m_records).filePath(program);
        write(program,
              QStringLiteral("#!/bin/sh\n"
                             "i=0\n"
                             "for argument in \"$@\"; do\n"
                             "  printf '%s' \"$argument\" > \"%1.$i\"\n"
                             "  i=$((i + 1))\n"
                             "done\n"
                             "printf '%s' \"$i\" > \"%1.count\"\n")
                  .arg(record));
    }
    for (const QString &program : broken)
        write(program, QStringLiteral("#!/nonexistent/interpreter\n"));
}

std::optional<Record> TestMailComposer::recordOf(const QString &program) const
{
    const QString count = QDir(m_records).filePath(program + QStringLiteral(".count"));
    // The shell creates the file before printf writes the number into it (in one write()):
    // only a count with its number in it is a program that has finished recording.
    if (!QTest::qWaitFor([&] { return QFileInfo(count).size() > 0; }, 30000))
        return std::nullopt;
    QFile countFile(count);
    if (!countFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    Record record;
    record.program = program;
    const int arguments = countFile.readAll().toInt();
    for (int i = 0; i < arguments; ++i) {
        QFile argument(QDir(m_records).filePath(program + QStringLiteral(".%1").arg(i)));
        if (!argument.open(QIODevice::ReadOnly))
            return std::nullopt;
        const QByteArray bytes = argument.readAll();
        record.arguments << QString::fromUtf8(bytes);
        record.bytes << bytes.size();
    }
    return record;
}

void TestMailComposer::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->launcher().setOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectMentee(m_mentee.id);
    m_window->selectSession(m_session.id);
}

void TestMailComposer::emailRecap()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("emailRecapAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    // As the mentor does: Documents › Email Recap by its shortcut.
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
}

void TestMailComposer::shouldKnowTheClientOfEachDesktopEntry_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<MailComposer::Client>("client");
    using Client = MailComposer::Client;
    QTest::newRow("thunderbird") << QStringLiteral("thunderbird.desktop") << Client::Thunderbird;
    QTest::newRow("flatpak thunderbird")
        << QStringLiteral("org.mozilla.Thunderbird.desktop") << Client::Thunderbird;
    QTest::newRow("evolution") << QStringLiteral("org.gnome.Evolution.desktop")
                               << Client::Evolution;
    QTest::newRow("old evolution") << QStringLiteral("evolution.desktop") << Client::Evolution;
    QTest::newRow("kmail2") << QStringLiteral("org.kde.kmail2.desktop") << Client::KMail;
    QTest::newRow("kmail") << QStringLiteral("kmail.desktop") << Client::KMail;
    QTest::newRow("claws") << QStringLiteral("claws-mail.desktop") << Client::XdgEmail;
    QTest::newRow("none") << QString() << Client::None;
}

void TestMailComposer::shouldKnowTheClientOfEachDesktopEntry()
{
    QFETCH(QString, entry);
    QFETCH(MailComposer::Client, client);
    QCOMPARE(MailComposer::clientForDesktopEntry(entry), client);
    // AND the desktop's answer is asked for, through xdg-mime
    fakeDesktop(entry, {});
    QCOMPARE(MailComposer::defaultClient(), client);
}

void TestMailComposer::shouldQuoteEveryFieldAsThunderbirdParsesIt_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("attachments");
    const QString folder = QStringLiteral("/tmp/Zoë's files, 2026");
    QTest::newRow("plain") << QStringLiteral("ana@example.org") << QStringLiteral("Hello")
                           << QStringLiteral("Dear Ana,\nsee you.")
                           << QStringList{QStringLiteral("/tmp/recap.pdf")};
    QTest::newRow("quote then comma")
        << QStringLiteral("zoe.o'brien@example.org")
        << QStringLiteral("Zoë O'Brien, Jr.: 'phase 2', \"draft\", done'")
        << QStringLiteral("Read 'Deep Work', then 'this',\nsubject='x',body='y'\n'")
        << QStringList{folder + QStringLiteral("/2026-03-16 Recap - Zoë O'Brien, Jr..pdf"),
                       folder + QStringLiteral("/invitation 'next', 1.ics")};
    QTest::newRow("markup and percent")
        << QString() << QStringLiteral("100% <b>sure</b> & more=%2C")
        << QStringLiteral("a=b,c='d'\r\ne%0Af\t🎯 قررنا") << QStringList();
    QTest::newRow("starts with a quote")
        << QStringLiteral("ana@example.org") << QStringLiteral("'quoted'")
        << QStringLiteral("\"double\"") << QStringList{QStringLiteral("/tmp/a,b.pdf")};
}

void TestMailComposer::shouldQuoteEveryFieldAsThunderbirdParsesIt()
{
    QFETCH(QString, to);
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QStringList, attachments);
    const MailMessage message{to, subject, body, attachments};
    const QStringList arguments
        = MailComposer::argumentsFor(MailComposer::Client::Thunderbird, message);
    // The single argument carries no character Thunderbird's parser or a shell could misread.
    QCOMPARE(arguments.size(), 2);
    QVERIFY(!arguments.at(1).contains(QLatin1Char('\n')));
    const Received received = readThunderbird(arguments);
    QCOMPARE(received.to, to);
    QCOMPARE(received.subject, subject);
    QCOMPARE(received.body, body);
    QCOMPARE(received.attachments, attachments);
    QCOMPARE(received.format, QStringLiteral("text"));
    // AND Evolution's mailto: URL and KMail's options carry the same
    const Received evolution
        = readMailto(MailComposer::argumentsFor(MailComposer::Client::Evolution, message).value(0));
    QCOMPARE(evolution.to, to);
    QCOMPARE(evolution.subject, subject);
    QCOMPARE(evolution.body, QString(body).replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
    QCOMPARE(evolution.attachments, attachments);
    const Received kmail
        = readOptions(MailComposer::argumentsFor(MailComposer::Client::KMail, message));
    QCOMPARE(kmail.subject, subject);
    QCOMPARE(kmail.body, body);
    QCOMPARE(kmail.attachments, attachments);
    QCOMPARE(kmail.to, to);
}

void TestMailComposer::shouldBoundEveryArgument()
{
    // GIVEN a message of 1 MB of letters that take three bytes each, encoded nine
    QString body;
    while (body.size() < 1024 * 1024)
        body += QStringLiteral("会议记录，第") + QString::number(body.size()) + QLatin1Char('\n');
    const MailMessage huge{QString(5000, QLatin1Char('a')) + QStringLiteral("@example.org"),
                           QString(5000, QChar(0x4f1a)),
                           body,
                           {QStringLiteral("/tmp/recap.pdf")}};

    // WHEN it is bounded for passing on
    const MailMessage message = MailComposer::bounded(huge);

    // THEN body and fields are cut, the body at a line break and marked so
    QVERIFY(message.body.size() <= MailComposer::maxBodyLength);
    QVERIFY(message.body.endsWith(QStringLiteral("\n…")));
    QVERIFY(huge.body.startsWith(message.body.chopped(2)));
    QCOMPARE(message.subject.size(), MailComposer::maxFieldLength);
    QCOMPARE(message.to.size(), MailComposer::maxFieldLength);
    // AND no client's argument comes near Linux's 128 KiB
    using Client = MailComposer::Client;
    for (Client client :
         {Client::Thunderbird, Client::Evolution, Client::KMail, Client::XdgEmail}) {
        for (const QString &argument : MailComposer::argumentsFor(client, message))
            QVERIFY2(argument.toUtf8().size() < maxArgumentBytes, qPrintable(argument.left(40)));
    }
    // AND a mailto: URL, even of the whole 1 MB, is no longer than its own limit
    QVERIFY(MailComposer::mailtoUrl(huge).toEncoded().size() <= MailComposer::maxMailtoLength);
    const QUrl shortened = MailComposer::mailtoUrl(message);
    QVERIFY(shortened.toEncoded().size() <= MailComposer::maxMailtoLength);
    QVERIFY(
        readMailto(shortened.toString(QUrl::FullyEncoded)).body.endsWith(QStringLiteral("\r\n…")));
}

void TestMailComposer::shouldEmailTheRecapAttachedInTheDesktopsProgram_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QStringList>("programs"); // the fakes installed
    QTest::addColumn<QString>("started");      // the one that should run
    QTest::addColumn<QString>("message");
    const QString opened = QStringLiteral(
        "Opened a new email to zoe.o'brien+jr@example.org in %1 with the recap attached.");
    const QString asked = QStringLiteral(
        "Asked your email program, through xdg-email, for a new email to "
        "zoe.o'brien+jr@example.org with the recap attached. If it is not attached, the recap "
        "is at %pdf.");
    QTest::newRow("thunderbird") << QStringLiteral("thunderbird.desktop")
                                 << QStringList{QStringLiteral("thunderbird"),
                                                QStringLiteral("xdg-email")}
                                 << QStringLiteral("thunderbird")
                                 << opened.arg(QStringLiteral("Thunderbird"));
    QTest::newRow("thunderbird from flathub")
        << QStringLiteral("org.mozilla.Thunderbird.desktop")
        << QStringList{QStringLiteral("thunderbird")} << QStringLiteral("thunderbird")
        << opened.arg(QStringLiteral("Thunderbird"));
    QTest::newRow("evolution") << QStringLiteral("org.gnome.Evolution.desktop")
                               << QStringList{QStringLiteral("evolution")}
                               << QStringLiteral("evolution")
                               << opened.arg(QStringLiteral("Evolution"));
    QTest::newRow("kmail") << QStringLiteral("org.kde.kmail2.desktop")
                           << QStringList{QStringLiteral("kmail"), QStringLiteral("xdg-email")}
                           << QStringLiteral("kmail") << opened.arg(QStringLiteral("KMail"));
    QTest::newRow("another program")
        << QStringLiteral("claws-mail.desktop")
        << QStringList{QStringLiteral("thunderbird"), QStringLiteral("xdg-email")}
        << QStringLiteral("xdg-email") << asked;
    QTest::newRow("thunderbird not installed")
        << QStringLiteral("thunderbird.desktop") << QStringList{QStringLiteral("xdg-email")}
        << QStringLiteral("xdg-email")
        << QStringLiteral("Thunderbird is set up for email, but its program thunderbird was not "
                          "found. ")
               + asked;
}

void TestMailComposer::shouldEmailTheRecapAttachedInTheDesktopsProgram()
{
    QFETCH(QString, handler);
    QFETCH(QStringList, programs);
    QFETCH(QString, started);
    QFETCH(QString, message);
    // GIVEN a desktop whose email program is `handler`
    fakeDesktop(handler, programs);
    openWindow();

    // WHEN the mentor emails the recap of the held session
    emailRecap();

    // THEN that program was started, and only that one
    const auto record = recordOf(started);
    QVERIFY2(record, qPrintable(statusMessage()));
    for (const QString &other : programs) {
        if (other != started)
            QVERIFY2(!QFile::exists(QDir(m_records).filePath(other + QStringLiteral(".count"))),
                     qPrintable(other));
    }
    // AND, read as the program reads it, the email is to Zoë with the subject, the covering
    // note and the recap's PDF attached
    Received received;
    if (started == QStringLiteral("thunderbird"))
        received = readThunderbird(record->arguments);
    else if (started == QStringLiteral("evolution"))
        received = readMailto(record->arguments.value(0));
    else
        received = readOptions(record->arguments);
    if (started == QStringLiteral("xdg-email"))
        QCOMPARE(record->arguments.value(0), QStringLiteral("--utf8"));
    if (started == QStringLiteral("kmail"))
        QCOMPARE(record->arguments.value(0), QStringLiteral("--composer"));
    const Repositories &repositories = m_window->store().repositories();
    QCOMPARE(received.to, m_mentee.email);
    const QString subject = Recap::emailSubject(repositories, m_session.id);
    QVERIFY(subject.contains(QLatin1Char(','))); // "Recap of our session on Monday, 16 March…"
    QCOMPARE(received.subject, subject);
    QString body = received.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // mailto: lines end in CRLF
    QCOMPARE(body, expectedBody());
    QVERIFY(body.startsWith(QStringLiteral("Dear Zoë,\n")));
    QVERIFY(body.contains(QStringLiteral("Read 'Deep Work', then write \"what I learned\"")));
    QVERIFY(body.contains(QStringLiteral("Café \"Lisboa\", Rua d'Ouro 1, Lisbon")));
    QCOMPARE(received.attachments, QStringList{pdfPath()});
    QFile pdf(received.attachments.value(0));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    // AND nothing went to the desktop's mailto: handler or the file manager
    QVERIFY(m_opened.isEmpty());
    // AND the window says where the email went
    QCOMPARE(statusMessage(),
             message.replace(QStringLiteral("%pdf"), QDir::toNativeSeparators(pdfPath())));
}

void TestMailComposer::shouldOpenAMailtoEmailAndTheFolderWithoutAProgram()
{
    // GIVEN a desktop with no email program set up, and none of the fakes on PATH
    openWindow();

    // WHEN the mentor emails the recap
    emailRecap();

    // THEN a mailto: email goes to the desktop, and the recap's folder opens beside it
    QCOMPARE(m_opened.size(), 2);
    const QUrl mail = m_opened.at(0);
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    QCOMPARE(m_opened.at(1), QUrl::fromLocalFile(m_exports));
    const QByteArray encoded = mail.toEncoded();
    QVERIFY(encoded.size() <= MailComposer::maxMailtoLength);
    // AND its lines end as RFC 6068 asks: CRLF, never a bare line feed
    QVERIFY(encoded.contains("%0D%0A"));
    QCOMPARE(encoded.count("%0A"), encoded.count("%0D%0A"));
    const Received received = readMailto(QString::fromLatin1(encoded));
    QCOMPARE(received.to, m_mentee.email);
    QCOMPARE(received.subject, Recap::emailSubject(m_window->store().repositories(), m_session.id));
    QCOMPARE(received.body, expectedBody().replace(QStringLiteral("\n"), QStringLiteral("\r\n")));
    QVERIFY(received.attachments.isEmpty());
    // AND the message says to attach the PDF by hand, and where it is
    QVERIFY(QFile::exists(pdfPath()));
    QCOMPARE(statusMessage(),
             QStringLiteral("Opened a new email to %1. Attach the recap yourself: it is saved at "
                            "%2.")
                 .arg(m_mentee.email, QDir::toNativeSeparators(pdfPath())));

    // WHEN nothing takes the mailto: URL either
    m_opened.clear();
    m_window->launcher().setOpener([this](const QUrl &url) {
        m_opened << url;
        return false;
    });
    emailRecap();
    // THEN the message is a failure that names the file and the addressee
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(statusMessage(),
             QStringLiteral("No email program is set up. The recap is saved at %1; attach it to "
                            "an email to %2.")
                 .arg(QDir::toNativeSeparators(pdfPath()), m_mentee.email));
}

void TestMailComposer::shouldSayWhatWentWrongBeforeTheMailtoEmail_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QStringList>("broken");
    QTest::addColumn<QString>("problem");
    QTest::newRow("thunderbird not installed")
        << QStringLiteral("thunderbird.desktop") << QStringList()
        << QStringLiteral("Thunderbird is set up for email, but its program thunderbird was not "
                          "found.");
    QTest::newRow("evolution does not start")
        << QStringLiteral("org.gnome.Evolution.desktop") << QStringList{QStringLiteral("evolution")}
        << QStringLiteral("Evolution did not start.");
    QTest::newRow("kmail and xdg-email do not start")
        << QStringLiteral("org.kde.kmail2.desktop")
        << QStringList{QStringLiteral("kmail"), QStringLiteral("xdg-email")}
        << QStringLiteral("KMail did not start. xdg-email did not start.");
}

void TestMailComposer::shouldSayWhatWentWrongBeforeTheMailtoEmail()
{
    QFETCH(QString, handler);
    QFETCH(QStringList, broken);
    QFETCH(QString, problem);
    // GIVEN a desktop whose email program is missing or cannot start
    fakeDesktop(handler, {}, broken);
    openWindow();
    QString failure;
    connect(&m_window->launcher(),
            &DesktopLauncher::failed,
            this,
            [&failure](const QString &message) { failure = message; });

    // WHEN the mentor emails the recap
    emailRecap();

    // THEN the mailto: email and the folder open, and the failure says what happened first,
    // then where the PDF is to attach by hand
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.at(0).scheme(), QStringLiteral("mailto"));
    const QString expected
        = problem
          + QStringLiteral(" Opened a new email to %1. Attach the recap yourself: it is saved at "
                           "%2.")
                .arg(m_mentee.email, QDir::toNativeSeparators(pdfPath()));
    QCOMPARE(failure, expected);
    QCOMPARE(statusMessage(), expected);
    QVERIFY(QFile::exists(pdfPath()));
}

void TestMailComposer::shouldKeepEveryArgumentSmallForAHugeSession_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("program");
    QTest::newRow("thunderbird") << QStringLiteral("thunderbird.desktop")
                                 << QStringLiteral("thunderbird");
    QTest::newRow("evolution") << QStringLiteral("org.gnome.Evolution.desktop")
                               << QStringLiteral("evolution");
    QTest::newRow("kmail") << QStringLiteral("org.kde.kmail2.desktop") << QStringLiteral("kmail");
    QTest::newRow("xdg-email") << QStringLiteral("claws-mail.desktop")
                               << QStringLiteral("xdg-email");
    QTest::newRow("mailto") << QString() << QString();
}

void TestMailComposer::shouldKeepEveryArgumentSmallForAHugeSession()
{
    QFETCH(QString, handler);
    QFETCH(QString, program);
    // GIVEN a held session with 1 MB of notes and 1 MB of private notes, beyond ASCII
    {
        Repositories repositories(*m_database);
        Session session = repositories.sessions.get(m_session.id);
        QString notes;
        while (notes.size() < 1024 * 1024)
            notes += QStringLiteral("Zoë said, 'this week was long', and we talked it through. ");
        session.notes = QStringLiteral("NOTES-MARKER ") + notes;
        session.privateNotes = QStringLiteral("PRIVATE-MARKER ") + notes;
        repositories.sessions.update(session);
    }
    fakeDesktop(handler, program.isEmpty() ? QStringList() : QStringList{program});
    openWindow();

    // WHEN the mentor emails its recap
    emailRecap();

    // THEN every argument stays far below Linux's 128 KiB, and the body is the covering note
    QString body;
    if (program.isEmpty()) {
        QCOMPARE(m_opened.size(), 2);
        const QByteArray encoded = m_opened.at(0).toEncoded();
        QVERIFY(encoded.size() <= MailComposer::maxMailtoLength);
        body = readMailto(QString::fromLatin1(encoded)).body;
    } else {
        const auto record = recordOf(program);
        QVERIFY2(record, qPrintable(statusMessage()));
        for (qsizetype bytes : record->bytes)
            QVERIFY2(bytes < maxArgumentBytes / 4, qPrintable(QString::number(bytes)));
        if (program == QStringLiteral("thunderbird"))
            body = readThunderbird(record->arguments).body;
        else if (program == QStringLiteral("evolution"))
            body = readMailto(record->arguments.value(0)).body;
        else
            body = readOptions(record->arguments).body;
        QVERIFY(QFile::exists(pdfPath()));
    }
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(body, expectedBody());
    QVERIFY(!body.contains(QStringLiteral("NOTES-MARKER")));
    QVERIFY(!body.contains(QStringLiteral("PRIVATE-MARKER")));
    QVERIFY(body.contains(QStringLiteral("is attached as a PDF.")));
}

void TestMailComposer::shouldSendTheInvitationThenTheUpdateAndTheCancellation_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QString>("program");
    QTest::newRow("Thunderbird") << QStringLiteral("thunderbird.desktop")
                                 << QStringLiteral("thunderbird");
    QTest::newRow("Evolution") << QStringLiteral("org.gnome.Evolution.desktop")
                               << QStringLiteral("evolution");
    QTest::newRow("KMail") << QStringLiteral("org.kde.kmail2.desktop") << QStringLiteral("kmail");
}

void TestMailComposer::shouldSendTheInvitationThenTheUpdateAndTheCancellation()
{
    QFETCH(QString, handler);
    QFETCH(QString, program);
    // GIVEN the next session selected, and the mentor's email as the meetings' organizer
    Preferences::setMentorEmail(QStringLiteral("grace@example.org"));
    fakeDesktop(handler, {program});
    openWindow();
    const Repositories &repositories = m_window->store().repositories();
    const Session next = repositories.sessionsOf(m_mentee.id).constLast();
    QCOMPARE(next.status, SessionStatus::Planned);
    m_window->selectSession(next.id);
    auto *send = m_window->findChild<QAction *>(QStringLiteral("sendInvitationAction"));
    QVERIFY(send);

    // Sends, and returns the calendar file the program was given to attach
    auto sent = [&](const QString &subject, const QString &file) -> QString {
        const QString count = QDir(m_records).filePath(program + QStringLiteral(".count"));
        QFile::remove(count);
        [&] {
            QVERIFY(send->isEnabled());
            send->trigger();
        }();
        const auto record = recordOf(program);
        if (!record)
            return QStringLiteral("<not started: %1>").arg(statusMessage());
        const Received received
            = program == QLatin1String("thunderbird") ? readThunderbird(record->arguments)
              : program == QLatin1String("evolution") ? readMailto(record->arguments.value(0))
                                                      : readOptions(record->arguments);
        [&] {
            QCOMPARE(received.to, m_mentee.email);
            QCOMPARE(received.subject, subject);
            QVERIFY(received.body.startsWith(QStringLiteral("Dear Zoë,")));
            QCOMPARE(received.attachments, QStringList{QDir(m_exports).filePath(file)});
        }();
        QFile ics(received.attachments.value(0));
        return ics.open(QIODevice::ReadOnly) ? QString::fromUtf8(ics.readAll().replace("\r\n ", ""))
                                             : QStringLiteral("<no file>");
    };
    auto value = [](const QString &ics, const QString &property) {
        const qsizetype at = ics.indexOf(QStringLiteral("\r\n") + property + QLatin1Char(':'));
        if (at < 0)
            return QString();
        const qsizetype start = at + 3 + property.size();
        return ics.mid(start, ics.indexOf(QStringLiteral("\r\n"), start) - start);
    };
    const QString date
        = QLocale().toString(next.scheduledAt.toLocalTime().date(), QLocale::LongFormat);
    const QString file = next.scheduledAt.toLocalTime().date().toString(Qt::ISODate)
                         + QStringLiteral(" Invitation - Zoë O'Brien, Jr..ics");

    // WHEN the mentor sends the invitation THEN the email has it attached: a REQUEST, Zoë
    // invited, the mentor organizing
    const QString invitation
        = sent(QStringLiteral("Invitation: mentoring session 9, %1").arg(date), file);
    QCOMPARE(value(invitation, QStringLiteral("METHOD")), QStringLiteral("REQUEST"));
    QCOMPARE(value(invitation, QStringLiteral("UID")), next.calendarUid);
    QVERIFY2(invitation.contains(QStringLiteral(":mailto:zoe.o'brien+jr@example.org\r\n")),
             qPrintable(invitation));
    QVERIFY(invitation.contains(
        QStringLiteral("ORGANIZER;CN=\"Grace Hopper\":mailto:grace@example.org")));
    const int sequence = value(invitation, QStringLiteral("SEQUENCE")).toInt();
    QVERIFY(statusMessage().contains(QStringLiteral("with the invitation attached")));

    // WHEN the session is moved, as the mentor moves it, and the invitation sent again
    Session moved = next;
    moved.scheduledAt = next.scheduledAt.addSecs(3600);
    QVERIFY(m_window->store().change(moved, QStringLiteral("Move")));
    const QString update
        = sent(QStringLiteral("Invitation: mentoring session 9, %1").arg(date), file);
    // THEN it is the update of the same event
    QCOMPARE(value(update, QStringLiteral("UID")), next.calendarUid);
    QCOMPARE(value(update, QStringLiteral("SEQUENCE")).toInt(), sequence + 1);
    QCOMPARE(value(update, QStringLiteral("DTSTART")),
             moved.scheduledAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));

    // WHEN it is cancelled THEN the action sends the cancellation
    QVERIFY(Edit::setSessionStatus(
        m_window->store(), next.id, SessionStatus::Cancelled, QStringLiteral("Ill")));
    QTRY_COMPARE(send->text(), QStringLiteral("Send Ca&ncellation…"));
    const QString cancellation
        = sent(QStringLiteral("Cancelled: mentoring session 9, %1").arg(date),
               QString(file).replace(QStringLiteral("Invitation"), QStringLiteral("Cancellation")));
    QCOMPARE(value(cancellation, QStringLiteral("METHOD")), QStringLiteral("CANCEL"));
    QCOMPARE(value(cancellation, QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
    QCOMPARE(value(cancellation, QStringLiteral("UID")), next.calendarUid);
    QCOMPARE(value(cancellation, QStringLiteral("SEQUENCE")).toInt(), sequence + 2);
    QVERIFY(statusMessage().contains(QStringLiteral("with the cancellation attached")));

    // AND a held session has nothing to invite to: the action is off and says why
    m_window->selectSession(m_session.id);
    QVERIFY(!send->isEnabled());
    QCOMPARE(send->toolTip(),
             QStringLiteral("Session 8 was held: there is nothing to invite to or cancel."));
}

QTEST_MAIN(TestMailComposer)
#include "tst_mailcomposer.moc"
