// SPDX-License-Identifier: GPL-3.0-or-later
#include "formwidgets.h"

#include <QScrollArea>

namespace Mentorbook {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QWidget *scrollableForm(QWidget *form, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    return scroll;
}

QPlainTextEdit *noteEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth()
                       + int(edit->document()->documentMargin() * 2);
    edit->setMinimumHeight(height);
    edit->setSizePolicy(QSizePolicy::Expanding,
                        lines > 3 ? QSizePolicy::Expanding : QSizePolicy::Preferred);
    if (lines <= 3)
        edit->setMaximumHeight(height + edit->fontMetrics().lineSpacing());
    return edit;
}

} // namespace Mentorbook
