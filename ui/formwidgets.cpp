// SPDX-License-Identifier: GPL-3.0-or-later
#include "formwidgets.h"

#include "formscrollarea.h"

#include <QFormLayout>
#include <QRegularExpression>
#include <QStyle>

namespace Mentorbook {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    // Qt names a field after its buddy label, but keeps what follows the colon in French
    // ("Nom\u00a0"); the label's words alone are the name.
    if (buddy && buddy->accessibleName().isEmpty())
        buddy->setAccessibleName(plainLabel(text));
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
    return new FormScrollArea(form, parent);
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

QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain += text.at(i);
    }
    return plain;
}

void nameFieldsAfterLabels(QWidget *root)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        QWidget *field = label->buddy();
        if (!field || !field->accessibleName().isEmpty())
            continue;
        // "Hoped for by next time:", "How did it go?": the words, not the punctuation.
        QString name = withoutMnemonic(label->text()).trimmed();
        name.remove(QRegularExpression(QStringLiteral("[:\\s]+$")));
        field->setAccessibleName(name);
        if (field->accessibleDescription().isEmpty() && field->toolTip().isEmpty())
            field->setAccessibleDescription(label->toolTip());
    }
}

void chainTabOrder(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets.at(i - 1), widgets.at(i));
}

void moveToEndOfTabOrder(QWidget *widget, QWidget *container)
{
    QWidget *last = nullptr;
    for (QWidget *next = container->nextInFocusChain(); next != container;
         next = next->nextInFocusChain()) {
        if (next != widget && container->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus))
            last = next;
    }
    if (last)
        QWidget::setTabOrder(last, widget);
}

} // namespace Mentorbook
