// SPDX-License-Identifier: GPL-3.0-or-later
#include "altletterguard.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace Mentorbook {

bool AltLetterGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers
        = key->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier);
    if (modifiers != Qt::AltModifier || key->text().isEmpty() || !key->text().at(0).isPrint())
        return false;
    const bool typesText
        = qobject_cast<QLineEdit *>(watched) || qobject_cast<QPlainTextEdit *>(watched)
          || qobject_cast<QTextEdit *>(watched) || qobject_cast<QAbstractSpinBox *>(watched)
          || (watched->parent()
              && (qobject_cast<QPlainTextEdit *>(watched->parent())
                  || qobject_cast<QTextEdit *>(watched->parent())));
    return typesText;
}

} // namespace Mentorbook
