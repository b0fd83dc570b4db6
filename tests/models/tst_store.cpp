// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/verbs.h"
#include "interchange/jsonexporter.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

/** An edit of one field as a view makes it: of the row as stored, changed to `after`. */
template<class T>
bool editField(Store &store, const T &after, const QString &text, const QString &field)
{
    return store.change(store.repositories().of<T>().get(after.id), after, text, field);
}

/** The ids of one small relationship with a row in every table. */
using Ids = RelationshipIds;

/** What the caller wrote into a row; what the storage keeps itself (Field::kept) is left out. */
template<class T>
QVariantMap valuesOf(const T &item)
{
    QVariantMap values;
    for (const Field<T> &field : tableOf<T>().fields) {
        if (!field.kept)
            values.insert(field.name, field.read(item));
    }
    return values;
}

template<class T>
int fieldIndex(const QString &name)
{
    const auto &fields = tableOf<T>().fields;
    for (int index = 0; index < fields.size(); ++index) {
        if (fields.at(index).name == name)
            return index;
    }
    return -1;
}

QString describe(const Change &change)
{
    static const char *const kinds[] = {"added", "updated", "removed"};
    return QStringLiteral("%1 %2 %3 of mentee %4")
        .arg(QLatin1String(kinds[change.kind]), tableName(change.table))
        .arg(change.id)
        .arg(change.menteeId);
}

QStringList describe(const QSignalSpy &spy)
{
    QStringList changes;
    for (const QList<QVariant> &arguments : spy)
        changes << describe(arguments.at(0).value<Change>());
    return changes;
}

QString describe(Change::Kind kind, const QString &table, Id id, Id menteeId)
{
    static const char *const kinds[] = {"added", "updated", "removed"};
    return QStringLiteral("%1 %2 %3 of mentee %4")
        .arg(QLatin1String(kinds[kind]), table)
        .arg(id)
        .arg(menteeId);
}

} // namespace

/** Runs a check made of QCOMPAREs in a helper, and ends the test at its first failure. */
#define STOP_ON_FAILURE(check)                                                                     \
    do {                                                                                           \
        check;                                                                                     \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

using Attempt = std::function<bool(Store &, const Ids &)>;
Q_DECLARE_METATYPE(Attempt)

/** Edits through the store: written at once, announced, undoable, and refused cleanly. */
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldChangeEveryEntityAtOnceAndUndoAndRedoIt();
    void shouldCreateEveryEntityAtOnceAndUndoAndRedoIt();
    void shouldEraseEveryEntityAtOnceAndUndoAndRedoIt();
    void shouldPushNothingForAChangeThatChangesNothing();
    void shouldMergeConsecutiveChangesOfOneFieldOfOneRow();
    void shouldKeepChangesOfOtherFieldsAndRowsApart();
    void shouldRefuseAnInvalidEdit_data();
    void shouldRefuseAnInvalidEdit();
    void shouldEraseAMenteesWholeRelationshipAndRestoreItOnUndo();
    void shouldUnlinkAnErasedSessionsActionsAndRelinkThemOnUndo();
    void shouldAddTheSampleAsOneUndoStep();
    void shouldAnnounceTheTableRowAndMenteeOfEveryWrite();
    void shouldUndoASequenceOfEditsBackToTheStart();
    void shouldKeepWhatAnotherWindowWroteInOtherFields();
    void shouldRefuseAnEditOfAFieldChangedElsewhere();
    void shouldLoseNoWriteWhenTwoStoresRaceOnOneRow();

private:
    /** A relationship with one row in every table, added without the store (no undo step). */
    Ids addRelationship(const QString &name)
    {
        return TestSupport::addRelationship(repositories(), name);
    }
    QByteArray json() const { return JsonExporter::toJson(m_store->repositories()); }
    /** The test's own writes, beside the store's (no undo step). */
    Repositories &repositories() { return *m_repositories; }

    /** A second window on the same file: the test takes the lock out from under the first. */
    std::unique_ptr<Database> openSecondWindow()
    {
        const QString path = m_database->path();
        QFile::remove(path + QStringLiteral(".lock"));
        auto second = std::make_unique<Database>();
        second->open(path);
        freezeClock(*second);
        return second;
    }

    template<class T>
    void checkChange(Id id, const std::function<void(T &)> &edit, Id menteeId);
    template<class T>
    void checkCreate(const T &item, Id menteeId);
    template<class T>
    void checkErase(Id id, Id menteeId);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Repositories> m_repositories;
};

void TestStore::initTestCase()
{
    qRegisterMetaType<Mentorbook::Change>();
    QVERIFY(m_dir.isValid());
}

void TestStore::init()
{
    m_database = openTestDatabase(m_dir);
    m_store = std::make_unique<Store>(*m_database);
    m_repositories = std::make_unique<Repositories>(*m_database);
}

void TestStore::cleanup()
{
    m_repositories.reset();
    m_store.reset();
    m_database.reset();
}

template<class T>
void TestStore::checkChange(Id id, const std::function<void(T &)> &edit, Id menteeId)
{
    const QString table = tableOf<T>().name;
    Repository<T> &repository = repositories().of<T>();
    const T before = repository.get(id);
    T after = before;
    edit(after);
    QVERIFY2(!sameFields(before, after), qPrintable(table));
    const int steps = m_store->undoStack()->count();
    QSignalSpy changed(m_store.get(), &Store::changed);
    QSignalSpy failed(m_store.get(), &Store::writeFailed);
    const QByteArray original = json();

    // WHEN changed THEN it is stored at once, is one undo step and is announced
    QVERIFY2(m_store->change(after, QStringLiteral("Change %1").arg(table)), qPrintable(table));
    QCOMPARE(valuesOf(repository.get(id)), valuesOf(after));
    QCOMPARE(m_store->undoStack()->count(), steps + 1);
    QCOMPARE(m_store->undoStack()->undoText(), QStringLiteral("Change %1").arg(table));
    QCOMPARE(describe(changed), QStringList{describe(Change::Updated, table, id, menteeId)});
    const QByteArray edited = json();

    // WHEN undone THEN the row is as it was
    changed.clear();
    m_store->undoStack()->undo();
    QCOMPARE(valuesOf(repository.get(id)), valuesOf(before));
    QCOMPARE(describe(changed), QStringList{describe(Change::Updated, table, id, menteeId)});

    // WHEN redone THEN the change is back
    changed.clear();
    m_store->undoStack()->redo();
    QCOMPARE(valuesOf(repository.get(id)), valuesOf(after));
    QCOMPARE(describe(changed), QStringList{describe(Change::Updated, table, id, menteeId)});
    QCOMPARE(json(), edited);
    QVERIFY(json() != original);
    QCOMPARE(failed.count(), 0);
}

template<class T>
void TestStore::checkCreate(const T &item, Id menteeId)
{
    const QString table = tableOf<T>().name;
    Repository<T> &repository = repositories().of<T>();
    const int rows = repository.count();
    const int steps = m_store->undoStack()->count();
    const QByteArray original = json();
    QSignalSpy changed(m_store.get(), &Store::changed);

    // WHEN created THEN it is stored at once with a new id, is one undo step and is announced
    const Id id = m_store->create(item, QStringLiteral("Add %1").arg(table));
    QVERIFY2(id > 0, qPrintable(table));
    const T stored = repository.get(id);
    QCOMPARE(valuesOf(stored), valuesOf(item));
    QCOMPARE(repository.count(), rows + 1);
    QCOMPARE(m_store->undoStack()->count(), steps + 1);
    QCOMPARE(describe(changed), QStringList{describe(Change::Added, table, id, menteeId)});
    const QByteArray created = json();

    // WHEN undone THEN it is gone, and the database is as it was
    changed.clear();
    m_store->undoStack()->undo();
    QVERIFY(!repository.find(id));
    QCOMPARE(repository.count(), rows);
    QCOMPARE(json(), original);
    QCOMPARE(describe(changed), QStringList{describe(Change::Removed, table, id, menteeId)});

    // WHEN redone THEN it is back with the same id and time stamps
    changed.clear();
    m_store->undoStack()->redo();
    const T restored = repository.get(id);
    QCOMPARE(valuesOf(restored), valuesOf(stored));
    QCOMPARE(restored.createdAt, stored.createdAt);
    QCOMPARE(json(), created);
    QCOMPARE(describe(changed), QStringList{describe(Change::Added, table, id, menteeId)});
}

template<class T>
void TestStore::checkErase(Id id, Id menteeId)
{
    const QString table = tableOf<T>().name;
    Repository<T> &repository = repositories().of<T>();
    const int rows = repository.count();
    const int steps = m_store->undoStack()->index();
    const QByteArray original = json();
    QSignalSpy changed(m_store.get(), &Store::changed);
    QSignalSpy reset(m_store.get(), &Store::relationshipReset);
    const bool whole = std::is_same_v<T, Mentee>;

    // WHEN erased THEN it is deleted at once, is one undo step, and each row it took down is
    // announced before the row itself (a mentee: one reset of the whole relationship)
    QVERIFY2(m_store->erase<T>(id, QStringLiteral("Delete %1").arg(table)), qPrintable(table));
    QVERIFY(!repository.find(id));
    QCOMPARE(repository.count(), rows - 1);
    QCOMPARE(m_store->undoStack()->index(), steps + 1);
    const QStringList erasedChanges = describe(changed);
    if (whole) {
        QCOMPARE(erasedChanges, QStringList());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(reset.at(0).at(0).value<Id>(), menteeId);
    } else {
        QVERIFY(!erasedChanges.isEmpty());
        QCOMPARE(erasedChanges.constLast(), describe(Change::Removed, table, id, menteeId));
        QCOMPARE(reset.count(), 0);
    }
    const QByteArray erased = json();

    // WHEN undone THEN every row is back as it was, ids and time stamps included, announced in
    // the reverse order
    changed.clear();
    reset.clear();
    m_store->undoStack()->undo();
    QVERIFY(repository.find(id));
    QCOMPARE(json(), original);
    if (whole) {
        QCOMPARE(reset.count(), 1);
    } else {
        QCOMPARE(describe(changed).size(), erasedChanges.size());
        QCOMPARE(describe(changed).constFirst(), describe(Change::Added, table, id, menteeId));
    }

    // WHEN redone THEN it is gone again, with the same announcements
    changed.clear();
    reset.clear();
    m_store->undoStack()->redo();
    QVERIFY(!repository.find(id));
    QCOMPARE(json(), erased);
    QCOMPARE(describe(changed), erasedChanges);
    QCOMPARE(reset.count(), whole ? 1 : 0);
    m_store->undoStack()->undo();
    QCOMPARE(json(), original);
}

void TestStore::shouldChangeEveryEntityAtOnceAndUndoAndRedoIt()
{
    // GIVEN a relationship, and a later clock so that updated_at moves
    const Ids ids = addRelationship(QStringLiteral("Ana Silva"));
    addRelationship(QStringLiteral("Bo Lindqvist"));
    m_database->setClock([] { return frozenNow().addSecs(3600); });

    STOP_ON_FAILURE(checkChange<Mentee>(
        ids.mentee, [](Mentee &m) { m.cadenceDays = 21; }, ids.mentee));
    STOP_ON_FAILURE(checkChange<Attachment>(
        ids.attachment,
        [](Attachment &a) { a.kind = AttachmentKind::JobDescription; },
        ids.mentee));
    STOP_ON_FAILURE(checkChange<Goal>(
        ids.goal, [](Goal &g) { g.timeBoundOn = today().addMonths(3); }, ids.mentee));
    STOP_ON_FAILURE(checkChange<ProblemStatement>(
        ids.problemStatement, [](ProblemStatement &p) { p.goalId = 0; }, ids.mentee));
    STOP_ON_FAILURE(checkChange<Session>(
        ids.session,
        [](Session &s) { s.privateNotes = QStringLiteral("Mine alone"); },
        ids.mentee));
    STOP_ON_FAILURE(checkChange<GoalReview>(
        ids.goalReview, [](GoalReview &g) { g.progress = 100; }, ids.mentee));
    STOP_ON_FAILURE(checkChange<Action>(
        ids.action, [](Action &a) { a.doneAt = frozenNow(); }, ids.mentee));
    STOP_ON_FAILURE(checkChange<ActionReview>(
        ids.actionReview,
        [](ActionReview &a) { a.decision = ReviewDecision::Dropped; },
        ids.mentee));
    QCOMPARE(m_store->undoStack()->count(), 8);
}

void TestStore::shouldCreateEveryEntityAtOnceAndUndoAndRedoIt()
{
    const Ids ids = addRelationship(QStringLiteral("Ana Silva"));

    Mentee mentee;
    mentee.name = QStringLiteral("Bo Lindqvist");
    mentee.startedOn = today();
    STOP_ON_FAILURE(checkCreate(mentee, repositories().mentees.count() + 1));
    if (QTest::currentTestFailed())
        return;

    Attachment attachment;
    attachment.menteeId = ids.mentee;
    attachment.fileName = QStringLiteral("job.pdf");
    attachment.mimeType = QStringLiteral("application/pdf");
    attachment.data = QByteArray("%PDF\0", 5);
    STOP_ON_FAILURE(checkCreate(attachment, ids.mentee));

    Goal goal;
    goal.menteeId = ids.mentee;
    goal.title = QStringLiteral("Present to the board");
    goal.priority = 2;
    STOP_ON_FAILURE(checkCreate(goal, ids.mentee));

    ProblemStatement statement;
    statement.menteeId = ids.mentee;
    statement.text = QStringLiteral("I want to build a stronger professional network.");
    statement.templateId = ProblemTemplate::StrongerNetwork;
    STOP_ON_FAILURE(checkCreate(statement, ids.mentee));

    Session session;
    session.menteeId = ids.mentee;
    session.sequence = 2;
    session.scheduledAt = QDateTime(today().addDays(7), QTime(16, 0), Qt::UTC);
    session.stage = Stage::Focus;
    STOP_ON_FAILURE(checkCreate(session, ids.mentee));

    // reviews and actions need rows that stay: a second session, added without the store
    Session second = session;
    second.sequence = 3;
    repositories().sessions.add(second);

    GoalReview review;
    review.goalId = ids.goal;
    review.sessionId = second.id;
    review.progress = 55;
    STOP_ON_FAILURE(checkCreate(review, ids.mentee));

    Action action;
    action.menteeId = ids.mentee;
    action.sessionId = second.id;
    action.owner = ActionOwner::Mentor;
    action.text = QStringLiteral("Introduce Ana to the data guild");
    STOP_ON_FAILURE(checkCreate(action, ids.mentee));

    ActionReview actionReview;
    actionReview.actionId = ids.action;
    actionReview.sessionId = second.id;
    actionReview.decision = ReviewDecision::Renegotiated;
    STOP_ON_FAILURE(checkCreate(actionReview, ids.mentee));
    QCOMPARE(m_store->undoStack()->count(), 8);
}

void TestStore::shouldEraseEveryEntityAtOnceAndUndoAndRedoIt()
{
    // GIVEN two relationships (so that undo must not touch the other one)
    const Ids ids = addRelationship(QStringLiteral("Ana Silva"));
    const Ids other = addRelationship(QStringLiteral("Bo Lindqvist"));
    m_database->setClock([] { return frozenNow().addSecs(3600); });

    // leaves first, then the rows others refer to
    STOP_ON_FAILURE(checkErase<ActionReview>(ids.actionReview, ids.mentee));
    STOP_ON_FAILURE(checkErase<GoalReview>(ids.goalReview, ids.mentee));
    STOP_ON_FAILURE(checkErase<Attachment>(ids.attachment, ids.mentee));
    STOP_ON_FAILURE(checkErase<Action>(ids.action, ids.mentee));
    STOP_ON_FAILURE(checkErase<Session>(ids.session, ids.mentee));
    STOP_ON_FAILURE(checkErase<ProblemStatement>(ids.problemStatement, ids.mentee));
    STOP_ON_FAILURE(checkErase<Goal>(ids.goal, ids.mentee));
    STOP_ON_FAILURE(checkErase<Mentee>(ids.mentee, ids.mentee));
    STOP_ON_FAILURE(checkErase<Session>(other.session, other.mentee));
    QVERIFY(m_database->integrityProblems().isEmpty());
}

void TestStore::shouldPushNothingForAChangeThatChangesNothing()
{
    // GIVEN a stored goal
    const Ids ids = addRelationship(QStringLiteral("Ana Silva"));
    const Goal goal = repositories().goals.get(ids.goal);
    QSignalSpy changed(m_store.get(), &Store::changed);

    // WHEN it is "changed" to what it already is
    m_database->setClock([] { return frozenNow().addSecs(60); });
    QVERIFY(m_store->change(goal, QStringLiteral("Edit goal")));

    // THEN nothing is written, pushed or announced
    QCOMPARE(m_store->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(repositories().goals.get(ids.goal).updatedAt, goal.updatedAt);
}

void TestStore::shouldMergeConsecutiveChangesOfOneFieldOfOneRow()
{
    // GIVEN a mentee
    const Ids ids = addRelationship(QStringLiteral("Ana"));
    const QString name = QStringLiteral("name");

    // WHEN the name is typed in three edits of the same field
    Mentee mentee = repositories().mentees.get(ids.mentee);
    for (const QString &typed :
         {QStringLiteral("Ana S"), QStringLiteral("Ana Si"), QStringLiteral("Ana Silva")}) {
        mentee.name = typed;
        QVERIFY(editField(*m_store, mentee, QStringLiteral("Edit name"), name));
    }

    // THEN every edit was stored, but they are one undo step
    QCOMPARE(repositories().mentees.get(ids.mentee).name, QStringLiteral("Ana Silva"));
    QCOMPARE(m_store->undoStack()->count(), 1);

    // WHEN undone once THEN the name is the one before the first edit
    m_store->undoStack()->undo();
    QCOMPARE(repositories().mentees.get(ids.mentee).name, QStringLiteral("Ana"));
    QVERIFY(!m_store->undoStack()->canUndo());

    // WHEN redone THEN the last typed name is back
    m_store->undoStack()->redo();
    QCOMPARE(repositories().mentees.get(ids.mentee).name, QStringLiteral("Ana Silva"));
}

void TestStore::shouldKeepChangesOfOtherFieldsAndRowsApart()
{
    // GIVEN two mentees
    const Ids ana = addRelationship(QStringLiteral("Ana"));
    const Ids bo = addRelationship(QStringLiteral("Bo"));
    const QString name = QStringLiteral("name");
    const QString email = QStringLiteral("email");
    const QString title = QStringLiteral("title");

    // WHEN Ana's name, her email, her name again, Bo's name, Bo's email, a goal's title, and
    // twice the goal without naming a field are changed
    Mentee mentee = repositories().mentees.get(ana.mentee);
    mentee.name = QStringLiteral("Ana Silva");
    QVERIFY(editField(*m_store, mentee, QStringLiteral("Edit name"), name));
    mentee.email = QStringLiteral("ana@example.org");
    QVERIFY(editField(*m_store, mentee, QStringLiteral("Edit email"), email));
    mentee.name = QStringLiteral("Ana Silva-Lopes");
    QVERIFY(editField(*m_store, mentee, QStringLiteral("Edit name"), name));
    Mentee other = repositories().mentees.get(bo.mentee);
    other.name = QStringLiteral("Bo Lindqvist");
    QVERIFY(editField(*m_store, other, QStringLiteral("Edit name"), name));
    other.email = QStringLiteral("bo@example.org");
    QVERIFY(editField(*m_store, other, QStringLiteral("Edit email"), email));
    Goal goal = repositories().goals.get(ana.goal);
    goal.title = QStringLiteral("Chair the planning meeting");
    QVERIFY(editField(*m_store, goal, QStringLiteral("Edit title"), title));
    goal.title = QStringLiteral("Chair the weekly planning meeting");
    QVERIFY(m_store->change(goal, QStringLiteral("Edit goal")));
    goal.title = QStringLiteral("Chair every planning meeting");
    QVERIFY(m_store->change(goal, QStringLiteral("Edit goal")));

    // THEN each is its own undo step
    QCOMPARE(m_store->undoStack()->count(), 8);

    // AND undoing them one by one walks back through every state
    auto undo = [this] {
        m_store->undoStack()->undo();
    };
    undo();
    QCOMPARE(repositories().goals.get(ana.goal).title,
             QStringLiteral("Chair the weekly planning meeting"));
    undo();
    QCOMPARE(repositories().goals.get(ana.goal).title,
             QStringLiteral("Chair the planning meeting"));
    undo();
    QCOMPARE(repositories().goals.get(ana.goal).title,
             QStringLiteral("Lead the weekly planning meeting"));
    QCOMPARE(repositories().mentees.get(bo.mentee).email, QStringLiteral("bo@example.org"));
    undo();
    QCOMPARE(repositories().mentees.get(bo.mentee).email, QStringLiteral("mentee@example.org"));
    QCOMPARE(repositories().mentees.get(bo.mentee).name, QStringLiteral("Bo Lindqvist"));
    undo();
    QCOMPARE(repositories().mentees.get(bo.mentee).name, QStringLiteral("Bo"));
    QCOMPARE(repositories().mentees.get(ana.mentee).name, QStringLiteral("Ana Silva-Lopes"));
    undo();
    QCOMPARE(repositories().mentees.get(ana.mentee).name, QStringLiteral("Ana Silva"));
    QCOMPARE(repositories().mentees.get(ana.mentee).email, QStringLiteral("ana@example.org"));
    undo();
    QCOMPARE(repositories().mentees.get(ana.mentee).email, QStringLiteral("mentee@example.org"));
    undo();
    QCOMPARE(repositories().mentees.get(ana.mentee).name, QStringLiteral("Ana"));
    QVERIFY(!m_store->undoStack()->canUndo());
}

void TestStore::shouldRefuseAnInvalidEdit_data()
{
    QTest::addColumn<Attempt>("attempt");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty mentee name") << Attempt([](Store &store, const Ids &ids) {
        Mentee mentee = store.repositories().mentees.get(ids.mentee);
        mentee.name = QStringLiteral("  ");
        return editField(store, mentee, QStringLiteral("Edit name"), QStringLiteral("name"));
    }) << QStringLiteral("Name: must not be empty");
    QTest::newRow("progress 120") << Attempt([](Store &store, const Ids &ids) {
        GoalReview review = store.repositories().goalReviews.get(ids.goalReview);
        review.progress = 120;
        return store.change(review, QStringLiteral("Edit progress"));
    }) << QStringLiteral("Progress: 120 is outside 0–100");
    QTest::newRow("cadence 0") << Attempt([](Store &store, const Ids &ids) {
        Mentee mentee = store.repositories().mentees.get(ids.mentee);
        mentee.cadenceDays = 0;
        return store.change(mentee, QStringLiteral("Edit cadence"));
    }) << QStringLiteral("Meet every: 0 is outside 1–365");
    QTest::newRow("email") << Attempt([](Store &store, const Ids &ids) {
        Mentee mentee = store.repositories().mentees.get(ids.mentee);
        mentee.email = QStringLiteral("ana at example");
        return store.change(mentee, QStringLiteral("Edit email"));
    }) << QStringLiteral("Email: \"ana at example\" is not an email address");
    QTest::newRow("duplicate session number") << Attempt([](Store &store, const Ids &ids) {
        Session session = store.repositories().sessions.get(ids.session);
        session.id = 0;
        return store.create(session, QStringLiteral("Add session")) != 0;
    }) << QStringLiteral("Session number: this mentee already has a session number 1");
    QTest::newRow("goal without a title") << Attempt([](Store &store, const Ids &ids) {
        Goal goal;
        goal.menteeId = ids.mentee;
        return store.create(goal, QStringLiteral("Add goal")) != 0;
    }) << QStringLiteral("Goal: must not be empty");
    QTest::newRow("action for a missing mentee") << Attempt([](Store &store, const Ids &) {
        Action action;
        action.menteeId = 999;
        action.text = QStringLiteral("Read a book");
        return store.create(action, QStringLiteral("Add action")) != 0;
    }) << QStringLiteral("mentee_id: there is no mentee with id 999");
    QTest::newRow("change of a missing row") << Attempt([](Store &store, const Ids &ids) {
        Goal goal = store.repositories().goals.get(ids.goal);
        goal.id = 999;
        goal.title = QStringLiteral("Elsewhere");
        return store.change(goal, QStringLiteral("Edit goal"));
    }) << QStringLiteral("There is no goal with id 999.");
    QTest::newRow("erase of a missing row") << Attempt([](Store &store, const Ids &) {
        return store.erase<Session>(999, QStringLiteral("Delete session"));
    }) << QStringLiteral("There is no session with id 999.");
}

void TestStore::shouldRefuseAnInvalidEdit()
{
    QFETCH(Attempt, attempt);
    QFETCH(QString, message);

    // GIVEN a relationship and some undo history
    const Ids ids = addRelationship(QStringLiteral("Ana"));
    Goal goal = repositories().goals.get(ids.goal);
    goal.priority = 2;
    QVERIFY(m_store->change(goal, QStringLiteral("Edit priority")));
    const QByteArray before = json();
    QSignalSpy failed(m_store.get(), &Store::writeFailed);
    QSignalSpy changed(m_store.get(), &Store::changed);
    QSignalSpy reset(m_store.get(), &Store::relationshipReset);
    QSignalSpy saved(m_store.get(), &Store::saved);

    // WHEN an impossible edit is attempted
    const bool written = attempt(*m_store, ids);

    // THEN it is refused with a message naming the field, and nothing changes
    QVERIFY(!written);
    QCOMPARE(failed.count(), 1);
    const QString reported = failed.at(0).at(0).toString();
    QVERIFY2(reported.contains(message), qPrintable(reported));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_store->undoStack()->count(), 1);
    QCOMPARE(m_store->undoStack()->undoText(), QStringLiteral("Edit priority"));
    QCOMPARE(json(), before);
}

void TestStore::shouldEraseAMenteesWholeRelationshipAndRestoreItOnUndo()
{
    // GIVEN two sample relationships
    const Id priya = SampleRelationship::add(repositories(), today());
    const Id other = SampleRelationship::add(repositories(), today());
    const QByteArray before = json();
    const History relationship = History::load(repositories(), priya, History::Files::With);
    QVERIFY(relationship.sessions.size() >= 8);
    QVERIFY(!relationship.actionReviews.isEmpty());
    QVERIFY(!relationship.goalReviews.isEmpty());
    QVERIFY(!relationship.attachments.isEmpty());
    const History untouched = History::load(repositories(), other, History::Files::With);
    QSignalSpy reset(m_store.get(), &Store::relationshipReset);
    m_database->setClock([] { return frozenNow().addDays(1); });

    // WHEN Priya is erased
    QVERIFY(m_store->erase<Mentee>(priya, QStringLiteral("Delete mentee")));

    // THEN every row of her relationship is gone, and the other relationship is untouched
    const History left = History::load(repositories(), priya, History::Files::With);
    QVERIFY(left.mentees.isEmpty());
    QVERIFY(left.sessions.isEmpty() && left.goals.isEmpty() && left.actions.isEmpty()
            && left.attachments.isEmpty() && left.problemStatements.isEmpty());
    for (const Action &action : relationship.actions)
        QVERIFY(
            repositories().actionReviews.where(QStringLiteral("action_id"), action.id).isEmpty());
    for (const Goal &goal : relationship.goals)
        QVERIFY(repositories().goalReviews.where(QStringLiteral("goal_id"), goal.id).isEmpty());
    QCOMPARE(History::load(repositories(), other, History::Files::With).actionReviews.size(),
             untouched.actionReviews.size());
    QCOMPARE(repositories().mentees.count(), 1);
    QCOMPARE(m_store->undoStack()->count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(reset.at(0).at(0).value<Id>(), priya);
    const QByteArray erased = json();

    // WHEN undone THEN every row of every table is back with the same ids and time stamps
    m_store->undoStack()->undo();
    QCOMPARE(json(), before);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(reset.at(1).at(0).value<Id>(), priya);
    QVERIFY(m_database->integrityProblems().isEmpty());

    // WHEN redone and undone again THEN the same two states follow
    m_store->undoStack()->redo();
    QCOMPARE(json(), erased);
    m_store->undoStack()->undo();
    QCOMPARE(json(), before);
}

void TestStore::shouldUnlinkAnErasedSessionsActionsAndRelinkThemOnUndo()
{
    // GIVEN the sample, and a held session at which actions were agreed and goals reviewed
    const Id priya = SampleRelationship::add(repositories(), today());
    Session chosen;
    QList<Action> agreed;
    for (const Session &session : repositories().sessionsOf(priya)) {
        agreed = repositories().actions.where(QStringLiteral("session_id"), session.id);
        if (session.status == SessionStatus::Held && agreed.size() >= 2
            && !repositories()
                    .goalReviews.where(QStringLiteral("session_id"), session.id)
                    .isEmpty()) {
            chosen = session;
            break;
        }
    }
    QVERIFY(chosen.id > 0);
    const QByteArray before = json();
    const int actions = repositories().actions.count();
    QSignalSpy changed(m_store.get(), &Store::changed);

    // WHEN the session is erased
    QVERIFY(m_store->erase<Session>(chosen.id, QStringLiteral("Delete session")));

    // THEN its actions stay, with no session; its reviews go with it
    QCOMPARE(repositories().actions.count(), actions);
    for (const Action &action : agreed) {
        const Action now = repositories().actions.get(action.id);
        QCOMPARE(now.sessionId, Id(0));
        QCOMPARE(now.text, action.text);
    }
    QVERIFY(repositories().goalReviews.where(QStringLiteral("session_id"), chosen.id).isEmpty());
    QVERIFY(repositories().actionReviews.where(QStringLiteral("session_id"), chosen.id).isEmpty());
    // AND each row the deletion touched is announced: the actions unlinked, the reviews gone
    const QStringList announced = describe(changed);
    for (const Action &action : agreed)
        QVERIFY(announced.contains(
            describe(Change::Updated, QStringLiteral("actions"), action.id, priya)));
    QCOMPARE(announced.constLast(),
             describe(Change::Removed, QStringLiteral("sessions"), chosen.id, priya));
    for (const QList<QVariant> &arguments : std::as_const(changed)) {
        const Change change = arguments.at(0).value<Change>();
        QVERIFY(change.kind != Change::Updated
                || change.fields == QStringList{QStringLiteral("session_id")});
    }

    // WHEN undone THEN the actions point to the session again, and everything is as it was
    m_store->undoStack()->undo();
    for (const Action &action : agreed)
        QCOMPARE(repositories().actions.get(action.id).sessionId, chosen.id);
    QCOMPARE(json(), before);
}

void TestStore::shouldAddTheSampleAsOneUndoStep()
{
    // GIVEN an empty database
    QVERIFY(repositories().isEmpty());
    QSignalSpy reset(m_store.get(), &Store::relationshipReset);

    // WHEN the sample is added
    const Id priya = Edit::addSample(*m_store, today());

    // THEN it is there, as one undo step, announced as a wholesale change
    QVERIFY(priya > 0);
    QCOMPARE(repositories().mentees.count(), 1);
    QVERIFY(repositories().sessionsOf(priya).size() >= 8);
    QCOMPARE(m_store->undoStack()->count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(reset.at(0).at(0).value<Id>(), priya);
    const QByteArray added = json();

    // WHEN undone THEN the database is empty again
    m_store->undoStack()->undo();
    QVERIFY(repositories().isEmpty());
    QCOMPARE(repositories().sessions.count(), 0);
    QCOMPARE(repositories().actionReviews.count(), 0);
    QCOMPARE(repositories().attachments.count(), 0);
    QCOMPARE(reset.count(), 2);

    // WHEN redone THEN the same rows are back with the same ids
    m_store->undoStack()->redo();
    QCOMPARE(json(), added);
    QCOMPARE(reset.count(), 3);
}

void TestStore::shouldAnnounceTheTableRowAndMenteeOfEveryWrite()
{
    // GIVEN two relationships
    const Ids ana = addRelationship(QStringLiteral("Ana"));
    const Ids bo = addRelationship(QStringLiteral("Bo"));
    QSignalSpy changed(m_store.get(), &Store::changed);
    QSignalSpy saved(m_store.get(), &Store::saved);

    // WHEN rows of Bo's are written: reviews say whose they are through what they review
    GoalReview review = repositories().goalReviews.get(bo.goalReview);
    review.note = QStringLiteral("Halfway");
    QVERIFY(m_store->change(review, QStringLiteral("Edit note")));
    ActionReview actionReview = repositories().actionReviews.get(bo.actionReview);
    actionReview.note = QStringLiteral("Carried once");
    QVERIFY(m_store->change(actionReview, QStringLiteral("Edit note")));
    QVERIFY(m_store->erase<ActionReview>(bo.actionReview, QStringLiteral("Delete review")));
    Goal goal;
    goal.menteeId = bo.mentee;
    goal.title = QStringLiteral("Speak at a meetup");
    const Id goalId = m_store->create(goal, QStringLiteral("Add goal"));
    QVERIFY(m_store->erase<Goal>(ana.goal, QStringLiteral("Delete goal")));

    // THEN each write is announced once, with its table, row and mentee; the goal's deletion
    // with what it took down first: its review, and the problem statement's link to it
    const QStringList expected{
        describe(Change::Updated, QStringLiteral("goal_reviews"), bo.goalReview, bo.mentee),
        describe(Change::Updated, QStringLiteral("action_reviews"), bo.actionReview, bo.mentee),
        describe(Change::Removed, QStringLiteral("action_reviews"), bo.actionReview, bo.mentee),
        describe(Change::Added, QStringLiteral("goals"), goalId, bo.mentee),
        describe(Change::Removed, QStringLiteral("goal_reviews"), ana.goalReview, ana.mentee),
        describe(Change::Updated,
                 QStringLiteral("problem_statements"),
                 ana.problemStatement,
                 ana.mentee),
        describe(Change::Removed, QStringLiteral("goals"), ana.goal, ana.mentee),
    };
    QCOMPARE(describe(changed), expected);
    QCOMPARE(saved.count(), 5);

    // WHEN the last three are undone THEN each is announced as its reverse, last row first
    changed.clear();
    QSignalSpy reset(m_store.get(), &Store::relationshipReset);
    m_store->undoStack()->undo(); // the goal erase
    m_store->undoStack()->undo(); // the goal creation
    m_store->undoStack()->undo(); // the review erase
    const QStringList undone{
        describe(Change::Added, QStringLiteral("goals"), ana.goal, ana.mentee),
        describe(Change::Updated,
                 QStringLiteral("problem_statements"),
                 ana.problemStatement,
                 ana.mentee),
        describe(Change::Added, QStringLiteral("goal_reviews"), ana.goalReview, ana.mentee),
        describe(Change::Removed, QStringLiteral("goals"), goalId, bo.mentee),
        describe(Change::Added, QStringLiteral("action_reviews"), bo.actionReview, bo.mentee),
    };
    QCOMPARE(describe(changed), undone);
    QCOMPARE(reset.count(), 0);
    QVERIFY(repositories().actionReviews.find(bo.actionReview));
    QVERIFY(repositories().goals.find(ana.goal));
    QCOMPARE(repositories().problemStatements.get(ana.problemStatement).goalId, ana.goal);
}

void TestStore::shouldUndoASequenceOfEditsBackToTheStart()
{
    // GIVEN the sample, and a clock that has moved on since it was added
    const Id priya = SampleRelationship::add(repositories(), today());
    const QByteArray start = json();
    m_database->setClock([] { return frozenNow().addDays(1); });
    const Goal goal = repositories().goals.where(QStringLiteral("mentee_id"), priya).constFirst();
    const Session last = repositories().sessionsOf(priya).constLast();

    // WHEN a mix of edits is made
    Goal edited = goal;
    edited.status = GoalStatus::Achieved;
    QVERIFY(m_store->change(edited, QStringLiteral("Achieve")));
    Session next = last;
    next.id = 0;
    next.sequence = repositories().nextSequence(priya);
    next.scheduledAt = last.scheduledAt.addDays(14);
    const Id nextId = m_store->create(next, QStringLiteral("Plan"));
    QVERIFY(nextId > 0);
    GoalReview review;
    review.goalId = goal.id;
    review.sessionId = nextId;
    review.progress = 90;
    QVERIFY(m_store->create(review, QStringLiteral("Review")) > 0);
    QVERIFY(m_store->erase<Session>(last.id, QStringLiteral("Delete")));
    QVERIFY(m_store->erase<Goal>(goal.id, QStringLiteral("Delete")));
    const QByteArray end = json();
    QCOMPARE(m_store->undoStack()->count(), 5);

    // THEN undoing everything gives back every row of the sample exactly, ids and time stamps
    // included, and redoing everything the end state
    while (m_store->undoStack()->canUndo())
        m_store->undoStack()->undo();
    QCOMPARE(json(), start);
    QCOMPARE(repositories().goals.get(goal.id).updatedAt, goal.updatedAt);
    while (m_store->undoStack()->canRedo())
        m_store->undoStack()->redo();
    QCOMPARE(json(), end);
}

void TestStore::shouldKeepWhatAnotherWindowWroteInOtherFields()
{
    // GIVEN two windows on one file, both showing the same session
    const Ids ids = addRelationship(QStringLiteral("Ana"));
    std::unique_ptr<Database> secondDatabase = openSecondWindow();
    Store second(*secondDatabase);
    const Session seenHere = repositories().sessions.get(ids.session);
    const Session seenThere = second.repositories().sessions.get(ids.session);

    // WHEN the first window's Discussed and Decisions are typed
    Session typed = seenHere;
    typed.notes = QStringLiteral("We talked about the panel.");
    QVERIFY(m_store->change(seenHere, typed, QStringLiteral("Edit"), QStringLiteral("notes")));
    Session decided = typed;
    decided.decisions = QStringLiteral("Rehearse on Friday.");
    QVERIFY(m_store->change(typed, decided, QStringLiteral("Edit"), QStringLiteral("decisions")));
    // AND the second, from its older copy, changes only the place
    Session moved = seenThere;
    moved.location = QStringLiteral("Room 4");
    QSignalSpy failed(&second, &Store::writeFailed);
    QVERIFY(second.change(seenThere, moved, QStringLiteral("Edit"), QStringLiteral("location")));

    // THEN the session holds all three, nothing of the first window's overwritten
    const Session stored = repositories().sessions.get(ids.session);
    QCOMPARE(stored.notes, typed.notes);
    QCOMPARE(stored.decisions, decided.decisions);
    QCOMPARE(stored.location, moved.location);
    QCOMPARE(failed.count(), 0);
}

void TestStore::shouldRefuseAnEditOfAFieldChangedElsewhere()
{
    // GIVEN two windows on one file, and Discussed typed in the first
    const Ids ids = addRelationship(QStringLiteral("Ana"));
    std::unique_ptr<Database> secondDatabase = openSecondWindow();
    Store second(*secondDatabase);
    const Session seenThere = second.repositories().sessions.get(ids.session);
    Session typed = repositories().sessions.get(ids.session);
    typed.notes = QStringLiteral("We talked about the panel.");
    QVERIFY(editField(*m_store, typed, QStringLiteral("Edit"), QStringLiteral("notes")));
    const QByteArray before = json();

    // WHEN the second window, which still shows the old text, types into the same field
    Session stale = seenThere;
    stale.notes = QStringLiteral("Something else entirely");
    QSignalSpy failed(&second, &Store::writeFailed);
    QSignalSpy changed(&second, &Store::changed);
    QVERIFY(!second.change(seenThere, stale, QStringLiteral("Edit"), QStringLiteral("notes")));

    // THEN nothing is written, no undo step is left, the message names the field and keeps
    // what was typed, and the row is announced so that the second window shows it as stored
    QCOMPARE(json(), before);
    QCOMPARE(second.undoStack()->count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("changed in another window or program")),
             qPrintable(message));
    QVERIFY2(message.contains(fieldTitle(QStringLiteral("notes"))), qPrintable(message));
    QVERIFY2(message.contains(stale.notes), qPrintable(message));
    QCOMPARE(changed.count(), 1);
    const Change shown = changed.at(0).at(0).value<Change>();
    QCOMPARE(shown.table, TableId::Sessions);
    QCOMPARE(shown.id, ids.session);
    QCOMPARE(shown.menteeId, ids.mentee);
}

void TestStore::shouldLoseNoWriteWhenTwoStoresRaceOnOneRow()
{
    // GIVEN two stores on one file, each with its own copy of a session, refreshed only by
    // what its own store announces (as its window's models are)
    const Ids ids = addRelationship(QStringLiteral("Ana"));
    std::unique_ptr<Database> secondDatabase = openSecondWindow();
    Store second(*secondDatabase);
    Store *stores[] = {m_store.get(), &second};
    Session copies[] = {repositories().sessions.get(ids.session),
                        second.repositories().sessions.get(ids.session)};
    for (int window = 0; window < 2; ++window) {
        QObject::connect(
            stores[window], &Store::changed, stores[window], [&, window](const Change &c) {
                if (c.table == TableId::Sessions && c.id == ids.session)
                    copies[window] = stores[window]->repositories().sessions.get(ids.session);
            });
    }
    const QStringList fields{
        QStringLiteral("notes"), QStringLiteral("decisions"), QStringLiteral("location")};
    // WHEN 400 edits, drawn with a fixed seed, go to either window and any of three fields
    QRandomGenerator random(20261202);
    int refused = 0;
    for (int step = 0; step < 400; ++step) {
        const int window = int(random.bounded(2));
        const QString field = fields.at(int(random.bounded(fields.size())));
        const int at = fieldIndex<Session>(field);
        const Field<Session> &column = tableOf<Session>().fields.at(at);
        const Session stored = repositories().sessions.get(ids.session);
        Session after = copies[window];
        const QString value = QStringLiteral("w%1 s%2").arg(window).arg(step);
        column.write(after, value);
        // THEN an edit is written exactly when its window saw what is stored in that field
        const bool current = column.read(copies[window]) == column.read(stored);
        const bool written
            = stores[window]->change(copies[window], after, QStringLiteral("Edit"), field);
        QCOMPARE(written, current);
        refused += !written;
        // AND every field holds the last value written to it, the others untouched
        const Session now = repositories().sessions.get(ids.session);
        for (const QString &other : fields) {
            const Field<Session> &f = tableOf<Session>().fields.at(fieldIndex<Session>(other));
            if (other == field && written)
                QCOMPARE(f.read(now).toString(), value);
            else
                QCOMPARE(f.read(now), f.read(stored));
        }
        // AND a refused window now shows the row as stored
        if (!written)
            QCOMPARE(valuesOf(copies[window]), valuesOf(now));
    }
    // The seed makes both outcomes happen many times.
    QVERIFY2(refused > 20 && refused < 380, qPrintable(QString::number(refused)));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
