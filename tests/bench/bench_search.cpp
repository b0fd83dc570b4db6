// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/searchresultmodel.h"
#include "search/search.h"
#include "storage/repositories.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

constexpr int Mentees = 200;
constexpr int SessionsPerMentee = 60; // 12,000 sessions
constexpr int ActionsPerMentee = 200; // 40,000 actions
constexpr quint32 Seed = 20261202;

const char *const SearchedTables[] = {"mentees",
                                      "attachments",
                                      "goals",
                                      "goal_reviews",
                                      "problem_statements",
                                      "sessions",
                                      "actions",
                                      "action_reviews"};

/** Words a mentor writes, and many rarer ones made of syllables, drawn with a fixed seed. */
class Prose
{
public:
    Prose()
        : m_random(Seed)
    {
        const QStringList common
            = QStringLiteral("the a and to of in she he we talked about her his team "
                             "manager feedback goal next week plan meeting project "
                             "role lead promotion panel review confidence presenting "
                             "stakeholders deadline hiring budget career skills "
                             "conversation agreed try practice report")
                  .split(QLatin1Char(' '));
        m_words = common;
        const QStringList syllables
            = QStringLiteral("ka lo mi ren ta vos pel dri an ul sto ber gin "
                             "fa tor quel mun sa ri")
                  .split(QLatin1Char(' '));
        for (int i = 0; i < 4000; ++i) {
            QString word;
            const int parts = 2 + int(m_random.bounded(3));
            for (int p = 0; p < parts; ++p)
                word += syllables.at(int(m_random.bounded(syllables.size())));
            m_words << word;
        }
    }

    /** Text of about length characters: common words mostly, a rare one now and then. */
    QString text(int length)
    {
        QString out;
        while (out.size() < length) {
            const bool rare = m_random.bounded(5) == 0;
            const int index = rare ? 40 + int(m_random.bounded(m_words.size() - 40))
                                   : int(m_random.bounded(40));
            out += m_words.at(qMin(index, int(m_words.size()) - 1));
            out += m_random.bounded(12) == 0 ? QStringLiteral(". ") : QStringLiteral(" ");
        }
        return out;
    }
    /** One of the rarer words (each is about one in 20,000 words written). */
    QString rareWord(int index) const { return m_words.at(40 + index); }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }

private:
    QRandomGenerator m_random;
    QStringList m_words;
};

/** Writes the large workload in one transaction; returns the milliseconds it took. */
qint64 writeWorkload(Database &database)
{
    Repositories repositories(database);
    Prose prose;
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(database);
    for (int m = 1; m <= Mentees; ++m) {
        Mentee mentee;
        mentee.name = QStringLiteral("Mentee %1").arg(m);
        mentee.background = prose.text(prose.between(300, 1500));
        mentee.developmentAreas = prose.text(300);
        repositories.mentees.add(mentee);
        QList<Id> sessions;
        for (int s = 1; s <= SessionsPerMentee; ++s) {
            Session session;
            session.menteeId = mentee.id;
            session.sequence = s;
            session.scheduledAt = frozenNow().addDays(-14 * (SessionsPerMentee - s));
            session.status = SessionStatus::Held;
            session.notes = prose.text(prose.between(300, 1500));
            session.decisions = prose.text(prose.between(100, 300));
            session.privateNotes = prose.text(prose.between(300, 1500));
            repositories.sessions.add(session);
            sessions << session.id;
        }
        for (int a = 0; a < ActionsPerMentee; ++a) {
            Action action;
            action.menteeId = mentee.id;
            action.sessionId = sessions.at(a % sessions.size());
            action.text = prose.text(prose.between(40, 160));
            action.dueOn = today().addDays(a % 30);
            repositories.actions.add(action);
        }
    }
    transaction.commit();
    return timer.elapsed();
}

void dropSearchTriggers(Database &database)
{
    for (const char *table : SearchedTables) {
        for (const char *what : {"insert", "update", "delete"})
            database.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1_searched_%2")
                                 .arg(QLatin1String(table), QLatin1String(what)));
    }
}

/** The best of runs timings of work, in microseconds. */
template<class Work>
qint64 bestOf(int runs, Work work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = qMin(best, timer.nsecsElapsed() / 1000);
    }
    return best;
}

} // namespace

/**
 * Search over the large workload (200 mentees, 12,000 sessions, 40,000 actions, notes of 300
 * to 1,500 characters): each query next to its floor, the bare FTS5 MATCH that finds the same
 * best rows; and what keeping the index in step costs a write. Figures only (`make bench`).
 */
class BenchSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writingTheWorkload();
    void queries_data();
    void queries();
    void savingOneSession();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_writeMs = 0;
};

void BenchSearch::initTestCase()
{
    m_database = openTestDatabase(m_dir);
    m_writeMs = writeWorkload(*m_database);
}

void BenchSearch::writingTheWorkload()
{
    // The floor: the same rows written with the index's triggers dropped.
    QTemporaryDir dir;
    std::unique_ptr<Database> bare = openTestDatabase(dir);
    dropSearchTriggers(*bare);
    const qint64 bareMs = writeWorkload(*bare);
    qInfo("writing the workload (52,200 rows): %lld ms with the search index kept, %lld ms "
          "without it, ratio %.2f",
          m_writeMs,
          bareMs,
          double(m_writeMs) / double(qMax<qint64>(1, bareMs)));
}

void BenchSearch::queries_data()
{
    QTest::addColumn<QString>("typed");
    // Past the limit (the first 200 of the newest rows), a few, and none.
    QTest::newRow("common word") << QStringLiteral("feedback");
    QTest::newRow("two common words") << QStringLiteral("promotion panel");
    QTest::newRow("phrase") << QStringLiteral("\"promotion panel\"");
    QTest::newRow("prefix of two letters") << QStringLiteral("pr");
    QTest::newRow("rarer word") << Prose().rareWord(100);
    QTest::newRow("two rare words") << Prose().rareWord(7) + QLatin1Char(' ') + Prose().rareWord(8);
    QTest::newRow("nowhere") << QStringLiteral("zzyzx");
}

void BenchSearch::queries()
{
    QFETCH(QString, typed);
    const QString expression = Search::matchExpression(typed);
    int found = 0;
    SearchResultModel model;
    const qint64 searchUs = bestOf(5, [&] {
        const SearchResult result = Search::find(*m_database, typed, {});
        model.setResult(result);
        found = result.hitCount;
    });
    int floorRows = 0;
    const qint64 floorUs = bestOf(5, [&] {
        QSqlQuery query = m_database->prepare(
            QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ? "
                           "ORDER BY rowid DESC LIMIT ?"));
        query.addBindValue(expression);
        query.addBindValue(Search::DefaultLimit + 1);
        Database::run(query);
        floorRows = 0;
        while (query.next())
            ++floorRows;
    });
    QCOMPARE(found, qMin(floorRows, Search::DefaultLimit));
    QVERIFY2(found > 0 || typed == QLatin1String("zzyzx"), qPrintable(typed));
    qInfo("search %-22s %3d texts: %6.1f ms (with the model), bare FTS5 MATCH %6.1f ms, "
          "ratio %.2f (goal: 30 ms at most)",
          qPrintable(typed),
          found,
          searchUs / 1000.0,
          floorUs / 1000.0,
          double(searchUs) / double(qMax<qint64>(1, floorUs)));
}

void BenchSearch::savingOneSession()
{
    // An autosave: one session's notes changed, with the index kept, and without it.
    Repositories repositories(*m_database);
    Session session = repositories.sessions.get(SessionsPerMentee * Mentees / 2);
    Prose prose;
    const qint64 keptUs = bestOf(20, [&] {
        session.notes = prose.text(1500);
        repositories.sessions.update(session);
    });
    dropSearchTriggers(*m_database); // the last measurement: nothing searches after it
    const qint64 bareUs = bestOf(20, [&] {
        session.notes = prose.text(1500);
        repositories.sessions.update(session);
    });
    qInfo("saving one session's notes: %.2f ms with the search index kept, %.2f ms "
          "without it, ratio %.2f",
          keptUs / 1000.0,
          bareUs / 1000.0,
          double(keptUs) / double(qMax<qint64>(1, bareUs)));
}

QTEST_MAIN(BenchSearch)
#include "bench_search.moc"
