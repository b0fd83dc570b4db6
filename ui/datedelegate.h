// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStyledItemDelegate>

namespace Mentorbook {

/**
 * Edits a table's date cells in a DateField, as the forms do: typed in the locale's order
 * or picked from a calendar; a cell emptied holds no date, and text that is not a date
 * stays in the cell, explained, and is not written.
 */
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** The day two-digit years count from; the current date unless set. */
    void setToday(const QDate &today) { m_today = today; }
    /** Where the calendar of an empty cell opens (today unless set). */
    void setReferenceDate(const QDate &date) { m_reference = date; }

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QDate m_today;
    QDate m_reference;
};

} // namespace Mentorbook
