// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDataWidgetMapper>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>
#include <QTimer>

namespace Mentorbook {

/**
 * Binds form widgets to the columns of one row of a model, through QDataWidgetMapper.
 * Every change is written through the model at once: choices when picked, text a moment
 * after typing pauses and when the field loses focus. A write the model refuses leaves the
 * text in the widget. Date fields (DateField, DateTimeField) are written when the mentor
 * finishes a date, picks or clears one; an empty optional date is written as no date, and
 * text that is not a date is never written.
 */
class FormBinder : public QObject
{
    Q_OBJECT

public:
    explicit FormBinder(QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_mapper.model(); }
    /** Binds a QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, DateField or DateTimeField. */
    void bind(QWidget *editor, int column);
    /** Binds each editor to its column. */
    void bind(std::initializer_list<std::pair<QWidget *, int>> editors);
    /** Shows the row of index (of the bound model), or clears the form for an invalid index. */
    void setCurrentIndex(const QModelIndex &index);
    QModelIndex currentIndex() const { return m_current; }
    /** Writes what the widgets hold now (before the window closes, say). */
    void submit();

    /** How long typing must pause before the text is written. */
    static constexpr int TypingPauseMs = 700;

private:
    void scheduleSubmit();

    QDataWidgetMapper m_mapper;
    QTimer m_typingPause;
    QPersistentModelIndex m_current;
    QList<QWidget *> m_editors;
};

/** The property naming the field a bound widget edits, as "table.field" ("sessions.notes"). */
constexpr char BoundField[] = "mentorbookField";

/** A combo box with this property set holds the value as its items' data (an id), not its index. */
constexpr char BindsItemData[] = "mentorbookBindsItemData";

/** Moves values between a model and form widgets; an empty date field is no date. */
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace Mentorbook
