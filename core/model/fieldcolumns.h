// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/fields.h"
#include "domain/fieldtitles.h"
#include "localeformat.h"

#include <QLocale>

namespace Mentorbook {

/** The header role of a column's field, as "table.field" ("sessions.notes"). */
constexpr int FieldNameRole = Qt::UserRole + 50;

/**
 * Some fields of an entity laid out as model columns, with the conversion between a field
 * and the value a view shows (DisplayRole) or an editor widget holds (EditRole):
 * text as QString, numbers as int, dates as QDate (invalid for none), date-times as local
 * QDateTime, choices as their index (a combo box's currentIndex), references as ids.
 */
template<class T>
class FieldColumns
{
public:
    explicit FieldColumns(const QStringList &names)
    {
        for (const QString &name : names) {
            for (const Field<T> &field : tableOf<T>().fields) {
                if (field.name == name)
                    m_fields << &field;
            }
        }
        Q_ASSERT(m_fields.size() == names.size());
    }

    int count() const { return int(m_fields.size()); }
    const Field<T> &field(int column) const { return *m_fields.at(column); }

    int columnOf(const QString &name) const
    {
        for (int column = 0; column < count(); ++column) {
            if (m_fields.at(column)->name == name)
                return column;
        }
        return -1;
    }

    QVariant editValue(const T &item, int column) const
    {
        const Field<T> &f = field(column);
        const QVariant value = f.read(item);
        switch (f.type) {
        case FieldType::Integer:
            return int(value.toLongLong());
        case FieldType::Date:
            return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
        case FieldType::DateTime:
            return value.isNull()
                       ? QDateTime()
                       : QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime();
        case FieldType::Enum:
            return int(f.keys.indexOf(value.isNull() ? QString() : value.toString()));
        case FieldType::Reference:
            return value.isNull() ? qint64(0) : value.toLongLong();
        case FieldType::Text:
        case FieldType::Blob:
            break;
        }
        return value;
    }

    QVariant displayValue(const T &item, int column) const
    {
        const Field<T> &f = field(column);
        const QVariant value = editValue(item, column);
        const QLocale locale;
        switch (f.type) {
        case FieldType::Date:
            return shortDateText(value.toDate());
        case FieldType::DateTime:
            return shortDateTimeText(value.toDateTime());
        case FieldType::Enum: {
            const int index = value.toInt();
            return index >= 0 ? translatedEnumLabel(f.labelSources.at(index)) : QString();
        }
        case FieldType::Integer:
            return locale.toString(value.toInt());
        case FieldType::Reference:
            return value.toLongLong() > 0 ? QVariant(value.toLongLong()) : QVariant();
        case FieldType::Text:
        case FieldType::Blob:
            break;
        }
        return value;
    }

    /** item with the column set from an editor's value; throws ValidationError. */
    T withEditValue(T item, int column, const QVariant &value) const
    {
        const Field<T> &f = field(column);
        QVariant canonical = value;
        switch (f.type) {
        case FieldType::Integer:
            canonical = value.toLongLong();
            break;
        case FieldType::Date:
            canonical = Canonical::fromDate(value.toDate());
            break;
        case FieldType::DateTime:
            canonical = Canonical::fromDateTime(value.toDateTime());
            break;
        case FieldType::Enum: {
            const int index = value.toInt();
            const QString key = f.keys.value(index);
            canonical = key.isEmpty() ? QVariant() : QVariant(key);
            break;
        }
        case FieldType::Reference:
            canonical = value.toLongLong() > 0 ? QVariant(value.toLongLong()) : QVariant();
            break;
        case FieldType::Text:
            canonical = value.toString();
            break;
        case FieldType::Blob:
            break;
        }
        f.write(item, canonical);
        return item;
    }

    /** The columns whose value differs between a and b. */
    QList<int> differences(const T &a, const T &b) const
    {
        QList<int> columns;
        for (int column = 0; column < count(); ++column) {
            if (field(column).read(a) != field(column).read(b))
                columns << column;
        }
        return columns;
    }

private:
    QList<const Field<T> *> m_fields;
};

} // namespace Mentorbook
