// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Mentorbook {

class Database;

/** One text that holds what was searched for, and where it lives, to open it in place. */
struct SearchHit
{
    Id menteeId = 0;
    QString table;    ///< the row's table: "sessions", "actions", "goals", …
    Id rowId = 0;     ///< the row in that table
    QString field;    ///< the column that holds the text ("notes"; "data" for a file's text)
    Id sessionId = 0; ///< the session it belongs to (the row itself for a session), or 0
    Id goalId = 0;    ///< the goal it belongs to (the row itself for a goal), or 0
    Id actionId = 0;  ///< the action it belongs to (the row itself for an action), or 0
    int sessionNumber = 0;
    QDateTime sessionAt; ///< when that session is, or invalid
    /** What orders hits newest first: the session's time, else the row's last change. */
    QDateTime when;
    /** The text around the match, the matched words between Search::MarkOpen and MarkClose. */
    QString snippet;
    /** A short label of the row itself: an attachment's file name, a goal's title. */
    QString rowTitle;
};

/** The hits of one relationship, newest first. */
struct SearchGroup
{
    Id menteeId = 0;
    QString menteeName;
    QList<SearchHit> hits;
};

struct SearchResult
{
    QList<SearchGroup> groups; ///< the relationship with the newest hit first
    int hitCount = 0;
    /** More texts matched than the limit: those of the newest rows are shown. */
    bool truncated = false;
};

/**
 * Search over every text the mentor wrote, in every relationship (SQLite FTS5, kept in step
 * with every write by the schema's triggers). What the mentor types is read as words, each
 * also found as the start of a longer word ("promot" finds "promotion"), all of which must be
 * in one text, and "phrases in quotes" found as written; case and diacritics do not matter.
 * Nothing typed is ever FTS5 syntax: a query of operators or punctuation alone finds nothing.
 */
class Search
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Search)

public:
    static constexpr char16_t MarkOpen = u'\x02';
    static constexpr char16_t MarkClose = u'\x03';
    static constexpr int DefaultLimit = 200;

    struct Options
    {
        /** Only this relationship, or every one when 0. */
        Id menteeId = 0;
        /** Leave out what is the mentor's alone (private notes): for presenting. */
        bool withoutPrivate = false;
        int limit = DefaultLimit;
    };

    /** The FTS5 query for what was typed; empty when it holds no word to search for. */
    static QString matchExpression(const QString &typed);
    /**
     * The words and phrases typed, each as the tokens FTS5 compares (diacritics as typed):
     * what an editor highlights when it opens a hit.
     */
    static QStringList terms(const QString &typed);
    /**
     * Where the terms occur in text, as FTS5 finds them (at the start of a word, case and
     * diacritics ignored): (start, length) pairs in text, in order.
     */
    static QList<QPair<int, int>> occurrences(const QString &text, const QStringList &terms);
    /** Searches; throws Error with SQLite's reason if the index cannot be read. */
    static SearchResult
    find(const Database &database, const QString &typed, const Options &options);

    /** The snippet as HTML for a view: every character escaped, the matched words bold. */
    static QString snippetHtml(const QString &snippet);
    /** The snippet as plain text, the matched words between open and close. */
    static QString snippetText(const QString &snippet, const QString &open, const QString &close);
    /** Where the text is, in words: "Session 4 · What was discussed", "Profile · Strengths". */
    static QString placeOf(const SearchHit &hit);
    /** Whether a table's field is the mentor's alone, never shown while presenting. */
    static bool isPrivate(const QString &table, const QString &field);
};

} // namespace Mentorbook
