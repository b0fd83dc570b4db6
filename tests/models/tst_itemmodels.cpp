// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/verbs.h"
#include "model/actionchecklistmodel.h"
#include "model/attachmentmodel.h"
#include "model/goalmodel.h"
#include "model/menteelistmodel.h"
#include "model/problemstatementmodel.h"
#include "model/sessiontimelinemodel.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <functional>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

using Cell = QHash<int, QVariant>;
using Rows = QList<QList<Cell>>;

QString shown(const QVariant &value)
{
    QString text;
    QDebug(&text).nospace() << value;
    return text;
}

/** Every role a view may ask for: the named ones and the check state. */
QList<int> rolesOf(const QAbstractItemModel *model)
{
    QList<int> roles = model->roleNames().keys();
    roles << Qt::CheckStateRole;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

/**
 * Whether views read role at column: Qt's roles at every column, a model's own roles (which
 * describe the whole row) at the first column, where list views and delegates read them.
 */
bool isShown(int role, int column)
{
    return column == 0 || role < Qt::UserRole;
}

QList<Cell> readRow(const QAbstractItemModel *model, int row, const QList<int> &roles)
{
    QList<Cell> cells;
    for (int column = 0; column < model->columnCount(); ++column) {
        Cell cell;
        for (int role : roles) {
            if (isShown(role, column))
                cell.insert(role, model->data(model->index(row, column), role));
        }
        cells << cell;
    }
    return cells;
}

Rows readAll(const QAbstractItemModel *model)
{
    Rows rows;
    const QList<int> roles = rolesOf(model);
    for (int row = 0; row < model->rowCount(); ++row)
        rows << readRow(model, row, roles);
    return rows;
}

/** Where two readings of a model differ, in words; empty when they agree. */
QStringList differences(const QAbstractItemModel *model, const Rows &seen, const Rows &actual)
{
    if (seen.size() != actual.size())
        return {QStringLiteral("%1 rows instead of %2").arg(seen.size()).arg(actual.size())};
    QStringList found;
    const QHash<int, QByteArray> names = model->roleNames();
    for (int row = 0; row < seen.size(); ++row) {
        for (int column = 0; column < seen.at(row).size(); ++column) {
            const Cell &a = seen.at(row).at(column);
            const Cell &b = actual.at(row).at(column);
            for (auto it = b.cbegin(); it != b.cend(); ++it) {
                if (a.value(it.key()) != it.value()) {
                    found << QStringLiteral("row %1 column %2 %3: %4 instead of %5")
                                 .arg(row)
                                 .arg(column)
                                 .arg(QString::fromLatin1(
                                          names.value(it.key(), QByteArray::number(it.key()))),
                                      shown(a.value(it.key())),
                                      shown(it.value()));
                }
            }
        }
    }
    return found;
}

/**
 * What a view shows of a model, kept up to date only through the model's signals, the way a
 * view with its delegates does. If a model forgets to announce a change, the mirror keeps
 * showing the old value, and staleCells() names it.
 */
class ViewMirror
{
public:
    explicit ViewMirror(QAbstractItemModel *model)
        : m_model(model)
        , m_roles(rolesOf(model))
    {
        reload();
        QObject::connect(model, &QAbstractItemModel::modelReset, &m_receiver, [this] { reload(); });
        QObject::connect(
            model, &QAbstractItemModel::layoutChanged, &m_receiver, [this] { reload(); });
        QObject::connect(model,
                         &QAbstractItemModel::rowsInserted,
                         &m_receiver,
                         [this](const QModelIndex &, int first, int last) {
                             for (int row = first; row <= last; ++row)
                                 m_rows.insert(row, readRow(m_model, row, m_roles));
                         });
        QObject::connect(model,
                         &QAbstractItemModel::rowsRemoved,
                         &m_receiver,
                         [this](const QModelIndex &, int first, int last) {
                             m_rows.remove(first, last - first + 1);
                         });
        QObject::connect(
            model,
            &QAbstractItemModel::rowsMoved,
            &m_receiver,
            [this](const QModelIndex &, int start, int end, const QModelIndex &, int destination) {
                const int count = end - start + 1;
                const Rows moving = m_rows.mid(start, count);
                m_rows.remove(start, count);
                const int to = destination > start ? destination - count : destination;
                for (int i = 0; i < count; ++i)
                    m_rows.insert(to + i, moving.at(i));
            });
        QObject::connect(
            model,
            &QAbstractItemModel::dataChanged,
            &m_receiver,
            [this](const QModelIndex &topLeft,
                   const QModelIndex &bottomRight,
                   const QList<int> &roles) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    for (int column = topLeft.column(); column <= bottomRight.column(); ++column) {
                        for (int role : m_roles) {
                            if ((roles.isEmpty() || roles.contains(role)) && isShown(role, column))
                                m_rows[row][column][role]
                                    = m_model->data(m_model->index(row, column), role);
                        }
                    }
                }
            });
    }

    QStringList staleCells() const { return differences(m_model, m_rows, readAll(m_model)); }

private:
    void reload() { m_rows = readAll(m_model); }

    QAbstractItemModel *m_model;
    QList<int> m_roles;
    Rows m_rows;
    QObject m_receiver;
};

QList<Id> idsOf(const QAbstractItemModel *model)
{
    QList<Id> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(IdRole).toLongLong();
    return ids;
}

/** The first row whose role holds value, or -1. */
int rowWhere(const QAbstractItemModel *model, int role, const QVariant &value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role) == value)
            return row;
    }
    return -1;
}

template<class T>
QList<Id> idsOf(const QList<T> &items)
{
    QList<Id> ids;
    for (const T &item : items)
        ids << item.id;
    return ids;
}

/** The moment the models measure "overdue" and "next" against: 10:00 local time on today(). */
QDateTime modelNow()
{
    return frozenNow();
}

/** A model of some kind, with what it needs kept alive beside it, and checks around it. */
struct Watched
{
    QString kind;
    Id menteeId = 0;
    Id goalId = 0; ///< of a goal review model
    std::unique_ptr<QAbstractItemModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<ViewMirror> mirror;
    std::unique_ptr<QSignalSpy> resets;
};

/** The kinds of model the tests build, proxies included. */
const QStringList &allKinds()
{
    static const QStringList kinds{
        QStringLiteral("mentees"),
        QStringLiteral("filtered mentees"),
        QStringLiteral("sessions"),
        QStringLiteral("goals"),
        QStringLiteral("goal reviews"),
        QStringLiteral("actions"),
        QStringLiteral("open actions"),
        QStringLiteral("mentor's actions"),
        QStringLiteral("problem statements"),
        QStringLiteral("attachments"),
    };
    return kinds;
}

} // namespace

using Creation = std::function<Id(Store &, Id menteeId)>;
Q_DECLARE_METATYPE(Creation)

/**
 * The item models over the store: consistent for QAbstractItemModelTester through every kind of
 * edit, narrow in what they announce, never stale, and right in what they compute.
 */
class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldStayConsistentAndCurrentThroughEditsUndoAndRedo();
    void shouldShowOnlyTheChosenMenteesRows_data();
    void shouldShowOnlyTheChosenMenteesRows();
    void shouldShowOnlyTheChosenGoalsReviews();
    void shouldAnnounceAnEditOfOneFieldForItsRowOnly_data();
    void shouldAnnounceAnEditOfOneFieldForItsRowOnly();
    void shouldInsertAtTheSortedPosition_data();
    void shouldInsertAtTheSortedPosition();
    void shouldMoveARowWhoseSortKeyChanges_data();
    void shouldMoveARowWhoseSortKeyChanges();
    void shouldRemoveAndRestoreRowsOneByOneForAWholesaleChange();
    void shouldRefreshEveryModelShowingTheSameRow();
    void shouldExposeEveryRoleByName_data();
    void shouldExposeEveryRoleByName();
    void shouldComputeTheMenteeListMarkers();
    void shouldMarkTheNextPlannedSession();
    void shouldSummariseAndCountEachSession();
    void shouldListGoalProgressInSessionOrder();
    void shouldFilterActionsByStateAndOwner_data();
    void shouldFilterActionsByStateAndOwner();
    void shouldRefilterWhenAnActionIsCompleted();
    void shouldConvertBetweenEditAndDisplayValues();
    void shouldRefuseAnInvalidEditWithoutChangingAnything_data();
    void shouldRefuseAnInvalidEditWithoutChangingAnything();
    void shouldPushNothingForAnUnchangedValue();
    void shouldSayWhichCellsAreEditableAndTitleTheColumns();

private:
    /** A model of kind for a mentee (the goal reviews: of that mentee's first goal). */
    std::unique_ptr<QAbstractItemModel> makeModel(const QString &kind, Id menteeId, Id goalId = -1);
    Watched &watch(const QString &kind, Id menteeId);
    /** Checks every watched model against its mirror and against a freshly loaded model. */
    void verifyCurrent(const QString &when);
    Id firstGoalOf(Id menteeId) const;
    int undoIndex() { return m_store->undoStack()->index(); }
    /** The test's own writes, beside the store's (no undo step). */
    Repositories &repositories() { return *m_repositories; }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Repositories> m_repositories;
    Id m_priya = 0;
    Id m_bo = 0;
    std::deque<Watched> m_watched; // a deque, so that references to its elements stay valid
};

void TestItemModels::initTestCase()
{
    qRegisterMetaType<Mentorbook::Change>();
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestItemModels::init()
{
    m_database = openTestDatabase(m_dir);
    m_store = std::make_unique<Store>(*m_database);
    m_repositories = std::make_unique<Repositories>(*m_database);
    // Two relationships: Priya's, and a copy of it renamed Bo
    m_priya = SampleRelationship::add(repositories(), today());
    m_bo = SampleRelationship::add(repositories(), today());
    Mentee bo = repositories().mentees.get(m_bo);
    bo.name = QStringLiteral("Bo Lindqvist");
    bo.email = QStringLiteral("bo@example.org");
    repositories().mentees.update(bo);
}

void TestItemModels::cleanup()
{
    m_watched.clear();
    m_repositories.reset();
    m_store.reset();
    m_database.reset();
}

Id TestItemModels::firstGoalOf(Id menteeId) const
{
    const QList<Goal> goals = m_store->repositories().goals.where(
        QStringLiteral("mentee_id"), menteeId, QStringLiteral("priority, id"));
    return goals.isEmpty() ? 0 : goals.constFirst().id;
}

std::unique_ptr<QAbstractItemModel>
TestItemModels::makeModel(const QString &kind, Id menteeId, Id goalId)
{
    Store &store = *m_store;
    if (kind == QLatin1String("mentees")) {
        auto model = std::make_unique<MenteeListModel>(store);
        model->setNow(modelNow());
        return model;
    }
    if (kind == QLatin1String("filtered mentees")) {
        auto proxy = std::make_unique<QSortFilterProxyModel>();
        auto *source = new MenteeListModel(store, proxy.get());
        source->setNow(modelNow());
        proxy->setSourceModel(source);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setFilterFixedString(QStringLiteral("priya"));
        proxy->sort(MenteeListModel::NameColumn, Qt::DescendingOrder);
        return proxy;
    }
    if (kind == QLatin1String("sessions")) {
        auto model = std::make_unique<SessionTimelineModel>(store);
        model->setNow(modelNow());
        model->setMenteeId(menteeId);
        return model;
    }
    if (kind == QLatin1String("goals")) {
        auto model = std::make_unique<GoalModel>(store);
        model->setMenteeId(menteeId);
        return model;
    }
    if (kind == QLatin1String("goal reviews")) {
        auto model = std::make_unique<GoalReviewModel>(store);
        model->setGoalId(goalId < 0 ? firstGoalOf(menteeId) : goalId);
        return model;
    }
    if (kind == QLatin1String("actions")) {
        auto model = std::make_unique<ActionChecklistModel>(store);
        model->setNow(modelNow());
        model->setMenteeId(menteeId);
        return model;
    }
    if (kind == QLatin1String("open actions") || kind == QLatin1String("mentor's actions")) {
        auto proxy = std::make_unique<ActionFilterModel>();
        auto *source = new ActionChecklistModel(store, proxy.get());
        source->setNow(modelNow());
        source->setMenteeId(menteeId);
        proxy->setSourceModel(source);
        if (kind == QLatin1String("mentor's actions")) {
            proxy->setState(ActionFilterModel::State::All);
            proxy->setOwner(int(ActionOwner::Mentor));
        }
        return proxy;
    }
    if (kind == QLatin1String("problem statements")) {
        auto model = std::make_unique<ProblemStatementModel>(store);
        model->setMenteeId(menteeId);
        return model;
    }
    if (kind == QLatin1String("attachments")) {
        auto model = std::make_unique<AttachmentModel>(store);
        model->setMenteeId(menteeId);
        return model;
    }
    qFatal("unknown kind of model");
}

Watched &TestItemModels::watch(const QString &kind, Id menteeId)
{
    Watched watched;
    watched.kind = kind;
    watched.menteeId = menteeId;
    watched.model = makeModel(kind, menteeId);
    if (auto *reviews = qobject_cast<GoalReviewModel *>(watched.model.get()))
        watched.goalId = reviews->goalId();
    watched.tester = std::make_unique<QAbstractItemModelTester>(
        watched.model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    watched.mirror = std::make_unique<ViewMirror>(watched.model.get());
    watched.resets
        = std::make_unique<QSignalSpy>(watched.model.get(), &QAbstractItemModel::modelReset);
    m_watched.push_back(std::move(watched));
    return m_watched.back();
}

void TestItemModels::verifyCurrent(const QString &when)
{
    for (const Watched &watched : m_watched) {
        const QString what = watched.kind + QStringLiteral(", ") + when + QStringLiteral(": ");
        const QStringList stale = watched.mirror->staleCells();
        QVERIFY2(stale.isEmpty(),
                 qPrintable(what + QStringLiteral("the view is stale: ")
                            + stale.join(QStringLiteral("; "))));
        const auto fresh = makeModel(watched.kind, watched.menteeId, watched.goalId);
        const QStringList wrong
            = differences(watched.model.get(), readAll(watched.model.get()), readAll(fresh.get()));
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(what + QStringLiteral("differs from a fresh model: ")
                            + wrong.join(QStringLiteral("; "))));
        QVERIFY2(watched.resets->isEmpty(),
                 qPrintable(what + QStringLiteral("the model was reset")));
    }
}

#define STOP_ON_FAILURE(check)                                                                     \
    do {                                                                                           \
        check;                                                                                     \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

void TestItemModels::shouldStayConsistentAndCurrentThroughEditsUndoAndRedo()
{
    // GIVEN every model over Priya's relationship, each checked by QAbstractItemModelTester
    // and each watched by a mirror that only follows its signals
    for (const QString &kind : allKinds())
        watch(kind, m_priya);
    auto model = [this](const QString &kind) {
        for (const Watched &watched : m_watched) {
            if (watched.kind == kind)
                return watched.model.get();
        }
        return static_cast<QAbstractItemModel *>(nullptr);
    };
    auto *mentees = qobject_cast<MenteeListModel *>(model(QStringLiteral("mentees")));
    auto *sessions = qobject_cast<SessionTimelineModel *>(model(QStringLiteral("sessions")));
    auto *goals = qobject_cast<GoalModel *>(model(QStringLiteral("goals")));
    auto *reviews = qobject_cast<GoalReviewModel *>(model(QStringLiteral("goal reviews")));
    auto *actions = qobject_cast<ActionChecklistModel *>(model(QStringLiteral("actions")));
    auto *problems
        = qobject_cast<ProblemStatementModel *>(model(QStringLiteral("problem statements")));
    auto *attachments = qobject_cast<AttachmentModel *>(model(QStringLiteral("attachments")));
    QVERIFY(mentees && sessions && goals && reviews && actions && problems && attachments);
    QVERIFY(sessions->rowCount() >= 8 && goals->rowCount() == 3 && reviews->rowCount() >= 2
            && actions->rowCount() >= 10 && problems->rowCount() >= 2
            && attachments->rowCount() == 2);
    STOP_ON_FAILURE(verifyCurrent(QStringLiteral("loaded")));

    Repositories &r = repositories();
    const Session planned = r.sessionsOf(m_priya).constLast();
    QCOMPARE(planned.status, SessionStatus::Planned);
    Id newSession = 0;
    auto heldWithMostActions = [&r, this] {
        Session best;
        int most = -1;
        for (const Session &session : r.sessionsOf(m_priya)) {
            const int count = int(r.actions.where(QStringLiteral("session_id"), session.id).size());
            if (session.status == SessionStatus::Held && count > most) {
                best = session;
                most = count;
            }
        }
        return best.id;
    };
    auto actionWithReviews = [&r, this] {
        for (const Action &action : r.actions.where(QStringLiteral("mentee_id"), m_priya)) {
            if (r.actionReviews.where(QStringLiteral("action_id"), action.id).size() >= 2)
                return action.id;
        }
        return Id(0);
    };
    auto setData = [](QAbstractItemModel *m,
                      int row,
                      int column,
                      const QVariant &value,
                      int role = Qt::EditRole) {
        return row >= 0 && m->setData(m->index(row, column), value, role);
    };

    const QList<std::pair<QString, std::function<bool()>>> steps{
        {QStringLiteral("rename the mentee"),
         [&] {
             return setData(mentees,
                            mentees->rowOf(m_priya),
                            MenteeListModel::NameColumn,
                            QStringLiteral("Priya Raman-Shah"));
         }},
        {QStringLiteral("rename the other mentee past her"),
         [&] {
             return setData(mentees,
                            mentees->rowOf(m_bo),
                            MenteeListModel::NameColumn,
                            QStringLiteral("Zoë Bo"));
         }},
        {QStringLiteral("edit a session's notes"),
         [&] {
             return setData(sessions,
                            1,
                            SessionTimelineModel::NotesColumn,
                            QStringLiteral("We met for coffee.\nShe told me about her team."));
         }},
        {QStringLiteral("change the planned session's stage"),
         [&] {
             return setData(sessions,
                            sessions->rowOf(planned.id),
                            SessionTimelineModel::StageColumn,
                            int(Stage::Exercise));
         }},
        {QStringLiteral("record the planned session as held"),
         [&] {
             return setData(sessions,
                            sessions->rowOf(planned.id),
                            SessionTimelineModel::StatusColumn,
                            int(SessionStatus::Held));
         }},
        {QStringLiteral("plan a session"),
         [&] {
             Session session;
             session.menteeId = m_priya;
             session.sequence = r.nextSequence(m_priya);
             session.scheduledAt = modelNow().addDays(10);
             session.stage = Stage::Exercise;
             newSession = m_store->create(session, QStringLiteral("Plan"));
             return newSession > 0;
         }},
        {QStringLiteral("reprioritise a goal"),
         [&] {
             return setData(goals, 0, GoalModel::PriorityColumn, 9);
         }},
        {QStringLiteral("review a goal at the new session"),
         [&] {
             GoalReview review;
             review.goalId = reviews->goalId();
             review.sessionId = newSession;
             review.progress = 75;
             return m_store->create(review, QStringLiteral("Review")) > 0;
         }},
        {QStringLiteral("edit a review's progress"),
         [&] {
             return setData(reviews, 0, GoalReviewModel::ProgressColumn, 45);
         }},
        {QStringLiteral("complete an action"),
         [&] {
             return setData(actions,
                            rowWhere(actions, ActionChecklistModel::DoneRole, false),
                            ActionChecklistModel::TextColumn,
                            Qt::Checked,
                            Qt::CheckStateRole);
         }},
        {QStringLiteral("hand an action to the mentor"),
         [&] {
             return setData(
                 actions,
                 rowWhere(actions, ActionChecklistModel::OwnerRole, int(ActionOwner::Mentee)),
                 ActionChecklistModel::OwnerColumn,
                 int(ActionOwner::Mentor));
         }},
        {QStringLiteral("agree an action at the new session"),
         [&] {
             Action action;
             action.menteeId = m_priya;
             action.sessionId = newSession;
             action.text = QStringLiteral("Book the room for the planning review");
             action.dueOn = today().addDays(12);
             return m_store->create(action, QStringLiteral("Agree")) > 0;
         }},
        {QStringLiteral("move a due date into the past"),
         [&] {
             return setData(actions,
                            actions->rowCount() - 1,
                            ActionChecklistModel::DueOnColumn,
                            today().addDays(-2));
         }},
        {QStringLiteral("re-rank a problem statement"),
         [&] {
             return setData(problems, 0, ProblemStatementModel::RankColumn, 9);
         }},
        {QStringLiteral("relabel an attachment"),
         [&] {
             return setData(
                 attachments, 0, AttachmentModel::KindColumn, int(AttachmentKind::Other));
         }},
        {QStringLiteral("carry an action"),
         [&] {
             ActionReview review;
             review.actionId = actions->actionAt(actions->index(0, 0)).id;
             review.sessionId = newSession;
             review.decision = ReviewDecision::Carried;
             return m_store->create(review, QStringLiteral("Carry")) > 0;
         }},
        {QStringLiteral("delete an action with reviews"),
         [&] {
             return m_store->erase<Action>(actionWithReviews(), QStringLiteral("Delete"));
         }},
        {QStringLiteral("delete the held session with the most actions"),
         [&] {
             return m_store->erase<Session>(heldWithMostActions(), QStringLiteral("Delete"));
         }},
        {QStringLiteral("delete a goal"),
         [&] {
             return m_store->erase<Goal>(goals->goalAt(goals->index(0, 0)).id,
                                         QStringLiteral("Delete"));
         }},
        {QStringLiteral("delete a problem statement"),
         [&] {
             return m_store->erase<ProblemStatement>(
                 problems->statementAt(problems->index(0, 0)).id, QStringLiteral("Delete"));
         }},
        {QStringLiteral("edit the other mentee"),
         [&] {
             return setData(mentees, mentees->rowOf(m_bo), MenteeListModel::CadenceDaysColumn, 7);
         }},
        {QStringLiteral("reopen a completed action"),
         [&] {
             return setData(actions,
                            rowWhere(actions, ActionChecklistModel::DoneRole, true),
                            ActionChecklistModel::TextColumn,
                            Qt::Unchecked,
                            Qt::CheckStateRole);
         }},
        {QStringLiteral("delete the mentee"),
         [&] {
             return m_store->erase<Mentee>(m_priya, QStringLiteral("Delete"));
         }},
    };

    // WHEN each edit is made THEN it is one undo step, and every model is consistent and current
    for (const auto &[name, step] : steps) {
        const int before = undoIndex();
        QVERIFY2(step(), qPrintable(name));
        QCOMPARE(undoIndex(), before + 1);
        STOP_ON_FAILURE(verifyCurrent(name));
    }
    QCOMPARE(sessions->rowCount(), 0);
    QCOMPARE(mentees->rowCount(), 1);

    // WHEN every edit is undone, one by one THEN the same holds after each
    for (auto step = steps.crbegin(); step != steps.crend(); ++step) {
        m_store->undoStack()->undo();
        STOP_ON_FAILURE(verifyCurrent(QStringLiteral("undo ") + step->first));
    }
    QCOMPARE(undoIndex(), 0);

    // WHEN every edit is redone THEN the same holds after each
    for (const auto &[name, step] : steps) {
        m_store->undoStack()->redo();
        STOP_ON_FAILURE(verifyCurrent(QStringLiteral("redo ") + name));
    }
}

void TestItemModels::shouldShowOnlyTheChosenMenteesRows_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table");
    QTest::newRow("sessions") << QStringLiteral("sessions") << QStringLiteral("sessions");
    QTest::newRow("goals") << QStringLiteral("goals") << QStringLiteral("goals");
    QTest::newRow("actions") << QStringLiteral("actions") << QStringLiteral("actions");
    QTest::newRow("problem statements")
        << QStringLiteral("problem statements") << QStringLiteral("problem_statements");
    QTest::newRow("attachments") << QStringLiteral("attachments") << QStringLiteral("attachments");
}

void TestItemModels::shouldShowOnlyTheChosenMenteesRows()
{
    QFETCH(QString, kind);
    QFETCH(QString, table);

    auto idsOfMentee = [this, &table](Id mentee) {
        QList<Id> ids;
        QSqlQuery query = m_database->prepare(
            QStringLiteral("SELECT id FROM %1 WHERE mentee_id = ?").arg(table));
        query.addBindValue(mentee);
        Database::run(query);
        while (query.next())
            ids << query.value(0).toLongLong();
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto sorted = [](QList<Id> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };

    // GIVEN a model showing no mentee
    auto model = makeModel(kind, 0);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model->rowCount(), 0);
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    auto setMentee = [&model](Id mentee) {
        if (auto *scoped = dynamic_cast<MenteeScopedModel<Session> *>(model.get()))
            scoped->setMenteeId(mentee);
        else if (auto *goals = dynamic_cast<MenteeScopedModel<Goal> *>(model.get()))
            goals->setMenteeId(mentee);
        else if (auto *actions = dynamic_cast<MenteeScopedModel<Action> *>(model.get()))
            actions->setMenteeId(mentee);
        else if (auto *problems = dynamic_cast<MenteeScopedModel<ProblemStatement> *>(model.get()))
            problems->setMenteeId(mentee);
        else if (auto *attachments = dynamic_cast<MenteeScopedModel<Attachment> *>(model.get()))
            attachments->setMenteeId(mentee);
        else
            QFAIL("not a mentee-scoped model");
    };

    // WHEN Priya is chosen THEN the model is reset once and shows her rows, and none of Bo's
    setMentee(m_priya);
    QCOMPARE(resets.count(), 1);
    const QList<Id> priyas = idsOfMentee(m_priya);
    QVERIFY(!priyas.isEmpty());
    QCOMPARE(sorted(idsOf(model.get())), priyas);

    // WHEN Bo is chosen THEN it shows his rows, none of Priya's
    setMentee(m_bo);
    QCOMPARE(resets.count(), 2);
    const QList<Id> bos = idsOfMentee(m_bo);
    QCOMPARE(sorted(idsOf(model.get())), bos);
    for (Id id : bos)
        QVERIFY(!priyas.contains(id));

    // WHEN Bo is chosen again THEN nothing happens
    setMentee(m_bo);
    QCOMPARE(resets.count(), 2);

    // WHEN a row is added to Priya's relationship THEN Bo's model does not show it
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    Goal goal;
    goal.menteeId = m_priya;
    goal.title = QStringLiteral("Not Bo's");
    QVERIFY(m_store->create(goal, QStringLiteral("Add goal")) > 0);
    Action action;
    action.menteeId = m_priya;
    action.text = QStringLiteral("Not Bo's");
    QVERIFY(m_store->create(action, QStringLiteral("Add action")) > 0);
    QVERIFY(m_store->erase<Mentee>(m_priya, QStringLiteral("Delete")));
    m_store->undoStack()->undo();
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(sorted(idsOf(model.get())), bos);

    // WHEN no mentee is chosen THEN it is empty
    setMentee(0);
    QCOMPARE(model->rowCount(), 0);
}

void TestItemModels::shouldShowOnlyTheChosenGoalsReviews()
{
    // GIVEN a goal of Priya's with reviews, and the same goal of Bo's
    const Id goal = firstGoalOf(m_priya);
    const QList<GoalReview> expected
        = repositories().goalReviews.where(QStringLiteral("goal_id"), goal);
    QVERIFY(expected.size() >= 2);
    GoalReviewModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // WHEN the goal is chosen THEN the model shows its reviews in session order
    model.setGoalId(goal);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), expected.size());
    int previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const GoalReview review = model.reviewAt(model.index(row, 0));
        QCOMPARE(review.goalId, goal);
        const int sequence = model.index(row, 0).data(GoalReviewModel::SessionSequenceRole).toInt();
        QCOMPARE(sequence, repositories().sessions.get(review.sessionId).sequence);
        QVERIFY(sequence > previous);
        previous = sequence;
        QCOMPARE(model.index(row, GoalReviewModel::SessionColumn).data().toString(),
                 QStringLiteral("Session %1").arg(sequence));
        QCOMPARE(model.index(row, GoalReviewModel::ProgressColumn).data().toString(),
                 QStringLiteral("%1%").arg(review.progress));
        QCOMPARE(model.index(row, GoalReviewModel::ProgressColumn).data(Qt::EditRole).toInt(),
                 review.progress);
    }

    // WHEN Bo's copy of the goal is reviewed THEN Priya's goal's model does not change
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    GoalReview review;
    review.goalId = firstGoalOf(m_bo);
    review.sessionId = repositories().sessionsOf(m_bo).constLast().id;
    review.progress = 50;
    QVERIFY(m_store->create(review, QStringLiteral("Review")) > 0);
    QCOMPARE(inserted.count(), 0);

    // WHEN the goal itself is deleted THEN its reviews go, one by one
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_store->erase<Goal>(goal, QStringLiteral("Delete")));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(removed.count(), expected.size());
    m_store->undoStack()->undo();
    QCOMPARE(idsOf(&model).size(), expected.size());
    QCOMPARE(resets.count(), 1);
}

void TestItemModels::shouldAnnounceAnEditOfOneFieldForItsRowOnly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("mentee email") << QStringLiteral("mentees") << 1
                                  << int(MenteeListModel::EmailColumn)
                                  << QVariant(QStringLiteral("priya@example.net"));
    QTest::newRow("mentee cadence") << QStringLiteral("mentees") << 0
                                    << int(MenteeListModel::CadenceDaysColumn) << QVariant(21);
    QTest::newRow("mentee start") << QStringLiteral("mentees") << 1
                                  << int(MenteeListModel::StartedOnColumn)
                                  << QVariant(today().addMonths(-5));
    QTest::newRow("mentee style") << QStringLiteral("mentees") << 1
                                  << int(MenteeListModel::PreferredStyleColumn)
                                  << QVariant(int(PreferredStyle::FreeFlowing));
    QTest::newRow("session notes")
        << QStringLiteral("sessions") << 2 << int(SessionTimelineModel::NotesColumn)
        << QVariant(QStringLiteral("Shorter notes"));
    QTest::newRow("session private notes")
        << QStringLiteral("sessions") << 2 << int(SessionTimelineModel::PrivateNotesColumn)
        << QVariant(QStringLiteral("Mine"));
    QTest::newRow("session duration") << QStringLiteral("sessions") << 3
                                      << int(SessionTimelineModel::DurationColumn) << QVariant(90);
    QTest::newRow("session place")
        << QStringLiteral("sessions") << 3 << int(SessionTimelineModel::LocationColumn)
        << QVariant(QStringLiteral("Leeds"));
    QTest::newRow("session stage")
        << QStringLiteral("sessions") << 3 << int(SessionTimelineModel::StageColumn)
        << QVariant(int(Stage::Open));
    QTest::newRow("session status")
        << QStringLiteral("sessions") << 3 << int(SessionTimelineModel::StatusColumn)
        << QVariant(int(SessionStatus::Missed));
    QTest::newRow("session time") << QStringLiteral("sessions") << 3
                                  << int(SessionTimelineModel::ScheduledAtColumn)
                                  << QVariant(QDateTime(today().addDays(-60), QTime(18, 0)));
    QTest::newRow("goal title") << QStringLiteral("goals") << 1 << int(GoalModel::TitleColumn)
                                << QVariant(QStringLiteral("Give feedback"));
    QTest::newRow("goal time-bound")
        << QStringLiteral("goals") << 1 << int(GoalModel::TimeBoundOnColumn)
        << QVariant(today().addMonths(4));
    QTest::newRow("goal status") << QStringLiteral("goals") << 1 << int(GoalModel::StatusColumn)
                                 << QVariant(int(GoalStatus::Achieved));
    QTest::newRow("review note") << QStringLiteral("goal reviews") << 0
                                 << int(GoalReviewModel::NoteColumn)
                                 << QVariant(QStringLiteral("A start"));
    QTest::newRow("review progress") << QStringLiteral("goal reviews") << 0
                                     << int(GoalReviewModel::ProgressColumn) << QVariant(12);
    QTest::newRow("action text") << QStringLiteral("actions") << 0
                                 << int(ActionChecklistModel::TextColumn)
                                 << QVariant(QStringLiteral("Call Dan"));
    QTest::newRow("action with whom")
        << QStringLiteral("actions") << 0 << int(ActionChecklistModel::WithWhomColumn)
        << QVariant(QStringLiteral("Dan"));
    QTest::newRow("action owner") << QStringLiteral("actions") << 0
                                  << int(ActionChecklistModel::OwnerColumn)
                                  << QVariant(int(ActionOwner::Mentor));
    QTest::newRow("problem text") << QStringLiteral("problem statements") << 0
                                  << int(ProblemStatementModel::TextColumn)
                                  << QVariant(QStringLiteral("I want to present without notes."));
    QTest::newRow("problem goal") << QStringLiteral("problem statements") << 0
                                  << int(ProblemStatementModel::GoalColumn) << QVariant(qint64(0));
    QTest::newRow("problem status")
        << QStringLiteral("problem statements") << 0 << int(ProblemStatementModel::StatusColumn)
        << QVariant(int(ProblemStatus::Resolved));
    QTest::newRow("attachment name")
        << QStringLiteral("attachments") << 1 << int(AttachmentModel::FileNameColumn)
        << QVariant(QStringLiteral("cv.txt"));
}

void TestItemModels::shouldAnnounceAnEditOfOneFieldForItsRowOnly()
{
    QFETCH(QString, kind);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);

    // GIVEN a model, watched by the tester and a mirror
    Watched &watched = watch(kind, m_priya);
    QAbstractItemModel *model = watched.model.get();
    QVERIFY(row < model->rowCount());
    const Id id = model->index(row, 0).data(IdRole).toLongLong();
    const Rows before = readAll(model);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);

    // WHEN one field of one row is edited
    QVERIFY(model->setData(model->index(row, column), value));

    // THEN the row stays where it is, and only its cells are announced: the edited one, and
    // the first column's roles that the field feeds
    QCOMPARE(model->index(row, 0).data(IdRole).toLongLong(), id);
    QCOMPARE(model->index(row, column).data(Qt::EditRole), value);
    QVERIFY(!changed.isEmpty());
    bool editedCellAnnounced = false;
    for (const QList<QVariant> &arguments : changed) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), row);
        QCOMPARE(bottomRight.row(), row);
        QVERIFY2(topLeft.column() == column || topLeft.column() == 0,
                 qPrintable(QString::number(topLeft.column())));
        QVERIFY(bottomRight.column() == topLeft.column());
        const auto roles = arguments.at(2).value<QList<int>>();
        editedCellAnnounced
            = editedCellAnnounced
              || (topLeft.column() == column && (roles.isEmpty() || roles.contains(Qt::EditRole)));
    }
    QVERIFY(editedCellAnnounced);
    QCOMPARE(inserted.count() + removed.count() + moved.count() + layout.count(), 0);
    QCOMPARE(watched.resets->count(), 0);
    QVERIFY2(watched.mirror->staleCells().isEmpty(),
             qPrintable(watched.mirror->staleCells().join(QLatin1Char('\n'))));

    // AND the other rows are as they were
    const Rows after = readAll(model);
    for (int other = 0; other < model->rowCount(); ++other) {
        if (other != row)
            QCOMPARE(after.at(other), before.at(other));
    }

    // WHEN undone THEN the same narrow signals put the old value back
    changed.clear();
    m_store->undoStack()->undo();
    QCOMPARE(readAll(model), before);
    for (const QList<QVariant> &arguments : changed)
        QCOMPARE(arguments.at(0).value<QModelIndex>().row(), row);
    QCOMPARE(inserted.count() + removed.count() + moved.count() + layout.count(), 0);
    QVERIFY(watched.mirror->staleCells().isEmpty());
}

void TestItemModels::shouldInsertAtTheSortedPosition_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Creation>("create");
    QTest::addColumn<int>("expectedRow");

    auto goal = [](int priority) {
        return Creation([priority](Store &store, Id mentee) {
            Goal g;
            g.menteeId = mentee;
            g.title = QStringLiteral("Priority %1").arg(priority);
            g.priority = priority;
            return store.create(g, QStringLiteral("Add goal"));
        });
    };
    auto action = [](const QDate &due, bool done) {
        return Creation([due, done](Store &store, Id mentee) {
            Action a;
            a.menteeId = mentee;
            a.text = QStringLiteral("New");
            a.dueOn = due;
            if (done)
                a.doneAt = frozenNow();
            return store.create(a, QStringLiteral("Add action"));
        });
    };
    auto mentee = [](const QString &name) {
        return Creation([name](Store &store, Id) {
            Mentee m;
            m.name = name;
            return store.create(m, QStringLiteral("Add mentee"));
        });
    };
    auto statement = [](int rank) {
        return Creation([rank](Store &store, Id mentee) {
            ProblemStatement p;
            p.menteeId = mentee;
            p.text = QStringLiteral("Rank %1").arg(rank);
            p.rank = rank;
            return store.create(p, QStringLiteral("Add statement"));
        });
    };
    // the sample's goals have priorities 1, 2, 3; Bo sorts before Priya; the open actions come
    // first (by due date, undated last), then the done ones
    QTest::newRow("goal of priority 2") << QStringLiteral("goals") << goal(2) << 2;
    QTest::newRow("goal of priority 1") << QStringLiteral("goals") << goal(1) << 1;
    QTest::newRow("goal of priority 99") << QStringLiteral("goals") << goal(99) << 3;
    QTest::newRow("mentee first") << QStringLiteral("mentees")
                                  << mentee(QStringLiteral("Aisha Khan")) << 0;
    QTest::newRow("mentee between")
        << QStringLiteral("mentees") << mentee(QStringLiteral("Marcus Hale")) << 1;
    QTest::newRow("mentee last") << QStringLiteral("mentees") << mentee(QStringLiteral("Zoë Adams"))
                                 << 2;
    QTest::newRow("action due first")
        << QStringLiteral("actions") << action(QDate(2000, 1, 1), false) << 0;
    QTest::newRow("open action without a date")
        << QStringLiteral("actions") << action(QDate(), false) << -2;
    QTest::newRow("action done last") << QStringLiteral("actions") << action(QDate(), true) << -1;
    QTest::newRow("open action in the filter")
        << QStringLiteral("open actions") << action(QDate(2000, 1, 1), false) << 0;
    QTest::newRow("statement of rank 1")
        << QStringLiteral("problem statements") << statement(1) << 1;
    QTest::newRow("session") << QStringLiteral("sessions") << Creation([](Store &store, Id mentee) {
        Session s;
        s.menteeId = mentee;
        s.sequence = store.repositories().nextSequence(mentee);
        s.scheduledAt = frozenNow().addDays(20);
        return store.create(s, QStringLiteral("Plan"));
    }) << -1;
}

void TestItemModels::shouldInsertAtTheSortedPosition()
{
    QFETCH(QString, kind);
    QFETCH(Creation, create);
    QFETCH(int, expectedRow);

    // GIVEN a model
    Watched &watched = watch(kind, m_priya);
    QAbstractItemModel *model = watched.model.get();
    const int rows = model->rowCount();
    if (expectedRow == -1)
        expectedRow = rows;
    if (expectedRow == -2)
        expectedRow = rowWhere(model, ActionChecklistModel::DoneRole, true);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);

    // WHEN a row is created through the store
    const Id id = create(*m_store, m_priya);
    QVERIFY(id > 0);

    // THEN it is inserted, alone, where it sorts
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), expectedRow);
    QCOMPARE(inserted.at(0).at(2).toInt(), expectedRow);
    QCOMPARE(model->rowCount(), rows + 1);
    QCOMPARE(model->index(expectedRow, 0).data(IdRole).toLongLong(), id);
    QCOMPARE(moved.count() + layout.count() + watched.resets->count(), 0);
    QVERIFY(watched.mirror->staleCells().isEmpty());

    // WHEN undone THEN exactly that row is removed
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    m_store->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), expectedRow);
    QCOMPARE(model->rowCount(), rows);

    // WHEN redone THEN it is back in the same place
    m_store->undoStack()->redo();
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), expectedRow);
    QVERIFY(watched.mirror->staleCells().isEmpty());
    QCOMPARE(watched.resets->count(), 0);
}

void TestItemModels::shouldMoveARowWhoseSortKeyChanges_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("expectedRow");

    const int edit = Qt::EditRole;
    QTest::newRow("goal priority down")
        << QStringLiteral("goals") << 0 << int(GoalModel::PriorityColumn) << edit << QVariant(9)
        << 2;
    QTest::newRow("goal priority up") << QStringLiteral("goals") << 2
                                      << int(GoalModel::PriorityColumn) << edit << QVariant(1) << 1;
    QTest::newRow("goal priority one step")
        << QStringLiteral("goals") << 0 << int(GoalModel::PriorityColumn) << edit << QVariant(3)
        << 1;
    QTest::newRow("mentee renamed")
        << QStringLiteral("mentees") << 0 << int(MenteeListModel::NameColumn) << edit
        << QVariant(QStringLiteral("Zoë Bo")) << 1;
    QTest::newRow("statement rank")
        << QStringLiteral("problem statements") << 0 << int(ProblemStatementModel::RankColumn)
        << edit << QVariant(99) << -1;
    QTest::newRow("action done") << QStringLiteral("actions") << 0
                                 << int(ActionChecklistModel::TextColumn) << int(Qt::CheckStateRole)
                                 << QVariant(int(Qt::Checked)) << -1;
    QTest::newRow("action due first")
        << QStringLiteral("actions") << 2 << int(ActionChecklistModel::DueOnColumn) << edit
        << QVariant(QDate(2000, 1, 1)) << 0;
    QTest::newRow("attachment kind")
        << QStringLiteral("attachments") << 0 << int(AttachmentModel::KindColumn) << edit
        << QVariant(int(AttachmentKind::Other)) << 1;
}

void TestItemModels::shouldMoveARowWhoseSortKeyChanges()
{
    QFETCH(QString, kind);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(int, expectedRow);

    // GIVEN a sorted model
    Watched &watched = watch(kind, m_priya);
    QAbstractItemModel *model = watched.model.get();
    const Id id = model->index(row, 0).data(IdRole).toLongLong();
    QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(model, &QAbstractItemModel::layoutChanged);

    // WHEN a row's sort key is edited
    QVERIFY(model->setData(model->index(row, column), value, role));

    // THEN the row is moved (not removed and inserted, not reset) to where it now sorts
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).toInt(), row);
    QCOMPARE(moved.at(0).at(2).toInt(), row);
    QCOMPARE(inserted.count() + removed.count() + layout.count() + watched.resets->count(), 0);
    const auto fresh = makeModel(kind, m_priya);
    QCOMPARE(idsOf(model), idsOf(fresh.get()));
    const int now = int(idsOf(model).indexOf(id));
    QVERIFY(now != row);
    if (expectedRow >= 0)
        QCOMPARE(now, expectedRow);
    QCOMPARE(model->index(now, column).data(role), value);
    QVERIFY2(watched.mirror->staleCells().isEmpty(),
             qPrintable(watched.mirror->staleCells().join(QLatin1Char('\n'))));

    // WHEN undone THEN it moves back
    m_store->undoStack()->undo();
    QCOMPARE(moved.count(), 2);
    QCOMPARE(model->index(row, 0).data(IdRole).toLongLong(), id);
    QCOMPARE(inserted.count() + removed.count() + layout.count() + watched.resets->count(), 0);
    QVERIFY(watched.mirror->staleCells().isEmpty());
}

void TestItemModels::shouldRemoveAndRestoreRowsOneByOneForAWholesaleChange()
{
    // GIVEN Priya's timeline and the mentee list, watched
    Watched &sessions = watch(QStringLiteral("sessions"), m_priya);
    Watched &mentees = watch(QStringLiteral("mentees"), 0);
    const QList<Id> ids = idsOf(sessions.model.get());
    const Rows before = readAll(sessions.model.get());
    QSignalSpy removed(sessions.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(sessions.model.get(), &QAbstractItemModel::rowsInserted);

    // WHEN Priya is deleted THEN her sessions are removed row by row, not by a reset
    QVERIFY(m_store->erase<Mentee>(m_priya, QStringLiteral("Delete")));
    QCOMPARE(sessions.model->rowCount(), 0);
    QCOMPARE(removed.count(), ids.size());
    QCOMPARE(mentees.model->rowCount(), 1);

    // WHEN undone THEN they come back row by row, in the same order, with the same data
    m_store->undoStack()->undo();
    QCOMPARE(inserted.count(), ids.size());
    QCOMPARE(idsOf(sessions.model.get()), ids);
    QCOMPARE(readAll(sessions.model.get()), before);
    QCOMPARE(mentees.model->rowCount(), 2);
    QCOMPARE(sessions.resets->count() + mentees.resets->count(), 0);
    STOP_ON_FAILURE(verifyCurrent(QStringLiteral("after undo")));

    // WHEN the sample is added and its addition undone THEN the list grows and shrinks by a row
    QSignalSpy menteesInserted(mentees.model.get(), &QAbstractItemModel::rowsInserted);
    const Id third = Edit::addSample(*m_store, today());
    QVERIFY(third > 0);
    QCOMPARE(menteesInserted.count(), 1);
    QCOMPARE(mentees.model->rowCount(), 3);
    m_store->undoStack()->undo();
    QCOMPARE(mentees.model->rowCount(), 2);
    STOP_ON_FAILURE(verifyCurrent(QStringLiteral("after the sample")));
}

void TestItemModels::shouldRefreshEveryModelShowingTheSameRow()
{
    // GIVEN two goal models on Priya, one on Bo, and two checklists on Priya
    Watched &first = watch(QStringLiteral("goals"), m_priya);
    Watched &second = watch(QStringLiteral("goals"), m_priya);
    Watched &bos = watch(QStringLiteral("goals"), m_bo);
    Watched &checklist = watch(QStringLiteral("actions"), m_priya);
    Watched &otherChecklist = watch(QStringLiteral("actions"), m_priya);
    QSignalSpy secondChanged(second.model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy bosChanged(bos.model.get(), &QAbstractItemModel::dataChanged);

    // WHEN a goal's title is edited through the first
    const QModelIndex title = first.model->index(1, GoalModel::TitleColumn);
    QVERIFY(first.model->setData(title, QStringLiteral("Coach Dan and Aisha")));

    // THEN the second shows it too, announced for that cell; Bo's model hears nothing
    QCOMPARE(second.model->index(1, GoalModel::TitleColumn).data().toString(),
             QStringLiteral("Coach Dan and Aisha"));
    QVERIFY(!secondChanged.isEmpty());
    QCOMPARE(secondChanged.at(0).at(0).value<QModelIndex>(),
             second.model->index(1, GoalModel::TitleColumn));
    QCOMPARE(bosChanged.count(), 0);

    // WHEN an action is checked in one checklist THEN the other moves its row as well
    QSignalSpy otherMoved(otherChecklist.model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(
        checklist.model->setData(checklist.model->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(otherMoved.count(), 1);
    QCOMPARE(idsOf(otherChecklist.model.get()), idsOf(checklist.model.get()));

    // WHEN both edits are undone THEN every model follows
    m_store->undoStack()->undo();
    m_store->undoStack()->undo();
    QCOMPARE(otherMoved.count(), 2);
    QCOMPARE(second.model->index(1, GoalModel::TitleColumn).data(Qt::EditRole).toString(),
             repositories().goals.get(second.model->index(1, 0).data(IdRole).toLongLong()).title);
    QCOMPARE(bosChanged.count(), 0);
    STOP_ON_FAILURE(verifyCurrent(QStringLiteral("after undo")));
}

void TestItemModels::shouldExposeEveryRoleByName_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : {QStringLiteral("mentees"),
                                QStringLiteral("sessions"),
                                QStringLiteral("goals"),
                                QStringLiteral("goal reviews"),
                                QStringLiteral("actions"),
                                QStringLiteral("problem statements"),
                                QStringLiteral("attachments")}) {
        QTest::newRow(qPrintable(kind)) << kind;
    }
}

void TestItemModels::shouldExposeEveryRoleByName()
{
    QFETCH(QString, kind);

    // GIVEN a model with rows
    const auto model = makeModel(kind, m_priya);
    QVERIFY(model->rowCount() > 0);
    const QMetaEnum roles
        = model->metaObject()->enumerator(model->metaObject()->indexOfEnumerator("Role"));
    QVERIFY(roles.isValid());
    const QHash<int, QByteArray> names = model->roleNames();

    // THEN every role of its Role enum has a name of its own, and a value for every row
    QCOMPARE(roles.keyToValue("IdRole"), IdRole);
    QSet<QByteArray> seen;
    for (int i = 0; i < roles.keyCount(); ++i) {
        const int role = roles.value(i);
        const QByteArray key = roles.key(i);
        QVERIFY2(names.contains(role), key.constData());
        const QByteArray name = names.value(role);
        QVERIFY2(!name.isEmpty() && !seen.contains(name), key.constData());
        seen.insert(name);
        // the name is the key without "Role", in camel case
        QCOMPARE(name.toLower(), key.chopped(4).toLower());
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY2(model->index(row, 0).data(role).isValid(), key.constData());
    }
    // AND the standard names are kept
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    QCOMPARE(names.value(Qt::EditRole), QByteArray("edit"));

    // AND the id role gives each row's id
    QSet<Id> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(IdRole).toLongLong());
    QCOMPARE(ids.size(), model->rowCount());
    QVERIFY(!ids.contains(0));
}

void TestItemModels::shouldComputeTheMenteeListMarkers()
{
    // GIVEN Ana, fortnightly, last met 20 days ago, next meeting in two days, with an overdue
    // action, an open one and a done one
    Repositories &r = repositories();
    Mentee ana;
    ana.name = QStringLiteral("Ana Silva");
    r.mentees.add(ana);
    auto addSession = [&r, &ana](int sequence, int days, SessionStatus status) {
        Session s;
        s.menteeId = ana.id;
        s.sequence = sequence;
        s.scheduledAt = QDateTime(today().addDays(days), QTime(17, 0));
        s.stage = Stage::Introductions;
        s.status = status;
        r.sessions.add(s);
        return s.id;
    };
    addSession(1, -20, SessionStatus::Held);
    const Id next = addSession(2, 2, SessionStatus::Planned);
    auto addAction = [&r, &ana](int dueIn, bool done) {
        Action a;
        a.menteeId = ana.id;
        a.text = QStringLiteral("Due in %1").arg(dueIn);
        a.dueOn = today().addDays(dueIn);
        if (done)
            a.doneAt = frozenNow();
        r.actions.add(a);
        return a.id;
    };
    const Id overdue = addAction(-1, false);
    const Id open = addAction(5, false);
    addAction(-3, true);

    Watched &list = watch(QStringLiteral("mentees"), 0);
    auto *mentees = qobject_cast<MenteeListModel *>(list.model.get());
    Watched &timeline = watch(QStringLiteral("sessions"), ana.id);
    Watched &checklist = watch(QStringLiteral("actions"), ana.id);
    const int row = mentees->rowOf(ana.id);
    QVERIFY(row >= 0);
    auto value = [&mentees, &ana](int role) {
        return mentees->indexOf(ana.id).data(role);
    };
    QSignalSpy changed(mentees, &QAbstractItemModel::dataChanged);
    auto announced = [&changed, &mentees, &ana](int role) {
        for (const QList<QVariant> &arguments : changed) {
            const auto index = arguments.at(0).value<QModelIndex>();
            const auto roles = arguments.at(2).value<QList<int>>();
            if (index.row() == mentees->rowOf(ana.id) && index.column() == 0
                && (roles.isEmpty() || roles.contains(role))) {
                return true;
            }
        }
        return false;
    };
    auto announcedForOthers = [&changed, &mentees, &ana] {
        for (const QList<QVariant> &arguments : changed) {
            if (arguments.at(0).value<QModelIndex>().row() != mentees->rowOf(ana.id))
                return true;
        }
        return false;
    };

    // THEN the markers say so
    QCOMPARE(value(MenteeListModel::StatusRole).toString(), QStringLiteral("active"));
    QCOMPARE(value(MenteeListModel::NextMeetingRole).toDateTime(),
             QDateTime(today().addDays(2), QTime(17, 0)));
    QCOMPARE(value(MenteeListModel::NextMeetingRole).toDateTime().timeSpec(), Qt::LocalTime);
    QCOMPARE(value(MenteeListModel::LastMeetingRole).toDateTime(),
             QDateTime(today().addDays(-20), QTime(17, 0)));
    QCOMPARE(value(MenteeListModel::MeetingOverdueRole).toBool(), false);
    QCOMPARE(value(MenteeListModel::OpenActionsRole).toInt(), 2);
    QCOMPARE(value(MenteeListModel::OverdueActionsRole).toInt(), 1);
    QCOMPARE(value(MenteeListModel::HeldSessionsRole).toInt(), 1);

    // WHEN the next meeting is cancelled in the timeline THEN Ana's row says the meeting is overdue
    auto *sessions = qobject_cast<SessionTimelineModel *>(timeline.model.get());
    QVERIFY(sessions->setData(sessions->indexOf(next, SessionTimelineModel::StatusColumn),
                              int(SessionStatus::Cancelled)));
    QVERIFY(!value(MenteeListModel::NextMeetingRole).toDateTime().isValid());
    QCOMPARE(value(MenteeListModel::MeetingOverdueRole).toBool(), true);
    QVERIFY(announced(MenteeListModel::NextMeetingRole));
    QVERIFY(announced(MenteeListModel::MeetingOverdueRole));
    QVERIFY(!announcedForOthers());
    QVERIFY(list.mirror->staleCells().isEmpty());

    // WHEN that is undone THEN the markers are back
    changed.clear();
    m_store->undoStack()->undo();
    QCOMPARE(value(MenteeListModel::MeetingOverdueRole).toBool(), false);
    QVERIFY(announced(MenteeListModel::MeetingOverdueRole));
    QVERIFY(list.mirror->staleCells().isEmpty());

    // WHEN the overdue action is completed in the checklist THEN the action counts follow
    changed.clear();
    auto *actions = qobject_cast<ActionChecklistModel *>(checklist.model.get());
    QVERIFY(actions->setData(actions->indexOf(overdue), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(value(MenteeListModel::OpenActionsRole).toInt(), 1);
    QCOMPARE(value(MenteeListModel::OverdueActionsRole).toInt(), 0);
    QVERIFY(announced(MenteeListModel::OverdueActionsRole));
    QVERIFY(!announcedForOthers());

    // WHEN the open action is deleted, and that undone (a wholesale restore) THEN so do they
    QVERIFY(m_store->erase<Action>(open, QStringLiteral("Delete")));
    QCOMPARE(value(MenteeListModel::OpenActionsRole).toInt(), 0);
    changed.clear();
    m_store->undoStack()->undo();
    QCOMPARE(value(MenteeListModel::OpenActionsRole).toInt(), 1);
    QVERIFY(announced(MenteeListModel::OpenActionsRole));
    QVERIFY2(list.mirror->staleCells().isEmpty(),
             qPrintable(list.mirror->staleCells().join(QLatin1Char('\n'))));

    // WHEN the planned session is deleted, and that undone THEN the next meeting goes and comes
    // back
    QVERIFY(m_store->erase<Session>(next, QStringLiteral("Delete")));
    QVERIFY(!value(MenteeListModel::NextMeetingRole).toDateTime().isValid());
    QVERIFY(list.mirror->staleCells().isEmpty());
    m_store->undoStack()->undo();
    QVERIFY(value(MenteeListModel::NextMeetingRole).toDateTime().isValid());
    QVERIFY2(list.mirror->staleCells().isEmpty(),
             qPrintable(list.mirror->staleCells().join(QLatin1Char('\n'))));

    // WHEN time passes beyond the planned meeting THEN it is overdue, and the due action too
    changed.clear();
    mentees->setNow(QDateTime(today().addDays(6), QTime(9, 0)));
    QCOMPARE(value(MenteeListModel::MeetingOverdueRole).toBool(), true);
    QCOMPARE(value(MenteeListModel::OverdueActionsRole).toInt(), 1);
    QVERIFY(announced(MenteeListModel::MeetingOverdueRole));
    QVERIFY(list.mirror->staleCells().isEmpty());

    // WHEN Ana's relationship is paused THEN her meeting is no longer overdue
    changed.clear();
    QVERIFY(mentees->setData(mentees->indexOf(ana.id, MenteeListModel::StatusColumn),
                             int(MenteeStatus::Paused)));
    QCOMPARE(value(MenteeListModel::StatusRole).toString(), QStringLiteral("paused"));
    QCOMPARE(value(MenteeListModel::MeetingOverdueRole).toBool(), false);
    QVERIFY(announced(MenteeListModel::StatusRole));
    QVERIFY(announced(MenteeListModel::MeetingOverdueRole));
    QVERIFY(list.mirror->staleCells().isEmpty());
    QCOMPARE(list.resets->count(), 0);
}

void TestItemModels::shouldMarkTheNextPlannedSession()
{
    // GIVEN Priya's timeline at 10:00 today: the last session is planned a few days ahead
    Watched &watched = watch(QStringLiteral("sessions"), m_priya);
    auto *sessions = qobject_cast<SessionTimelineModel *>(watched.model.get());
    const int last = sessions->rowCount() - 1;
    auto nextRows = [sessions] {
        QList<int> rows;
        for (int row = 0; row < sessions->rowCount(); ++row) {
            if (sessions->index(row, 0).data(SessionTimelineModel::IsNextRole).toBool())
                rows << row;
        }
        return rows;
    };
    const Session planned = sessions->sessionAt(sessions->index(last, 0));
    QCOMPARE(planned.status, SessionStatus::Planned);
    QCOMPARE(nextRows(), QList<int>{last});

    // WHEN the clock passes the end of it THEN no session is next
    QSignalSpy changed(sessions, &QAbstractItemModel::dataChanged);
    sessions->setNow(planned.scheduledAt.addSecs(60 * planned.durationMinutes + 60));
    QVERIFY(nextRows().isEmpty());
    QVERIFY(!changed.isEmpty());
    QVERIFY(watched.mirror->staleCells().isEmpty());
    sessions->setNow(modelNow());
    QCOMPARE(nextRows(), QList<int>{last});

    // WHEN a later session is planned THEN the earlier one stays next
    Session later;
    later.menteeId = m_priya;
    later.sequence = planned.sequence + 1;
    later.scheduledAt = planned.scheduledAt.addDays(14);
    later.stage = Stage::Exercise;
    const Id laterId = m_store->create(later, QStringLiteral("Plan"));
    QCOMPARE(nextRows(), QList<int>{last});

    // WHEN the earlier one is recorded as held THEN the later one is next, and the view knows
    QVERIFY(sessions->setData(sessions->index(last, SessionTimelineModel::StatusColumn),
                              int(SessionStatus::Held)));
    QCOMPARE(nextRows(), QList<int>{last + 1});
    QCOMPARE(sessions->index(last + 1, 0).data(IdRole).toLongLong(), laterId);
    QVERIFY2(watched.mirror->staleCells().isEmpty(),
             qPrintable(watched.mirror->staleCells().join(QLatin1Char('\n'))));

    // WHEN the later one is deleted, and that undone THEN the mark goes and comes back
    QVERIFY(m_store->erase<Session>(laterId, QStringLiteral("Delete")));
    QVERIFY(nextRows().isEmpty());
    m_store->undoStack()->undo();
    QCOMPARE(nextRows(), QList<int>{last + 1});
    QVERIFY2(watched.mirror->staleCells().isEmpty(),
             qPrintable(watched.mirror->staleCells().join(QLatin1Char('\n'))));

    // WHEN everything is undone THEN the planned session is next again
    m_store->undoStack()->undo();
    m_store->undoStack()->undo();
    QCOMPARE(nextRows(), QList<int>{last});
    QVERIFY(watched.mirror->staleCells().isEmpty());
}

void TestItemModels::shouldSummariseAndCountEachSession()
{
    // GIVEN Priya's timeline
    Watched &watched = watch(QStringLiteral("sessions"), m_priya);
    auto *sessions = qobject_cast<SessionTimelineModel *>(watched.model.get());

    // THEN each row is numbered in order, names its stage, sums itself up and counts its actions
    for (int row = 0; row < sessions->rowCount(); ++row) {
        const QModelIndex index = sessions->index(row, 0);
        const Session session = sessions->sessionAt(index);
        QCOMPARE(index.data(SessionTimelineModel::SequenceRole).toInt(), row + 1);
        QCOMPARE(index.data(SessionTimelineModel::StageRole).toInt(), int(session.stage));
        QCOMPARE(index.data(SessionTimelineModel::StatusRole).toInt(), int(session.status));
        QCOMPARE(index.data(SessionTimelineModel::DurationRole).toInt(), session.durationMinutes);
        QCOMPARE(index.data(SessionTimelineModel::ScheduledAtRole).toDateTime(),
                 session.scheduledAt);
        QCOMPARE(index.data(SessionTimelineModel::ScheduledAtRole).toDateTime().timeSpec(),
                 Qt::LocalTime);
        QCOMPARE(index.data().toString(),
                 QStringLiteral("Session %1 · %2").arg(row + 1).arg(label(session.stage)));
        QCOMPARE(
            index.data(SessionTimelineModel::ActionCountRole).toInt(),
            int(repositories().actions.where(QStringLiteral("session_id"), session.id).size()));
        const QString summary = index.data(SessionTimelineModel::SummaryRole).toString();
        QVERIFY(!summary.isEmpty() && !summary.contains(QLatin1Char('\n')));
    }

    // AND a session that took place is summed up by the first line of its notes, else of its
    // decisions, agenda or hoped outcome, else by its stage
    Session session;
    session.stage = Stage::Focus;
    session.status = SessionStatus::Held;
    QCOMPARE(SessionTimelineModel::summaryOf(session), label(Stage::Focus));
    session.hopedOutcome = QStringLiteral("Three problem statements");
    QCOMPARE(SessionTimelineModel::summaryOf(session), QStringLiteral("Three problem statements"));
    session.agenda = QStringLiteral("\n  Check-in   and rapport\nReview");
    QCOMPARE(SessionTimelineModel::summaryOf(session), QStringLiteral("Check-in and rapport"));
    session.decisions = QStringLiteral("Focus on feedback");
    QCOMPARE(SessionTimelineModel::summaryOf(session), QStringLiteral("Focus on feedback"));
    session.notes = QStringLiteral("We talked about Dan.\nAnd Aisha.");
    QCOMPARE(SessionTimelineModel::summaryOf(session), QStringLiteral("We talked about Dan."));

    // AND a session still ahead by the topics of its agenda, until it has notes
    Session ahead;
    ahead.stage = Stage::Exercise;
    ahead.status = SessionStatus::Planned;
    QCOMPARE(SessionTimelineModel::summaryOf(ahead), label(Stage::Exercise));
    ahead.agenda = QStringLiteral("\n  Check-in   and rapport\nReview\n");
    QCOMPARE(SessionTimelineModel::summaryOf(ahead),
             QStringLiteral("Check-in and rapport · Review"));
    ahead.notes = QStringLiteral("Prepared the room.");
    QCOMPARE(SessionTimelineModel::summaryOf(ahead), QStringLiteral("Prepared the room."));

    // WHEN an action is agreed at the first session, and deleted, and that undone THEN its
    // count follows each time
    const Session first = sessions->sessionAt(sessions->index(0, 0));
    const int count = sessions->index(0, 0).data(SessionTimelineModel::ActionCountRole).toInt();
    Action action;
    action.menteeId = m_priya;
    action.sessionId = first.id;
    action.text = QStringLiteral("Read the agreement");
    const Id actionId = m_store->create(action, QStringLiteral("Agree"));
    QCOMPARE(sessions->index(0, 0).data(SessionTimelineModel::ActionCountRole).toInt(), count + 1);
    QVERIFY(m_store->erase<Action>(actionId, QStringLiteral("Delete")));
    QCOMPARE(sessions->index(0, 0).data(SessionTimelineModel::ActionCountRole).toInt(), count);
    m_store->undoStack()->undo();
    QCOMPARE(sessions->index(0, 0).data(SessionTimelineModel::ActionCountRole).toInt(), count + 1);
    QVERIFY2(watched.mirror->staleCells().isEmpty(),
             qPrintable(watched.mirror->staleCells().join(QLatin1Char('\n'))));

    // WHEN the notes of a session are edited THEN its summary is announced on the first column
    QVERIFY(sessions->setData(sessions->index(1, SessionTimelineModel::NotesColumn),
                              QStringLiteral("New notes")));
    QCOMPARE(sessions->index(1, 0).data(SessionTimelineModel::SummaryRole).toString(),
             QStringLiteral("New notes"));
    QVERIFY2(watched.mirror->staleCells().isEmpty(),
             qPrintable(watched.mirror->staleCells().join(QLatin1Char('\n'))));
}

void TestItemModels::shouldListGoalProgressInSessionOrder()
{
    // GIVEN Ana with four sessions and a goal reviewed at sessions 3, 1 and 2 (in that order)
    Repositories &r = repositories();
    Mentee ana;
    ana.name = QStringLiteral("Ana Silva");
    r.mentees.add(ana);
    QList<Id> sessionIds;
    for (int sequence = 1; sequence <= 4; ++sequence) {
        Session s;
        s.menteeId = ana.id;
        s.sequence = sequence;
        s.scheduledAt = QDateTime(today().addDays(-40 + 10 * sequence), QTime(17, 0));
        s.status = SessionStatus::Held;
        r.sessions.add(s);
        sessionIds << s.id;
    }
    Goal goal;
    goal.menteeId = ana.id;
    goal.title = QStringLiteral("Chair the planning meeting");
    r.goals.add(goal);
    Goal unreviewed = goal;
    unreviewed.title = QStringLiteral("Not reviewed yet");
    unreviewed.priority = 2;
    r.goals.add(unreviewed);
    for (const auto &[session, progress] : {std::pair{2, 50}, std::pair{0, 10}, std::pair{1, 30}}) {
        GoalReview review;
        review.goalId = goal.id;
        review.sessionId = sessionIds.at(session);
        review.progress = progress;
        r.goalReviews.add(review);
    }
    Watched &goals = watch(QStringLiteral("goals"), ana.id);
    auto *model = qobject_cast<GoalModel *>(goals.model.get());
    Watched &reviews = watch(QStringLiteral("goal reviews"), ana.id);
    auto *reviewModel = qobject_cast<GoalReviewModel *>(reviews.model.get());
    QCOMPARE(reviewModel->goalId(), goal.id);
    auto history = [model, &goal] {
        return model->indexOf(goal.id).data(GoalModel::ProgressHistoryRole).toList();
    };
    auto progress = [model, &goal] {
        return model->indexOf(goal.id).data(GoalModel::ProgressRole).toInt();
    };

    // THEN the history is in session order, and the progress is the latest session's
    QCOMPARE(history(), (QVariantList{10, 30, 50}));
    QCOMPARE(model->progressHistory(goal.id), (QList<int>{10, 30, 50}));
    QCOMPARE(progress(), 50);
    QCOMPARE(model->indexOf(unreviewed.id).data(GoalModel::ProgressRole).toInt(), -1);
    QCOMPARE(model->indexOf(unreviewed.id).data(GoalModel::ProgressHistoryRole).toList(),
             QVariantList{});
    QCOMPARE(reviewModel->index(0, GoalReviewModel::ProgressColumn).data(Qt::EditRole).toInt(), 10);

    // WHEN a review is added at session 4 THEN it ends the history, and the row says so
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    GoalReview fourth;
    fourth.goalId = goal.id;
    fourth.sessionId = sessionIds.at(3);
    fourth.progress = 80;
    QVERIFY(m_store->create(fourth, QStringLiteral("Review")) > 0);
    QCOMPARE(history(), (QVariantList{10, 30, 50, 80}));
    QCOMPARE(progress(), 80);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), model->rowOf(goal.id));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(GoalModel::ProgressHistoryRole));
    QCOMPARE(reviewModel->rowCount(), 4);

    // WHEN a review's progress is edited in the review model THEN the goal's history follows
    QVERIFY(reviewModel->setData(reviewModel->index(1, GoalReviewModel::ProgressColumn), 35));
    QCOMPARE(history(), (QVariantList{10, 35, 50, 80}));

    // WHEN session 2 is deleted THEN its review goes with it, from both models
    QVERIFY(m_store->erase<Session>(sessionIds.at(1), QStringLiteral("Delete")));
    QCOMPARE(history(), (QVariantList{10, 50, 80}));
    QCOMPARE(reviewModel->rowCount(), 3);
    QVERIFY2(goals.mirror->staleCells().isEmpty(),
             qPrintable(goals.mirror->staleCells().join(QLatin1Char('\n'))));

    // WHEN that is undone THEN it is back in its place
    m_store->undoStack()->undo();
    QCOMPARE(history(), (QVariantList{10, 35, 50, 80}));
    QCOMPARE(reviewModel->index(1, GoalReviewModel::ProgressColumn).data(Qt::EditRole).toInt(), 35);
    QVERIFY2(goals.mirror->staleCells().isEmpty(),
             qPrintable(goals.mirror->staleCells().join(QLatin1Char('\n'))));
    STOP_ON_FAILURE(verifyCurrent(QStringLiteral("after undo")));
}

void TestItemModels::shouldFilterActionsByStateAndOwner_data()
{
    QTest::addColumn<ActionFilterModel::State>("state");
    QTest::addColumn<int>("owner");
    const QList<std::pair<const char *, ActionFilterModel::State>> states{
        {"open", ActionFilterModel::State::Open},
        {"done", ActionFilterModel::State::Done},
        {"all", ActionFilterModel::State::All}};
    const QList<std::pair<const char *, int>> owners{
        {"anyone", -1}, {"mentee", int(ActionOwner::Mentee)}, {"mentor", int(ActionOwner::Mentor)}};
    for (const auto &[stateName, state] : states) {
        for (const auto &[ownerName, owner] : owners)
            QTest::addRow("%s, %s", stateName, ownerName) << state << owner;
    }
}

void TestItemModels::shouldFilterActionsByStateAndOwner()
{
    QFETCH(ActionFilterModel::State, state);
    QFETCH(int, owner);

    // GIVEN Priya's checklist behind a filter
    ActionChecklistModel checklist(*m_store);
    checklist.setNow(modelNow());
    checklist.setMenteeId(m_priya);
    ActionFilterModel filter;
    filter.setSourceModel(&checklist);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(filter.state(), ActionFilterModel::State::Open);
    QCOMPARE(filter.owner(), -1);

    // WHEN the filter is set
    filter.setState(state);
    filter.setOwner(owner);

    // THEN it shows exactly the actions of that state and owner, in the checklist's order
    QList<Id> expected;
    for (const Action &action : checklist.items()) {
        const bool stateMatches = state == ActionFilterModel::State::All
                                  || action.isDone() == (state == ActionFilterModel::State::Done);
        if (stateMatches && (owner < 0 || int(action.owner) == owner))
            expected << action.id;
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(idsOf(&filter), expected);
    QCOMPARE(filter.state(), state);
    QCOMPARE(filter.owner(), owner);
}

void TestItemModels::shouldRefilterWhenAnActionIsCompleted()
{
    // GIVEN the open and the done actions of Priya, each behind its own filter
    Watched &open = watch(QStringLiteral("open actions"), m_priya);
    auto *done = new ActionFilterModel;
    auto *source = new ActionChecklistModel(*m_store, done);
    source->setNow(modelNow());
    source->setMenteeId(m_priya);
    done->setSourceModel(source);
    done->setState(ActionFilterModel::State::Done);
    Watched &doneWatched = m_watched.emplace_back();
    doneWatched.kind = QStringLiteral("done actions");
    doneWatched.menteeId = m_priya;
    doneWatched.model.reset(done);
    doneWatched.tester = std::make_unique<QAbstractItemModelTester>(
        done, QAbstractItemModelTester::FailureReportingMode::Fatal);
    doneWatched.mirror = std::make_unique<ViewMirror>(done);
    const int openCount = open.model->rowCount();
    const int doneCount = done->rowCount();
    QSignalSpy openRemoved(open.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy doneInserted(done, &QAbstractItemModel::rowsInserted);

    // WHEN the first open action is checked, through the filter
    const Id id = open.model->index(0, 0).data(IdRole).toLongLong();
    QVERIFY(open.model->setData(open.model->index(0, 0), Qt::Checked, Qt::CheckStateRole));

    // THEN it leaves the open list and joins the done one
    QCOMPARE(open.model->rowCount(), openCount - 1);
    QCOMPARE(openRemoved.count(), 1);
    QCOMPARE(done->rowCount(), doneCount + 1);
    QCOMPARE(doneInserted.count(), 1);
    QVERIFY(idsOf(done).contains(id));
    QCOMPARE(repositories().actions.get(id).doneAt, frozenNow());
    QVERIFY(open.mirror->staleCells().isEmpty());
    QVERIFY(doneWatched.mirror->staleCells().isEmpty());

    // WHEN the owner filter is set to the mentor, and the mentee's action is handed over THEN it
    // appears there
    auto *mine = qobject_cast<ActionFilterModel *>(open.model.get());
    mine->setOwner(int(ActionOwner::Mentor));
    const int mentorCount = mine->rowCount();
    int row = 0;
    while (row < source->rowCount()
           && (source->actionAt(source->index(row, 0)).isDone()
               || source->actionAt(source->index(row, 0)).owner != ActionOwner::Mentee)) {
        ++row;
    }
    QVERIFY(row < source->rowCount());
    const Action handed = source->actionAt(source->index(row, 0));
    QCOMPARE(handed.owner, ActionOwner::Mentee);
    QVERIFY(source->setData(source->index(row, ActionChecklistModel::OwnerColumn),
                            int(ActionOwner::Mentor)));
    QCOMPARE(mine->rowCount(), mentorCount + 1);
    QVERIFY(idsOf(mine).contains(handed.id));

    // WHEN both are undone THEN the lists are as they were
    m_store->undoStack()->undo();
    m_store->undoStack()->undo();
    mine->setOwner(-1);
    QCOMPARE(mine->rowCount(), openCount);
    QCOMPARE(done->rowCount(), doneCount);
    QVERIFY(open.mirror->staleCells().isEmpty());
    QVERIFY(doneWatched.mirror->staleCells().isEmpty());
}

void TestItemModels::shouldConvertBetweenEditAndDisplayValues()
{
    const QLocale locale;
    Repositories &r = repositories();

    // GIVEN Priya's actions, sessions, goals and problem statements
    ActionChecklistModel actions(*m_store);
    actions.setNow(modelNow());
    actions.setMenteeId(m_priya);
    SessionTimelineModel sessions(*m_store);
    sessions.setNow(modelNow());
    sessions.setMenteeId(m_priya);
    ProblemStatementModel problems(*m_store);
    problems.setMenteeId(m_priya);
    MenteeListModel mentees(*m_store);
    mentees.setNow(modelNow());

    // THEN dates are QDates to edit and short local dates to show; no date is an invalid QDate
    int dated = 0;
    while (dated < actions.rowCount()
           && (actions.items().at(dated).isDone() || !actions.items().at(dated).dueOn.isValid())) {
        ++dated;
    }
    QVERIFY(dated < actions.rowCount());
    const Action action = actions.actionAt(actions.index(dated, 0));
    const QModelIndex due = actions.index(dated, ActionChecklistModel::DueOnColumn);
    QCOMPARE(due.data(Qt::EditRole).typeId(), int(QMetaType::QDate));
    QCOMPARE(due.data(Qt::EditRole).toDate(), action.dueOn);
    QCOMPARE(due.data(ActionChecklistModel::DueRole).toDate(), action.dueOn);
    QCOMPARE(due.data().toString(), locale.toString(action.dueOn, QLocale::ShortFormat));
    QVERIFY(actions.setData(due, QDate(2026, 4, 1)));
    QCOMPARE(r.actions.get(action.id).dueOn, QDate(2026, 4, 1));
    const QModelIndex moved = actions.indexOf(action.id, ActionChecklistModel::DueOnColumn);
    QVERIFY(actions.setData(moved, QDate()));
    QVERIFY(!r.actions.get(action.id).dueOn.isValid());
    const QModelIndex undated = actions.indexOf(action.id, ActionChecklistModel::DueOnColumn);
    QCOMPARE(undated.data(Qt::EditRole).typeId(), int(QMetaType::QDate));
    QVERIFY(!undated.data(Qt::EditRole).toDate().isValid());
    QCOMPARE(undated.data().toString(), QString());

    // AND choices are their index to edit, and their label to show
    const QModelIndex owner = actions.indexOf(action.id, ActionChecklistModel::OwnerColumn);
    QCOMPARE(owner.data(Qt::EditRole).typeId(), int(QMetaType::Int));
    QCOMPARE(owner.data(Qt::EditRole).toInt(), int(action.owner));
    QCOMPARE(owner.data().toString(), label(action.owner));
    QVERIFY(actions.setData(owner, int(ActionOwner::Mentor)));
    QCOMPARE(r.actions.get(action.id).owner, ActionOwner::Mentor);
    QCOMPARE(actions.indexOf(action.id, ActionChecklistModel::OwnerColumn).data().toString(),
             QStringLiteral("Mentor"));
    QCOMPARE(actions.indexOf(action.id).data(ActionChecklistModel::OwnerRole).toInt(),
             int(ActionOwner::Mentor));

    // AND the check state is the done time: checked sets it to the store's now, unchecked clears it
    const QModelIndex text = actions.indexOf(action.id, ActionChecklistModel::TextColumn);
    QCOMPARE(text.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(actions.setData(text, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(r.actions.get(action.id).doneAt, frozenNow());
    QCOMPARE(actions.indexOf(action.id).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(actions.indexOf(action.id).data(ActionChecklistModel::DoneRole).toBool(), true);
    QVERIFY(actions.setData(actions.indexOf(action.id), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!r.actions.get(action.id).doneAt.isValid());
    QCOMPARE(actions.index(0, ActionChecklistModel::OwnerColumn).data(Qt::CheckStateRole),
             QVariant());

    // AND date-times are local QDateTimes to edit, stored as UTC
    const Session session = sessions.sessionAt(sessions.index(2, 0));
    const QModelIndex when = sessions.index(2, SessionTimelineModel::ScheduledAtColumn);
    QCOMPARE(when.data(Qt::EditRole).typeId(), int(QMetaType::QDateTime));
    QCOMPARE(when.data(Qt::EditRole).toDateTime().timeSpec(), Qt::LocalTime);
    QCOMPARE(when.data(Qt::EditRole).toDateTime(), session.scheduledAt);
    const QDateTime local(QDate(2026, 1, 20), QTime(18, 15));
    QVERIFY(sessions.setData(when, local));
    QCOMPARE(r.sessions.get(session.id).scheduledAt, local);
    QCOMPARE(r.sessions.get(session.id).scheduledAt.timeSpec(), Qt::UTC);
    QCOMPARE(sessions.index(2, SessionTimelineModel::ScheduledAtColumn)
                 .data(Qt::EditRole)
                 .toDateTime()
                 .time(),
             QTime(18, 15));
    QCOMPARE(sessions.index(2, SessionTimelineModel::ScheduledAtColumn).data().toString(),
             QStringLiteral("Session 3 · %1").arg(label(session.stage)));
    const QModelIndex stage = sessions.index(2, SessionTimelineModel::StageColumn);
    QCOMPARE(stage.data(Qt::EditRole).toInt(), int(session.stage));
    QCOMPARE(stage.data().toString(), label(session.stage));
    QCOMPARE(sessions.index(2, SessionTimelineModel::DurationColumn).data(Qt::EditRole).typeId(),
             int(QMetaType::Int));

    // AND an optional choice left empty is shown empty (a freely written statement's template)
    const int free
        = rowWhere(&problems, ProblemStatementModel::TemplateRole, int(ProblemTemplate::Free));
    if (free >= 0)
        QCOMPARE(
            problems.index(free, ProblemStatementModel::TemplateColumn).data(Qt::EditRole).toInt(),
            0);

    // AND references are ids, 0 for none
    const QModelIndex goal = problems.index(0, ProblemStatementModel::GoalColumn);
    const ProblemStatement statement = problems.statementAt(goal);
    QVERIFY(statement.goalId > 0);
    QCOMPARE(goal.data(Qt::EditRole).toLongLong(), statement.goalId);
    QCOMPARE(goal.data(ProblemStatementModel::GoalIdRole).toLongLong(), statement.goalId);
    QVERIFY(problems.setData(goal, qint64(0)));
    QCOMPARE(r.problemStatements.get(statement.id).goalId, Id(0));
    QCOMPARE(problems.indexOf(statement.id, ProblemStatementModel::GoalColumn)
                 .data(Qt::EditRole)
                 .toLongLong(),
             qint64(0));
    QVERIFY(!problems.indexOf(statement.id, ProblemStatementModel::GoalColumn).data().isValid());

    // AND numbers are ints to edit, shown in the locale
    const QModelIndex cadence = mentees.indexOf(m_priya, MenteeListModel::CadenceDaysColumn);
    QCOMPARE(cadence.data(Qt::EditRole).typeId(), int(QMetaType::Int));
    QVERIFY(mentees.setData(cadence, 1000 / 100));
    QCOMPARE(r.mentees.get(m_priya).cadenceDays, 10);
    QCOMPARE(mentees.indexOf(m_priya, MenteeListModel::CadenceDaysColumn).data().toString(),
             QStringLiteral("10"));
}

void TestItemModels::shouldRefuseAnInvalidEditWithoutChangingAnything_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty mentee name")
        << QStringLiteral("mentees") << int(MenteeListModel::NameColumn)
        << QVariant(QStringLiteral("  ")) << QStringLiteral("Name: must not be empty");
    QTest::newRow("cadence 0") << QStringLiteral("mentees")
                               << int(MenteeListModel::CadenceDaysColumn) << QVariant(0)
                               << QStringLiteral("Meet every: 0 is outside 1–365");
    QTest::newRow("email") << QStringLiteral("mentees") << int(MenteeListModel::EmailColumn)
                           << QVariant(QStringLiteral("priya at example"))
                           << QStringLiteral("is not an email address");
    QTest::newRow("empty goal title")
        << QStringLiteral("goals") << int(GoalModel::TitleColumn) << QVariant(QString())
        << QStringLiteral("Goal: must not be empty");
    QTest::newRow("priority 0") << QStringLiteral("goals") << int(GoalModel::PriorityColumn)
                                << QVariant(0) << QStringLiteral("Priority: 0 is outside 1–99");
    QTest::newRow("progress 120") << QStringLiteral("goal reviews")
                                  << int(GoalReviewModel::ProgressColumn) << QVariant(120)
                                  << QStringLiteral("Progress: 120 is outside 0–100");
    QTest::newRow("no session status")
        << QStringLiteral("sessions") << int(SessionTimelineModel::StatusColumn) << QVariant(9)
        << QStringLiteral("Status: a session status is required");
    QTest::newRow("session too short")
        << QStringLiteral("sessions") << int(SessionTimelineModel::DurationColumn) << QVariant(1)
        << QStringLiteral("Duration: 1 is outside 5–480");
    QTest::newRow("session without a time")
        << QStringLiteral("sessions") << int(SessionTimelineModel::ScheduledAtColumn)
        << QVariant(QDateTime()) << QStringLiteral("When: a date and time is required");
    QTest::newRow("empty action") << QStringLiteral("actions")
                                  << int(ActionChecklistModel::TextColumn)
                                  << QVariant(QStringLiteral("\n"))
                                  << QStringLiteral("Text: must not be empty");
    QTest::newRow("blank template")
        << QStringLiteral("problem statements") << int(ProblemStatementModel::TextColumn)
        << QVariant(QStringLiteral("I want to develop my skills in ___"))
        << QStringLiteral("fill in every blank");
    QTest::newRow("another mentee's goal")
        << QStringLiteral("problem statements") << int(ProblemStatementModel::GoalColumn)
        << QVariant(qint64(-1)) << QStringLiteral("belongs to another mentee");
}

void TestItemModels::shouldRefuseAnInvalidEditWithoutChangingAnything()
{
    QFETCH(QString, kind);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    if (value == QVariant(qint64(-1)))
        value = QVariant(qint64(firstGoalOf(m_bo)));

    // GIVEN a model
    Watched &watched = watch(kind, m_priya);
    QAbstractItemModel *model = watched.model.get();
    // (a statement from a template, for the blank left in it)
    const int row
        = kind == QLatin1String("problem statements") && column == ProblemStatementModel::TextColumn
              ? rowWhere(
                  model, ProblemStatementModel::TemplateRole, int(ProblemTemplate::DevelopSkills))
              : 0;
    QVERIFY(row >= 0);
    const Rows before = readAll(model);
    QSignalSpy failed(m_store.get(), &Store::writeFailed);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    // WHEN an impossible value is set
    const bool accepted = model->setData(model->index(row, column), value);

    // THEN it is refused with a message that names the field, and nothing changes
    QVERIFY(!accepted);
    QCOMPARE(failed.count(), 1);
    const QString reported = failed.at(0).at(0).toString();
    QVERIFY2(reported.contains(message), qPrintable(reported));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(readAll(model), before);
    QCOMPARE(m_store->undoStack()->count(), 0);
}

void TestItemModels::shouldPushNothingForAnUnchangedValue()
{
    // GIVEN a goal model
    GoalModel goals(*m_store);
    goals.setMenteeId(m_priya);
    QSignalSpy changed(&goals, &QAbstractItemModel::dataChanged);
    const QModelIndex title = goals.index(0, GoalModel::TitleColumn);
    const QModelIndex due = goals.index(0, GoalModel::TimeBoundOnColumn);

    // WHEN a cell is set to the value it has
    QVERIFY(goals.setData(title, title.data(Qt::EditRole)));
    QVERIFY(goals.setData(due, due.data(Qt::EditRole).toDate()));
    QVERIFY(goals.setData(goals.index(0, GoalModel::StatusColumn), int(GoalStatus::Active)));

    // THEN nothing is written, pushed or announced
    QCOMPARE(m_store->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);

    // WHEN a title is typed in steps THEN the steps are one undo step
    QVERIFY(goals.setData(title, QStringLiteral("B")));
    QVERIFY(goals.setData(goals.index(0, GoalModel::TitleColumn), QStringLiteral("Be")));
    QVERIFY(goals.setData(goals.index(0, GoalModel::TitleColumn), QStringLiteral("Be ready")));
    QCOMPARE(m_store->undoStack()->count(), 1);
    QVERIFY(goals.setData(goals.index(0, GoalModel::MeasureColumn), QStringLiteral("Evidence")));
    QCOMPARE(m_store->undoStack()->count(), 2);
    m_store->undoStack()->undo();
    m_store->undoStack()->undo();
    QCOMPARE(goals.index(0, GoalModel::TitleColumn).data().toString(),
             QStringLiteral("Be ready for the Analytics Team Lead role"));
}

void TestItemModels::shouldSayWhichCellsAreEditableAndTitleTheColumns()
{
    ActionChecklistModel actions(*m_store);
    actions.setMenteeId(m_priya);
    GoalReviewModel reviews(*m_store);
    reviews.setGoalId(firstGoalOf(m_priya));
    AttachmentModel attachments(*m_store);
    attachments.setMenteeId(m_priya);
    GoalModel goals(*m_store);
    goals.setMenteeId(m_priya);

    // THEN the checklist's text is checkable and editable, its session is neither
    const Qt::ItemFlags text = actions.flags(actions.index(0, ActionChecklistModel::TextColumn));
    QVERIFY(text.testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(text.testFlag(Qt::ItemIsEditable));
    const Qt::ItemFlags session
        = actions.flags(actions.index(0, ActionChecklistModel::SessionColumn));
    QVERIFY(!session.testFlag(Qt::ItemIsEditable));
    QVERIFY(!session.testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!actions.flags(actions.index(0, ActionChecklistModel::DueOnColumn))
                 .testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!actions.setData(actions.index(0, ActionChecklistModel::SessionColumn), qint64(1)));
    QVERIFY(!actions.setData(
        actions.index(0, ActionChecklistModel::DueOnColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!goals.setData(
        goals.index(0, GoalModel::TitleColumn), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(!reviews.flags(reviews.index(0, GoalReviewModel::SessionColumn))
                 .testFlag(Qt::ItemIsEditable));
    QVERIFY(
        reviews.flags(reviews.index(0, GoalReviewModel::NoteColumn)).testFlag(Qt::ItemIsEditable));
    QVERIFY(!attachments.flags(attachments.index(0, AttachmentModel::MimeTypeColumn))
                 .testFlag(Qt::ItemIsEditable));
    QVERIFY(attachments.flags(attachments.index(0, AttachmentModel::FileNameColumn))
                .testFlag(Qt::ItemIsEditable));
    QCOMPARE(m_store->undoStack()->count(), 0);

    // AND the columns are titled after their fields
    QCOMPARE(goals.headerData(GoalModel::TitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Goal"));
    QCOMPARE(goals.headerData(GoalModel::TimeBoundOnColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time-bound"));
    QCOMPARE(actions.headerData(ActionChecklistModel::DueOnColumn, Qt::Horizontal).toString(),
             QStringLiteral("Due"));
    QCOMPARE(actions.headerData(ActionChecklistModel::OwnerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Owner"));
    QCOMPARE(reviews.headerData(GoalReviewModel::ProgressColumn, Qt::Horizontal).toString(),
             QStringLiteral("Progress"));
    for (int column = 0; column < goals.columnCount(); ++column)
        QVERIFY(!goals.headerData(column, Qt::Horizontal).toString().contains(QLatin1Char('_')));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
