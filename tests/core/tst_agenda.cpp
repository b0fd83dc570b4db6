// SPDX-License-Identifier: GPL-3.0-or-later
#include "program/planning.h"
#include "program/rules.h"
#include "report/agenda.h"
#include "report/reportcontent.h"
#include "sample/samplerelationship.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** The printed agenda: the session's facts, open actions to tick, goals, never private notes. */
class TestAgenda : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldListTheOpenActionsToReview();
    void shouldNeverPrintPrivateNotes();
    void shouldEscapeWhatTheUserTyped();
    void shouldPrintEveryTopicInTheFocusInAnyLanguage_data();
    void shouldPrintEveryTopicInTheFocusInAnyLanguage();
    void shouldFitTheAgendaToTheSession_data();
    void shouldFitTheAgendaToTheSession();
    void shouldTimeThePartsOnFiveMinuteMarks();

private:
    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<Repositories> m_repositories;
    Id m_mentee = 0;
    Session m_next;
};

void TestAgenda::initTestCase()
{
    m_database.open(m_dir.filePath(QStringLiteral("agenda.sqlite")));
    m_repositories = std::make_unique<Repositories>(m_database);
    m_mentee = SampleRelationship::add(*m_repositories, today());
    m_next = m_repositories->sessionsOf(m_mentee).constLast();
}

void TestAgenda::shouldListTheOpenActionsToReview()
{
    const QString html = Agenda::build(*m_repositories, m_next.id).html;
    QVERIFY(html.contains(QStringLiteral("Session %1 with Priya Raman").arg(m_next.sequence)));
    int open = 0;
    for (const Action &action :
         m_repositories->actions.where(QStringLiteral("mentee_id"), m_mentee)) {
        if (action.isDone()) {
            QVERIFY2(!html.contains(action.text.toHtmlEscaped()), qPrintable(action.text));
        } else {
            ++open;
            QVERIFY2(html.contains(QStringLiteral("☐&nbsp;&nbsp;") + action.text.toHtmlEscaped()),
                     qPrintable(action.text));
        }
    }
    QCOMPARE(html.count(QStringLiteral("☐")), open);
    for (const char *part : {"1. Check-in",
                             "2. Review of agreed actions",
                             "3. Focus: ",
                             "4. Agree actions",
                             "5. Summary and next meeting",
                             "Goals in focus"}) {
        QVERIFY2(html.contains(QString::fromUtf8(part)), part);
    }
    QCOMPARE(Agenda::build(*m_repositories, m_next.id).title,
             QStringLiteral("Agenda – Session %1 – Priya Raman").arg(m_next.sequence));
}

void TestAgenda::shouldNeverPrintPrivateNotes()
{
    for (const Session &session : m_repositories->sessionsOf(m_mentee)) {
        const QString html = Agenda::build(*m_repositories, session.id).html;
        for (const Session &any : m_repositories->sessionsOf(m_mentee)) {
            for (const QString &sentence :
                 any.privateNotes.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
                if (sentence.trimmed().size() > 12)
                    QVERIFY2(!html.contains(sentence.trimmed().toHtmlEscaped()),
                             qPrintable(sentence));
            }
        }
    }
}

void TestAgenda::shouldEscapeWhatTheUserTyped()
{
    Mentee mentee;
    mentee.name = QStringLiteral("<b>Ana</b> & \"Bo\"");
    m_repositories->mentees.add(mentee);
    Session session;
    session.menteeId = mentee.id;
    session.scheduledAt = frozenNow();
    session.location = QStringLiteral("<script>alert(1)</script>");
    m_repositories->sessions.add(session);
    const QString html = Agenda::build(*m_repositories, session.id).html;
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Bo&quot;")));
    QVERIFY(!html.contains(QStringLiteral("<b>Ana</b>")));
    QVERIFY(!html.contains(QStringLiteral("<script>")));
}

void TestAgenda::shouldPrintEveryTopicInTheFocusInAnyLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("focus");
    QTest::addColumn<QString>("agreeActions");
    QTest::newRow("English") << QString() << QStringLiteral("3. Focus")
                             << QStringLiteral("4. Agree actions");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("3. Fokus")
                            << QStringLiteral("4. Aufgaben vereinbaren");
    QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("3. Cœur de séance")
                            << QStringLiteral("4. Convenir des actions");
}

void TestAgenda::shouldPrintEveryTopicInTheFocusInAnyLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, focus);
    QFETCH(QString, agreeActions);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QLocale(language),
                                QStringLiteral("mentorbook"),
                                QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    // GIVEN a session whose topics were typed in English, one of them a part's name, and the
    // next session as planned by the method, in the language printed
    Session typed = m_next;
    typed.agenda = QStringLiteral("Check-in\nBudget for the pilot\nFokus\nAgree actions");
    const Session proposed = Planning::proposeNextSession(
        m_repositories->mentees.get(m_mentee), m_repositories->sessionsOf(m_mentee), frozenNow());
    m_repositories->sessions.update(typed);

    // WHEN the agenda is printed
    const QString html = Agenda::build(*m_repositories, typed.id).html;
    QCoreApplication::removeTranslator(&translator);
    m_repositories->sessions.update(m_next);

    // THEN every topic is in the third part, as typed, in the order typed
    const qsizetype from = html.indexOf(focus);
    const qsizetype to = html.indexOf(agreeActions);
    QVERIFY2(from > 0 && to > from, qPrintable(html));
    const QString third = html.mid(from, to - from);
    qsizetype at = 0;
    for (const char *topic : {"Check-in", "Budget for the pilot", "Fokus", "Agree actions"}) {
        at = third.indexOf(QStringLiteral("<li>") + QString::fromUtf8(topic), at);
        QVERIFY2(at > 0, topic);
    }
    // and a new session's topics name no part, in any language
    const QStringList lines = proposed.agenda.split(QLatin1Char('\n'));
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(!Migrations::legacyAgendaParts().contains(line), qPrintable(line));
}

void TestAgenda::shouldFitTheAgendaToTheSession_data()
{
    QTest::addColumn<int>("sequence");
    QTest::addColumn<bool>("preparation");  ///< the pre-work: no parts, the files to read
    QTest::addColumn<bool>("firstMeeting"); ///< no meeting held before it
    QTest::addColumn<int>("debriefs");      ///< the session whose exercise it restates, or 0
    QTest::addColumn<bool>("strengths");    ///< shows the strengths and development areas
    QTest::addColumn<int>("nextMeeting");   ///< the meeting it names as the next, or 0
    QTest::newRow("pre-work: the mentor's preparation") << 1 << true << true << 0 << false << 2;
    QTest::newRow("introductions: the first meeting") << 2 << false << true << 0 << false << 3;
    QTest::newRow("focus: strengths and development areas")
        << 3 << false << false << 0 << true << 4;
    QTest::newRow("exercise") << 4 << false << false << 0 << false << 5;
    QTest::newRow("first debrief: the exercise of session 4")
        << 5 << false << false << 4 << false << 7;
    QTest::newRow("cancelled debrief: next is the one after it")
        << 6 << false << false << 5 << false << 7;
    QTest::newRow("second debrief: the exercise of session 7")
        << 8 << false << false << 7 << false << 9;
    QTest::newRow("planned debrief: no meeting after it") << 9 << false << false << 8 << false << 0;
}

void TestAgenda::shouldFitTheAgendaToTheSession()
{
    QFETCH(int, sequence);
    QFETCH(bool, preparation);
    QFETCH(bool, firstMeeting);
    QFETCH(int, debriefs);
    QFETCH(bool, strengths);
    QFETCH(int, nextMeeting);
    // GIVEN a session of the sample WHEN its agenda is printed
    const QList<Session> sessions = m_repositories->sessionsOf(m_mentee);
    const Session session = sessions.at(sequence - 1);
    const Mentee mentee = m_repositories->mentees.get(m_mentee);
    const QString html = Agenda::build(*m_repositories, session.id).html;
    auto has = [&html](const QString &text) {
        return html.contains(text.toHtmlEscaped());
    };

    // THEN the pre-work is a preparation sheet, every meeting has the five parts
    QCOMPARE(has(QStringLiteral("Files to read")), preparation);
    QCOMPARE(has(QStringLiteral("1. Check-in")), !preparation);
    if (preparation) {
        for (const Attachment &file :
             m_repositories->attachments.where(QStringLiteral("mentee_id"), m_mentee))
            QVERIFY2(has(file.fileName), qPrintable(file.fileName));
        QVERIFY(has(QStringLiteral("Questions for the first meeting")));
    }
    // AND only a meeting held before it lets the check-in ask about "since"
    QCOMPARE(has(QStringLiteral("since we last met")), !firstMeeting);
    QCOMPARE(has(QStringLiteral("What would make our first meeting worthwhile")),
             firstMeeting && !preparation);
    // AND a debrief restates the plan of the exercise it debriefs
    QCOMPARE(has(QStringLiteral("The exercise set at session")), debriefs > 0);
    if (debriefs > 0) {
        const Session exercise = sessions.at(debriefs - 1);
        QVERIFY(has(QStringLiteral("The exercise set at session %1:").arg(debriefs)));
        QVERIFY(has(exercise.exerciseWhat.simplified()));
        QVERIFY(has(exercise.exerciseIfThen.simplified()));
        QVERIFY(has(ReportContent::dueText(exercise.exerciseByWhen)));
    }
    // AND the focus session shows what the mentee said of their strengths and development
    QCOMPARE(has(mentee.strengths), strengths);
    QCOMPARE(has(mentee.developmentAreas), strengths);
    // AND the next meeting is the one that followed, or none is said plainly
    if (nextMeeting > 0)
        QVERIFY2(has(ReportContent::meetingLine(sessions.at(nextMeeting - 1))), qPrintable(html));
    else
        QVERIFY(has(QStringLiteral("When do we meet next? None is planned yet.")));
    for (const Session &other : sessions) {
        if (other.sequence != nextMeeting && other.sequence != sequence)
            QVERIFY2(!has(ReportContent::meetingLine(other)), qPrintable(other.location));
    }
    // AND every action that was overdue when the session began says so, and no other
    static const QRegularExpression box(QStringLiteral(
        "<p class=\"check\"[^>]*>(?:☐|☑)&nbsp;&nbsp;([^<]*?)(?:&nbsp;&nbsp;<span class=\"details\">"
        "([^<]*)</span>)?</p>"));
    const QList<Action> actions
        = m_repositories->actions.where(QStringLiteral("mentee_id"), m_mentee);
    int boxes = 0;
    for (const QRegularExpressionMatch &match : box.globalMatch(html)) {
        ++boxes;
        const auto action = std::find_if(actions.begin(), actions.end(), [&](const Action &a) {
            return a.text.toHtmlEscaped() == match.captured(1);
        });
        QVERIFY2(action != actions.end(), qPrintable(match.captured(1)));
        QCOMPARE(match.captured(2).contains(QStringLiteral("overdue")),
                 Program::isOverdueAt(*action, session.scheduledAt));
    }
    QCOMPARE(boxes,
             int(Program::actionsUnderReview(History::load(*m_repositories, m_mentee), session.id)
                     .size()));
}

void TestAgenda::shouldTimeThePartsOnFiveMinuteMarks()
{
    // GIVEN a session agreed for 08:34, an hour long
    Mentee mentee;
    mentee.name = QStringLiteral("Early Bird");
    m_repositories->mentees.add(mentee);
    Session session;
    session.menteeId = mentee.id;
    session.stage = Stage::Open;
    session.scheduledAt = QDateTime(today(), QTime(8, 34));
    session.durationMinutes = 60;
    m_repositories->sessions.add(session);
    // WHEN its agenda is printed THEN it starts as agreed, then keeps to five-minute marks
    const QString html = Agenda::build(*m_repositories, session.id).html;
    QVERIFY(html.contains(QStringLiteral("08:34–09:34")));
    for (const char *part : {"1. Check-in", "2. Review", "3. Focus", "4. Agree", "5. Summary"})
        QVERIFY2(html.contains(QString::fromUtf8(part)), part);
    const QStringList asides{QStringLiteral("08:34 · 6 min"),
                             QStringLiteral("08:40 · 15 min"),
                             QStringLiteral("08:55 · 25 min"),
                             QStringLiteral("09:20 · 10 min"),
                             QStringLiteral("09:30 · 4 min")};
    qsizetype at = 0;
    for (const QString &aside : asides) {
        at = html.indexOf(aside, at);
        QVERIFY2(at > 0, qPrintable(aside));
    }
    QVERIFY(!html.contains(QStringLiteral("08:39")));
}

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
