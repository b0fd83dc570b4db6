// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonimporter.h"

#include "../storage/migrations.h"
#include "../storage/repositories.h"
#include "jsonexporter.h"
#include "tables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <tuple>

namespace Mentorbook {

namespace {
using IdMap = QHash<qint64, qint64>;

struct ParsedRow
{
    QString path;
    QJsonObject object;
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JsonImporter::tr("null");
    case QJsonValue::Bool:
        return JsonImporter::tr("true or false");
    case QJsonValue::Double:
        return JsonImporter::tr("a number");
    case QJsonValue::String:
        return JsonImporter::tr("a string");
    case QJsonValue::Array:
        return JsonImporter::tr("an array");
    case QJsonValue::Object:
        return JsonImporter::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonImporter::tr("nothing");
}

[[noreturn]] void refuse(const QString &path, const QString &problem)
{
    throw ValidationError(path, problem);
}

qint64 wholeNumber(const QString &path, const QJsonValue &value)
{
    const double number = value.toDouble();
    if (!value.isDouble())
        refuse(path,
               JsonImporter::tr("expected a whole number, found %1").arg(jsonTypeName(value)));
    if (std::floor(number) != number || std::abs(number) > 9007199254740992.0)
        refuse(path, JsonImporter::tr("expected a whole number, found %1").arg(number));
    return qint64(number);
}

/** The canonical value (see Field) of a JSON value, with its type checked. */
QVariant canonicalValue(FieldType type, const QString &path, const QJsonValue &value)
{
    if (value.isNull()) {
        if (type == FieldType::Text || type == FieldType::Integer || type == FieldType::Blob)
            refuse(path, JsonImporter::tr("must not be null"));
        return {};
    }
    switch (type) {
    case FieldType::Integer:
    case FieldType::Reference:
        return wholeNumber(path, value);
    case FieldType::Blob: {
        if (!value.isString())
            refuse(path,
                   JsonImporter::tr("expected base64 text, found %1").arg(jsonTypeName(value)));
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            refuse(path, JsonImporter::tr("is not valid base64"));
        return *decoded;
    }
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Enum:
        if (!value.isString())
            refuse(path, JsonImporter::tr("expected a string, found %1").arg(jsonTypeName(value)));
        return value.toString();
    }
    return {};
}

QString locationOf(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return JsonImporter::tr("line %1, column %2").arg(line).arg(column);
}

/** Imports the rows of one table; ids maps every table's document ids to stored ids. */
class TableImporter
{
public:
    TableImporter(Repositories &repositories, QHash<QString, IdMap> &ids, bool keepIds)
        : m_repositories(repositories)
        , m_ids(ids)
        , m_keepIds(keepIds)
    {}

    template<class T>
    QList<std::pair<QString, T>> parse(const QJsonObject &document)
    {
        const Table<T> &table = tableOf<T>();
        const QJsonValue rowsValue = document.value(table.name);
        QList<std::pair<QString, T>> items;
        if (rowsValue.isUndefined())
            return items;
        if (!rowsValue.isArray())
            refuse(table.name,
                   JsonImporter::tr("expected an array, found %1").arg(jsonTypeName(rowsValue)));

        QHash<qint64, QString> seen;
        const QJsonArray rows = rowsValue.toArray();
        for (int index = 0; index < rows.size(); ++index) {
            const QString path = QStringLiteral("%1[%2]").arg(table.name).arg(index);
            if (!rows.at(index).isObject())
                refuse(path,
                       JsonImporter::tr("expected an object, found %1")
                           .arg(jsonTypeName(rows.at(index))));
            const QJsonObject object = rows.at(index).toObject();
            T item = parseRow<T>(path, object);
            if (seen.contains(item.id)) {
                refuse(path + QStringLiteral(".id"),
                       JsonImporter::tr("id %1 is used twice (also by %2)")
                           .arg(item.id)
                           .arg(seen.value(item.id)));
            }
            seen.insert(item.id, path);
            items.append({path, item});
        }
        return items;
    }

    template<class T>
    void store(QList<std::pair<QString, T>> &items)
    {
        const Table<T> &table = tableOf<T>();
        IdMap &map = m_ids[table.name];
        for (auto &[path, item] : items) {
            const qint64 documentId = item.id;
            remapReferences(path, item);
            if (!m_keepIds)
                item.id = 0;
            try {
                item.id = m_repositories.of<T>().restore(item);
            } catch (const ValidationError &error) {
                throw error.under(path);
            } catch (const Error &error) {
                throw Error(path + QStringLiteral(": ") + error.message());
            }
            map.insert(documentId, item.id);
        }
    }

    /** Documents ids per table, for references checked before anything is stored. */
    template<class T>
    void noteIds(const QList<std::pair<QString, T>> &items)
    {
        IdMap &map = m_documentIds[tableOf<T>().name];
        for (const auto &entry : items)
            map.insert(entry.second.id, entry.second.id);
    }

    template<class T>
    void checkReferences(const QList<std::pair<QString, T>> &items) const
    {
        for (const auto &[path, item] : items) {
            for (const Field<T> &field : tableOf<T>().fields) {
                if (field.type != FieldType::Reference)
                    continue;
                const QVariant value = field.read(item);
                if (!value.isNull()
                    && !m_documentIds.value(field.referencedTable).contains(value.toLongLong())) {
                    refuse(path + QLatin1Char('.') + field.name,
                           JsonImporter::tr("there is no %1 with id %2 in the document")
                               .arg(singularNoun(field.referencedTable))
                               .arg(value.toLongLong()));
                }
            }
        }
    }

private:
    template<class T>
    T parseRow(const QString &path, const QJsonObject &object)
    {
        const Table<T> &table = tableOf<T>();
        QSet<QString> known{
            QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
        for (const Field<T> &field : table.fields)
            known.insert(field.name);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                refuse(path + QLatin1Char('.') + it.key(), JsonImporter::tr("unknown field"));
        }

        T item;
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (id.isUndefined())
            refuse(path + QStringLiteral(".id"), JsonImporter::tr("is required"));
        item.id = wholeNumber(path + QStringLiteral(".id"), id);
        if (item.id <= 0)
            refuse(path + QStringLiteral(".id"),
                   JsonImporter::tr("must be a positive whole number"));

        try {
            for (const Field<T> &field : table.fields) {
                const QJsonValue value = object.value(field.name);
                if (value.isUndefined())
                    continue;
                field.write(item, canonicalValue(field.type, field.name, value));
            }
            const QDateTime now = m_repositories.database().now();
            item.createdAt = readTimestamp(object, QStringLiteral("created_at"), now);
            item.updatedAt = readTimestamp(object, QStringLiteral("updated_at"), item.createdAt);
            validate(item);
        } catch (const ValidationError &error) {
            throw error.under(path);
        }
        return item;
    }

    static QDateTime
    readTimestamp(const QJsonObject &object, const QString &name, const QDateTime &fallback)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return fallback;
        return Canonical::toDateTime(name, canonicalValue(FieldType::DateTime, name, value), true);
    }

    template<class T>
    void remapReferences(const QString &path, T &item) const
    {
        for (const Field<T> &field : tableOf<T>().fields) {
            if (field.type != FieldType::Reference)
                continue;
            const QVariant value = field.read(item);
            if (value.isNull())
                continue;
            const IdMap map = m_ids.value(field.referencedTable);
            const auto stored = map.constFind(value.toLongLong());
            if (stored == map.constEnd()) {
                refuse(path + QLatin1Char('.') + field.name,
                       JsonImporter::tr("there is no %1 with id %2 in the document")
                           .arg(singularNoun(field.referencedTable))
                           .arg(value.toLongLong()));
            }
            field.write(item, QVariant(*stored));
        }
    }

    Repositories &m_repositories;
    QHash<QString, IdMap> &m_ids;
    QHash<QString, IdMap> m_documentIds;
    bool m_keepIds;
};
/**
 * Every imported session keeps the calendar UID it had, so that calendars which imported its
 * events update them. A document older than format 5 has none: its sessions get the UID and
 * SEQUENCE that the release which wrote it gave them in .ics exports (made of the document's
 * own ids and the session's time stamps). Two
 * sessions of the document with one UID are refused; a UID that a session already stored here
 * has (the same document imported twice) is dropped, and the copy gets a new one.
 */
void keepCalendarIdentities(Repositories &repositories,
                            qint64 version,
                            const QList<std::pair<QString, Mentee>> &mentees,
                            QList<std::pair<QString, Session>> &sessions)
{
    if (version < 5) {
        QHash<Id, QDateTime> created;
        for (const auto &[path, mentee] : mentees)
            created.insert(mentee.id, mentee.createdAt);
        for (auto &[path, session] : sessions) {
            if (!session.calendarUid.isEmpty())
                continue;
            session.calendarUid = QStringLiteral("mentorbook-%1-%2-%3@mentorbook.invalid")
                                      .arg(created.value(session.menteeId)
                                               .toUTC()
                                               .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")))
                                      .arg(session.menteeId)
                                      .arg(session.id);
            session.calendarSequence
                = int(std::max<qint64>(0, session.createdAt.secsTo(session.updatedAt)));
        }
    }
    QSet<QString> stored;
    if (!repositories.isEmpty()) {
        QSqlQuery query
            = repositories.database().prepare(QStringLiteral("SELECT calendar_uid FROM sessions"));
        query.setForwardOnly(true);
        Database::run(query);
        while (query.next())
            stored.insert(query.value(0).toString());
    }
    QHash<QString, QString> seen;
    for (auto &[path, session] : sessions) {
        if (session.calendarUid.isEmpty())
            continue;
        if (const auto other = seen.constFind(session.calendarUid); other != seen.constEnd())
            refuse(path + QStringLiteral(".calendar_uid"),
                   JsonImporter::tr("is used twice (also by %1)").arg(*other));
        seen.insert(session.calendarUid, path);
        if (stored.contains(session.calendarUid))
            session.calendarUid.clear();
    }
}
} // namespace

JsonImporter::Counts JsonImporter::import(Repositories &repositories, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        throw Error(tr("%1: the file is not valid JSON (%2)")
                        .arg(locationOf(json, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        throw ValidationError(
            QString(), tr("the document must be a JSON object with \"format\": \"mentorbook\""));
    const QJsonObject root = document.object();

    if (root.value(QStringLiteral("format")) != QJsonValue(QStringLiteral("mentorbook")))
        throw ValidationError(QStringLiteral("format"),
                              tr("expected \"mentorbook\"; this is not a Mentorbook document"));
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    if (versionValue.isUndefined())
        throw ValidationError(QStringLiteral("version"), tr("is required"));
    const qint64 version = wholeNumber(QStringLiteral("version"), versionValue);
    if (version > JsonExporter::FormatVersion) {
        throw ValidationError(QStringLiteral("version"),
                              tr("%1 is newer than this version of Mentorbook reads (%2)")
                                  .arg(version)
                                  .arg(JsonExporter::FormatVersion));
    }
    if (version < 1)
        throw ValidationError(QStringLiteral("version"),
                              tr("%1 is not a version of the format").arg(version));

    QSet<QString> known{QStringLiteral("format"), QStringLiteral("version")};
    forEachTable([&](auto tag) { known.insert(tableOf<typename decltype(tag)::Type>().name); });
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            throw ValidationError(it.key(), tr("unknown key"));
    }

    QHash<QString, IdMap> ids;
    const bool keepIds = repositories.isEmpty();
    TableImporter importer(repositories, ids, keepIds);

    // Read and check everything first, so that most errors are found before any write.
    auto mentees = importer.parse<Mentee>(root);
    auto attachments = importer.parse<Attachment>(root);
    auto goals = importer.parse<Goal>(root);
    auto problemStatements = importer.parse<ProblemStatement>(root);
    auto sessions = importer.parse<Session>(root);
    if (version < 3) {
        for (auto &session : sessions)
            session.second.agenda = Migrations::withoutLegacyAgendaParts(session.second.agenda);
    }
    keepCalendarIdentities(repositories, version, mentees, sessions);
    auto goalReviews = importer.parse<GoalReview>(root);
    auto actions = importer.parse<Action>(root);
    auto actionReviews = importer.parse<ActionReview>(root);
    auto parsed = std::tie(mentees,
                           attachments,
                           goals,
                           problemStatements,
                           sessions,
                           goalReviews,
                           actions,
                           actionReviews);
    std::apply([&](auto &...tables) { (importer.noteIds(tables), ...); }, parsed);
    std::apply([&](auto &...tables) { (importer.checkReferences(tables), ...); }, parsed);

    Transaction transaction(repositories.database());
    std::apply([&](auto &...tables) { (importer.store(tables), ...); }, parsed);
    transaction.commit();

    Counts counts;
    std::apply(
        [&](auto &...tables) {
            ((counts[tableOf<typename std::decay_t<decltype(tables)>::value_type::second_type>()
                         .name]
              = int(tables.size())),
             ...);
        },
        parsed);
    return counts;
}

} // namespace Mentorbook
