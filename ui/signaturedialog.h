// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Mentorbook {

class SignatureFields;

/**
 * Asks for the name (and email) that sign the recaps, the first time a recap is made while
 * Preferences hold no name. It asks once: saved or not, the recap is made, and the name can
 * be set later in Preferences.
 */
class SignatureDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignatureDialog(QWidget *parent = nullptr);
    ~SignatureDialog() override;

    /** Keeps the name and email in Preferences; refuses an email that is not an address. */
    void accept() override;

    /** Opens the dialog unless a name is set or the question was asked before. */
    static void askOnce(QWidget *parent);

private:
    std::unique_ptr<SignatureFields> m_fields;
};

} // namespace Mentorbook
