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

#include <QTemporaryDir>
#include <QTest>

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
