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

QString sqlText(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
           + QLatin1Char('\'');
}

/**
 * Version 3: an agenda holds its topics only. Until now a new session's agenda began with the
 * parts of every session ("Check-in and rapport", …) in the language of the day, and the
 * printed agenda hid them by matching words, which failed in any other language. Each such
 * line, alone on its line, is removed; every other line stays as typed.
 */
const QStringList &schemaV3()
{
    static const QStringList statements = [] {
        QStringList updates;
        for (const QString &line : legacyAgendaParts()) {
            const QString wrapped = QStringLiteral("char(10) || agenda || char(10)");
            const QString needle = QStringLiteral("char(10) || %1 || char(10)").arg(sqlText(line));
            // Twice, because replace() does not see a line that follows a removed one.
            const QString once = QStringLiteral("replace(%1, %2, char(10))").arg(wrapped, needle);
            updates << QStringLiteral("UPDATE sessions SET agenda = trim(replace(%1, %2, "
                                      "char(10)), char(10)) WHERE instr(%3, %2) > 0")
                           .arg(once, needle, wrapped);
        }
        return updates;
    }();
    return statements;
}

/**
 * Version 4: how documents greet the mentee ("Priya", "Dr Raman"). Empty, as every mentee
 * of an older database starts, means the first word of the name.
 */
const QStringList &schemaV4()
{
    static const QStringList statements{
        QStringLiteral("ALTER TABLE mentees ADD COLUMN address_as TEXT NOT NULL DEFAULT ''"),
    };
    return statements;
}

/**
 * Version 5: a session's identity in calendars. Each session keeps its calendar UID, so that
 * exports, imports and renumbering never change it, and a SEQUENCE that only grows, raised
 * whenever what a calendar shows of the meeting (its time, length, place or status) changes.
 * A session of an older database keeps the UID and SEQUENCE its exported .ics already had
 * ("mentorbook-<mentee created>-<mentee id>-<session id>@mentorbook.invalid", and the seconds
 * between its creation and its last change), so calendars that imported it update the same
 * event. What was published to the mentor's calendar server, and in which form, is noted per
 * server in calendar_publications, so that a change is published once and a failed one retried.
 */
const QStringList &schemaV5()
{
    static const QStringList statements{
        QStringLiteral("ALTER TABLE sessions ADD COLUMN calendar_uid TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "ALTER TABLE sessions ADD COLUMN calendar_sequence INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "UPDATE sessions SET calendar_uid = 'mentorbook-' || (SELECT "
            "strftime('%Y%m%dT%H%M%SZ', "
            "mentees.created_at) FROM mentees WHERE mentees.id = sessions.mentee_id) || '-' || "
            "mentee_id || '-' || id || '@mentorbook.invalid', calendar_sequence = max(0, "
            "coalesce(strftime('%s', updated_at) - strftime('%s', created_at), 0))"),
        QStringLiteral("CREATE UNIQUE INDEX sessions_by_calendar_uid ON sessions (calendar_uid)"),
        QStringLiteral(R"(CREATE TABLE calendar_publications (
    server TEXT NOT NULL,
    calendar_uid TEXT NOT NULL,
    digest TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    published_at TEXT NOT NULL,
    PRIMARY KEY (server, calendar_uid)
))"),
    };
    return statements;
}

/** One table's texts in the search index of version 6: history, never edit. */
struct SearchedTable
{
    int number; ///< the table's place in an index row's key
    QString name;
    QString menteeOf;  ///< the SQL giving a row's mentee, on the row "r"
    QStringList texts; ///< the text columns, in the order of their place in the key
};

/**
 * The texts searched in version 6. An index row's key (its FTS5 rowid) is the row's id times
 * 1024, plus the table's number times 64, plus the text's place: each text is found, and
 * changed or deleted, by its key alone.
 */
const QList<SearchedTable> &searchedTablesV6()
{
    static const QList<SearchedTable> tables{
        {1,
         QStringLiteral("mentees"),
         QStringLiteral("r.id"),
         {QStringLiteral("name"),
          QStringLiteral("address_as"),
          QStringLiteral("email"),
          QStringLiteral("role"),
          QStringLiteral("organisation"),
          QStringLiteral("background"),
          QStringLiteral("expectations"),
          QStringLiteral("preferred_qualities"),
          QStringLiteral("strengths"),
          QStringLiteral("development_areas"),
          QStringLiteral("channel"),
          QStringLiteral("confidentiality")}},
        {2,
         QStringLiteral("attachments"),
         QStringLiteral("r.mentee_id"),
         {QStringLiteral("file_name"), QStringLiteral("mime_type"), QStringLiteral("data")}},
        {3,
         QStringLiteral("goals"),
         QStringLiteral("r.mentee_id"),
         {QStringLiteral("title"),
          QStringLiteral("specific"),
          QStringLiteral("measurable"),
          QStringLiteral("achievable"),
          QStringLiteral("relevant"),
          QStringLiteral("measure")}},
        {4,
         QStringLiteral("goal_reviews"),
         QStringLiteral("(SELECT mentee_id FROM goals WHERE id = r.goal_id)"),
         {QStringLiteral("note")}},
        {5,
         QStringLiteral("problem_statements"),
         QStringLiteral("r.mentee_id"),
         {QStringLiteral("text")}},
        {6,
         QStringLiteral("sessions"),
         QStringLiteral("r.mentee_id"),
         {QStringLiteral("location"),
          QStringLiteral("status_reason"),
          QStringLiteral("agenda"),
          QStringLiteral("notes"),
          QStringLiteral("decisions"),
          QStringLiteral("private_notes"),
          QStringLiteral("hoped_outcome"),
          QStringLiteral("debrief_went_well"),
          QStringLiteral("debrief_future"),
          QStringLiteral("debrief_try_next"),
          QStringLiteral("debrief_why_not"),
          QStringLiteral("exercise_what"),
          QStringLiteral("exercise_with_whom"),
          QStringLiteral("exercise_if_then")}},
        {7,
         QStringLiteral("actions"),
         QStringLiteral("r.mentee_id"),
         {QStringLiteral("text"), QStringLiteral("with_whom")}},
        {8,
         QStringLiteral("action_reviews"),
         QStringLiteral("(SELECT mentee_id FROM actions WHERE id = r.action_id)"),
         {QStringLiteral("note")}},
    };
    return tables;
}

/** A column's text as indexed, on the row "r": an attachment's data only when it is text. */
QString indexedText(const SearchedTable &table, const QString &column)
{
    if (table.name == QLatin1String("attachments") && column == QLatin1String("data")) {
        return QStringLiteral(
            "CASE WHEN r.mime_type LIKE 'text/%' OR r.mime_type IN ('application/json', "
            "'application/xml', 'application/x-yaml') THEN CAST(r.data AS TEXT) ELSE '' END");
    }
    return QStringLiteral("r.") + column;
}

/** The statements writing the index row of one text of the row "r" (old or new in triggers). */
QString indexInsert(const SearchedTable &table, int place, const QString &row, const QString &from)
{
    const QString column = table.texts.at(place);
    QString text = indexedText(table, column);
    QString mentee = table.menteeOf;
    QString key = QStringLiteral("r.id * 1024 + %1").arg(table.number * 64 + place);
    for (QString *part : {&text, &mentee, &key})
        part->replace(QStringLiteral("r."), row + QLatin1Char('.'));
    return QStringLiteral("INSERT INTO search_index (rowid, body, mentee_id, source, row_id, "
                          "field) SELECT %1, %2, %3, '%4', %5.id, '%6'%7")
               .arg(key, text, mentee, table.name, row, column, from)
           + QStringLiteral(" WHERE %1 <> ''").arg(text);
}

/**
 * Version 6: one full-text index (SQLite FTS5, diacritics and case ignored, prefixes of two
 * and three letters indexed) over every text the mentor writes, kept in step by triggers in
 * the same transaction as every write, and built here from what the database holds.
 */
const QStringList &schemaV6()
{
    static const QStringList statements = [] {
        QStringList all{QStringLiteral(
            "CREATE VIRTUAL TABLE search_index USING fts5(body, mentee_id UNINDEXED, source "
            "UNINDEXED, row_id UNINDEXED, field UNINDEXED, tokenize = 'unicode61 "
            "remove_diacritics 2', prefix = '2 3')")};
        for (const SearchedTable &table : searchedTablesV6()) {
            QStringList inserted;
            QStringList updated;
            QStringList deleted;
            for (int place = 0; place < table.texts.size(); ++place) {
                const QString column = table.texts.at(place);
                const QString key
                    = QStringLiteral("%2.id * 1024 + %1").arg(table.number * 64 + place);
                all << indexInsert(table,
                                   place,
                                   QStringLiteral("r"),
                                   QStringLiteral(" FROM %1 AS r").arg(table.name));
                inserted << indexInsert(table, place, QStringLiteral("new"), QString())
                                + QLatin1Char(';');
                const QString changed = QStringLiteral("old.%1 IS NOT new.%1").arg(column);
                updated << QStringLiteral("DELETE FROM search_index WHERE rowid = %1 AND %2;")
                               .arg(key.arg(QStringLiteral("old")), changed);
                updated << indexInsert(table, place, QStringLiteral("new"), QString())
                               + QStringLiteral(" AND ") + changed + QLatin1Char(';');
                deleted << QStringLiteral("DELETE FROM search_index WHERE rowid = %1;")
                               .arg(key.arg(QStringLiteral("old")));
            }
            all << QStringLiteral(
                       "CREATE TRIGGER %1_searched_insert AFTER INSERT ON %1 BEGIN %2 END")
                       .arg(table.name, inserted.join(QLatin1Char(' ')));
            all << QStringLiteral(
                       "CREATE TRIGGER %1_searched_update AFTER UPDATE ON %1 BEGIN %2 END")
                       .arg(table.name, updated.join(QLatin1Char(' ')));
            all << QStringLiteral(
                       "CREATE TRIGGER %1_searched_delete AFTER DELETE ON %1 BEGIN %2 END")
                       .arg(table.name, deleted.join(QLatin1Char(' ')));
        }
        return all;
    }();
    return statements;
}

const QList<const QStringList *> &steps()
{
    static const QList<const QStringList *> all{
        &schemaV1(), &schemaV2(), &schemaV3(), &schemaV4(), &schemaV5(), &schemaV6()};
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

const QStringList &legacyAgendaParts()
{
    // What release 0.1.0 wrote, in the languages it shipped. History: never edit.
    static const QStringList lines{
        // English
        QStringLiteral("Check-in and rapport"),
        QStringLiteral("Review of the actions agreed last time"),
        QStringLiteral("Agree actions: what, who, with whom, by when"),
        QStringLiteral("Summary: hoped to achieve by next session; next meeting date"),
        QStringLiteral("Check-in"),
        QStringLiteral("Review of agreed actions"),
        QStringLiteral("Focus"),
        QStringLiteral("Agree actions"),
        QStringLiteral("Summary and next meeting"),
        // German
        QStringLiteral("Check-in und Vertrauensaufbau"),
        QStringLiteral("Überprüfung der beim letzten Mal vereinbarten Aufgaben"),
        QStringLiteral("Aufgaben vereinbaren: was, wer, mit wem, bis wann"),
        QStringLiteral("Zusammenfassung: bis zur nächsten Sitzung erhofft; Termin des nächsten "
                       "Treffens"),
        QStringLiteral("Überprüfung der vereinbarten Aufgaben"),
        QStringLiteral("Fokus"),
        QStringLiteral("Aufgaben vereinbaren"),
        QStringLiteral("Zusammenfassung und nächstes Treffen"),
        // French
        QStringLiteral("Accueil et mise en confiance"),
        QStringLiteral("Revue des actions convenues la dernière fois"),
        QStringLiteral("Convenir des actions\u00a0: quoi, qui, avec qui, pour quand"),
        QStringLiteral("Synthèse\u00a0: résultats espérés d'ici la prochaine séance\u00a0; date "
                       "de la prochaine rencontre"),
        QStringLiteral("Accueil"),
        QStringLiteral("Revue des actions convenues"),
        QStringLiteral("Cœur de séance"),
        QStringLiteral("Convenir des actions"),
        QStringLiteral("Synthèse et prochaine rencontre"),
        // Spanish
        QStringLiteral("Toma de contacto y clima de confianza"),
        QStringLiteral("Revisión de las acciones acordadas la última vez"),
        QStringLiteral("Acordar acciones: qué, quién, con quién, para cuándo"),
        QStringLiteral("Resumen: lo que se espera lograr para la próxima sesión; fecha de la "
                       "próxima reunión"),
        QStringLiteral("Toma de contacto"),
        QStringLiteral("Revisión de las acciones acordadas"),
        QStringLiteral("Foco"),
        QStringLiteral("Acordar acciones"),
        QStringLiteral("Resumen y próxima reunión"),
    };
    return lines;
}

QString withoutLegacyAgendaParts(const QString &agenda)
{
    QStringList kept;
    const QStringList lines = agenda.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!legacyAgendaParts().contains(line))
            kept << line;
    }
    if (kept.size() == lines.size())
        return agenda;
    QString result = kept.join(QLatin1Char('\n'));
    while (result.startsWith(QLatin1Char('\n')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('\n')))
        result.chop(1);
    return result;
}

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
