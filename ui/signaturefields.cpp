// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturefields.h"

#include "domain/validation.h"
#include "formwidgets.h"
#include "palette.h"
#include "preferences.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Mentorbook {

SignatureFields::SignatureFields(const QString &objectPrefix, QWidget *parent)
    : m_parent(parent)
    , m_name(new QLineEdit(Preferences::mentorName(), parent))
    , m_email(new QLineEdit(Preferences::mentorEmail(), parent))
    , m_emailProblem(new QLabel(parent))
{
    m_name->setObjectName(objectPrefix + QStringLiteral("Name"));
    m_email->setObjectName(objectPrefix + QStringLiteral("Email"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_emailProblem->setObjectName(objectPrefix + QStringLiteral("EmailProblem"));
    QPalette warning = m_emailProblem->palette();
    warning.setColor(QPalette::WindowText, warningColor(warning));
    m_emailProblem->setPalette(warning);
    m_emailProblem->setWordWrap(true);
    m_emailProblem->hide();
}

void SignatureFields::addRows(QFormLayout *form)
{
    form->addRow(buddyLabel(tr("&Name:"), m_name, m_parent), m_name);
    form->addRow(buddyLabel(tr("&Email:"), m_email, m_parent), m_email);
    form->addRow(QString(), m_emailProblem);
}

bool SignatureFields::save()
{
    // The same rule as a mentee's email: what is refused there is refused here.
    const QString problem = emailProblem(m_email->text().trimmed());
    m_emailProblem->setText(problem);
    m_emailProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        m_email->setFocus();
        m_email->selectAll();
        return false;
    }
    Preferences::setMentorName(m_name->text());
    Preferences::setMentorEmail(m_email->text().trimmed());
    return true;
}

} // namespace Mentorbook
