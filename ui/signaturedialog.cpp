// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturedialog.h"

#include "formwidgets.h"
#include "preferences.h"
#include "signaturefields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mentorbook {

SignatureDialog::SignatureDialog(QWidget *parent)
    : QDialog(parent)
    , m_fields(std::make_unique<SignatureFields>(QStringLiteral("signature"), this))
{
    setObjectName(QStringLiteral("signatureDialog"));
    setWindowTitle(tr("Sign your recaps"));
    auto *why = new QLabel(tr("Your name signs the recaps you send, with your email under it if "
                              "you give one. Mentorbook asks only this once; you can change both "
                              "in Preferences."),
                           this);
    why->setWordWrap(true);
    auto *form = new QFormLayout;
    m_fields->addRows(form);

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
    m_fields->name()->setFocus();
}

SignatureDialog::~SignatureDialog() = default;

void SignatureDialog::accept()
{
    if (m_fields->save())
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
