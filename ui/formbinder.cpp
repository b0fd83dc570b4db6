// SPDX-License-Identifier: GPL-3.0-or-later
#include "formbinder.h"

#include "datefield.h"
#include "datetimefield.h"
#include "model/fieldcolumns.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Mentorbook {

FormBinder::FormBinder(QObject *parent)
    : QObject(parent)
{
    m_mapper.setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_mapper.setItemDelegate(new FormDelegate(&m_mapper));
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &FormBinder::submit);
}

void FormBinder::setModel(QAbstractItemModel *model)
{
    m_mapper.setModel(model);
}

void FormBinder::bind(QWidget *editor, int column)
{
    m_editors << editor;
    // Named by its field, so that a search can open the text where it is.
    if (m_mapper.model()) {
        const QVariant field = m_mapper.model()->headerData(column, Qt::Horizontal, FieldNameRole);
        if (field.isValid())
            editor->setProperty(BoundField, field);
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        m_mapper.addMapping(editor, column, "currentIndex");
        connect(combo, &QComboBox::activated, this, &FormBinder::submit);
        return;
    }
    m_mapper.addMapping(editor, column);
    if (auto *date = qobject_cast<DateInputField *>(editor)) {
        // The field writes when a date is finished; the mapper's own filter would keep Tab
        // from leaving a field whose text is not a date yet.
        editor->removeEventFilter(m_mapper.itemDelegate());
        connect(date, &DateInputField::valueEdited, this, &FormBinder::submit);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textEdited, this, &FormBinder::scheduleSubmit);
        connect(line, &QLineEdit::editingFinished, this, &FormBinder::submit);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, &FormBinder::scheduleSubmit);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, &FormBinder::scheduleSubmit);
    }
}

void FormBinder::bind(std::initializer_list<std::pair<QWidget *, int>> editors)
{
    for (const auto &[editor, column] : editors)
        bind(editor, column);
}

void FormBinder::setCurrentIndex(const QModelIndex &index)
{
    if (m_typingPause.isActive())
        submit();
    m_current = index;
    const bool valid = index.isValid();
    for (QWidget *editor : std::as_const(m_editors))
        editor->setEnabled(valid);
    if (valid) {
        m_mapper.setCurrentModelIndex(index);
        return;
    }
    m_mapper.setCurrentIndex(-1);
    for (QWidget *editor : std::as_const(m_editors)) {
        QSignalBlocker blocker(editor);
        if (auto *date = qobject_cast<DateInputField *>(editor))
            date->clearValue();
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->clear();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
            text->clear();
    }
}

void FormBinder::scheduleSubmit()
{
    if (m_current.isValid())
        m_typingPause.start();
}

void FormBinder::submit()
{
    m_typingPause.stop();
    if (m_current.isValid())
        m_mapper.submit();
}

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    // Writing the same text back would move the cursor under the user's hands.
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
        return;
    }
    if (auto *date = qobject_cast<DateField *>(editor)) {
        date->setDate(value.toDate());
        return;
    }
    if (auto *dateTime = qobject_cast<DateTimeField *>(editor)) {
        dateTime->setDateTime(value.toDateTime());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value.toString())
            line->setText(value.toString());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->property(BindsItemData).toBool())
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        else
            combo->setCurrentIndex(value.toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FormDelegate::setModelData(QWidget *editor,
                                QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, text->toPlainText());
        return;
    }
    if (auto *field = qobject_cast<DateInputField *>(editor)) {
        // Text that is not a date (yet) is kept in the field and written when it is one.
        if (!field->hasAcceptableInput())
            return;
        if (auto *date = qobject_cast<DateField *>(editor))
            model->setData(index, date->date());
        else if (auto *dateTime = qobject_cast<DateTimeField *>(editor))
            model->setData(index, dateTime->dateTime());
        return;
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index,
                       combo->property(BindsItemData).toBool() ? combo->currentData()
                                                               : QVariant(combo->currentIndex()));
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Mentorbook
