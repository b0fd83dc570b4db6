// SPDX-License-Identifier: GPL-3.0-or-later
#include "program/planning.h"
#include "report/agenda.h"
#include "sample/samplerelationship.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testsupport.h"

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

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
