// SPDX-License-Identifier: GPL-3.0-or-later
#include "formwidgets.h"

#include <QFormLayout>
#include <QScrollArea>
#include <QStyle>

namespace Mentorbook {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QString plainLabel(const QString &label)
{
    QString text;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char('&') && i + 1 < label.size())
            ++i;
        text += label.at(i);
    }
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
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

QList<QWidget *> formLabels(const QFormLayout *form)
{
    QList<QWidget *> labels;
    for (int row = 0; row < form->rowCount(); ++row) {
        if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            labels << item->widget();
    }
    return labels;
}

void alignLabels(const QList<QWidget *> &labels)
{
    int width = 0;
    for (const QWidget *label : labels)
        width = std::max(width, label->sizeHint().width());
    for (QWidget *label : labels) {
        label->setMinimumWidth(width);
        // The label fills the column now: its text goes where a form would put the label.
        if (auto *text = qobject_cast<QLabel *>(label)) {
            const auto side = Qt::Alignment(
                text->style()->styleHint(QStyle::SH_FormLayoutLabelAlignment, nullptr, text));
            text->setAlignment((side & Qt::AlignHorizontal_Mask)
                               | (text->alignment() & Qt::AlignVertical_Mask));
        }
    }
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
