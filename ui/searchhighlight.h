// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace Mentorbook {

/**
 * Shows where the search terms are in an editor (QPlainTextEdit or QLineEdit): every
 * occurrence highlighted in a text, the first one selected in a line, the cursor on it and
 * scrolled into view. The highlight goes at the first change of the text. Returns how many
 * occurrences it marked.
 */
int highlightTerms(QWidget *editor, const QStringList &terms);

} // namespace Mentorbook
