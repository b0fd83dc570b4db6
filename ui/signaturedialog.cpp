// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturedialog.h"

#include "domain/validation.h"
#include "formwidgets.h"
#include "palette.h"
#include "preferences.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mentorbook {

SignatureDialog::SignatureDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(Preferences::mentorName(), this))
    , m_email(new QLineEdit(Preferences::mentorEmail(), this))
    , m_emailProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("signatureDialog"));
    setWindowTitle(tr("Sign your recaps"));
    auto *why = new QLabel(tr("Your name signs the recaps you send, with your email under it if "
                              "you give one. Mentorbook asks only this once; you can change both "
                              "in Preferences."),
                           this);
    why->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("signatureName"));
    m_email->setObjectName(QStringLiteral("signatureEmail"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_emailProblem->setObjectName(QStringLiteral("signatureEmailProblem"));
    QPalette warning = m_emailProblem->palette();
    warning.setColor(QPalette::WindowText, warningColor(warning));
    m_emailProblem->setPalette(warning);
    m_emailProblem->setWordWrap(true);
    m_emailProblem->hide();

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Name:"), m_name, this), m_name);
    form->addRow(buddyLabel(tr("&Email:"), m_email, this), m_email);
    form->addRow(QString(), m_emailProblem);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Save, this);
    QPushButton *later = box->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("signatureLater"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(box);
    nameFieldsAfterLabels(this);
    m_name->setFocus();
}

void SignatureDialog::accept()
{
    // The rule of the Preferences dialog and of a mentee's email.
    const QString problem = emailProblem(m_email->text().trimmed());
    m_emailProblem->setText(problem);
    m_emailProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_email->setFocus();
        m_email->selectAll();
        return;
    }
    Preferences::setMentorName(m_name->text());
    Preferences::setMentorEmail(m_email->text().trimmed());
    QDialog::accept();
}

void SignatureDialog::askOnce(QWidget *parent)
{
    if (!Preferences::mentorName().trimmed().isEmpty() || Preferences::signatureAsked())
        return;
    Preferences::setSignatureAsked(true);
    SignatureDialog dialog(parent);
    dialog.exec();
}

} // namespace Mentorbook
