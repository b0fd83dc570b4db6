// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/fields.h"
#include "edit/store.h"
#include "edit/verbs.h"
#include "interchange/tables.h"
#include "search/search.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

/** A text column the search must find: a text field of a table, or a text file's contents. */
struct Searched
{
    QString table;
    QString field;
};

/** Every text the mentor writes, read from the field descriptions, not from the index. */
QList<Searched> searchedFields()
{
    QList<Searched> all;
    forEachTable([&all](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const Field<T> &field : tableOf<T>().fields) {
            if (field.type == FieldType::Text && !field.kept)
                all << Searched{tableOf<T>().name, field.name};
        }
    });
    all << Searched{QStringLiteral("attachments"), QStringLiteral("data")};
    return all;
}

/**
 * The index the database should hold, computed here from the rows themselves (a second
 * implementation of what the triggers do): key → text.
 */
std::map<qint64, QString> expectedIndex(const Database &database)
{
    // The order of the texts in a key is the order of the version 6 migration: read the
    // numbers of the tables and places from the index's own rows, never assumed.
    std::map<qint64, QString> expected;
    auto add = [&expected](qint64 key, const QString &text) {
        if (!text.isEmpty())
            expected[key] = text;
    };
    QSqlQuery places = database.prepare(QStringLiteral(
        "SELECT DISTINCT source, field, (rowid / 64) % 16, rowid % 64 FROM search_index"));
    Database::run(places);
    QHash<QString, qint64> offset;
    while (places.next()) {
        offset.insert(places.value(0).toString() + QLatin1Char('.') + places.value(1).toString(),
                      places.value(2).toLongLong() * 64 + places.value(3).toLongLong());
    }
    Repositories repositories(const_cast<Database &>(database));
    forEachTable([&](auto tag) {
        using T = typename decltype(tag)::Type;
        const QString table = tableOf<T>().name;
        for (const T &row : repositories.of<T>().all()) {
            for (const Field<T> &field : tableOf<T>().fields) {
                const QString name = table + QLatin1Char('.') + field.name;
                QString text;
                if (field.type == FieldType::Text && !field.kept)
                    text = field.read(row).toString();
                else if (name == QLatin1String("attachments.data"))
                    text = QString::fromUtf8(field.read(row).toByteArray());
                else
                    continue;
                if (!text.isEmpty()) {
                    // A text never indexed before has no place yet: a missing key fails below.
                    add(row.id * 1024 + offset.value(name, -1024 * 1024), text);
                }
            }
        }
    });
    return expected;
}

std::map<qint64, QString> actualIndex(const Database &database)
{
    std::map<qint64, QString> actual;
    QSqlQuery query = database.prepare(QStringLiteral("SELECT rowid, body FROM search_index"));
    Database::run(query);
    while (query.next())
        actual[query.value(0).toLongLong()] = query.value(1).toString();
    return actual;
}

QString describe(const std::map<qint64, QString> &a, const std::map<qint64, QString> &b)
{
    for (const auto &[key, text] : a) {
        const auto found = b.find(key);
        if (found == b.end())
            return QStringLiteral("%1 (%2) missing").arg(key).arg(text.left(40));
        if (found->second != text)
            return QStringLiteral("%1: \"%2\" vs \"%3\"")
                .arg(key)
                .arg(text.left(40), found->second.left(40));
    }
    for (const auto &[key, text] : b) {
        if (a.find(key) == a.end())
            return QStringLiteral("%1 (%2) left over").arg(key).arg(text.left(40));
    }
    return {};
}

/** Hits of a search, as "table.field#row". */
QStringList hitsOf(const Database &database, const QString &typed, Search::Options options = {})
{
    QStringList hits;
    for (const SearchGroup &group : Search::find(database, typed, options).groups) {
        for (const SearchHit &hit : group.hits)
            hits << QStringLiteral("%1.%2#%3").arg(hit.table, hit.field).arg(hit.rowId);
    }
    return hits;
}

/** A word no sample holds, distinct per text: letters only, as FTS5 reads one token. */
QString uniqueWord(int index)
{
    QString word = QStringLiteral("qzx");
    for (int n = index + 1; n > 0; n /= 26)
        word += QChar(u'a' + n % 26);
    return word + QStringLiteral("unique");
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldFindEveryTextWhereItIs_data();
    void shouldFindEveryTextWhereItIs();
    void shouldIgnoreCaseAndDiacritics_data();
    void shouldIgnoreCaseAndDiacritics();
    void shouldAnswerQueriesOfSyntaxAlone_data();
    void shouldAnswerQueriesOfSyntaxAlone();
    void shouldKeepTheIndexInStepOverGeneratedHistories();
    void shouldGroupByMenteeNewestFirst();
    void shouldLeavePrivateNotesOutWhenPresenting();
    void shouldFindOccurrencesAsTheIndexDoes_data();
    void shouldFindOccurrencesAsTheIndexDoes();
    void shouldBuildTheIndexOnADatabaseOfTheLastRelease();

private:
    QTemporaryDir m_dir;
};

void TestSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSearch::shouldFindEveryTextWhereItIs_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    const QList<Searched> all = searchedFields();
    // Every table with a text is searched: a table added later cannot be forgotten.
    QCOMPARE(all.size(), 12 + 3 + 6 + 1 + 1 + 14 + 2 + 1);
    for (const Searched &searched : all) {
        QTest::addRow("%s.%s", qPrintable(searched.table), qPrintable(searched.field))
            << searched.table << searched.field;
    }
}

void TestSearch::shouldFindEveryTextWhereItIs()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    const auto database = openTestDatabase(m_dir);
    Store store(*database);
    Repositories &r = const_cast<Repositories &>(store.repositories());
    const RelationshipIds ids = addRelationship(r, QStringLiteral("Priya Raman"));
    addRelationship(r, QStringLiteral("Tom Baker"));
    const QString word = uniqueWord(int(QTest::currentDataTag()[0]) * 7 + int(field.size()));
    QString failure;
    connect(&store, &Store::writeFailed, this, [&failure](const QString &message) {
        failure = message;
    });

    // WHEN the mentor writes a word no other text holds into the field, as an edit
    const QString value = field == QLatin1String("email") ? word + QStringLiteral("@example.org")
                          : field == QLatin1String("mime_type")
                              ? QStringLiteral("text/") + word
                              : QStringLiteral("Über ") + word + QStringLiteral(" mit");
    Id row = 0;
    bool written = false;
    forEachTable([&](auto tag) {
        using T = typename decltype(tag)::Type;
        if (tableOf<T>().name != table)
            return;
        const QHash<QString, Id> rows{{QStringLiteral("mentees"), ids.mentee},
                                      {QStringLiteral("attachments"), ids.attachment},
                                      {QStringLiteral("goals"), ids.goal},
                                      {QStringLiteral("goal_reviews"), ids.goalReview},
                                      {QStringLiteral("problem_statements"), ids.problemStatement},
                                      {QStringLiteral("sessions"), ids.session},
                                      {QStringLiteral("actions"), ids.action},
                                      {QStringLiteral("action_reviews"), ids.actionReview}};
        row = rows.value(table);
        const T seen = r.of<T>().get(row);
        T after = seen;
        for (const Field<T> &described : tableOf<T>().fields) {
            if (described.name == field)
                described.write(after,
                                field == QLatin1String("data") ? QVariant(value.toUtf8())
                                                               : QVariant(value));
        }
        written = store.change(seen, after, QStringLiteral("Edit"), field);
    });
    QVERIFY2(written, qPrintable(failure));

    // THEN the search finds that one text, where it is, and its snippet marks the word
    QCOMPARE(hitsOf(*database, word),
             QStringList{QStringLiteral("%1.%2#%3").arg(table, field).arg(row)});
    const SearchResult result = Search::find(*database, word, {});
    QCOMPARE(result.groups.size(), 1);
    QCOMPARE(result.groups.constFirst().menteeId, ids.mentee);
    QCOMPARE(result.groups.constFirst().menteeName, r.mentees.get(ids.mentee).name);
    QVERIFY2(result.groups.constFirst().hits.constFirst().snippet.contains(
                 QChar(Search::MarkOpen) + word + QChar(Search::MarkClose)),
             qPrintable(result.groups.constFirst().hits.constFirst().snippet));
    QVERIFY(!Search::placeOf(result.groups.constFirst().hits.constFirst()).isEmpty());
    // Its start finds it too, and the other relationship does not hold it
    QCOMPARE(hitsOf(*database, word.left(6)).size(), 1);
    Search::Options other;
    other.menteeId = ids.mentee + 1;
    QVERIFY(hitsOf(*database, word, other).isEmpty());

    // WHEN it is undone THEN it is not found any more; redone, it is found again
    store.undoStack()->undo();
    QVERIFY(hitsOf(*database, word).isEmpty());
    store.undoStack()->redo();
    QCOMPARE(hitsOf(*database, word).size(), 1);

    // WHEN the relationship is deleted THEN none of its texts is found
    QVERIFY(Edit::deleteMentee(store, ids.mentee));
    QVERIFY(hitsOf(*database, word).isEmpty());
    QCOMPARE(describe(expectedIndex(*database), actualIndex(*database)), QString());
}

void TestSearch::shouldIgnoreCaseAndDiacritics_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("found");
    QTest::newRow("as written") << QStringLiteral("Zoë") << true;
    QTest::newRow("without diacritics") << QStringLiteral("zoe") << true;
    QTest::newRow("capitals") << QStringLiteral("ZOË MÜLLER") << true;
    QTest::newRow("a start of it") << QStringLiteral("mül") << true;
    QTest::newRow("accents added") << QStringLiteral("prómotíon") << true;
    QTest::newRow("a phrase") << QStringLiteral("\"promotion panel\"") << true;
    QTest::newRow("a phrase out of order") << QStringLiteral("\"panel promotion\"") << false;
    QTest::newRow("words out of order") << QStringLiteral("panel promotion") << true;
    QTest::newRow("a word it lacks") << QStringLiteral("promotion zebra") << false;
    QTest::newRow("the end of a word") << QStringLiteral("motion") << false;
    QTest::newRow("a hyphenated word") << QStringLiteral("follow-up") << true;
    QTest::newRow("a phrase is not a prefix") << QStringLiteral("\"promo\"") << false;
}

void TestSearch::shouldIgnoreCaseAndDiacritics()
{
    QFETCH(QString, typed);
    QFETCH(bool, found);
    const auto database = openTestDatabase(m_dir);
    Store store(*database);
    Repositories &r = const_cast<Repositories &>(store.repositories());
    const RelationshipIds ids = addRelationship(r, QStringLiteral("Zoë Müller"));
    Session session = r.sessions.get(ids.session);
    session.notes = QStringLiteral("We talked about the promotion panel and a follow-up.");
    r.sessions.update(session);
    const QStringList hits = hitsOf(*database, typed);
    QCOMPARE(!hits.isEmpty(), found);
}

void TestSearch::shouldAnswerQueriesOfSyntaxAlone_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("hits");
    // What FTS5 would read as its syntax is read as what the mentor typed.
    for (const char *syntax : {"*",
                               "\"",
                               "\"\"",
                               "(",
                               ")",
                               ":",
                               "^",
                               "-",
                               "+",
                               "{",
                               "}",
                               "NEAR(",
                               "* * *",
                               "\"unterminated",
                               "-- ; DROP TABLE sessions",
                               "'",
                               "\\"}) {
        QTest::newRow(syntax) << QString::fromLatin1(syntax) << 0;
    }
    QTest::newRow("AND as a word") << QStringLiteral("AND") << 1;
    QTest::newRow("OR NOT") << QStringLiteral("OR NOT") << 0;
    QTest::newRow("a column filter") << QStringLiteral("notes:promotion") << 0;
    QTest::newRow("NEAR as a word") << QStringLiteral("NEAR(promotion panel)") << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << QStringLiteral("   \t ") << 0;
}

void TestSearch::shouldAnswerQueriesOfSyntaxAlone()
{
    QFETCH(QString, typed);
    QFETCH(int, hits);
    const auto database = openTestDatabase(m_dir);
    Repositories r(*database);
    const RelationshipIds ids = addRelationship(r, QStringLiteral("Priya Raman"));
    Session session = r.sessions.get(ids.session);
    session.notes = QStringLiteral("The promotion panel and the plan.");
    r.sessions.update(session);
    QStringList found;
    try {
        found = hitsOf(*database, typed);
    } catch (const Error &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(found.size(), hits);
    QCOMPARE(Search::matchExpression(typed).isEmpty(), Search::terms(typed).isEmpty());
    QCOMPARE(r.sessions.all().size(), 1);
}

void TestSearch::shouldKeepTheIndexInStepOverGeneratedHistories()
{
    // GIVEN generated histories of edits, undos, redos, new and deleted rows (a fixed seed)
    QRandomGenerator random(20261202);
    const auto database = openTestDatabase(m_dir);
    Store store(*database);
    const Id first = Edit::addSample(store, today());
    QVERIFY(first > 0);
    QCOMPARE(describe(expectedIndex(*database), actualIndex(*database)), QString());
    const QStringList words{QStringLiteral("promotion"),
                            QStringLiteral("Café"),
                            QString(),
                            QStringLiteral("panel"),
                            QStringLiteral("naïve résumé"),
                            QStringLiteral("")};
    int steps = 0;
    for (int round = 0; round < 400; ++round) {
        const int choice = int(random.bounded(10));
        if (choice < 6) {
            // Edit one text of one row of a random table
            const QList<Session> sessions = store.repositories().sessions.all();
            const QList<Action> actions = store.repositories().actions.all();
            const QList<Goal> goals = store.repositories().goals.all();
            const QString word
                = words.at(int(random.bounded(qsizetype(words.size())))) + QString::number(round);
            if (choice < 3 && !sessions.isEmpty()) {
                const Session seen = sessions.at(int(random.bounded(qsizetype(sessions.size()))));
                Session after = seen;
                const QList<QString *> texts{&after.notes,
                                             &after.privateNotes,
                                             &after.agenda,
                                             &after.decisions,
                                             &after.location};
                const int which = int(random.bounded(qsizetype(texts.size())));
                *texts.at(which) = word;
                const QStringList names{QStringLiteral("notes"),
                                        QStringLiteral("private_notes"),
                                        QStringLiteral("agenda"),
                                        QStringLiteral("decisions"),
                                        QStringLiteral("location")};
                store.change(seen, after, QStringLiteral("Edit"), names.at(which));
            } else if (choice < 5 && !actions.isEmpty()) {
                const Action seen = actions.at(int(random.bounded(qsizetype(actions.size()))));
                Action after = seen;
                after.withWhom = word;
                store.change(seen, after, QStringLiteral("Edit"), QStringLiteral("with_whom"));
            } else if (!goals.isEmpty()) {
                const Goal seen = goals.at(int(random.bounded(qsizetype(goals.size()))));
                Goal after = seen;
                after.measure = word;
                store.change(seen, after, QStringLiteral("Edit"), QStringLiteral("measure"));
            }
        } else if (choice == 6) {
            store.undoStack()->undo();
        } else if (choice == 7) {
            store.undoStack()->redo();
        } else if (choice == 8) {
            const QList<Session> sessions = store.repositories().sessions.all();
            if (sessions.size() > 3)
                Edit::deleteSession(
                    store, sessions.at(int(random.bounded(qsizetype(sessions.size())))).id);
        } else if (random.bounded(4) == 0) {
            Edit::addSample(store, today().addDays(round));
        }
        ++steps;
        if (round % 25 == 24) {
            // THEN the index holds exactly every text, as the rows do
            const QString difference = describe(expectedIndex(*database), actualIndex(*database));
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QStringLiteral("after %1 steps: %2").arg(steps).arg(difference)));
        }
    }
    // And FTS5 finds its own index consistent
    QSqlQuery check = database->prepare(QStringLiteral(
        "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"));
    Database::run(check);
}

void TestSearch::shouldGroupByMenteeNewestFirst()
{
    const auto database = openTestDatabase(m_dir);
    Repositories r(*database);
    const RelationshipIds priya = addRelationship(r, QStringLiteral("Priya Raman"));
    const RelationshipIds tom = addRelationship(r, QStringLiteral("Tom Baker"));
    // Priya: sessions a week ago and yesterday; Tom: a session today
    auto session = [&r](Id mentee, int number, int daysAgo, const QString &notes) {
        Session s;
        s.menteeId = mentee;
        s.sequence = number;
        s.scheduledAt = QDateTime(today().addDays(-daysAgo), QTime(10, 0), Qt::UTC);
        s.status = SessionStatus::Held;
        s.stage = Stage::Focus;
        s.notes = notes;
        r.sessions.add(s);
        return s.id;
    };
    const Id older = session(priya.mentee, 2, 30, QStringLiteral("The promotion came up."));
    const Id newer = session(priya.mentee, 3, 1, QStringLiteral("Promotion again."));
    const Id toms = session(tom.mentee, 2, 0, QStringLiteral("His promotion."));
    const SearchResult result = Search::find(*database, QStringLiteral("promotion"), {});
    QCOMPARE(result.hitCount, 3);
    QCOMPARE(result.groups.size(), 2);
    QCOMPARE(result.groups.at(0).menteeName, QStringLiteral("Tom Baker"));
    QCOMPARE(result.groups.at(0).hits.at(0).rowId, toms);
    QCOMPARE(result.groups.at(1).hits.at(0).rowId, newer);
    QCOMPARE(result.groups.at(1).hits.at(1).rowId, older);
    QCOMPARE(result.groups.at(1).hits.at(0).sessionNumber, 3);
    QCOMPARE(result.groups.at(1).hits.at(0).sessionId, newer);
    QCOMPARE(Search::placeOf(result.groups.at(1).hits.at(0)),
             QStringLiteral("Session 3 · What was discussed"));
    // One relationship only
    Search::Options one;
    one.menteeId = priya.mentee;
    QCOMPARE(Search::find(*database, QStringLiteral("promotion"), one).hitCount, 2);
    // A limit says that more matched
    Search::Options two;
    two.limit = 2;
    const SearchResult limited = Search::find(*database, QStringLiteral("promotion"), two);
    QCOMPARE(limited.hitCount, 2);
    QVERIFY(limited.truncated);
    // Those of the newest rows: no text left out belongs to a newer row of its table.
    auto kept = [&limited](const SearchHit &hit) {
        for (const SearchGroup &group : limited.groups) {
            for (const SearchHit &shown : group.hits) {
                if (shown.table == hit.table && shown.rowId == hit.rowId
                    && shown.field == hit.field)
                    return true;
            }
        }
        return false;
    };
    for (const SearchGroup &group : result.groups) {
        for (const SearchHit &left : group.hits) {
            if (kept(left))
                continue;
            for (const SearchGroup &limitedGroup : limited.groups) {
                for (const SearchHit &shown : limitedGroup.hits) {
                    if (shown.table == left.table)
                        QVERIFY2(shown.rowId >= left.rowId, qPrintable(left.table));
                }
            }
        }
    }
    QVERIFY(!result.truncated);
}

void TestSearch::shouldLeavePrivateNotesOutWhenPresenting()
{
    const auto database = openTestDatabase(m_dir);
    Repositories r(*database);
    const RelationshipIds ids = addRelationship(r, QStringLiteral("Priya Raman"));
    Session session = r.sessions.get(ids.session);
    session.privateNotes = QStringLiteral("She seems anxious about the panel.");
    session.notes = QStringLiteral("We prepared for the panel.");
    r.sessions.update(session);
    QCOMPARE(hitsOf(*database, QStringLiteral("panel")).size(), 2);
    Search::Options presenting;
    presenting.withoutPrivate = true;
    QCOMPARE(hitsOf(*database, QStringLiteral("panel"), presenting),
             QStringList{QStringLiteral("sessions.notes#%1").arg(ids.session)});
    QVERIFY(hitsOf(*database, QStringLiteral("anxious"), presenting).isEmpty());
    QVERIFY(Search::isPrivate(QStringLiteral("sessions"), QStringLiteral("private_notes")));
    // Every field that is private is left out, as isPrivate() names them
    for (const Searched &searched : searchedFields()) {
        if (Search::isPrivate(searched.table, searched.field))
            QCOMPARE(searched.field, QStringLiteral("private_notes"));
    }
}

void TestSearch::shouldFindOccurrencesAsTheIndexDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("marked");
    QTest::newRow("a word") << QStringLiteral("The promotion panel") << QStringLiteral("panel")
                            << QStringLiteral("The promotion [panel]");
    QTest::newRow("a start") << QStringLiteral("The promotion panel") << QStringLiteral("prom")
                             << QStringLiteral("The [prom]otion panel");
    QTest::newRow("not inside a word")
        << QStringLiteral("emotion") << QStringLiteral("motion") << QStringLiteral("emotion");
    QTest::newRow("diacritics") << QStringLiteral("Zoë’s café") << QStringLiteral("zoe CAFE")
                                << QStringLiteral("[Zoë]’s [café]");
    QTest::newRow("a phrase") << QStringLiteral("the promotion  panel met")
                              << QStringLiteral("\"promotion panel\"")
                              << QStringLiteral("the [promotion  panel] met");
    QTest::newRow("every time") << QStringLiteral("plan, plans, planned") << QStringLiteral("plan")
                                << QStringLiteral("[plan], [plan]s, [plan]ned");
}

void TestSearch::shouldFindOccurrencesAsTheIndexDoes()
{
    QFETCH(QString, text);
    QFETCH(QString, typed);
    QFETCH(QString, marked);
    QString result = text;
    const auto ranges = Search::occurrences(text, Search::terms(typed));
    for (auto range = ranges.crbegin(); range != ranges.crend(); ++range) {
        result.insert(range->first + range->second, QLatin1Char(']'));
        result.insert(range->first, QLatin1Char('['));
    }
    QCOMPARE(result, marked);
}

void TestSearch::shouldBuildTheIndexOnADatabaseOfTheLastRelease()
{
    // GIVEN a database of the release before search (schema 5: the sample, with private notes
    // and two text files)
    const QString copy = m_dir.filePath(QStringLiteral("schema-5.sqlite"));
    QVERIFY(
        QFile::copy(QStringLiteral(MENTORBOOK_SOURCE_DIR "/tests/fixtures/schema-5.sqlite"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    // WHEN this version opens it
    Database database;
    database.open(copy);
    QCOMPARE(database.schemaVersion(), Migrations::latestVersion());
    // THEN every text it held is in the index, as this test computes it from the rows
    const auto expected = expectedIndex(database);
    QVERIFY(expected.size() > 100);
    QCOMPARE(describe(expected, actualIndex(database)), QString());
    QVERIFY(!hitsOf(database, QStringLiteral("forecast")).isEmpty());
    QVERIFY(hitsOf(database, QStringLiteral("forecast"))
                .contains(QStringLiteral("attachments.data#1")));
    QVERIFY(database.integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
