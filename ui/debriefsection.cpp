// SPDX-License-Identifier: GPL-3.0-or-later
#include "debriefsection.h"

#include "localeformat.h"
#include "program/rules.h"

#include "formwidgets.h"
#include "model/sessiontimelinemodel.h"
#include "sessioneditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

DebriefSection::DebriefSection(SessionTimelineModel *model, QWidget *parent)
    : QGroupBox(SessionEditor::tr("Debrief"), parent)
    , m_model(model)
    , m_debriefed(new QLabel(this))
{
    m_binder.setModel(model);
    setObjectName(QStringLiteral("debriefForm"));
    auto *debriefColumn = new QVBoxLayout(this);
    m_debriefed->setObjectName(QStringLiteral("debriefedExercise"));
    m_debriefed->setWordWrap(true);
    m_debriefed->setTextFormat(Qt::PlainText);
    debriefColumn->addWidget(m_debriefed);
    // One form for each outcome, so that the questions of the others can hide.
    auto formIn = [this, debriefColumn] {
        auto *box = new QWidget(this);
        auto *boxLayout = new QFormLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        debriefColumn->addWidget(box);
        return std::pair{box, boxLayout};
    };
    auto [outcomeBox, outcomeForm] = formIn();
    Q_UNUSED(outcomeBox)
    auto *outcome = enumComboBox<DebriefOutcome>(this);
    outcome->setObjectName(QStringLiteral("debriefOutcome"));
    outcomeForm->addRow(SessionEditor::tr("Ho&w did it go?"), outcome);
    auto [wentWellBox, wentWellForm] = formIn();
    auto *wentWell = noteEdit(QStringLiteral("debriefWentWell"), 2, wentWellBox);
    auto *future = noteEdit(QStringLiteral("debriefFuture"), 2, wentWellBox);
    wentWellForm->addRow(SessionEditor::tr("What went we&ll?"), wentWell);
    wentWellForm->addRow(SessionEditor::tr("What does it mean for the future?"), future);
    auto [notWellBox, notWellForm] = formIn();
    auto *tryNext = noteEdit(QStringLiteral("debriefTryNext"), 2, notWellBox);
    notWellForm->addRow(SessionEditor::tr("What should be tried ne&xt?"), tryNext);
    auto [notHappenedBox, notHappenedForm] = formIn();
    auto *reason = enumComboBox<WhyNotReason>(notHappenedBox);
    reason->setObjectName(QStringLiteral("debriefReason"));
    auto *whyNot = noteEdit(QStringLiteral("debriefWhyNot"), 2, notHappenedBox);
    notHappenedForm->addRow(SessionEditor::tr("Reason:"), reason);
    notHappenedForm->addRow(SessionEditor::tr("Wh&y did it not happen?"), whyNot);
    m_wentWell = wentWellBox;
    m_notWell = notWellBox;
    m_notHappened = notHappenedBox;

    m_binder.bind({{outcome, SessionTimelineModel::DebriefOutcomeColumn},
                   {wentWell, SessionTimelineModel::DebriefWentWellColumn},
                   {future, SessionTimelineModel::DebriefFutureColumn},
                   {tryNext, SessionTimelineModel::DebriefTryNextColumn},
                   {reason, SessionTimelineModel::WhyNotReasonColumn},
                   {whyNot, SessionTimelineModel::DebriefWhyNotColumn}});
}

void DebriefSection::showSession(const Session &session)
{
    m_wentWell->setVisible(session.debriefOutcome == DebriefOutcome::WentWell);
    m_notWell->setVisible(session.debriefOutcome == DebriefOutcome::DidNotGoWell);
    m_notHappened->setVisible(session.debriefOutcome == DebriefOutcome::DidNotHappen);

    // The debrief opens with the plan of the exercise before it.
    QString plan = SessionEditor::tr("No earlier exercise was planned to debrief.");
    if (const auto earlier = Program::exerciseDebriefedAt(m_model->items(), session)) {
        QStringList parts{earlier->exerciseWhat.simplified()};
        if (!earlier->exerciseWithWhom.isEmpty())
            parts << SessionEditor::tr("with %1").arg(earlier->exerciseWithWhom);
        if (earlier->exerciseByWhen.isValid())
            parts << SessionEditor::tr("by %1").arg(shortDateText(earlier->exerciseByWhen));
        plan = SessionEditor::tr("Exercise set at session %1: %2")
                   .arg(earlier->sequence)
                   .arg(parts.join(QStringLiteral(" · ")));
    }
    m_debriefed->setText(plan);
}

} // namespace Mentorbook
