// SPDX-License-Identifier: GPL-3.0-or-later
#include "stageguidesection.h"

#include "program/method.h"
#include "sessioneditor.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

StageGuideSection::StageGuideSection(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(SessionEditor::tr("Ask:"), this))
    , m_guide(new QLabel(this))
{
    // A row like a form's, but in a box: Qt 6.4's QFormLayout can give a word-wrapped label
    // the height it needs at another width, cutting the guide off or padding it. The label
    // sits where a form puts it beside a tall field: centred in 7/4 of its height.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_label->setMinimumHeight(m_label->sizeHint().height() * 7 / 4);
    row->addWidget(m_label, 0, Qt::AlignTop);
    row->addWidget(m_guide, 1);

    m_guide->setObjectName(QStringLiteral("stageGuide"));
    m_guide->setWordWrap(true);
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setFrameShape(QFrame::StyledPanel);
    m_guide->setMargin(6);
    m_guide->setBackgroundRole(QPalette::AlternateBase);
    m_guide->setAutoFillBackground(true);
    m_guide->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guide->setAccessibleName(SessionEditor::tr("Questions to ask"));
}

void StageGuideSection::setStage(Stage stage)
{
    const StageGuide guide = Method::guide(stage);
    QString prompts;
    for (const QString &prompt : guide.prompts + guide.growQuestions)
        prompts += QStringLiteral("<li>%1</li>").arg(prompt.toHtmlEscaped());
    m_guide->setText(QStringLiteral("<i>%1</i><ul style=\"margin-left: -20px\">%2</ul>")
                         .arg(guide.purpose.toHtmlEscaped(), prompts));
}

QList<QWidget *> StageGuideSection::labels() const
{
    return {m_label};
}

} // namespace Mentorbook
