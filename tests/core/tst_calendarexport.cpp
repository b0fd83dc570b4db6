// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "report/calendarexport.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {
CalendarOptions mentor()
{
    CalendarOptions options;
    options.organizerName = QStringLiteral("Alex Mentor");
    options.organizerEmail = QStringLiteral("alex@example.org");
    return options;
}

QString utc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00"));
}

struct Run
{
    int status = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAll();
    return result;
}
} // namespace

/**
 * The iCalendar documents: every session of a mentee for the mentor's calendar, the invitation
 * and cancellation sent to the mentee, and the object kept on a calendar server. Each is read
 * back the way calendar programs read it: by libical (with the iTIP rules of RFC 5546), by
 * python3-icalendar, and imported into khal, where a moved session moves and a cancelled one
 * is cancelled.
 */
class TestCalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldEscapeText_data();
    void shouldEscapeText();
    void shouldFoldLongLinesWithoutSplittingCharacters();
    void shouldWriteReminderTriggers_data();
    void shouldWriteReminderTriggers();
    void shouldExportEverySessionAsItStands();
    void shouldBeReadByCalendarPrograms_data();
    void shouldBeReadByCalendarPrograms();
    void shouldInviteUpdateAndCancel();
    void shouldSayWhyThereIsNoCalendar();
    void shouldUpdateTheSameEventsInKhal();

private:
    static QString unfolded(const QByteArray &ics);
    /** The file checked by libical: its problems, or empty. */
    QString libicalProblems(const QByteArray &ics);
    /** What python3-icalendar reads in it. */
    QJsonObject read(const QByteArray &ics);
    QString write(const QString &name, const QByteArray &ics);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    Id m_mentee = 0;
};

void TestCalendarExport::init()
{
    m_database = std::make_unique<Database>();
    QFile::remove(m_dir.filePath(QStringLiteral("calendar.sqlite")));
    m_database->open(m_dir.filePath(QStringLiteral("calendar.sqlite")));
    freezeClock(*m_database);
    m_repositories = std::make_unique<Repositories>(*m_database);
    m_mentee = SampleRelationship::add(*m_repositories, today());
}

void TestCalendarExport::cleanup()
{
    m_repositories.reset();
    m_database.reset();
}

QString TestCalendarExport::unfolded(const QByteArray &ics)
{
    return QString::fromUtf8(QByteArray(ics).replace("\r\n ", ""));
}

QString TestCalendarExport::write(const QString &name, const QByteArray &ics)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ics) != ics.size())
        return {};
    return path;
}

QString TestCalendarExport::libicalProblems(const QByteArray &ics)
{
    const Run checked = run(QStringLiteral(ICALCHECK), {write(QStringLiteral("check.ics"), ics)});
    if (checked.status == 0 && checked.out.isEmpty())
        return {};
    return QString::fromUtf8(checked.out) + QStringLiteral(" (status %1)").arg(checked.status);
}

QJsonObject TestCalendarExport::read(const QByteArray &ics)
{
    const Run parsed = run(QStringLiteral(SYSTEM_PYTHON),
                           {QStringLiteral(MENTORBOOK_SOURCE_DIR "/tests/support/readics.py"),
                            write(QStringLiteral("read.ics"), ics)});
    if (parsed.status != 0)
        qWarning("%s", parsed.out.constData());
    return QJsonDocument::fromJson(parsed.out).object();
}

void TestCalendarExport::shouldEscapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Coffee") << QStringLiteral("Coffee");
    QTest::newRow("comma and semicolon")
        << QStringLiteral("Leeds, UK; room 4") << QStringLiteral("Leeds\\, UK\\; room 4");
    QTest::newRow("backslash") << QStringLiteral("C:\\notes") << QStringLiteral("C:\\\\notes");
    QTest::newRow("new lines") << QStringLiteral("one\ntwo\r\nthree")
                               << QStringLiteral("one\\ntwo\\nthree");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
    QTest::newRow("NUL left out") << QStringLiteral("Room") + QChar(0) + QStringLiteral("Zero")
                                  << QStringLiteral("RoomZero");
    QTest::newRow("escape and delete left out")
        << QStringLiteral("\x1b[1mbold\x7f") << QStringLiteral("[1mbold");
}

void TestCalendarExport::shouldEscapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(CalendarExport::escapeText(text), escaped);
}

void TestCalendarExport::shouldFoldLongLinesWithoutSplittingCharacters()
{
    const QByteArray line
        = QStringLiteral("DESCRIPTION:%1").arg(QString(60, QChar(0x00E9))).toUtf8();
    const QByteArray folded = CalendarExport::fold(line);
    for (const QByteArray &part : folded.split('\n')) {
        QVERIFY(part.size() <= 76); // 75 octets and the CR
        QVERIFY(QString::fromUtf8(part).indexOf(QChar::ReplacementCharacter) < 0);
    }
    QCOMPARE(QByteArray(folded).replace("\r\n ", "").replace("\r\n", ""), line);
}

void TestCalendarExport::shouldWriteReminderTriggers_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("trigger");
    QTest::newRow("a day") << 24 * 60 << QStringLiteral("-P1D");
    QTest::newRow("two days") << 2 * 24 * 60 << QStringLiteral("-P2D");
    QTest::newRow("an hour") << 60 << QStringLiteral("-PT1H");
    QTest::newRow("90 minutes") << 90 << QStringLiteral("-PT90M");
    QTest::newRow("15 minutes") << 15 << QStringLiteral("-PT15M");
}

void TestCalendarExport::shouldWriteReminderTriggers()
{
    QFETCH(int, minutes);
    QFETCH(QString, trigger);
    QCOMPARE(CalendarExport::reminderTrigger(minutes), trigger);
}

void TestCalendarExport::shouldExportEverySessionAsItStands()
{
    // WHEN the mentee's sessions are exported for the mentor's calendar
    const QByteArray ics = CalendarExport::ics(*m_repositories, m_mentee, frozenNow(), mentor());
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\n\n") && ics.count('\n') == ics.count("\r\n"));
    QCOMPARE(libicalProblems(ics), QString());
    const QJsonObject calendar = read(ics);
    QCOMPARE(calendar.value(QStringLiteral("method")).toString(), QStringLiteral("PUBLISH"));

    // THEN every session is an event as it stands: a cancelled one cancelled, not left out;
    // the ones still to come with a reminder a day before; no one invited
    const QList<Session> sessions = m_repositories->sessionsOf(m_mentee);
    const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), sessions.size());
    int cancelled = 0;
    int reminded = 0;
    for (int i = 0; i < sessions.size(); ++i) {
        const Session &session = sessions.at(i);
        const QJsonObject event = events.at(i).toObject();
        QCOMPARE(event.value(QStringLiteral("uid")).toString(), session.calendarUid);
        QCOMPARE(event.value(QStringLiteral("sequence")).toInt(), session.calendarSequence);
        QCOMPARE(event.value(QStringLiteral("start")).toString(), utc(session.scheduledAt));
        QCOMPARE(event.value(QStringLiteral("end")).toString(),
                 utc(session.scheduledAt.addSecs(60 * session.durationMinutes)));
        QCOMPARE(event.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Mentoring: session %1 with Priya Raman (%2)")
                     .arg(session.sequence)
                     .arg(label(session.stage)));
        QCOMPARE(event.value(QStringLiteral("description")).toString(), session.agenda);
        QCOMPARE(event.value(QStringLiteral("location")).toString(), session.location);
        QCOMPARE(event.value(QStringLiteral("organizer")).toString(),
                 QStringLiteral("mailto:alex@example.org"));
        QCOMPARE(event.value(QStringLiteral("organizer_name")).toString(),
                 QStringLiteral("Alex Mentor"));
        QCOMPARE(event.value(QStringLiteral("attendees")).toArray().size(), 0);
        const bool isCancelled = session.status == SessionStatus::Cancelled;
        cancelled += isCancelled;
        QCOMPARE(event.value(QStringLiteral("status")).toString(),
                 isCancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
        // a meeting still planned, not begun (the pre-work is no meeting)
        const bool toCome = session.status == SessionStatus::Planned
                            && session.stage != Stage::Prework && session.scheduledAt > frozenNow();
        reminded += toCome;
        QCOMPARE(event.value(QStringLiteral("alarms")).toArray(),
                 toCome ? QJsonArray{QStringLiteral("-P1D")} : QJsonArray{});
        // nothing private goes into the calendar
        if (!session.privateNotes.isEmpty())
            QVERIFY(
                !unfolded(ics).contains(CalendarExport::escapeText(session.privateNotes.left(30))));
    }
    QVERIFY(cancelled >= 1);
    QVERIFY(reminded >= 1);

    // WHEN exported again later THEN the events keep their UIDs
    const QJsonObject again
        = read(CalendarExport::ics(*m_repositories, m_mentee, frozenNow().addDays(3), mentor()));
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(again.value(QStringLiteral("events"))[i][QStringLiteral("uid")],
                 events.at(i)[QStringLiteral("uid")]);
    }
}

void TestCalendarExport::shouldBeReadByCalendarPrograms_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("tricky");
    QTest::newRow("mentor's calendar")
        << QStringLiteral("ics") << QStringLiteral("PUBLISH") << false;
    QTest::newRow("invitation") << QStringLiteral("invitation") << QStringLiteral("REQUEST")
                                << false;
    QTest::newRow("cancellation") << QStringLiteral("cancellation") << QStringLiteral("CANCEL")
                                  << false;
    QTest::newRow("server's object") << QStringLiteral("resource") << QString() << false;
    QTest::newRow("mentor's calendar, tricky text")
        << QStringLiteral("ics") << QStringLiteral("PUBLISH") << true;
    QTest::newRow("invitation, tricky text")
        << QStringLiteral("invitation") << QStringLiteral("REQUEST") << true;
    QTest::newRow("cancellation, tricky text")
        << QStringLiteral("cancellation") << QStringLiteral("CANCEL") << true;
    QTest::newRow("server's object, tricky text")
        << QStringLiteral("resource") << QString() << true;
}

void TestCalendarExport::shouldBeReadByCalendarPrograms()
{
    QFETCH(QString, kind);
    QFETCH(QString, method);
    QFETCH(bool, tricky);
    CalendarOptions options = mentor();
    Mentee mentee = m_repositories->mentees.get(m_mentee);
    Session session = m_repositories->sessionsOf(m_mentee).constLast(); // planned, to come
    QCOMPARE(session.status, SessionStatus::Planned);
    if (tricky) {
        options.organizerName = QStringLiteral("Alex \"Al\" Mentor, PhD; Leeds");
        options.reminderMinutes = 90;
        mentee.name = QStringLiteral("Zoë O'Brien, Jr.; \"Z\" 🎓");
        m_repositories->mentees.update(mentee);
        session.agenda = QStringLiteral("Budget; hiring, \\ and 1:1s\nNext: 🚀 <b>launch</b>");
        m_repositories->sessions.update(session);
        // A control character that an older release let in, written behind Mentorbook's back
        rawExec(m_database->path(),
                {QStringLiteral("UPDATE sessions SET location = 'Room' || char(0) || 'Zero, "
                                "floor 2' WHERE id = %1")
                     .arg(session.id)});
    }
    if (kind == QLatin1String("cancellation")) {
        // as a status change in another program would (this one refuses the location's NUL)
        rawExec(m_database->path(),
                {QStringLiteral("UPDATE sessions SET status = 'cancelled', calendar_sequence = "
                                "calendar_sequence + 1 WHERE id = %1")
                     .arg(session.id)});
    }
    session = m_repositories->sessions.get(session.id);

    QByteArray ics;
    if (kind == QLatin1String("ics"))
        ics = CalendarExport::ics(*m_repositories, m_mentee, frozenNow(), options);
    else if (kind == QLatin1String("resource"))
        ics = CalendarExport::resource(*m_repositories, session.id, frozenNow(), options);
    else
        ics = CalendarExport::invitation(*m_repositories, session.id, frozenNow(), options);

    // THEN libical finds nothing wrong, iTIP's rules for the METHOD included
    QCOMPARE(libicalProblems(ics), QString());
    // AND python3-icalendar reads back what is stored, the control character left out
    const QJsonObject calendar = read(ics);
    QCOMPARE(calendar.value(QStringLiteral("method")).toString(), method);
    QJsonObject event;
    for (const QJsonValue &found : calendar.value(QStringLiteral("events")).toArray()) {
        if (found[QStringLiteral("uid")].toString() == session.calendarUid)
            event = found.toObject();
    }
    QVERIFY(!event.isEmpty());
    QCOMPARE(event.value(QStringLiteral("description")).toString(), session.agenda);
    QCOMPARE(event.value(QStringLiteral("location")).toString(),
             QString(session.location).remove(QChar(0)));
    QVERIFY(!unfolded(ics).contains(QChar(0)));
    const bool invites = kind != QLatin1String("ics");
    if (invites) {
        QCOMPARE(event.value(QStringLiteral("attendees")).toArray(),
                 QJsonArray{QStringLiteral("mailto:") + mentee.email});
        QCOMPARE(event.value(QStringLiteral("attendee_names")).toArray(),
                 QJsonArray{QString(mentee.name).remove(QLatin1Char('"'))});
        QCOMPARE(event.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Mentoring: %1 and %2, session %3 (%4)")
                     .arg(options.organizerName, mentee.name)
                     .arg(session.sequence)
                     .arg(label(session.stage)));
    } else {
        QCOMPARE(event.value(QStringLiteral("attendees")).toArray().size(), 0);
    }
    QCOMPARE(event.value(QStringLiteral("organizer_name")).toString(),
             QString(options.organizerName).remove(QLatin1Char('"')));
    const bool cancelled = kind == QLatin1String("cancellation");
    QCOMPARE(event.value(QStringLiteral("status")).toString(),
             cancelled ? QStringLiteral("CANCELLED") : QStringLiteral("CONFIRMED"));
    QCOMPARE(event.value(QStringLiteral("alarms")).toArray(),
             cancelled ? QJsonArray{}
                       : QJsonArray{tricky ? QStringLiteral("-PT1H30M") : QStringLiteral("-P1D")});
}

void TestCalendarExport::shouldInviteUpdateAndCancel()
{
    Session session = m_repositories->sessionsOf(m_mentee).constLast();
    const QString uid = session.calendarUid;
    auto invitation = [&] {
        const QByteArray ics
            = CalendarExport::invitation(*m_repositories, session.id, frozenNow(), mentor());
        [&] {
            QCOMPARE(libicalProblems(ics), QString());
        }();
        return read(ics);
    };

    // GIVEN the invitation to the next session
    const QJsonObject first = invitation();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
    const int sequence
        = first.value(QStringLiteral("events"))[0][QStringLiteral("sequence")].toInt();

    // WHEN the session is moved THEN the update is the same event, its SEQUENCE raised
    session.scheduledAt = session.scheduledAt.addDays(2);
    m_repositories->sessions.update(session);
    const QJsonObject moved = invitation();
    QCOMPARE(moved.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
    QCOMPARE(moved.value(QStringLiteral("events"))[0][QStringLiteral("uid")].toString(), uid);
    QCOMPARE(moved.value(QStringLiteral("events"))[0][QStringLiteral("sequence")].toInt(),
             sequence + 1);
    QCOMPARE(moved.value(QStringLiteral("events"))[0][QStringLiteral("start")].toString(),
             utc(session.scheduledAt));

    // WHEN it is cancelled THEN the cancellation, SEQUENCE raised again
    session.status = SessionStatus::Cancelled;
    m_repositories->sessions.update(session);
    const QJsonObject cancelled = invitation();
    QCOMPARE(cancelled.value(QStringLiteral("method")).toString(), QStringLiteral("CANCEL"));
    QCOMPARE(cancelled.value(QStringLiteral("events"))[0][QStringLiteral("uid")].toString(), uid);
    QCOMPARE(cancelled.value(QStringLiteral("events"))[0][QStringLiteral("status")].toString(),
             QStringLiteral("CANCELLED"));
    QCOMPARE(cancelled.value(QStringLiteral("events"))[0][QStringLiteral("sequence")].toInt(),
             sequence + 2);
}

void TestCalendarExport::shouldSayWhyThereIsNoCalendar()
{
    auto refused = [](const std::function<void()> &attempt) {
        try {
            attempt();
        } catch (const Error &error) {
            return error.message();
        }
        return QStringLiteral("<accepted>");
    };
    // a mentee without sessions: no calendar of no events (RFC 5545 wants one component)
    Mentee newcomer;
    newcomer.name = QStringLiteral("Sam Newcomer");
    m_repositories->mentees.add(newcomer);
    QCOMPARE(
        refused([&] { CalendarExport::ics(*m_repositories, newcomer.id, frozenNow(), mentor()); }),
        QStringLiteral("Sam Newcomer has no sessions to put in a calendar yet."));
    // no organizer
    const QString organizer = QStringLiteral(
        "Calendars need your email address as the meetings' organizer: set it under "
        "Preferences › You.");
    QCOMPARE(refused([&] { CalendarExport::ics(*m_repositories, m_mentee, frozenNow(), {}); }),
             organizer);
    const QList<Session> sessions = m_repositories->sessionsOf(m_mentee);
    QCOMPARE(CalendarExport::organizerRefusal({}), organizer);
    QCOMPARE(refused([&] {
                 CalendarExport::invitation(
                     *m_repositories, sessions.constLast().id, frozenNow(), {});
             }),
             organizer);
    // a held session: nothing to invite to
    Session held;
    for (const Session &session : sessions) {
        if (session.status == SessionStatus::Held)
            held = session;
    }
    QCOMPARE(refused([&] {
                 CalendarExport::invitation(*m_repositories, held.id, frozenNow(), mentor());
             }),
             QStringLiteral("Session %1 was held: there is nothing to invite to or cancel.")
                 .arg(held.sequence));
    // a mentee without an email address
    Mentee mentee = m_repositories->mentees.get(m_mentee);
    mentee.email.clear();
    m_repositories->mentees.update(mentee);
    QCOMPARE(CalendarExport::invitationRefusal(*m_repositories, sessions.constLast().id),
             QStringLiteral("Priya Raman has no email address: add it to the profile to send "
                            "invitations."));
    QVERIFY_THROWS_EXCEPTION(Error,
                             CalendarExport::ics(*m_repositories, 999, frozenNow(), mentor()));
}

void TestCalendarExport::shouldUpdateTheSameEventsInKhal()
{
    // GIVEN a scratch khal, with its own configuration, calendar folder and cache
    QTemporaryDir scratch;
    QVERIFY(QDir(scratch.path()).mkpath(QStringLiteral("calendar")));
    const QString config = scratch.filePath(QStringLiteral("khal.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("[calendars]\n[[mentoring]]\npath = %1\ntype = calendar\n"
                              "[sqlite]\npath = %2\n"
                              "[locale]\nlocal_timezone = UTC\ndefault_timezone = UTC\n"
                              "timeformat = %H:%M\ndateformat = %Y-%m-%d\n"
                              "longdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\n"
                              "longdatetimeformat = %Y-%m-%d %H:%M\n"
                              "[default]\ndefault_calendar = mentoring\n")
                   .arg(scratch.filePath(QStringLiteral("calendar")),
                        scratch.filePath(QStringLiteral("khal.db")))
                   .toUtf8());
    file.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), scratch.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), scratch.filePath(QStringLiteral("data")));
    auto import = [&](const QByteArray &ics) {
        const Run imported = run(QStringLiteral(KHAL),
                                 {QStringLiteral("-c"),
                                  config,
                                  QStringLiteral("import"),
                                  QStringLiteral("--batch"),
                                  write(QStringLiteral("khal.ics"), ics)},
                                 env);
        QVERIFY2(imported.status == 0, imported.out.constData());
    };
    auto stored = [&] {
        QHash<QString, QString> events; // UID → the event's file
        for (const QFileInfo &entry :
             QDir(scratch.filePath(QStringLiteral("calendar"))).entryInfoList(QDir::Files)) {
            QFile event(entry.filePath());
            if (!event.open(QIODevice::ReadOnly))
                continue;
            const QString text = unfolded(event.readAll());
            const qsizetype at = text.indexOf(QStringLiteral("\nUID:")) + 5;
            events.insert(text.mid(at, text.indexOf(QLatin1Char('\r'), at) - at), text);
        }
        return events;
    };
    const QList<Session> sessions = m_repositories->sessionsOf(m_mentee);

    // WHEN the mentee's calendar is imported THEN khal holds one event per session
    import(CalendarExport::ics(*m_repositories, m_mentee, frozenNow(), mentor()));
    QCOMPARE(stored().size(), sessions.size());

    // WHEN the next session is moved and another cancelled, and the calendar imported again
    Session moved = sessions.constLast();
    moved.scheduledAt = QDateTime(moved.scheduledAt.date().addDays(3), QTime(10, 0), Qt::UTC);
    m_repositories->sessions.update(moved);
    Session cancelled = sessions.at(sessions.size() - 2);
    QVERIFY(cancelled.status != SessionStatus::Cancelled);
    cancelled.status = SessionStatus::Cancelled;
    m_repositories->sessions.update(cancelled);
    import(CalendarExport::ics(*m_repositories, m_mentee, frozenNow().addSecs(60), mentor()));

    // THEN the same events are updated in place: none added, the moved one at its new time,
    // the cancelled one cancelled
    const QHash<QString, QString> events = stored();
    QCOMPARE(events.size(), sessions.size());
    QVERIFY(events.value(moved.calendarUid)
                .contains(moved.scheduledAt.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    QVERIFY(events.value(cancelled.calendarUid).contains(QStringLiteral("STATUS:CANCELLED")));
    const Run listed = run(QStringLiteral(KHAL),
                           {QStringLiteral("-c"),
                            config,
                            QStringLiteral("list"),
                            moved.scheduledAt.date().toString(Qt::ISODate),
                            QStringLiteral("1d")},
                           env);
    QVERIFY2(listed.out.contains("10:00-11:"), listed.out.constData());
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
