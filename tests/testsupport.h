// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "program/rules.h"
#include "storage/repositories.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

namespace Mentorbook::TestSupport {

/** The fixed "today" of every test: tests never depend on the real date. */
inline QDate today()
{
    return QDate(2026, 3, 16);
}

/** A clock frozen at 09:00 UTC on today(), for repeatable time stamps. */
inline QDateTime frozenNow()
{
    return QDateTime(today(), QTime(9, 0), Qt::UTC);
}

inline void freezeClock(Database &database)
{
    database.setClock([] { return frozenNow(); });
}

/** A new database for the running test function (and data row), its clock frozen. */
inline std::unique_ptr<Database> openTestDatabase(const QTemporaryDir &dir)
{
    auto database = std::make_unique<Database>();
    database->open(dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                + QString::fromLatin1(QTest::currentDataTag())
                                + QStringLiteral(".sqlite")));
    freezeClock(*database);
    return database;
}

/** The ids of the rows addRelationship() adds. */
struct RelationshipIds
{
    Id mentee = 0;
    Id attachment = 0;
    Id goal = 0;
    Id problemStatement = 0;
    Id session = 0;
    Id goalReview = 0;
    Id action = 0;
    Id actionReview = 0;
};

/** A relationship with one row in every table, added straight through the repositories. */
inline RelationshipIds addRelationship(Repositories &r, const QString &name)
{
    RelationshipIds ids;
    Mentee mentee;
    mentee.name = name;
    mentee.email = QStringLiteral("mentee@example.org");
    r.mentees.add(mentee);
    ids.mentee = mentee.id;

    Attachment attachment;
    attachment.menteeId = mentee.id;
    attachment.kind = AttachmentKind::Resume;
    attachment.fileName = QStringLiteral("resume.txt");
    attachment.mimeType = QStringLiteral("text/plain");
    attachment.data = "Resume";
    r.attachments.add(attachment);
    ids.attachment = attachment.id;

    Goal goal;
    goal.menteeId = mentee.id;
    goal.title = QStringLiteral("Lead the weekly planning meeting");
    r.goals.add(goal);
    ids.goal = goal.id;

    ProblemStatement statement;
    statement.menteeId = mentee.id;
    statement.goalId = goal.id;
    statement.text = QStringLiteral("I want to run the planning meeting without notes.");
    r.problemStatements.add(statement);
    ids.problemStatement = statement.id;

    Session session;
    session.menteeId = mentee.id;
    session.sequence = 1;
    session.scheduledAt = QDateTime(today().addDays(-7), QTime(16, 0), Qt::UTC);
    session.stage = Stage::Introductions;
    session.status = SessionStatus::Held;
    session.problemStatementId = statement.id;
    r.sessions.add(session);
    ids.session = session.id;

    GoalReview review;
    review.goalId = goal.id;
    review.sessionId = session.id;
    review.progress = 30;
    r.goalReviews.add(review);
    ids.goalReview = review.id;

    Action action;
    action.menteeId = mentee.id;
    action.sessionId = session.id;
    action.problemStatementId = statement.id;
    action.text = QStringLiteral("Ask two peers for feedback");
    action.dueOn = today().addDays(7);
    r.actions.add(action);
    ids.action = action.id;

    ActionReview actionReview;
    actionReview.actionId = action.id;
    actionReview.sessionId = session.id;
    actionReview.decision = ReviewDecision::Carried;
    r.actionReviews.add(actionReview);
    ids.actionReview = actionReview.id;
    return ids;
}

/** How many times the action was carried, as the method's rules count it. */
inline int timesCarried(const Repositories &r, Id actionId)
{
    return Program::timesCarried(r.actionReviews.where(QStringLiteral("action_id"), actionId));
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/**
 * Runs statements on a database file as another program would, behind Mentorbook's back
 * (its own connection, no lock); fails the test at the first statement SQLite refuses.
 */
inline void rawExec(const QString &file, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement),
                     qPrintable(statement + QLatin1Char(' ') + query.lastError().text()));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/** The permission bits of a file, as stat() gives them (0600), or -1 if there is none. */
inline int modeOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return int(status.st_mode & 0777);
}

/** Sets the umask while it lives (the processes it starts inherit it). */
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~Umask() { ::umask(m_previous); }
    Umask(const Umask &) = delete;
    Umask &operator=(const Umask &) = delete;

private:
    mode_t m_previous;
};

} // namespace Mentorbook::TestSupport
