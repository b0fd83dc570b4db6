// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edit/store.h"
#include "fieldcolumns.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Mentorbook {

/**
 * The rows of one entity, with some of its fields as columns. Edits through setData() go to
 * the store as undoable commands; the model itself changes only when the store announces a
 * change, so every model showing a row stays current and emits the narrowest signals: rows
 * inserted, removed or moved one by one, dataChanged for the columns that differ.
 * Subclasses say which rows belong (load(), accepts()), their order and their extra roles.
 */
template<class T>
class EntityModel : public QAbstractTableModel
{
public:
    static constexpr int IdRoleValue = Qt::UserRole + 1;

    EntityModel(Store &store, const QStringList &columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_store(store)
        , m_columns(columns)
    {
        QObject::connect(
            &store, &Store::changed, this, [this](const Change &change) { onChanged(change); });
        QObject::connect(&store, &Store::relationshipReset, this, [this](Id mentee) {
            if (concerns(mentee))
                sync();
        });
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns.count();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const T &item = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return displayData(item, index.column());
        case Qt::EditRole:
            return m_columns.editValue(item, index.column());
        case IdRoleValue:
            return item.id;
        default:
            return roleData(item, index.column(), role);
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole
            || !checkIndex(index,
                           CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || !isEditable(index.column())) {
            return false;
        }
        return edit(m_rows.at(index.row()), index.column(), value);
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && isEditable(index.column()))
            flags |= Qt::ItemIsEditable;
        return flags;
    }

    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < m_columns.count())
            return fieldTitle(m_columns.field(section).name);
        if (orientation == Qt::Horizontal && role == FieldNameRole && section >= 0
            && section < m_columns.count())
            return tableOf<T>().name + QLatin1Char('.') + m_columns.field(section).name;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
        names.insert(IdRoleValue, "id");
        names.insert(extraRoleNames());
        return names;
    }

    /** The row behind index (of this model). */
    T itemAt(const QModelIndex &index) const { return m_rows.value(index.row()); }
    const QList<T> &items() const { return m_rows; }
    int rowOf(Id id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).id == id)
                return row;
        }
        return -1;
    }
    QModelIndex indexOf(Id id, int column = 0) const
    {
        const int row = rowOf(id);
        return row < 0 ? QModelIndex() : index(row, column);
    }
    int columnOf(const QString &field) const { return m_columns.columnOf(field); }
    Store &store() const { return m_store; }

    /** Changes one field of item through the store; false (and a report) if refused. */
    bool edit(const T &item, int column, const QVariant &value)
    {
        if (m_columns.editValue(item, column) == value)
            return true;
        T after;
        try {
            after = m_columns.withEditValue(item, column, value);
        } catch (const ValidationError &error) {
            m_store.reportFailure(describeForUser(error));
            return false;
        }
        const QString name = m_columns.field(column).name;
        return m_store.change(item,
                              after,
                              QCoreApplication::translate("Mentorbook::EntityModel", "Edit “%1”")
                                  .arg(fieldTitle(name)),
                              name);
    }

protected:
    /** The rows this model shows, from the repositories. */
    virtual QList<T> load() const = 0;
    /** Whether a row (just added or changed) belongs in this model. */
    virtual bool accepts(const T &item) const = 0;
    /** Whether a relationship's wholesale change may touch this model's rows. */
    virtual bool concerns(Id menteeId) const = 0;
    virtual bool lessThan(const T &a, const T &b) const { return a.id < b.id; }
    virtual bool isEditable(int) const { return true; }
    virtual QVariant displayData(const T &item, int column) const
    {
        return m_columns.displayValue(item, column);
    }
    virtual QVariant roleData(const T &, int, int) const { return {}; }
    virtual QHash<int, QByteArray> extraRoleNames() const { return {}; }
    /** Roles of the first column that are not the column's own value: computed from other tables
     *  (a change there refreshes them with rowsComputed()) or from fields in other columns. */
    virtual QList<int> computedRoles() const { return {}; }
    /** A change of another table's row; subclasses refresh what depends on it. */
    virtual void otherChanged(const Change &) {}
    /** Called before a row is stored in the model (to cache values computed from it). */
    virtual void prepare(const T &) {}

    /** Replaces every row (a new mentee was chosen): the one kind of reset. */
    void reload()
    {
        beginResetModel();
        m_rows = load();
        // Prepared first: the order may depend on the values prepare() caches.
        for (const T &item : std::as_const(m_rows))
            prepare(item);
        std::stable_sort(m_rows.begin(), m_rows.end(), [this](const T &a, const T &b) {
            return lessThan(a, b);
        });
        endResetModel();
    }

    /** Brings the rows up to date one by one, keeping selections: for wholesale changes. */
    void sync()
    {
        const QList<T> fresh = load();
        QSet<Id> ids;
        for (const T &item : fresh)
            ids.insert(item.id);
        // A wholesale change touches other tables too, so what the computed roles show may change
        // in rows whose own fields did not: compare them before and after.
        QHash<Id, QVariantList> computedBefore;
        for (int row = 0; row < m_rows.size(); ++row)
            computedBefore.insert(m_rows.at(row).id, computedValues(row));
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!ids.contains(m_rows.at(row).id))
                removeAt(row);
        }
        for (const T &item : fresh)
            put(item);
        for (int row = 0; row < m_rows.size(); ++row) {
            const auto before = computedBefore.constFind(m_rows.at(row).id);
            if (before != computedBefore.cend() && *before != computedValues(row))
                emit dataChanged(index(row, 0), index(row, 0), computedRoles());
        }
    }

    /** The values of the computed roles of a row, as views see them. */
    QVariantList computedValues(int row) const
    {
        QVariantList values;
        for (int role : computedRoles())
            values << data(index(row, 0), role);
        return values;
    }

    /** Tells views that the computed roles of the row with this id changed. */
    void rowsComputed(Id id)
    {
        const int row = rowOf(id);
        if (row >= 0 && !computedRoles().isEmpty())
            emit dataChanged(index(row, 0), index(row, 0), computedRoles());
    }

    Store &m_store;
    FieldColumns<T> m_columns;
    QList<T> m_rows;

private:
    void onChanged(const Change &change)
    {
        if (change.table != tableIdOf<T>()) {
            otherChanged(change);
            return;
        }
        const int row = rowOf(change.id);
        if (change.kind == Change::Removed) {
            if (row >= 0)
                removeAt(row);
            return;
        }
        const std::optional<T> fresh = m_store.repositories().of<T>().find(change.id);
        if (fresh && accepts(*fresh))
            put(*fresh);
        else if (row >= 0)
            removeAt(row);
    }

    void removeAt(int row)
    {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }

    /** The row where item belongs, among the rows other than `skip`. */
    int positionFor(const T &item, int skip) const
    {
        int position = 0;
        for (int row = 0; row < m_rows.size(); ++row) {
            if (row != skip && !lessThan(item, m_rows.at(row)))
                position = row < skip || skip < 0 ? row + 1 : row;
        }
        return position;
    }

    /** Inserts item, or updates the row that has its id (moving it if its order changed). */
    void put(const T &item)
    {
        prepare(item);
        int row = rowOf(item.id);
        if (row < 0) {
            const int position = positionFor(item, -1);
            beginInsertRows({}, position, position);
            m_rows.insert(position, item);
            endInsertRows();
            return;
        }
        const T old = m_rows.at(row);
        const int position = positionFor(item, row);
        if (position != row) {
            beginMoveRows({}, row, row, {}, position > row ? position + 1 : position);
            m_rows.move(row, position);
            endMoveRows();
            row = position;
        }
        m_rows[row] = item;
        const QList<int> changed = m_columns.differences(old, item);
        if (!changed.isEmpty()) {
            const auto [first, last] = std::minmax_element(changed.begin(), changed.end());
            emit dataChanged(index(row, *first), index(row, *last));
            if (*first != 0 && !computedRoles().isEmpty())
                emit dataChanged(index(row, 0), index(row, 0), computedRoles());
        } else if (!sameFields(old, item) && !computedRoles().isEmpty()) {
            // A field that is no column (such as done_at) changed what the row shows.
            emit dataChanged(index(row, 0), index(row, 0), computedRoles());
        }
    }
};

} // namespace Mentorbook
