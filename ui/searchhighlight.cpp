// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhighlight.h"

#include "search/search.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Mentorbook {

int highlightTerms(QWidget *editor, const QStringList &terms)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const auto found = Search::occurrences(line->text(), terms);
        if (!found.isEmpty())
            line->setSelection(found.constFirst().first, found.constFirst().second);
        return int(found.size());
    }
    auto *text = qobject_cast<QPlainTextEdit *>(editor);
    if (!text)
        return 0;
    const auto found = Search::occurrences(text->toPlainText(), terms);
    QList<QTextEdit::ExtraSelection> selections;
    QTextCharFormat format;
    format.setBackground(text->palette().color(QPalette::Highlight));
    format.setForeground(text->palette().color(QPalette::HighlightedText));
    for (const auto &[start, length] : found) {
        QTextCursor cursor(text->document());
        cursor.setPosition(start);
        cursor.setPosition(start + length, QTextCursor::KeepAnchor);
        selections << QTextEdit::ExtraSelection{cursor, format};
    }
    text->setExtraSelections(selections);
    if (!found.isEmpty()) {
        QTextCursor cursor(text->document());
        cursor.setPosition(found.constFirst().first);
        text->setTextCursor(cursor);
        text->ensureCursorVisible();
        // The marks belong to what was found: the first change of the text takes them away.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection
            = QObject::connect(text, &QPlainTextEdit::textChanged, text, [text, connection] {
                  text->setExtraSelections({});
                  QObject::disconnect(*connection);
              });
    }
    return int(found.size());
}

} // namespace Mentorbook
