// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemstatementdialog.h"

#include "formwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Mentorbook {

namespace {
const QString Blank = QStringLiteral("___");
} // namespace

ProblemStatementDialog::ProblemStatementDialog(QWidget *parent)
    : QDialog(parent)
    , m_template(new QComboBox(this))
    , m_blankLayout(new QVBoxLayout)
    , m_free(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("problemStatementDialog"));
    setWindowTitle(tr("New problem statement"));
    m_template->setObjectName(QStringLiteral("problemTemplate"));
    for (const auto &entry : enumEntries<ProblemTemplate>()) {
        if (entry.value == ProblemTemplate::Free)
            continue;
        m_template->addItem(templateText(entry.value), int(entry.value));
    }
    m_template->addItem(tr("Write it freely"), int(ProblemTemplate::Free));
    m_free->setObjectName(QStringLiteral("problemFreeText"));
    m_free->setTabChangesFocus(true);
    m_free->setAccessibleName(tr("Problem statement"));
    m_preview->setObjectName(QStringLiteral("problemPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    QFont bold = m_preview->font();
    bold.setBold(true);
    m_preview->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    auto *choose = new QLabel(tr("&Start from:"), this);
    choose->setBuddy(m_template);
    layout->addWidget(choose);
    layout->addWidget(m_template);
    layout->addLayout(m_blankLayout);
    layout->addWidget(m_free);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    nameFieldsAfterLabels(this);

    connect(m_template, &QComboBox::currentIndexChanged, this, &ProblemStatementDialog::rebuild);
    connect(m_free, &QPlainTextEdit::textChanged, this, &ProblemStatementDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
}

ProblemTemplate ProblemStatementDialog::chosenTemplate() const
{
    return ProblemTemplate(m_template->currentData().toInt());
}

void ProblemStatementDialog::setTemplate(ProblemTemplate problemTemplate)
{
    m_template->setCurrentIndex(m_template->findData(int(problemTemplate)));
}

void ProblemStatementDialog::rebuild()
{
    for (QLineEdit *blank : std::as_const(m_blanks)) {
        blank->hide();
        blank->deleteLater();
    }
    m_blanks.clear();
    const bool free = chosenTemplate() == ProblemTemplate::Free;
    m_free->setVisible(free);
    const int count = free ? 0 : int(templateText(chosenTemplate()).count(Blank));
    for (int i = 0; i < count; ++i) {
        auto *blank = new QLineEdit(this);
        blank->setObjectName(QStringLiteral("problemBlank%1").arg(i + 1));
        blank->setPlaceholderText(tr("Blank %1").arg(i + 1));
        blank->setAccessibleName(blank->placeholderText());
        blank->setAccessibleDescription(templateText(chosenTemplate()));
        connect(blank, &QLineEdit::textChanged, this, &ProblemStatementDialog::update);
        m_blankLayout->addWidget(blank);
        m_blanks << blank;
    }
    if (!m_blanks.isEmpty())
        m_blanks.constFirst()->setFocus();
    else if (free)
        m_free->setFocus();
    update();
}

QString ProblemStatementDialog::text() const
{
    if (chosenTemplate() == ProblemTemplate::Free)
        return m_free->toPlainText().trimmed();
    QString text = templateText(chosenTemplate());
    for (const QLineEdit *blank : m_blanks) {
        const QString value = blank->text().trimmed();
        text.replace(text.indexOf(Blank), Blank.size(), value.isEmpty() ? Blank : value);
    }
    return text;
}

void ProblemStatementDialog::update()
{
    const QString statement = text();
    const bool complete = !statement.isEmpty() && !statement.contains(Blank);
    m_preview->setText(statement);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(complete ? QString() : tr("Fill in every blank first"));
}

} // namespace Mentorbook
