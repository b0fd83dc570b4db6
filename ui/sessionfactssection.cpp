// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfactssection.h"

#include "formwidgets.h"
#include "localeformat.h"
#include "model/sessiontimelinemodel.h"
#include "sessioneditor.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

SessionFactsSection::SessionFactsSection(SessionTimelineModel *model, QWidget *parent)
    : QWidget(parent)
{
    m_binder.setModel(model);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto *when = new QDateTimeEdit(this);
    when->setObjectName(QStringLiteral("sessionWhen"));
    when->setCalendarPopup(true);
    when->setDisplayFormat(shortDateTimeFormat());
    auto *duration = new QSpinBox(this);
    duration->setObjectName(QStringLiteral("sessionDuration"));
    duration->setRange(5, 480);
    duration->setSingleStep(15);
    duration->setSuffix(SessionEditor::tr(" min"));
    duration->setAccessibleName(SessionEditor::tr("Duration"));
    duration->setAccessibleDescription(SessionEditor::tr("How long the session lasts, in minutes"));
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(when, 1);
    scheduleRow->addWidget(duration);
    layout->addRow(buddyLabel(SessionEditor::tr("Whe&n:"), when, this), scheduleRow);

    auto *location = new QLineEdit(this);
    location->setObjectName(QStringLiteral("sessionLocation"));
    location->setPlaceholderText(SessionEditor::tr("A room, or a video-call link"));
    layout->addRow(SessionEditor::tr("Place or link:"), location);

    auto *stage = enumComboBox<Stage>(this);
    stage->setObjectName(QStringLiteral("sessionStage"));
    auto *status = enumComboBox<SessionStatus>(this);
    status->setObjectName(QStringLiteral("sessionStatus"));
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(stage, 1);
    auto *statusLabel = new QLabel(SessionEditor::tr("Stat&us:"), this);
    statusLabel->setBuddy(status);
    stageRow->addWidget(statusLabel);
    stageRow->addWidget(status, 1);
    layout->addRow(buddyLabel(SessionEditor::tr("Stage:"), stage, this), stageRow);

    m_binder.bind({{when, SessionTimelineModel::ScheduledAtColumn},
                   {duration, SessionTimelineModel::DurationColumn},
                   {location, SessionTimelineModel::LocationColumn},
                   {stage, SessionTimelineModel::StageColumn},
                   {status, SessionTimelineModel::StatusColumn}});
}

QList<QWidget *> SessionFactsSection::labels() const
{
    return formLabels(qobject_cast<QFormLayout *>(layout()));
}

} // namespace Mentorbook
