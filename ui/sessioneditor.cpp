// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioneditor.h"

#include "formwidgets.h"
#include "localeformat.h"
#include "model/sessiontimelinemodel.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>

namespace Mentorbook {

SessionEditor::SessionEditor(SessionTimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_pages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_delete(new QPushButton(tr("Delete session"), this))
{
    setObjectName(QStringLiteral("sessionEditor"));
    m_binder.setModel(model);

    auto *invitation = new QLabel(tr("Select a session in the timeline, or plan the next one."), m_pages);
    invitation->setAlignment(Qt::AlignCenter);
    invitation->setWordWrap(true);
    invitation->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_heading->setObjectName(QStringLiteral("sessionHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_delete->setObjectName(QStringLiteral("deleteSession"));
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_delete);
    layout->addRow(headingRow);

    auto *when = new QDateTimeEdit(form);
    when->setObjectName(QStringLiteral("sessionWhen"));
    when->setCalendarPopup(true);
    when->setDisplayFormat(shortDateTimeFormat());
    auto *duration = new QSpinBox(form);
    duration->setObjectName(QStringLiteral("sessionDuration"));
    duration->setRange(5, 480);
    duration->setSingleStep(15);
    duration->setSuffix(tr(" min"));
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(when, 1);
    scheduleRow->addWidget(duration);
    layout->addRow(buddyLabel(tr("&When:"), when, form), scheduleRow);

    auto *location = new QLineEdit(form);
    location->setObjectName(QStringLiteral("sessionLocation"));
    location->setPlaceholderText(tr("A room, or a video-call link"));
    layout->addRow(tr("&Place or link:"), location);

    auto *stage = enumComboBox<Stage>(form);
    stage->setObjectName(QStringLiteral("sessionStage"));
    auto *status = enumComboBox<SessionStatus>(form);
    status->setObjectName(QStringLiteral("sessionStatus"));
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(stage, 1);
    auto *statusLabel = new QLabel(tr("&Status:"), form);
    statusLabel->setBuddy(status);
    stageRow->addWidget(statusLabel);
    stageRow->addWidget(status, 1);
    layout->addRow(buddyLabel(tr("S&tage:"), stage, form), stageRow);

    auto *agenda = noteEdit(QStringLiteral("sessionAgenda"), 4, form);
    agenda->setPlaceholderText(tr("One topic a line"));
    layout->addRow(tr("&Agenda topics:"), agenda);
    auto *notes = noteEdit(QStringLiteral("sessionNotes"), 6, form);
    notes->setPlaceholderText(tr("What you discussed"));
    layout->addRow(tr("&Discussed:"), notes);
    auto *decisions = noteEdit(QStringLiteral("sessionDecisions"), 3, form);
    layout->addRow(tr("D&ecisions:"), decisions);
    auto *hoped = noteEdit(QStringLiteral("sessionHopedOutcome"), 3, form);
    hoped->setPlaceholderText(tr("What you both hope will be achieved by the next session"));
    layout->addRow(tr("&Hoped for by next time:"), hoped);

    auto *privateNotes = noteEdit(QStringLiteral("sessionPrivateNotes"), 3, form);
    privateNotes->setPlaceholderText(tr("Your own observations. Never printed in the mentee's recap."));
    QPalette privatePalette = privateNotes->palette();
    privatePalette.setColor(QPalette::Base, privatePalette.color(QPalette::AlternateBase));
    privateNotes->setPalette(privatePalette);
    auto *privateLabel = new QLabel(tr("&Private notes:"), form);
    privateLabel->setToolTip(tr("Only you see these notes; they are never part of what the mentee receives."));
    privateLabel->setBuddy(privateNotes);
    layout->addRow(privateLabel, privateNotes);

    for (auto [editor, column] : {std::pair<QWidget *, int>{when, SessionTimelineModel::ScheduledAtColumn},
                                  {duration, SessionTimelineModel::DurationColumn},
                                  {location, SessionTimelineModel::LocationColumn},
                                  {stage, SessionTimelineModel::StageColumn},
                                  {status, SessionTimelineModel::StatusColumn},
                                  {agenda, SessionTimelineModel::AgendaColumn},
                                  {notes, SessionTimelineModel::NotesColumn},
                                  {decisions, SessionTimelineModel::DecisionsColumn},
                                  {hoped, SessionTimelineModel::HopedOutcomeColumn},
                                  {privateNotes, SessionTimelineModel::PrivateNotesColumn}}) {
        m_binder.bind(editor, column);
    }

    QWidget *scroll = scrollableForm(form, m_pages);
    m_pages->addWidget(invitation);
    m_pages->addWidget(scroll);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_binder.currentIndex()); });
    connect(model, &QAbstractItemModel::dataChanged, this, &SessionEditor::updateHeading);
    setCurrentIndex({});
}

void SessionEditor::setCurrentIndex(const QModelIndex &index)
{
    m_binder.setCurrentIndex(index);
    m_pages->setCurrentIndex(index.isValid() ? 1 : 0);
    updateHeading();
}

void SessionEditor::updateHeading()
{
    const QModelIndex index = m_binder.currentIndex();
    m_heading->setText(index.isValid() ? index.siblingAtColumn(0).data(Qt::DisplayRole).toString() : QString());
}

} // namespace Mentorbook
