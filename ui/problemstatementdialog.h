// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace Mentorbook {

/**
 * Writes a problem statement: from one of the method's five templates, with a field for each
 * blank (the statement cannot be taken while a blank is empty), or freely.
 */
class ProblemStatementDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProblemStatementDialog(QWidget *parent = nullptr);

    ProblemTemplate chosenTemplate() const;
    void setTemplate(ProblemTemplate problemTemplate);
    /** The statement with the blanks filled in (or the free text). */
    QString text() const;
    /** The fields of the template's blanks, in order. */
    QList<QLineEdit *> blanks() const { return m_blanks; }

private:
    void rebuild();
    void update();

    QComboBox *m_template;
    QVBoxLayout *m_blankLayout;
    QList<QLineEdit *> m_blanks;
    QPlainTextEdit *m_free;
    QLabel *m_preview;
    QDialogButtonBox *m_buttons;
};

} // namespace Mentorbook
