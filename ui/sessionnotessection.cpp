// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionnotessection.h"

#include "formwidgets.h"
#include "model/sessiontimelinemodel.h"
#include "sessioneditor.h"

#include <QFormLayout>
#include <QLabel>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

SessionNotesSection::SessionNotesSection(SessionTimelineModel *model, QWidget *parent)
    : QWidget(parent)
{
    m_binder.setModel(model);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto *agenda = noteEdit(QStringLiteral("sessionAgenda"), 4, this);
    agenda->setPlaceholderText(SessionEditor::tr("One topic a line"));
    layout->addRow(SessionEditor::tr("Agenda &topics:"), agenda);
    auto *notes = noteEdit(QStringLiteral("sessionNotes"), 6, this);
    notes->setPlaceholderText(SessionEditor::tr("What you discussed"));
    layout->addRow(SessionEditor::tr("D&iscussed:"), notes);
    auto *decisions = noteEdit(QStringLiteral("sessionDecisions"), 3, this);
    layout->addRow(SessionEditor::tr("De&cisions:"), decisions);
    auto *hoped = noteEdit(QStringLiteral("sessionHopedOutcome"), 3, this);
    hoped->setPlaceholderText(
        SessionEditor::tr("What you both hope will be achieved by the next session"));
    layout->addRow(SessionEditor::tr("Hoped for &by next time:"), hoped);

    auto *privateNotes = noteEdit(QStringLiteral("sessionPrivateNotes"), 3, this);
    privateNotes->setPlaceholderText(
        SessionEditor::tr("Your own observations. Never printed in the mentee's recap."));
    QPalette privatePalette = privateNotes->palette();
    privatePalette.setColor(QPalette::Base, privatePalette.color(QPalette::AlternateBase));
    privateNotes->setPalette(privatePalette);
    auto *privateLabel = new QLabel(SessionEditor::tr("P&rivate notes:"), this);
    privateLabel->setToolTip(SessionEditor::tr(
        "Only you see these notes; they are never part of what the mentee receives."));
    privateLabel->setBuddy(privateNotes);
    layout->addRow(privateLabel, privateNotes);

    m_binder.bind({{agenda, SessionTimelineModel::AgendaColumn},
                   {notes, SessionTimelineModel::NotesColumn},
                   {decisions, SessionTimelineModel::DecisionsColumn},
                   {hoped, SessionTimelineModel::HopedOutcomeColumn},
                   {privateNotes, SessionTimelineModel::PrivateNotesColumn}});
}

QList<QWidget *> SessionNotesSection::labels() const
{
    return formLabels(qobject_cast<QFormLayout *>(layout()));
}

} // namespace Mentorbook
