// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace Mentorbook {

/**
 * The mentor's name and email as Preferences keep them (they sign the recaps), with the rule
 * an email must meet: the same fields in Preferences and in the dialog that asks for them
 * the first time a recap is made.
 */
class SignatureFields
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::SignatureFields)

public:
    /** The widgets are named prefix + "Name", "Email" and "EmailProblem". */
    SignatureFields(const QString &objectPrefix, QWidget *parent);

    /** Adds the two fields, labelled, and the line that explains a refused email. */
    void addRows(QFormLayout *form);

    QLineEdit *name() const { return m_name; }

    /**
     * Keeps the name and email in Preferences, or shows why the email is refused, puts the
     * cursor in it and returns false.
     */
    bool save();

private:
    QWidget *m_parent;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLabel *m_emailProblem;
};

} // namespace Mentorbook
