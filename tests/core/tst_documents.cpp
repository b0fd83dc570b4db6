// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"
#include "program/method.h"
#include "report/agenda.h"
#include "report/recap.h"
#include "report/relationshipsummary.h"
#include "report/reportcontent.h"
#include "report/typesetter.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <functional>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {
/** Runs one of poppler's or qpdf's tools and returns what it printed. */
QString run(const char *tool, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(QString::fromUtf8(tool), arguments);
    if (!process.waitForFinished(120000))
        qFatal("%s did not finish", tool);
    if (exitCode)
        *exitCode = process.exitCode();
    else if (process.exitCode() != 0)
        qWarning("%s: %s", tool, process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &file, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    // Compatibility forms back to letters: the "ﬁ" ligature, Arabic presentation forms.
    return run(PDFTOTEXT, arguments << file << QStringLiteral("-"))
        .normalized(QString::NormalizationForm_KC);
}

QString pdfInfo(const QString &file, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field),
                                  QRegularExpression::MultilineOption);
    return line.match(run(PDFINFO, {file})).captured(1).trimmed();
}

int pageCount(const QString &file)
{
    return pdfInfo(file, QStringLiteral("Pages")).toInt();
}

/** The texts appear in this order; returns the first one that does not, or empty. */
QString firstOutOfOrder(const QString &text, const QStringList &expected)
{
    // pdftotext breaks long lines; compare with the breaks as spaces.
    const QString flat = text.simplified();
    qsizetype from = 0;
    for (const QString &item : expected) {
        const qsizetype at = flat.indexOf(item.simplified(), from);
        if (at < 0)
            return item;
        from = at + item.simplified().size();
    }
    return {};
}
} // namespace

/**
 * The agenda, the recap and the summary as PDFs, read back with poppler-utils and qpdf:
 * text in order, private notes absent, the agenda on one page, fonts embedded, metadata,
 * and hostile content (markup, long names, 50 actions, a 1 MB note, right-to-left text).
 */
class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldSuggestMinutesForEachPart();
    void shouldSuggestAFileName();
    void shouldChooseThePaperByCountry();
    void shouldFitEverySampleAgendaOnOnePage();
    void shouldPrintTheAgendaInOrder();
    void shouldShowAPastSessionAsItWas();
    void shouldAddressTheRecapToTheMentee();
    void shouldWordTheRecapForEachStatus_data();
    void shouldWordTheRecapForEachStatus();
    void shouldSummariseTheRelationship();
    void shouldNeverPrintPrivateNotes();
    void shouldWriteTheEmailFromShareableContent();
    void shouldPrintHostileContentLiterally();
    void shouldKeepHeadingsWithTheirText();
    void shouldPrintOnLetterPaper();
    void shouldReportAFileItCannotWrite();
    void shouldPrintNoPageOnADeviceThatCannotBePainted();

private:
    QString writePdf(const ReportDocument &document,
                     const QString &name,
                     const ReportOptions &options = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    Id m_mentee = 0;
    QList<Session> m_sessions;
    Id m_hostileMentee = 0;
    Id m_hostileSession = 0;
    QString m_longNote;
};

void TestDocuments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-documents-test"));
    installTranslations(); // the English plural forms
    m_database = openTestDatabase(m_dir);
    freezeClock(*m_database);
    m_repositories = std::make_unique<Repositories>(*m_database);
    m_mentee = SampleRelationship::add(*m_repositories, today());
    m_sessions = m_repositories->sessionsOf(m_mentee);

    // A relationship written to break things.
    Mentee mentee;
    mentee.name = QStringLiteral("<b>Ana</b> & \"Bo\" ") + QString(180, QLatin1Char('N'));
    mentee.email = QStringLiteral("ana@example.org");
    mentee.expectations = QStringLiteral("<script>alert('x')</script> &amp; more");
    m_repositories->mentees.add(mentee);
    m_hostileMentee = mentee.id;
    Session session;
    session.menteeId = mentee.id;
    session.scheduledAt = frozenNow();
    session.status = SessionStatus::Held;
    session.stage = Stage::Focus;
    session.location = QStringLiteral("Room <i>3</i>");
    session.decisions = QStringLiteral("قررنا أن نلتقي مرة أخرى الأسبوع المقبل\n"
                                       "我们讨论了反馈 — Café, naïve, Øresund 🎯");
    session.privateNotes = QStringLiteral("PRIVATE-MARKER only for the mentor");
    QString note;
    for (int paragraph = 1; note.size() < 1024 * 1024; ++paragraph) {
        note += QStringLiteral("Paragraph %1: the mentee described the week in some detail, "
                               "with <tags> & ampersands kept as typed.\n")
                    .arg(paragraph);
    }
    m_longNote = note + QStringLiteral("END-OF-NOTE");
    session.notes = m_longNote;
    m_repositories->sessions.add(session);
    m_hostileSession = session.id;
    for (int i = 1; i <= 50; ++i) {
        Action action;
        action.menteeId = mentee.id;
        action.sessionId = session.id;
        action.text = QStringLiteral("Action %1 of 50 <u>underlined?</u>").arg(i);
        action.withWhom = QStringLiteral("Dana & Co");
        action.dueOn = today().addDays(i);
        m_repositories->actions.add(action);
    }
}

void TestDocuments::shouldSuggestMinutesForEachPart()
{
    QCOMPARE(Method::partMinutes(60), (QList<int>{5, 15, 25, 10, 5}));
    for (int minutes : {0, 15, 45, 50, 75, 90, 120, 181}) {
        const QList<int> parts = Method::partMinutes(minutes);
        QCOMPARE(parts.size(), 5);
        QCOMPARE(std::accumulate(parts.begin(), parts.end(), 0), minutes);
        QVERIFY(std::all_of(parts.begin(), parts.end(), [](int part) { return part >= 0; }));
        QVERIFY2(parts.at(2) >= parts.at(1), "the focus gets the largest share");
    }
}

void TestDocuments::shouldSuggestAFileName()
{
    ReportDocument document;
    document.kind = QStringLiteral("Recap");
    document.person = QStringLiteral("Ana Silva");
    QCOMPARE(document.suggestedFileName(QDate(2026, 11, 22)),
             QStringLiteral("2026-11-22 Recap - Ana Silva.pdf"));
    document.person = QStringLiteral("A/B: \"C\"?");
    QCOMPARE(document.suggestedFileName(QDate(2026, 11, 22)),
             QStringLiteral("2026-11-22 Recap - A_B_ _C__.pdf"));
    document.person = QString(300, QChar(0x00e9));
    QVERIFY(document.suggestedFileName(QDate(2026, 11, 22)).toUtf8().size() <= 255);
}

void TestDocuments::shouldChooseThePaperByCountry()
{
    QCOMPARE(ReportOptions::paperSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)),
             QPageSize::Letter);
    QCOMPARE(ReportOptions::paperSizeFor(QLocale(QLocale::French, QLocale::Canada)),
             QPageSize::Letter);
    QCOMPARE(ReportOptions::paperSizeFor(QLocale(QLocale::German, QLocale::Germany)),
             QPageSize::A4);
    QCOMPARE(ReportOptions::paperSizeFor(QLocale(QLocale::English, QLocale::UnitedKingdom)),
             QPageSize::A4);
}

void TestDocuments::shouldFitEverySampleAgendaOnOnePage()
{
    for (const Session &session : std::as_const(m_sessions)) {
        const QString file = writePdf(Agenda::build(*m_repositories, session.id),
                                      QStringLiteral("agenda-%1.pdf").arg(session.sequence));
        QVERIFY2(pageCount(file) == 1,
                 qPrintable(QStringLiteral("session %1 has %2 pages")
                                .arg(session.sequence)
                                .arg(pageCount(file))));
        // Every font is embedded, so the mentee's computer prints what this one shows.
        const QStringList fonts
            = run(PDFFONTS, {file}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(fonts.size() > 2);
        for (const QString &font : fonts.mid(2))
            QVERIFY2(font.contains(QRegularExpression(
                         QStringLiteral("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))),
                     qPrintable(font)); // the "emb" column
        int status = -1;
        run(QPDF, {QStringLiteral("--check"), file}, &status);
        QCOMPARE(status, 0);
    }
}

void TestDocuments::shouldPrintTheAgendaInOrder()
{
    const Session next = m_sessions.constLast();
    const ReportDocument document = Agenda::build(*m_repositories, next.id);
    QCOMPARE(document.title, QStringLiteral("Agenda – Session 9 – Priya Raman"));
    const QString text = pdfText(writePdf(document, QStringLiteral("agenda.pdf")));
    QStringList expected{
        QStringLiteral("AGENDA"),
        QStringLiteral("Session 9 with Priya Raman"),
        QStringLiteral("Debrief"),
        QLocale().toString(next.scheduledAt.toLocalTime().date(), QLocale::LongFormat),
        QStringLiteral("17:30–18:30"),
        QStringLiteral("Hoped for since last time:"),
        QStringLiteral("1. Check-in 17:30 · 5 min"),
        QStringLiteral("2. Review of agreed actions 17:35 · 15 min")};
    // Every open action, the mentor's too, with a box to tick; none that is done.
    const QList<Action> actions = m_repositories->actions.where(
        QStringLiteral("mentee_id"), m_mentee, QStringLiteral("due_on IS NULL, due_on, id"));
    int open = 0;
    for (const Action &action : actions) {
        if (action.isDone()) {
            QVERIFY2(!text.simplified().contains(action.text.left(40)), qPrintable(action.text));
        } else {
            ++open;
            expected << QStringLiteral("☐ ") + action.text.left(40);
        }
    }
    QVERIFY(open >= 3);
    QVERIFY(std::any_of(actions.begin(), actions.end(), [](const Action &action) {
        return !action.isDone() && action.owner == ActionOwner::Mentor;
    }));
    expected << QStringLiteral("3. Focus: Debrief 17:50 · 25 min")
             << QStringLiteral("Questions to ask") << QStringLiteral("Goals in focus")
             << QStringLiteral("Measure") << QStringLiteral("Last progress")
             << QStringLiteral("4. Agree actions 18:15 · 10 min")
             << QStringLiteral("5. Summary and next meeting 18:25 · 5 min")
             << QStringLiteral("Agenda – Session 9 – Priya Raman · Mentorbook")
             << QStringLiteral("Page 1 of 1");
    QCOMPARE(firstOutOfOrder(text, expected), QString());
    QCOMPARE(text.count(QStringLiteral("☐")), open);
}

void TestDocuments::shouldShowAPastSessionAsItWas()
{
    // An earlier session's agenda lists what was open then: actions agreed before it and
    // done after it are there, later ones are not; progress is from before it too.
    int listedButDoneSince = 0;
    for (const Session &session : std::as_const(m_sessions)) {
        const QString html = Agenda::build(*m_repositories, session.id).html;
        for (const Action &action :
             m_repositories->actions.where(QStringLiteral("mentee_id"), m_mentee)) {
            const int agreedAt = m_repositories->sessions.get(action.sessionId).sequence;
            const bool openThen = agreedAt < session.sequence
                                  && (!action.isDone() || action.doneAt > session.scheduledAt);
            QVERIFY2(html.contains(QStringLiteral("☐&nbsp;&nbsp;") + action.text.toHtmlEscaped())
                         == openThen,
                     qPrintable(
                         QStringLiteral("session %1: %2").arg(session.sequence).arg(action.text)));
            listedButDoneSince += openThen && action.isDone();
        }
        for (int later = session.sequence; later <= m_sessions.size(); ++later)
            QVERIFY(!html.contains(QStringLiteral("(session %1)").arg(later)));
    }
    QVERIFY(listedButDoneSince > 0);
}

void TestDocuments::shouldAddressTheRecapToTheMentee()
{
    const Session session = m_sessions.at(7); // the second debrief, held
    ReportOptions options;
    options.mentorName = QStringLiteral("Grace Hopper");
    options.mentorEmail = QStringLiteral("grace@example.org");
    const ReportDocument document = Recap::build(*m_repositories, session.id, options);
    const QString file = writePdf(document, QStringLiteral("recap.pdf"), options);
    QCOMPARE(pdfInfo(file, QStringLiteral("Title")),
             QStringLiteral("Recap – Session 8 – Priya Raman"));
    QCOMPARE(pdfInfo(file, QStringLiteral("Author")), QStringLiteral("Grace Hopper"));
    QCOMPARE(pdfInfo(file, QStringLiteral("Creator")), QStringLiteral("Mentorbook"));
    int status = -1;
    run(QPDF, {QStringLiteral("--check"), file}, &status);
    QCOMPARE(status, 0);

    const QString text = pdfText(file);
    const auto longDate = [](const Session &session) {
        return QLocale().toString(session.scheduledAt.toLocalTime().date(), QLocale::LongFormat);
    };
    const QString next = longDate(m_sessions.at(8));
    QCOMPARE(firstOutOfOrder(text,
                             {QStringLiteral("RECAP"),
                              QStringLiteral("Our session on ") + longDate(session),
                              QStringLiteral("Mentor: Grace Hopper"),
                              QStringLiteral("Dear Priya,"),
                              QStringLiteral("What we discussed"),
                              session.notes.left(50),
                              QStringLiteral("Decisions"),
                              QStringLiteral("How the exercise went"),
                              QStringLiteral("Outcome: Did not go well"),
                              QStringLiteral("Your exercise"),
                              QStringLiteral("What: ") + session.exerciseWhat.left(30),
                              QStringLiteral("Agreed actions"),
                              QStringLiteral("What Who With whom By when"),
                              QStringLiteral("Progress on your goals"),
                              QStringLiteral("By our next session"),
                              QStringLiteral("Next meeting"),
                              next,
                              QStringLiteral("With best wishes,"),
                              QStringLiteral("Grace Hopper"),
                              QStringLiteral("grace@example.org")}),
             QString());
    // The agreed actions are those of this session, each with who does it by name.
    const QList<Action> agreed
        = m_repositories->actions.where(QStringLiteral("session_id"), session.id);
    QVERIFY(std::any_of(agreed.begin(), agreed.end(), [](const Action &action) {
        return action.owner == ActionOwner::Mentor;
    }));
    QVERIFY(std::any_of(agreed.begin(), agreed.end(), [](const Action &action) {
        return action.owner == ActionOwner::Mentee;
    }));
    for (const Action &action : agreed) {
        QVERIFY2(text.simplified().contains(action.text.left(30)), qPrintable(action.text));
        const QString who = action.owner == ActionOwner::Mentor ? QStringLiteral("Grace Hopper")
                                                                : QStringLiteral("Priya");
        QVERIFY2(
            document.html.contains(
                QStringLiteral("<td>%1</td><td>%2</td>").arg(action.text.toHtmlEscaped(), who)),
            qPrintable(action.text));
    }
    QVERIFY(!document.html.contains(QStringLiteral("<td>Mentee</td>")));
    QVERIFY(!document.html.contains(QStringLiteral("<td>Mentor</td>")));
}

void TestDocuments::shouldWordTheRecapForEachStatus_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("plannedAfter");
    QTest::addColumn<QStringList>("says"); ///< in this order; %date and %next filled in
    QTest::addColumn<QStringList>("neverSays");
    QTest::addColumn<QString>("refusal");
    const QString thanks = QStringLiteral("thank you for our conversation");
    const QString notes = QStringLiteral("NOTES-MARKER");
    const QString secret = QStringLiteral("PRIVATE-MARKER");
    QTest::newRow("held: what we discussed, and the meeting after it")
        << int(Stage::Debrief) << int(SessionStatus::Held) << QString() << true
        << QStringList{QStringLiteral("Dear Dr Kumar,"),
                       thanks,
                       QStringLiteral("What we discussed"),
                       notes,
                       QStringLiteral("Next meeting"),
                       QStringLiteral("%next"),
                       QStringLiteral("With best wishes,"),
                       QStringLiteral("Grace Hopper")}
        << QStringList{QStringLiteral("I am sorry"), secret} << QString();
    QTest::newRow("held, nothing planned after it: said plainly")
        << int(Stage::Exercise) << int(SessionStatus::Held) << QString() << false
        << QStringList{thanks,
                       QStringLiteral("Next meeting"),
                       QStringLiteral("No next meeting is planned yet; we will agree on a date.")}
        << QStringList{QStringLiteral("I am sorry"), secret} << QString();
    QTest::newRow("cancelled: sorry, the reason, the new date, what is still open")
        << int(Stage::Exercise) << int(SessionStatus::Cancelled)
        << QStringLiteral("Flu & <b>fever</b>") << true
        << QStringList{QStringLiteral("Dear Dr Kumar,"),
                       QStringLiteral(
                           "I am sorry that we could not meet for our session on %date."),
                       QStringLiteral("Reason: Flu & <b>fever</b>"),
                       QStringLiteral("I propose that we meet again as below"),
                       QStringLiteral("New date: %next"),
                       QStringLiteral("Still open until we meet"),
                       QStringLiteral("OPEN-ACTION"),
                       QStringLiteral("With best wishes,")}
        << QStringList{thanks,
                       notes,
                       QStringLiteral("What we discussed"),
                       QStringLiteral("Agreed actions"),
                       secret}
        << QString();
    QTest::newRow("missed, no new date yet")
        << int(Stage::Focus) << int(SessionStatus::Missed) << QString() << false
        << QStringList{QStringLiteral(
                           "I am sorry that we missed each other for our session on %date."),
                       QStringLiteral("We have no new date yet; I will propose one soon.")}
        << QStringList{thanks,
                       notes,
                       QStringLiteral("Reason:"),
                       QStringLiteral("New date:"),
                       secret}
        << QString();
    QTest::newRow("planned: no recap, its agenda is what to send")
        << int(Stage::Debrief) << int(SessionStatus::Planned) << QString() << true << QStringList()
        << QStringList()
        << QStringLiteral("Session 2 is still planned, not held: its agenda is what to send "
                          "before it. Record it as held to write its recap.");
    QTest::newRow("pre-work: the mentor's own, no recap")
        << int(Stage::Prework) << int(SessionStatus::Held) << QString() << true << QStringList()
        << QStringList()
        << QStringLiteral("Session 2 is the pre-work, your own preparation before the first "
                          "meeting: there is no recap to send.");
}

void TestDocuments::shouldWordTheRecapForEachStatus()
{
    QFETCH(int, stage);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(bool, plannedAfter);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);
    QFETCH(QString, refusal);

    // GIVEN a mentee addressed as Dr Kumar, a first meeting that left an action open, a second
    // session of the row's stage and status, and perhaps a meeting planned after it
    Mentee mentee;
    mentee.name = QStringLiteral("Ravi Kumar");
    mentee.addressAs = QStringLiteral("Dr Kumar");
    m_repositories->mentees.add(mentee);
    auto addSession = [&](int sequence, Stage sessionStage, SessionStatus sessionStatus) {
        Session session;
        session.menteeId = mentee.id;
        session.sequence = sequence;
        session.scheduledAt
            = QDateTime(today().addDays(14 * (sequence - 2)), QTime(16, 0), Qt::UTC);
        session.stage = sessionStage;
        session.status = sessionStatus;
        m_repositories->sessions.add(session);
        return session;
    };
    const Session first = addSession(1, Stage::Introductions, SessionStatus::Held);
    Action open;
    open.menteeId = mentee.id;
    open.sessionId = first.id;
    open.text = QStringLiteral("OPEN-ACTION: draft three goals");
    m_repositories->actions.add(open);
    Session second = addSession(2, Stage(stage), SessionStatus(status));
    second.statusReason = reason;
    second.notes = QStringLiteral("NOTES-MARKER we talked");
    second.privateNotes = QStringLiteral("PRIVATE-MARKER mine alone");
    m_repositories->sessions.update(second);
    std::optional<Session> third;
    if (plannedAfter)
        third = addSession(3, Stage::Debrief, SessionStatus::Planned);
    ReportOptions author;
    author.mentorName = QStringLiteral("Grace Hopper");

    // WHEN its recap is written
    if (!refusal.isEmpty()) {
        // THEN there is none, and the message says why and what to send instead
        QCOMPARE(Recap::refusal(second), refusal);
        for (const auto &write : std::initializer_list<std::function<void()>>{
                 [&] { Recap::build(*m_repositories, second.id, author); },
                 [&] {
                     Recap::emailText(*m_repositories, second.id, author);
                 }}) {
            try {
                write();
                QFAIL("a recap was written");
            } catch (const Error &error) {
                QCOMPARE(error.message(), refusal);
            }
        }
        return;
    }
    QVERIFY(Recap::refusal(second).isEmpty());
    const ReportDocument document = Recap::build(*m_repositories, second.id, author);
    QTextDocument laidOut;
    laidOut.setHtml(document.html);
    // (what the mentor typed is escaped: no tag of theirs reaches the document's markup)
    QVERIFY(!document.html.contains(QStringLiteral("<b>fever")));
    const QString text = laidOut.toPlainText();
    const QString email = Recap::emailText(*m_repositories, second.id, author);

    // THEN it says what fits the session's status, in order, and nothing that does not
    const QString date
        = QLocale().toString(second.scheduledAt.toLocalTime().date(), QLocale::LongFormat);
    const QString next = third ? ReportContent::meetingLine(*third) : QString();
    for (QString &line : says)
        line.replace(QStringLiteral("%date"), date).replace(QStringLiteral("%next"), next);
    QCOMPARE(firstOutOfOrder(text, says), QString());
    for (const QString &line : std::as_const(neverSays)) {
        QVERIFY2(!text.contains(line), qPrintable(line));
        QVERIFY2(!email.contains(line), qPrintable(line));
    }
    // AND the email begins as the recap does and says the same first thing
    QVERIFY2(email.startsWith(QStringLiteral("Dear Dr Kumar,")), qPrintable(email));
    QVERIFY2(email.contains(says.at(1)), qPrintable(email));
    QVERIFY(email.endsWith(QStringLiteral("With best wishes,\nGrace Hopper")));
    // AND after a meeting that did not take place it is called a note, file name and title too
    const bool note = SessionStatus(status) != SessionStatus::Held;
    QCOMPARE(document.kind, note ? QStringLiteral("Note") : QStringLiteral("Recap"));
    QCOMPARE(document.title,
             (note ? QStringLiteral("Note – Session 2 – Ravi Kumar")
                   : QStringLiteral("Recap – Session 2 – Ravi Kumar")));
    QVERIFY2(text.startsWith(document.kind.toUpper()), qPrintable(text.left(40)));
}

void TestDocuments::shouldSummariseTheRelationship()
{
    const Mentee mentee = m_repositories->mentees.get(m_mentee);
    const ReportDocument document
        = RelationshipSummary::build(*m_repositories, m_mentee, frozenNow());
    QCOMPARE(document.title, QStringLiteral("Mentoring summary – Priya Raman"));
    const QString file = writePdf(document, QStringLiteral("summary.pdf"));
    QVERIFY(pageCount(file) >= 1);
    QStringList expected{QStringLiteral("MENTORING SUMMARY"),
                         QStringLiteral("Priya Raman"),
                         QStringLiteral("The agreement"),
                         QStringLiteral("We meet: every 14 days"),
                         QStringLiteral("Strengths and development areas"),
                         QStringLiteral("Strengths: ") + mentee.strengths.left(40),
                         QStringLiteral("Development areas: ") + mentee.developmentAreas.left(40),
                         QStringLiteral("Goals")};
    for (const Goal &goal : m_repositories->goals.where(
             QStringLiteral("mentee_id"), m_mentee, QStringLiteral("priority, id")))
        expected << goal.title;
    expected << QStringLiteral("Sessions") << QStringLiteral("No. Date Stage Status")
             << QStringLiteral("6 sessions held")
             << QStringLiteral("Next meeting: ")
                    + ReportContent::meetingLine(m_sessions.constLast())
             << QStringLiteral("Actions") << QStringLiteral("14 actions agreed")
             << QStringLiteral("Expected, achieved, learned") << QStringLiteral("Achieved")
             << QStringLiteral("Learned");
    QCOMPARE(firstOutOfOrder(pdfText(file), expected), QString());
}

void TestDocuments::shouldNeverPrintPrivateNotes()
{
    QStringList secrets{QStringLiteral("PRIVATE-MARKER")};
    for (const Session &session : m_repositories->sessions.all()) {
        for (const QString &sentence :
             session.privateNotes.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
            if (sentence.trimmed().size() > 16)
                secrets << sentence.simplified().left(40);
        }
    }
    QVERIFY(secrets.size() > 3);
    auto check = [&](const ReportDocument &document) {
        // The HTML, before any layout could hide a slip.
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!document.html.contains(secret.toHtmlEscaped()),
                     qPrintable(document.title + QStringLiteral(": ") + secret));
        }
    };
    int recaps = 0;
    for (const Session &session : std::as_const(m_sessions)) {
        check(Agenda::build(*m_repositories, session.id));
        if (Recap::refusal(session).isEmpty()) {
            check(Recap::build(*m_repositories, session.id, {}));
            ++recaps;
        }
    }
    QCOMPARE(recaps, int(m_sessions.size()) - 2); // not the pre-work, not the planned one
    check(RelationshipSummary::build(*m_repositories, m_mentee, frozenNow()));
    check(Recap::build(*m_repositories, m_hostileSession, {}));
}

void TestDocuments::shouldWriteTheEmailFromShareableContent()
{
    const Session session = m_sessions.at(7);
    const QString text = Recap::emailText(*m_repositories, session.id, {QStringLiteral("Grace")});
    QVERIFY(text.startsWith(QStringLiteral("Dear Priya,")));
    QVERIFY(text.contains(QStringLiteral("Agreed actions\n- ")));
    QVERIFY(text.endsWith(QStringLiteral("With best wishes,\nGrace")));
    QVERIFY(!text.contains(session.privateNotes.left(30)));
    QCOMPARE(
        Recap::emailSubject(*m_repositories, session.id),
        QStringLiteral("Recap of our session on ")
            + QLocale().toString(session.scheduledAt.toLocalTime().date(), QLocale::LongFormat));
}

void TestDocuments::shouldPrintHostileContentLiterally()
{
    const QString name = QStringLiteral("<b>Ana</b> & \"Bo\"");
    const ReportDocument recap = Recap::build(*m_repositories, m_hostileSession, {});
    const QString file = writePdf(recap, QStringLiteral("hostile-recap.pdf"));
    const int pages = pageCount(file);
    QVERIFY2(pages > 100, qPrintable(QString::number(pages))); // a 1 MB note flows on
    int status = -1;
    run(QPDF, {QStringLiteral("--check"), file}, &status);
    QCOMPARE(status, 0);
    const QString text = pdfText(file).simplified();
    QVERIFY(text.contains(QStringLiteral("Dear <b>Ana</b>,")));
    QVERIFY(text.contains(QStringLiteral("with <tags> & ampersands kept as typed.")));
    QVERIFY2(text.contains(QStringLiteral("END-OF-NOTE")), "the note's end is not clipped");
    QVERIFY(text.contains(QStringLiteral("Café, naïve, Øresund")));
    QVERIFY(text.contains(QStringLiteral("الأسبوع")));
    QVERIFY(text.contains(QStringLiteral("我们讨论了反馈")));
    QVERIFY(text.contains(QStringLiteral("Room <i>3</i>")));
    for (int i = 1; i <= 50; ++i)
        QVERIFY2(text.contains(QStringLiteral("Action %1 of 50 <u>underlined?</u>").arg(i)),
                 qPrintable(QString::number(i)));
    QVERIFY(!text.contains(QStringLiteral("PRIVATE-MARKER")));
    // The actions' table runs over two pages and repeats its header on the second.
    int tablePages = 0;
    for (int page = pages; page > 0 && tablePages < 3; --page) {
        const QString pageText = pdfText(file, page).simplified();
        if (pageText.contains(QStringLiteral("of 50 <u>underlined?</u>"))) {
            ++tablePages;
            QVERIFY2(pageText.contains(QStringLiteral("What Who With whom By when")),
                     qPrintable(QString::number(page)));
        }
    }
    QCOMPARE(tablePages, 2);
    // The footer's title is shortened, never run into the page number.
    QVERIFY(pdfText(file, 1).contains(QStringLiteral("Page 1 of %1").arg(pages)));

    for (const ReportDocument &document :
         {Agenda::build(*m_repositories, m_hostileSession),
          RelationshipSummary::build(*m_repositories, m_hostileMentee, frozenNow())}) {
        const QString other = writePdf(document, QStringLiteral("hostile-other.pdf"));
        const QString otherText = pdfText(other).simplified();
        QVERIFY2(otherText.contains(name), qPrintable(document.title));
        QVERIFY(!document.html.contains(QStringLiteral("<b>Ana</b>")));
        QVERIFY(!document.html.contains(QStringLiteral("<script>")));
    }
}

void TestDocuments::shouldKeepHeadingsWithTheirText()
{
    Typesetter typesetter(Recap::build(*m_repositories, m_hostileSession, {}));
    const QByteArray pdf = typesetter.pdf({});
    QVERIFY(pdf.startsWith("%PDF-"));
    const QTextDocument &document = typesetter.document();
    const qreal pageHeight = document.pageSize().height();
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    int headings = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
            continue;
        ++headings;
        const QTextBlock next = block.next();
        const qreal headingBottom = layout->blockBoundingRect(block).bottom();
        const QTextLine firstLine = next.layout()->lineAt(0);
        const qreal nextTop = layout->blockBoundingRect(next).top() + firstLine.y();
        QVERIFY2(int(headingBottom / pageHeight) == int((nextTop + 1) / pageHeight),
                 qPrintable(block.text()));
    }
    QVERIFY(headings >= 4);
    // A table that goes on to the next page is split there; the part on the next page
    // starts with the header row, and no part crosses a page.
    int parts = 0;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            const QRectF rect = layout->frameBoundingRect(table);
            QCOMPARE(int(rect.top() / pageHeight), int((rect.bottom() - 1) / pageHeight));
            parts += document.findBlock(table->cellAt(0, 0).firstPosition()).text()
                     == QStringLiteral("What");
        }
    }
    QVERIFY2(parts >= 2, qPrintable(QString::number(parts)));
}

void TestDocuments::shouldPrintOnLetterPaper()
{
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::Letter);
    const QString file = writePdf(Agenda::build(*m_repositories, m_sessions.constLast().id),
                                  QStringLiteral("letter.pdf"),
                                  options);
    QVERIFY2(pdfInfo(file, QStringLiteral("Page size")).contains(QStringLiteral("letter")),
             qPrintable(pdfInfo(file, QStringLiteral("Page size"))));
    QCOMPARE(pageCount(file), 1);
}

void TestDocuments::shouldReportAFileItCannotWrite()
{
    Typesetter typesetter(Agenda::build(*m_repositories, m_sessions.constLast().id));
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/agenda.pdf"));
    try {
        typesetter.writePdf(path, {});
        QFAIL("wrote into a missing folder");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(path), qPrintable(error.message()));
    }
    QVERIFY(!QFile::exists(path));
}

void TestDocuments::shouldPrintNoPageOnADeviceThatCannotBePainted()
{
    // A printer's file that cannot be opened: the printing dialogs say so from the 0.
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/agenda.pdf"));
    QPdfWriter writer(path);
    Typesetter typesetter(Agenda::build(*m_repositories, m_sessions.constLast().id));
    QCOMPARE(typesetter.print(&writer), 0);
    QVERIFY(!QFile::exists(path));

    QPdfWriter paintable(m_dir.filePath(QStringLiteral("printed-agenda.pdf")));
    QCOMPARE(typesetter.print(&paintable), 1);
}

QString TestDocuments::writePdf(const ReportDocument &document,
                                const QString &name,
                                const ReportOptions &options)
{
    const QString path = m_dir.filePath(name);
    Typesetter(document).writePdf(path, options);
    if (const QByteArray dir = qgetenv("MENTORBOOK_DOCUMENT_DIR"); !dir.isEmpty())
        QFile::copy(path, QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    return path;
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
