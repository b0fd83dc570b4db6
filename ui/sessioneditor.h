// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace Mentorbook {

class ActionReviewSection;
class CarryOverModel;
class DebriefSection;
class ElidedLabel;
class ExerciseSection;
class IntroductionsSection;
class MenteeListModel;
class ProblemStatementModel;
class ProblemStatementsSection;
class SessionFactsSection;
class SessionNotesSection;
class SessionTimelineModel;
class StageGuideSection;

/**
 * The selected session: its schedule, stage and status, the agenda, what was discussed,
 * the decisions, what is hoped for by the next session, and the mentor's private notes;
 * for an exercise, the homework card (problem statement, what, with whom, by when, if–then);
 * for a debrief, the exercise being debriefed, how it went and the matching reflection.
 * Each part is a section of its own; the stage decides which of them show.
 */
class SessionEditor : public QWidget
{
    Q_OBJECT

public:
    SessionEditor(SessionTimelineModel *model,
                  ProblemStatementModel *statements,
                  MenteeListModel *mentees,
                  QWidget *parent = nullptr);

    /** Shows the session at index (of the timeline model), or an invitation when invalid. */
    void setCurrentIndex(const QModelIndex &index);
    void submit();

signals:
    void deleteRequested(const QModelIndex &index);
    /** A session was planned in place of the current one (rescheduled). */
    void sessionPlanned(Mentorbook::Id sessionId);

public:
    CarryOverModel *carryOver() const;

private:
    QLabel *invitation();
    QHBoxLayout *headingRow();
    void updateHeading();
    void updateSections();

    SessionTimelineModel *m_model;
    MenteeListModel *m_mentees;
    QPersistentModelIndex m_current;
    QStackedWidget *m_pages;
    ElidedLabel *m_heading;
    QPushButton *m_delete;
    SessionFactsSection *m_facts = nullptr;
    StageGuideSection *m_guide = nullptr;
    SessionNotesSection *m_notes = nullptr;
    IntroductionsSection *m_introductions = nullptr;
    ActionReviewSection *m_review = nullptr;
    ProblemStatementsSection *m_problemStatements = nullptr;
    DebriefSection *m_debrief = nullptr;
    ExerciseSection *m_exercise = nullptr;
};

} // namespace Mentorbook
