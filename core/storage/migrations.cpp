// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "../error.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Mentorbook::Migrations {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Migrations)
};

// A step is a list of statements. Steps are history: never edit one that has shipped;
// add the next instead.
const QStringList &schemaV1()
{
    static const QStringList statements{
        QStringLiteral(R"(CREATE TABLE mentees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    background TEXT NOT NULL DEFAULT '',
    expectations TEXT NOT NULL DEFAULT '',
    preferred_qualities TEXT NOT NULL DEFAULT '',
    strengths TEXT NOT NULL DEFAULT '',
    development_areas TEXT NOT NULL DEFAULT '',
    preferred_style TEXT NOT NULL DEFAULT 'structured'
        CHECK (preferred_style IN ('structured', 'free-flowing')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
    started_on TEXT CHECK (started_on IS NULL OR date(started_on) IS started_on),
    cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days BETWEEN 1 AND 365),
    session_minutes INTEGER NOT NULL DEFAULT 60 CHECK (session_minutes BETWEEN 5 AND 480),
    channel TEXT NOT NULL DEFAULT '',
    confidentiality TEXT NOT NULL DEFAULT '',
    intended_end_on TEXT CHECK (intended_end_on IS NULL OR date(intended_end_on) IS intended_end_on),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('resume', 'job-description', 'other')),
    file_name TEXT NOT NULL CHECK (length(trim(file_name)) > 0),
    mime_type TEXT NOT NULL,
    data BLOB NOT NULL DEFAULT x'',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    specific TEXT NOT NULL DEFAULT '',
    measurable TEXT NOT NULL DEFAULT '',
    achievable TEXT NOT NULL DEFAULT '',
    relevant TEXT NOT NULL DEFAULT '',
    time_bound_on TEXT CHECK (time_bound_on IS NULL OR date(time_bound_on) IS time_bound_on),
    measure TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 99),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'achieved', 'dropped')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE problem_statements (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
    goal_id INTEGER REFERENCES goals (id) ON DELETE SET NULL,
    template TEXT CHECK (template IS NULL OR template IN ('develop-skills', 'stronger-feedback',
        'new-position', 'stronger-network', 'better-relationship')),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    rank INTEGER NOT NULL DEFAULT 1 CHECK (rank BETWEEN 1 AND 99),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'parked', 'resolved')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL CHECK (sequence >= 1),
    scheduled_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 5 AND 480),
    location TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL
        CHECK (stage IN ('prework', 'introductions', 'focus', 'exercise', 'debrief', 'open')),
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'held', 'cancelled', 'missed')),
    agenda TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    private_notes TEXT NOT NULL DEFAULT '',
    hoped_outcome TEXT NOT NULL DEFAULT '',
    debrief_outcome TEXT
        CHECK (debrief_outcome IS NULL
               OR debrief_outcome IN ('went-well', 'did-not-go-well', 'did-not-happen')),
    debrief_went_well TEXT NOT NULL DEFAULT '',
    debrief_future TEXT NOT NULL DEFAULT '',
    debrief_try_next TEXT NOT NULL DEFAULT '',
    why_not_reason TEXT CHECK (why_not_reason IS NULL OR why_not_reason IN ('no-time',
        'no-opportunity', 'blocked-by-others', 'changed-priorities', 'forgot', 'other')),
    debrief_why_not TEXT NOT NULL DEFAULT '',
    problem_statement_id INTEGER REFERENCES problem_statements (id) ON DELETE SET NULL,
    exercise_what TEXT NOT NULL DEFAULT '',
    exercise_with_whom TEXT NOT NULL DEFAULT '',
    exercise_by_when TEXT
        CHECK (exercise_by_when IS NULL OR date(exercise_by_when) IS exercise_by_when),
    exercise_if_then TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (mentee_id, sequence)
))"),
        QStringLiteral(R"(CREATE TABLE goal_reviews (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (goal_id, session_id)
))"),
        QStringLiteral(R"(CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentees (id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner TEXT NOT NULL DEFAULT 'mentee' CHECK (owner IN ('mentee', 'mentor')),
    with_whom TEXT NOT NULL DEFAULT '',
    due_on TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on),
    done_at TEXT,
    problem_statement_id INTEGER REFERENCES problem_statements (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
))"),
        QStringLiteral(R"(CREATE TABLE action_reviews (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('done', 'carried', 'renegotiated', 'dropped')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (action_id, session_id)
))"),
        QStringLiteral("CREATE INDEX attachments_by_mentee ON attachments (mentee_id)"),
        QStringLiteral("CREATE INDEX goals_by_mentee ON goals (mentee_id)"),
        QStringLiteral(
            "CREATE INDEX problem_statements_by_mentee ON problem_statements (mentee_id)"),
        QStringLiteral("CREATE INDEX problem_statements_by_goal ON problem_statements (goal_id)"),
        QStringLiteral(
            "CREATE INDEX sessions_by_problem_statement ON sessions (problem_statement_id)"),
        QStringLiteral("CREATE INDEX goal_reviews_by_session ON goal_reviews (session_id)"),
        QStringLiteral("CREATE INDEX actions_by_mentee ON actions (mentee_id)"),
        QStringLiteral("CREATE INDEX actions_by_session ON actions (session_id)"),
        QStringLiteral(
            "CREATE INDEX actions_by_problem_statement ON actions (problem_statement_id)"),
        QStringLiteral("CREATE INDEX action_reviews_by_session ON action_reviews (session_id)"),
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
    };
    return statements;
}

/** Version 2: why a session was cancelled, missed or rescheduled. */
const QStringList &schemaV2()
{
    static const QStringList statements{
        QStringLiteral("ALTER TABLE sessions ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''"),
    };
    return statements;
}

const QList<const QStringList *> &steps()
{
    static const QList<const QStringList *> all{&schemaV1(), &schemaV2()};
    return all;
}

void run(QSqlDatabase &connection, const QString &sql, int version)
{
    QSqlQuery query(connection);
    if (!query.exec(sql)) {
        throw Error(Messages::tr("Could not upgrade the database to version %1: %2")
                        .arg(version)
                        .arg(query.lastError().text()));
    }
}
} // namespace

int latestVersion()
{
    return int(steps().size());
}

void upgrade(QSqlDatabase connection, int from, int to)
{
    for (int version = from + 1; version <= to; ++version) {
        run(connection, QStringLiteral("BEGIN IMMEDIATE"), version);
        try {
            for (const QString &statement : *steps().at(version - 1))
                run(connection, statement, version);
            run(connection, QStringLiteral("PRAGMA user_version = %1").arg(version), version);
            run(connection, QStringLiteral("COMMIT"), version);
        } catch (...) {
            QSqlQuery(connection).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
}

} // namespace Mentorbook::Migrations
