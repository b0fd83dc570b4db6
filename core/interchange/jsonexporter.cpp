// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "../storage/repositories.h"
#include "tables.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Mentorbook::JsonExporter {

namespace {
QJsonValue toJsonValue(FieldType type, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (type) {
    case FieldType::Integer:
    case FieldType::Reference:
        return QJsonValue(value.toLongLong());
    case FieldType::Blob:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Enum:
        return value.toString();
    }
    return QJsonValue::Null;
}

template<class T>
QJsonArray rows(const Repository<T> &repository)
{
    QJsonArray array;
    for (const T &item : repository.all()) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), item.id);
        for (const Field<T> &field : tableOf<T>().fields)
            object.insert(field.name, toJsonValue(field.type, field.read(item)));
        object.insert(QStringLiteral("created_at"),
                      Canonical::fromDateTime(item.createdAt).toString());
        object.insert(QStringLiteral("updated_at"),
                      Canonical::fromDateTime(item.updatedAt).toString());
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject toObject(const Repositories &repositories)
{
    QJsonObject document;
    document.insert(QStringLiteral("format"), QStringLiteral("mentorbook"));
    document.insert(QStringLiteral("version"), FormatVersion);
    forEachTable([&](auto tag) {
        using T = typename decltype(tag)::Type;
        document.insert(tableOf<T>().name, rows(repositories.of<T>()));
    });
    return document;
}

QByteArray toJson(const Repositories &repositories)
{
    return QJsonDocument(toObject(repositories)).toJson(QJsonDocument::Indented);
}

} // namespace Mentorbook::JsonExporter
