// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/agenda.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
