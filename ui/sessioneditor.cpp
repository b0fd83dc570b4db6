// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioneditor.h"

#include "actionreviewsection.h"
#include "debriefsection.h"
#include "elidedlabel.h"
#include "exercisesection.h"
#include "formwidgets.h"
#include "introductionssection.h"
#include "model/carryovermodel.h"
#include "model/menteelistmodel.h"
#include "model/sessiontimelinemodel.h"
#include "problemstatementssection.h"
#include "sessionfactssection.h"
#include "sessionnotessection.h"
#include "stageguidesection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Mentorbook {

SessionEditor::SessionEditor(SessionTimelineModel *model,
                             ProblemStatementModel *statements,
                             MenteeListModel *mentees,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_mentees(mentees)
    , m_pages(new QStackedWidget(this))
    , m_heading(new ElidedLabel(this))
    , m_delete(new QPushButton(tr("Delete session"), this))
{
    setObjectName(QStringLiteral("sessionEditor"));

    // Sections come and go with the stage: they sit in a column, each with its own form, since
    // Qt 6.4's QFormLayout overruns its buffers in heightForWidth() when rows are hidden.
    auto *form = new QWidget;
    auto *column = new QVBoxLayout(form);
    m_facts = new SessionFactsSection(model, form);
    connect(m_facts, &SessionFactsSection::sessionPlanned, this, &SessionEditor::sessionPlanned);
    column->addLayout(headingRow());
    m_guide = new StageGuideSection(form);
    m_notes = new SessionNotesSection(model, form);
    m_introductions = new IntroductionsSection(mentees, form);
    m_review = new ActionReviewSection(model->store(), form);
    m_problemStatements = new ProblemStatementsSection(statements, form);
    m_debrief = new DebriefSection(model, form);
    m_exercise = new ExerciseSection(model, statements, form);
    const QList<QWidget *> sections{m_facts,
                                    m_guide,
                                    m_notes,
                                    m_introductions,
                                    m_review,
                                    m_problemStatements,
                                    m_debrief,
                                    m_exercise};
    for (QWidget *section : sections)
        column->addWidget(section);
    column->addStretch();
    // The facts, the guide and the notes read as one form.
    alignLabels(m_facts->labels() + m_guide->labels() + m_notes->labels());

    m_pages->addWidget(invitation());
    m_pages->addWidget(scrollableForm(form, m_pages));
    // Reading order, and the destructive button last: after every field of every section.
    moveToEndOfTabOrder(m_delete, form);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(m_current); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updateHeading();
        updateSections();
    });
    connect(m_review->carryOver(),
            &QAbstractItemModel::modelReset,
            this,
            &SessionEditor::updateSections);
    setCurrentIndex({});
}

QLabel *SessionEditor::invitation()
{
    auto *label
        = new QLabel(tr("Select a session in the timeline, or plan the next one."), m_pages);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QHBoxLayout *SessionEditor::headingRow()
{
    m_heading->setObjectName(QStringLiteral("sessionHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_delete->setObjectName(QStringLiteral("deleteSession"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_heading, 1);
    row->addWidget(m_facts->rescheduleButton());
    row->addWidget(m_delete);
    return row;
}

CarryOverModel *SessionEditor::carryOver() const
{
    return m_review->carryOver();
}

void SessionEditor::setCurrentIndex(const QModelIndex &index)
{
    m_facts->setCurrentIndex(index);
    m_notes->setCurrentIndex(index);
    m_exercise->setCurrentIndex(index);
    m_debrief->setCurrentIndex(index);
    m_current = index;
    m_review->setSessionId(index.isValid() ? m_model->sessionAt(index).id : 0);
    m_introductions->setCurrentIndex(
        index.isValid() ? m_mentees->indexOf(m_model->sessionAt(index).menteeId) : QModelIndex());
    m_pages->setCurrentIndex(index.isValid() ? 1 : 0);
    updateHeading();
    updateSections();
}

void SessionEditor::submit()
{
    // The session's fields first, in the order of its columns, then the mentee's.
    m_facts->submit();
    m_notes->submit();
    m_exercise->submit();
    m_debrief->submit();
    m_introductions->submit();
}

void SessionEditor::updateSections()
{
    const QModelIndex current = m_current;
    if (!current.isValid())
        return;
    const Session session = m_model->sessionAt(current);
    const bool exercise = session.stage == Stage::Exercise || !session.exerciseWhat.isEmpty()
                          || session.problemStatementId > 0;
    const bool debrief
        = session.stage == Stage::Debrief || session.debriefOutcome != DebriefOutcome::None;
    m_exercise->setVisible(exercise);
    m_debrief->setVisible(debrief);
    m_problemStatements->setVisible(session.stage == Stage::Focus);
    m_introductions->setVisible(session.stage == Stage::Introductions);
    m_review->setVisible(session.stage != Stage::Prework && m_review->carryOver()->rowCount() > 0);
    m_exercise->showSession(session);
    m_exercise->setMnemonicsShown(!debrief);
    m_debrief->showSession(session);
    m_guide->setStage(session.stage);
}

void SessionEditor::updateHeading()
{
    const QModelIndex index = m_current;
    m_heading->setFullText(
        index.isValid() ? index.siblingAtColumn(0).data(Qt::DisplayRole).toString() : QString());
}

} // namespace Mentorbook
