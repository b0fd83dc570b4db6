// SPDX-License-Identifier: GPL-3.0-or-later
#include "datedelegate.h"

#include "datefield.h"

#include <QKeyEvent>

namespace Mentorbook {

QWidget *DateDelegate::createEditor(QWidget *parent,
                                    const QStyleOptionViewItem &,
                                    const QModelIndex &index) const
{
    auto *field = new DateField(parent);
    field->setFrame(false);
    if (m_today.isValid())
        field->setToday(m_today);
    field->setReferenceDate(m_reference);
    field->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // A date picked from the calendar, or a cell emptied, is taken at once.
    auto *self = const_cast<DateDelegate *>(this);
    connect(
        field, &DateInputField::valueEdited, self, [self, field] { emit self->commitData(field); });
    return field;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *field = qobject_cast<DateField *>(editor)) {
        field->setDate(index.data(Qt::EditRole).toDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void DateDelegate::setModelData(QWidget *editor,
                                QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *field = qobject_cast<DateField *>(editor)) {
        if (field->hasAcceptableInput())
            model->setData(index, field->date());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool DateDelegate::eventFilter(QObject *object, QEvent *event)
{
    // The view keeps a cell that is not a date open on Return and Tab; the field says why.
    auto *field = qobject_cast<DateInputField *>(object);
    if (field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab
            || key == Qt::Key_Backtab) {
            field->explainProblem();
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace Mentorbook
