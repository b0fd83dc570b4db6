// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

#include "domain/fields.h"
#include "domain/fieldtitles.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Mentorbook {

namespace {

/** A character FTS5's unicode61 tokenizer keeps in a word: letters, numbers, private use. */
bool isTokenCharacter(QChar character)
{
    return character.isLetterOrNumber() || character.category() == QChar::Other_PrivateUse
           || character.isSurrogate();
}

/** The tokens of one typed word or phrase, as unicode61 splits them. */
QStringList tokensOf(const QString &text)
{
    QStringList tokens;
    QString token;
    for (const QChar character : text) {
        if (isTokenCharacter(character)) {
            token += character;
        } else if (!token.isEmpty()) {
            tokens << token;
            token.clear();
        }
    }
    if (!token.isEmpty())
        tokens << token;
    return tokens;
}

struct Term
{
    QStringList tokens;
    bool phrase = false; ///< typed in quotes: found as written, not as a prefix
};

QList<Term> parse(const QString &typed)
{
    QList<Term> terms;
    QString word;
    bool quoted = false;
    auto flush = [&terms, &word](bool phrase) {
        const QStringList tokens = tokensOf(word);
        if (!tokens.isEmpty())
            terms << Term{tokens, phrase};
        word.clear();
    };
    for (const QChar character : typed) {
        if (character == u'"') {
            flush(quoted);
            quoted = !quoted;
        } else if (!quoted && character.isSpace()) {
            flush(false);
        } else {
            word += character;
        }
    }
    flush(quoted);
    return terms;
}

/** A character as unicode61 with remove_diacritics 2 compares it: no marks, case folded. */
QString folded(QChar character)
{
    QString result;
    for (const QChar part : QString(character).normalized(QString::NormalizationForm_D)) {
        if (!part.isMark())
            result += part.toCaseFolded();
    }
    return result;
}

/** The date of an SQL time stamp. */
QDateTime stamp(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QString sessionPart(const SearchHit &hit)
{
    return hit.sessionNumber > 0 ? Search::tr("Session %1").arg(hit.sessionNumber)
                                 : Search::tr("Session");
}
} // namespace

QString Search::matchExpression(const QString &typed)
{
    QStringList parts;
    for (const Term &term : parse(typed)) {
        // Every token quoted: nothing typed is read as FTS5 syntax (AND, NEAR, *, ^, :).
        parts << QLatin1Char('"') + term.tokens.join(QLatin1Char(' ')) + QLatin1Char('"')
                     + (term.phrase ? QString() : QStringLiteral("*"));
    }
    return parts.join(QLatin1Char(' '));
}

QStringList Search::terms(const QString &typed)
{
    QStringList result;
    for (const Term &term : parse(typed))
        result << term.tokens.join(QLatin1Char(' '));
    return result;
}

QList<QPair<int, int>> Search::occurrences(const QString &text, const QStringList &terms)
{
    // The text folded character by character, with where each folded character came from.
    QString foldedText;
    QList<int> origin;
    for (int i = 0; i < text.size(); ++i) {
        const bool token = isTokenCharacter(text.at(i));
        // Between words, any run of spaces and punctuation is one separator, as for FTS5.
        if (!token && foldedText.endsWith(u' '))
            continue;
        const QString part = token ? folded(text.at(i)) : QStringLiteral(" ");
        foldedText += part;
        for (int k = 0; k < part.size(); ++k)
            origin << i;
    }
    QList<QPair<int, int>> found;
    for (const QString &term : terms) {
        QString foldedTerm;
        for (const QChar character : term)
            foldedTerm += isTokenCharacter(character) ? folded(character) : QStringLiteral(" ");
        foldedTerm = foldedTerm.simplified();
        if (foldedTerm.isEmpty())
            continue;
        for (int at = foldedText.indexOf(foldedTerm); at >= 0;
             at = foldedText.indexOf(foldedTerm, at + 1)) {
            // FTS5 matches from the start of a word.
            if (at > 0 && foldedText.at(at - 1) != u' ')
                continue;
            const int start = origin.at(at);
            const int end = origin.at(at + foldedTerm.size() - 1);
            found << qMakePair(start, end - start + 1);
        }
    }
    std::sort(found.begin(), found.end());
    // Overlapping terms ("pro", "promotion") are one highlighted stretch.
    QList<QPair<int, int>> merged;
    for (const auto &range : found) {
        if (!merged.isEmpty()
            && range.first <= merged.constLast().first + merged.constLast().second) {
            auto &last = merged.last();
            last.second
                = std::max(last.first + last.second, range.first + range.second) - last.first;
        } else {
            merged << range;
        }
    }
    return merged;
}

SearchResult Search::find(const Database &database, const QString &typed, const Options &options)
{
    SearchResult result;
    const QString expression = matchExpression(typed);
    if (expression.isEmpty())
        return result;
    QString where = QStringLiteral("search_index MATCH ?");
    if (options.menteeId > 0)
        where += QStringLiteral(" AND mentee_id = ?");
    QVariantList mentorsOwn;
    if (options.withoutPrivate) {
        for (const auto &[table, field] : mentorsOwnFields()) {
            where += QStringLiteral(" AND NOT (source = ? AND field = ?)");
            mentorsOwn << table << field;
        }
    }
    // The newest rows first (the index's rowid grows with each row's id), which FTS5 reads in
    // order and stops at the limit: ranking every match (bm25) would cost a common word 70 ms
    // over 100,000 texts. Then what each belongs to, by primary key.
    QSqlQuery query = database.prepare(
        QStringLiteral(
            "SELECT h.mentee_id, h.source, h.row_id, h.field, h.snippet, h.session_id, h.goal_id, "
            "h.action_id, h.changed_at, h.title, s.sequence, s.scheduled_at, m.name FROM ("
            "SELECT mentee_id, source, row_id, field, snippet(search_index, 0, char(2), char(3), "
            "'…', 16) AS snippet, "
            "CASE source WHEN 'sessions' THEN row_id "
            "WHEN 'actions' THEN (SELECT session_id FROM actions WHERE id = row_id) "
            "WHEN 'action_reviews' THEN (SELECT session_id FROM action_reviews WHERE id = row_id) "
            "WHEN 'goal_reviews' THEN (SELECT session_id FROM goal_reviews WHERE id = row_id) "
            "END AS session_id, "
            "CASE source WHEN 'goals' THEN row_id "
            "WHEN 'goal_reviews' THEN (SELECT goal_id FROM goal_reviews WHERE id = row_id) "
            "WHEN 'problem_statements' THEN (SELECT goal_id FROM problem_statements WHERE id = "
            "row_id) END AS goal_id, "
            "CASE source WHEN 'actions' THEN row_id "
            "WHEN 'action_reviews' THEN (SELECT action_id FROM action_reviews WHERE id = row_id) "
            "END AS action_id, "
            "CASE source WHEN 'mentees' THEN (SELECT updated_at FROM mentees WHERE id = row_id) "
            "WHEN 'attachments' THEN (SELECT updated_at FROM attachments WHERE id = row_id) "
            "WHEN 'goals' THEN (SELECT updated_at FROM goals WHERE id = row_id) "
            "WHEN 'problem_statements' THEN (SELECT updated_at FROM problem_statements WHERE id = "
            "row_id) WHEN 'actions' THEN (SELECT updated_at FROM actions WHERE id = row_id) "
            "END AS changed_at, "
            "CASE source WHEN 'attachments' THEN (SELECT file_name FROM attachments WHERE id = "
            "row_id) WHEN 'goals' THEN (SELECT title FROM goals WHERE id = row_id) "
            "WHEN 'goal_reviews' THEN (SELECT title FROM goals WHERE id = (SELECT goal_id FROM "
            "goal_reviews WHERE id = row_id)) END AS title "
            "FROM search_index WHERE %1 ORDER BY rowid DESC LIMIT ?) AS h "
            "LEFT JOIN sessions AS s ON s.id = h.session_id "
            "LEFT JOIN mentees AS m ON m.id = h.mentee_id")
            .arg(where));
    query.setForwardOnly(true);
    query.addBindValue(expression);
    if (options.menteeId > 0)
        query.addBindValue(options.menteeId);
    for (const QVariant &value : std::as_const(mentorsOwn))
        query.addBindValue(value);
    query.addBindValue(options.limit + 1);
    Database::run(query);
    QHash<Id, int> groupOf;
    while (query.next()) {
        if (result.hitCount == options.limit) {
            result.truncated = true;
            break;
        }
        SearchHit hit;
        hit.menteeId = query.value(0).toLongLong();
        hit.table = query.value(1).toString();
        hit.rowId = query.value(2).toLongLong();
        hit.field = query.value(3).toString();
        hit.snippet = query.value(4).toString();
        hit.sessionId = query.value(5).toLongLong();
        hit.goalId = query.value(6).toLongLong();
        hit.actionId = query.value(7).toLongLong();
        hit.rowTitle = query.value(9).toString();
        hit.sessionNumber = query.value(10).toInt();
        hit.sessionAt = stamp(query.value(11));
        hit.when = hit.sessionAt.isValid() ? hit.sessionAt : stamp(query.value(8));
        auto group = groupOf.constFind(hit.menteeId);
        if (group == groupOf.constEnd()) {
            group = groupOf.insert(hit.menteeId, int(result.groups.size()));
            result.groups << SearchGroup{hit.menteeId, query.value(12).toString(), {}};
        }
        result.groups[*group].hits << hit;
        ++result.hitCount;
    }
    auto newestFirst = [](const SearchHit &a, const SearchHit &b) {
        return a.when != b.when ? a.when > b.when : a.rowId > b.rowId;
    };
    for (SearchGroup &group : result.groups)
        std::stable_sort(group.hits.begin(), group.hits.end(), newestFirst);
    std::stable_sort(result.groups.begin(),
                     result.groups.end(),
                     [&newestFirst](const SearchGroup &a, const SearchGroup &b) {
                         return newestFirst(a.hits.constFirst(), b.hits.constFirst());
                     });
    return result;
}

QString Search::snippetHtml(const QString &snippet)
{
    return snippet.toHtmlEscaped()
        .replace(QChar(MarkOpen), QStringLiteral("<b>"))
        .replace(QChar(MarkClose), QStringLiteral("</b>"));
}

QString Search::snippetText(const QString &snippet, const QString &open, const QString &close)
{
    return QString(snippet)
        .replace(QChar(MarkOpen), open)
        .replace(QChar(MarkClose), close)
        .simplified();
}

QString Search::placeOf(const SearchHit &hit)
{
    const QString separator = QStringLiteral(" · ");
    const QString title
        = hit.field == QLatin1String("data") ? tr("Contents") : fieldTitle(hit.field);
    if (hit.table == QLatin1String("mentees"))
        return tr("Profile") + separator + title;
    if (hit.table == QLatin1String("attachments"))
        return tr("File “%1”").arg(hit.rowTitle) + separator + title;
    if (hit.table == QLatin1String("goals") && hit.field == QLatin1String("title"))
        return tr("Goal");
    if (hit.table == QLatin1String("goals"))
        return tr("Goal “%1”").arg(hit.rowTitle) + separator + title;
    if (hit.table == QLatin1String("goal_reviews"))
        return sessionPart(hit) + separator + tr("Review of the goal “%1”").arg(hit.rowTitle);
    if (hit.table == QLatin1String("problem_statements"))
        return tr("Problem statement");
    if (hit.table == QLatin1String("actions"))
        return (hit.sessionId ? sessionPart(hit) + separator : QString()) + tr("Action") + separator
               + title;
    if (hit.table == QLatin1String("action_reviews"))
        return sessionPart(hit) + separator + tr("Review of an action") + separator + title;
    return sessionPart(hit) + separator + title;
}

bool Search::isPrivate(const QString &table, const QString &field)
{
    return isMentorsOwn(table, field);
}

} // namespace Mentorbook
