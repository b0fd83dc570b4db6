// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../error.h"
#include "entities.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <functional>

namespace Mentorbook {

/** How a field is stored (SQLite) and exchanged (JSON). */
enum class FieldType {
    Text,      ///< QString, never null
    Integer,   ///< qint64 within [minimum, maximum]
    Date,      ///< "yyyy-MM-dd" or null
    DateTime,  ///< UTC "yyyy-MM-ddTHH:mm:ssZ" or null
    Blob,      ///< QByteArray (base64 in JSON)
    Enum,      ///< one of choices, or null for a "none" value
    Reference, ///< the id of a row in referencedTable, or null
};

/**
 * One column of an entity's table, with the conversion between the typed member and its
 * canonical value (the QVariant bound to SQL and written to JSON). write() checks the value
 * and throws ValidationError naming the field, so storage, import and validation share one
 * set of rules.
 */
template<class T>
struct Field
{
    QString name;
    FieldType type = FieldType::Text;
    bool required = false;
    QString referencedTable;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList choices;              ///< the non-empty keys, for messages
    QStringList keys;                 ///< every key in display order, "" for a "none" value
    QList<const char *> labelSources; ///< untranslated labels, parallel to keys
    /** Kept by Mentorbook itself (a calendar identity), never written by the mentor or shown. */
    bool kept = false;
    /** The mentor's alone (private notes): never in a shared document, hidden while presenting. */
    bool mentorsOwn = false;
    std::function<QVariant(const T &)> read;
    std::function<void(T &, const QVariant &)> write;
};

/** The description of one entity's table. */
template<class T>
struct Table
{
    QString name;           ///< table name, also the key of its array in JSON
    QList<Field<T>> fields; ///< every column but id, created_at and updated_at
};

template<class T>
const Table<T> &tableOf();

template<>
const Table<Mentee> &tableOf<Mentee>();
template<>
const Table<Attachment> &tableOf<Attachment>();
template<>
const Table<Goal> &tableOf<Goal>();
template<>
const Table<GoalReview> &tableOf<GoalReview>();
template<>
const Table<ProblemStatement> &tableOf<ProblemStatement>();
template<>
const Table<Session> &tableOf<Session>();
template<>
const Table<Action> &tableOf<Action>();
template<>
const Table<ActionReview> &tableOf<ActionReview>();

/** Every (table, field) that is the mentor's alone (Field::mentorsOwn), over every table. */
QList<std::pair<QString, QString>> mentorsOwnFields();
/** True when table.field is one of mentorsOwnFields(). */
bool isMentorsOwn(const QString &table, const QString &field);

/** True when every field (but id and time stamps) of a and b holds the same value. */
template<class T>
bool sameFields(const T &a, const T &b)
{
    for (const Field<T> &field : tableOf<T>().fields) {
        if (field.read(a) != field.read(b))
            return false;
    }
    return true;
}

/** Conversions shared by every field; each throws ValidationError(field, problem). */
namespace Canonical {
/** The longest text a field accepts, in characters. */
constexpr int MaximumTextLength = 4 * 1024 * 1024;

QVariant fromDate(const QDate &date);
QDate toDate(const QString &field, const QVariant &value, bool required);
QVariant fromDateTime(const QDateTime &dateTime);
QDateTime toDateTime(const QString &field, const QVariant &value, bool required);
/**
 * Reads text; a Windows line end is read as one new line. Control characters are not refused
 * here, so that a row an older release stored with one still reads: validate() refuses them
 * in what is written.
 */
QString toText(const QString &field, const QVariant &value, bool required);
/** Why text cannot be stored: a control character (C0 but tab and new line, or DEL), or empty. */
QString controlCharacterProblem(const QString &text);
qint64 toInteger(const QString &field, const QVariant &value, qint64 minimum, qint64 maximum);
Id toReference(const QString &field, const QVariant &value, bool required);
QByteArray toBlob(const QString &field, const QVariant &value, qint64 maximum);
QString unknownChoice(const QString &noun, const QString &key, const QStringList &choices);

template<class E>
E toEnum(const QString &field, const QVariant &value)
{
    const QString key = value.isNull() ? QString() : value.toString();
    if (const auto parsed = fromKey<E>(key))
        return *parsed;
    throw ValidationError(field, unknownChoice(enumNoun<E>(), key, enumKeys<E>()));
}

template<class E>
QVariant fromEnum(E value)
{
    const QString key = toKey(value);
    return key.isEmpty() ? QVariant() : QVariant(key);
}
} // namespace Canonical

/** Builders for Field<T>, one for each kind of member. */
namespace Fields {
template<class T>
Field<T> text(const char *name, QString T::*member, bool required = false)
{
    Field<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Text;
    f.required = required;
    f.read = [member](const T &item) {
        return QVariant(item.*member);
    };
    f.write = [member, field = f.name, required](T &item, const QVariant &value) {
        item.*member = Canonical::toText(field, value, required);
    };
    return f;
}

template<class T>
Field<T> integer(const char *name, int T::*member, int minimum, int maximum)
{
    Field<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Integer;
    f.required = true;
    f.minimum = minimum;
    f.maximum = maximum;
    f.read = [member](const T &item) {
        return QVariant(qint64(item.*member));
    };
    f.write = [member, field = f.name, minimum, maximum](T &item, const QVariant &value) {
        item.*member = int(Canonical::toInteger(field, value, minimum, maximum));
    };
    return f;
}

/** A field Mentorbook keeps for itself (see Field::kept). */
template<class T>
Field<T> kept(Field<T> field)
{
    field.kept = true;
    return field;
}

/** A text that is the mentor's alone (see Field::mentorsOwn). */
template<class T>
Field<T> mentorsOwn(Field<T> field)
{
    field.mentorsOwn = true;
    return field;
}

template<class T>
Field<T> date(const char *name, QDate T::*member, bool required = false)
{
    Field<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Date;
    f.required = required;
    f.read = [member](const T &item) {
        return Canonical::fromDate(item.*member);
    };
    f.write = [member, field = f.name, required](T &item, const QVariant &value) {
        item.*member = Canonical::toDate(field, value, required);
    };
    return f;
}

template<class T>
Field<T> dateTime(const char *name, QDateTime T::*member, bool required = false)
{
    Field<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::DateTime;
    f.required = required;
    f.read = [member](const T &item) {
        return Canonical::fromDateTime(item.*member);
    };
    f.write = [member, field = f.name, required](T &item, const QVariant &value) {
        item.*member = Canonical::toDateTime(field, value, required);
    };
    return f;
}

template<class T>
Field<T> blob(const char *name, QByteArray T::*member, qint64 maximumBytes)
{
    Field<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Blob;
    f.maximum = maximumBytes;
    f.read = [member](const T &item) {
        return QVariant(item.*member);
    };
    f.write = [member, field = f.name, maximumBytes](T &item, const QVariant &value) {
        item.*member = Canonical::toBlob(field, value, maximumBytes);
    };
    return f;
}

template<class T, class E>
Field<T> enumeration(const char *name, E T::*member)
{
    Field<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Enum;
    f.required = !enumEntries<E>().isEmpty() && *enumEntries<E>().constFirst().key;
    f.choices = enumKeys<E>();
    for (const auto &entry : enumEntries<E>()) {
        f.keys << QString::fromLatin1(entry.key);
        f.labelSources << entry.label;
    }
    f.read = [member](const T &item) {
        return Canonical::fromEnum(item.*member);
    };
    f.write = [member, field = f.name](T &item, const QVariant &value) {
        item.*member = Canonical::toEnum<E>(field, value);
    };
    return f;
}

template<class T>
Field<T> reference(const char *name, Id T::*member, const char *table, bool required)
{
    Field<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Reference;
    f.required = required;
    f.referencedTable = QString::fromLatin1(table);
    f.read = [member](const T &item) {
        return item.*member > 0 ? QVariant(qint64(item.*member)) : QVariant();
    };
    f.write = [member, field = f.name, required](T &item, const QVariant &value) {
        item.*member = Canonical::toReference(field, value, required);
    };
    return f;
}
} // namespace Fields

} // namespace Mentorbook
