// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories.h"

#include "../domain/fieldtitles.h"

#include <QUuid>

#include <algorithm>

namespace Mentorbook {

namespace {

/** At most this many rows are named per table; the rest are counted. */
constexpr int NamedRowsPerTable = 10;

template<class T>
void collectFieldProblems(const Repository<T> &repository, QStringList &problems)
{
    const QString noun = singularNoun(tableOf<T>().name);
    QList<T> items;
    try {
        items = repository.all();
    } catch (const Error &error) {
        problems << RepositoryMessages::tr("the rows of %1 cannot be read (%2)")
                        .arg(tableOf<T>().name, error.message());
        return;
    }
    int broken = 0;
    for (const T &item : items) {
        try {
            validate(item);
        } catch (const ValidationError &error) {
            if (++broken <= NamedRowsPerTable) {
                problems << RepositoryMessages::tr("%1 %2 would be refused: %3")
                                .arg(noun)
                                .arg(item.id)
                                .arg(describeForUser(error));
            }
        }
    }
    if (broken > NamedRowsPerTable) {
        problems << RepositoryMessages::tr("and %n more row(s) of %1 would be refused",
                                           nullptr,
                                           broken - NamedRowsPerTable)
                        .arg(tableOf<T>().name);
    }
}

Id firstId(QSqlQuery &query)
{
    Database::run(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}
} // namespace

QString singularNoun(const QString &table)
{
    static const QHash<QString, const char *> nouns{
        {QStringLiteral("mentees"), QT_TRANSLATE_NOOP("Mentorbook::Repository", "mentee")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("Mentorbook::Repository", "attachment")},
        {QStringLiteral("goals"), QT_TRANSLATE_NOOP("Mentorbook::Repository", "goal")},
        {QStringLiteral("goal_reviews"),
         QT_TRANSLATE_NOOP("Mentorbook::Repository", "goal review")},
        {QStringLiteral("problem_statements"),
         QT_TRANSLATE_NOOP("Mentorbook::Repository", "problem statement")},
        {QStringLiteral("sessions"), QT_TRANSLATE_NOOP("Mentorbook::Repository", "session")},
        {QStringLiteral("actions"), QT_TRANSLATE_NOOP("Mentorbook::Repository", "action")},
        {QStringLiteral("action_reviews"),
         QT_TRANSLATE_NOOP("Mentorbook::Repository", "action review")},
    };
    const char *noun = nouns.value(table);
    return noun ? QCoreApplication::translate("Mentorbook::Repository", noun) : table;
}

Id menteeOfRow(const Database &database, const QString &table, Id id)
{
    static const QStringList owned{QStringLiteral("attachments"),
                                   QStringLiteral("goals"),
                                   QStringLiteral("problem_statements"),
                                   QStringLiteral("sessions"),
                                   QStringLiteral("actions")};
    QString sql;
    if (table == QLatin1String("mentees"))
        sql = QStringLiteral("SELECT id FROM mentees WHERE id = ?");
    else if (owned.contains(table))
        sql = QStringLiteral("SELECT mentee_id FROM %1 WHERE id = ?").arg(table);
    else
        return 0;
    QSqlQuery query = database.prepare(sql);
    query.addBindValue(id);
    return firstId(query);
}

Id owningMentee(const Database &, const Mentee &mentee)
{
    return mentee.id;
}
Id owningMentee(const Database &, const Attachment &attachment)
{
    return attachment.menteeId;
}
Id owningMentee(const Database &, const Goal &goal)
{
    return goal.menteeId;
}
Id owningMentee(const Database &, const ProblemStatement &statement)
{
    return statement.menteeId;
}
Id owningMentee(const Database &, const Session &session)
{
    return session.menteeId;
}
Id owningMentee(const Database &, const Action &action)
{
    return action.menteeId;
}

Id owningMentee(const Database &database, const GoalReview &review)
{
    return menteeOfRow(database, QStringLiteral("goals"), review.goalId);
}

Id owningMentee(const Database &database, const ActionReview &review)
{
    return menteeOfRow(database, QStringLiteral("actions"), review.actionId);
}

namespace {
/** True when another row of table than `id` has the same pair of values. */
bool pairTaken(const Database &database,
               const QString &table,
               const QString &first,
               Id firstValue,
               const QString &second,
               qint64 secondValue,
               Id id)
{
    QSqlQuery query
        = database.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND %3 = ? AND id <> ?")
                               .arg(table, first, second));
    query.addBindValue(firstValue);
    query.addBindValue(secondValue);
    query.addBindValue(id);
    return firstId(query) != 0;
}
} // namespace

void checkUnique(const Database &database, const Session &session)
{
    if (pairTaken(database,
                  QStringLiteral("sessions"),
                  QStringLiteral("mentee_id"),
                  session.menteeId,
                  QStringLiteral("sequence"),
                  session.sequence,
                  session.id)) {
        throw ValidationError(QStringLiteral("sequence"),
                              RepositoryMessages::tr("this mentee already has a session number %1")
                                  .arg(session.sequence));
    }
    QSqlQuery uid = database.prepare(
        QStringLiteral("SELECT id FROM sessions WHERE calendar_uid = ? AND id <> ?"));
    uid.addBindValue(session.calendarUid);
    uid.addBindValue(session.id);
    if (firstId(uid) != 0)
        throw ValidationError(QStringLiteral("calendar_uid"),
                              RepositoryMessages::tr("another session already has this identity"));
}

void completeNew(const Database &, Session &session, bool restored)
{
    if (!restored) {
        session.calendarUid.clear();
        session.calendarSequence = 0;
    }
    if (session.calendarUid.isEmpty())
        session.calendarUid = QStringLiteral("mentorbook-%1@mentorbook.invalid")
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void completeChange(const Database &database, Session &session)
{
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT calendar_uid, calendar_sequence, scheduled_at, duration_minutes, "
                       "location, status FROM sessions WHERE id = ?"));
    query.addBindValue(session.id);
    Database::run(query);
    if (!query.next())
        return; // the update itself says there is no such session
    const QString storedUid = query.value(0).toString();
    if (!storedUid.isEmpty())
        session.calendarUid = storedUid;
    else
        completeNew(database, session, true);
    // What a calendar shows of the meeting, compared in its stored form.
    const bool moved = Canonical::fromDateTime(session.scheduledAt) != query.value(2)
                       || session.durationMinutes != query.value(3).toInt()
                       || session.location != query.value(4).toString()
                       || toKey(session.status) != query.value(5).toString();
    const int stored = query.value(1).toInt();
    session.calendarSequence = std::max(session.calendarSequence, stored + (moved ? 1 : 0));
}

void checkUnique(const Database &database, const GoalReview &review)
{
    if (pairTaken(database,
                  QStringLiteral("goal_reviews"),
                  QStringLiteral("goal_id"),
                  review.goalId,
                  QStringLiteral("session_id"),
                  review.sessionId,
                  review.id)) {
        throw ValidationError(
            QStringLiteral("session_id"),
            RepositoryMessages::tr("this goal was already reviewed at this session"));
    }
}

void checkUnique(const Database &database, const ActionReview &review)
{
    if (pairTaken(database,
                  QStringLiteral("action_reviews"),
                  QStringLiteral("action_id"),
                  review.actionId,
                  QStringLiteral("session_id"),
                  review.sessionId,
                  review.id)) {
        throw ValidationError(
            QStringLiteral("session_id"),
            RepositoryMessages::tr("this action was already reviewed at this session"));
    }
}

Repositories::Repositories(Database &database)
    : mentees(database)
    , attachments(database)
    , goals(database)
    , goalReviews(database)
    , problemStatements(database)
    , sessions(database)
    , actions(database)
    , actionReviews(database)
    , m_database(database)
{}

QList<Session> Repositories::sessionsOf(Id menteeId) const
{
    return sessions.where(QStringLiteral("mentee_id"), menteeId, QStringLiteral("sequence"));
}

int Repositories::nextSequence(Id menteeId) const
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM sessions WHERE mentee_id = ?"));
    query.addBindValue(menteeId);
    return int(firstId(query));
}

QList<GoalReview> Repositories::goalReviewsOf(Id menteeId) const
{
    return goalReviews.matching(
        QStringLiteral("goal_id IN (SELECT id FROM goals WHERE mentee_id = ?)"), {menteeId});
}

QList<ActionReview> Repositories::actionReviewsOf(Id menteeId) const
{
    return actionReviews.matching(
        QStringLiteral("action_id IN (SELECT id FROM actions WHERE mentee_id = ?)"), {menteeId});
}

bool Repositories::isEmpty() const
{
    return mentees.count() == 0;
}

QStringList Repositories::fieldProblems() const
{
    QStringList problems;
    collectFieldProblems(mentees, problems);
    collectFieldProblems(attachments, problems);
    collectFieldProblems(goals, problems);
    collectFieldProblems(goalReviews, problems);
    collectFieldProblems(problemStatements, problems);
    collectFieldProblems(sessions, problems);
    collectFieldProblems(actions, problems);
    collectFieldProblems(actionReviews, problems);
    return problems;
}

} // namespace Mentorbook
