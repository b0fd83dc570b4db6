// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/store.h"
#include "model/sessiontimelinemodel.h"
#include "report/agenda.h"
#include "report/recap.h"
#include "report/relationshipsummary.h"
#include "report/typesetter.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/**
 * How long the documents take, from the database to PDF bytes, and how long a long
 * relationship's timeline takes to load. The goal is "instant": well under a second each.
 * Run with `make bench`; figures only, no pass or fail on time.
 */
class BenchDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agendaPdf();
    void recapPdf();
    void summaryPdf();
    void recapWithAMegabyteNote();
    void timelineOfFiveHundredSessions();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    QList<Session> m_sessions;
    Id m_mentee = 0;
};

void BenchDocuments::initTestCase()
{
    m_database = openTestDatabase(m_dir);
    m_repositories = std::make_unique<Repositories>(*m_database);
    m_mentee = SampleRelationship::add(*m_repositories, today());
    m_sessions = m_repositories->sessionsOf(m_mentee);
}

void BenchDocuments::agendaPdf()
{
    QBENCHMARK
    {
        Typesetter typesetter(Agenda::build(*m_repositories, m_sessions.constLast().id));
        QVERIFY(!typesetter.pdf({}).isEmpty());
    }
}

void BenchDocuments::recapPdf()
{
    QBENCHMARK
    {
        Typesetter typesetter(Recap::build(*m_repositories, m_sessions.at(7).id, {}));
        QVERIFY(!typesetter.pdf({}).isEmpty());
    }
}

void BenchDocuments::summaryPdf()
{
    QBENCHMARK
    {
        Typesetter typesetter(RelationshipSummary::build(*m_repositories, m_mentee, frozenNow()));
        QVERIFY(!typesetter.pdf({}).isEmpty());
    }
}

void BenchDocuments::recapWithAMegabyteNote()
{
    // The recap of a session with a 1 MB note, set in type, next to the floor: the same HTML
    // and stylesheet through a bare QTextDocument to a QPdfWriter on the same page.
    Session session = m_repositories->sessions.get(m_sessions.at(7).id);
    QString note;
    for (int line = 1; note.size() < 1024 * 1024; ++line)
        note += QStringLiteral("Line %1: the mentee told the week in detail, what went well, "
                               "what did not, and what she wants to try next.\n")
                    .arg(line);
    session.notes = note;
    m_repositories->sessions.update(session);
    const ReportDocument recap = Recap::build(*m_repositories, session.id, {});

    auto floor = [&] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageLayout(Typesetter::pageLayout(QPageSize(QPageSize::A4)));
        QTextDocument document;
        document.setDefaultStyleSheet(HtmlBuilder::styleSheet());
        document.setHtml(recap.html);
        document.print(&writer);
        return bytes.size();
    };
    auto typeset = [&] {
        return Typesetter(recap).pdf({}).size();
    };
    // Each timed three times, alternately; the best of each counts.
    qint64 floorTime = std::numeric_limits<qint64>::max();
    qint64 typesetTime = std::numeric_limits<qint64>::max();
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(floor() > 0);
        floorTime = qMin(floorTime, timer.restart());
        QVERIFY(typeset() > 0);
        typesetTime = qMin(typesetTime, timer.elapsed());
    }
    qInfo("recap with a 1 MB note: typeset %lld ms, bare QTextDocument to QPdfWriter %lld ms, "
          "ratio %.2f (target 1.5 at most)",
          typesetTime,
          floorTime,
          double(typesetTime) / double(qMax<qint64>(1, floorTime)));
}

void BenchDocuments::timelineOfFiveHundredSessions()
{
    Mentee mentee;
    mentee.name = QStringLiteral("Long relationship");
    m_repositories->mentees.add(mentee);
    for (int i = 1; i <= 500; ++i) {
        Session session;
        session.menteeId = mentee.id;
        session.sequence = i;
        session.scheduledAt = frozenNow().addDays(-7 * (500 - i));
        session.status = SessionStatus::Held;
        session.notes = QStringLiteral("Notes of session %1").arg(i);
        m_repositories->sessions.add(session);
    }
    Store store(*m_database);
    SessionTimelineModel model(store);
    QBENCHMARK
    {
        model.setMenteeId(0);
        model.setMenteeId(mentee.id);
    }
    QCOMPARE(model.rowCount(), 500);
}

QTEST_MAIN(BenchDocuments)
#include "bench_documents.moc"
