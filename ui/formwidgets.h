// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>

class QFormLayout;

namespace Mentorbook {

/** A combo box listing an enumeration's labels in its order (bound by currentIndex). */
template<class E>
QComboBox *enumComboBox(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const auto &entry : enumEntries<E>())
        combo->addItem(translatedEnumLabel(entry.label));
    return combo;
}

/** A form label that gives its mnemonic's focus to buddy (for rows holding a layout). */
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

/** A label's words without mnemonic or colon ("&By when:" is "By when"), to name its field. */
QString plainLabel(const QString &label);

/** A scroll area showing form, which grows with the width it is given. */
QWidget *scrollableForm(QWidget *form, QWidget *parent);

/** The labels of a form's rows. */
QList<QWidget *> formLabels(const QFormLayout *form);

/**
 * Lines up labels of forms stacked in a column, as if they were one form: each becomes as
 * wide as the widest. Call it once the labels have their texts.
 */
void alignLabels(const QList<QWidget *> &labels);

/** A plain-text field sized for a few lines, that moves focus on Tab. */
QPlainTextEdit *noteEdit(const QString &objectName, int lines, QWidget *parent);

/** text without its mnemonic marker ("&Name:" gives "Name:"; "&&" stays one "&"). */
QString withoutMnemonic(const QString &text);

/**
 * Names every labelled field under root after its label ("&Agenda topics:" names the agenda
 * "Agenda topics"), unless it has a name already: QLabel::setBuddy() names the field only on
 * some platforms' accessibility bridges.
 */
void nameFieldsAfterLabels(QWidget *root);

/** Sets the Tab order to the order of widgets (Qt 6.4 takes them only two by two). */
void chainTabOrder(const QList<QWidget *> &widgets);

/** Moves widget after the last of container's widgets in the Tab order (a destructive one). */
void moveToEndOfTabOrder(QWidget *widget, QWidget *container);

} // namespace Mentorbook
