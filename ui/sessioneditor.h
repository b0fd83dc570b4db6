// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formbinder.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QListView;
class QTreeView;
class QPushButton;
class QStackedWidget;

namespace Mentorbook {

class CarryOverModel;
class MenteeListModel;
class ProblemStatementModel;
class SessionTimelineModel;

/**
 * The selected session: its schedule, stage and status, the agenda, what was discussed,
 * the decisions, what is hoped for by the next session, and the mentor's private notes;
 * for an exercise, the homework card (problem statement, what, with whom, by when, if–then);
 * for a debrief, the exercise being debriefed, how it went and the matching reflection.
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
    void submit()
    {
        m_binder.submit();
        m_profileBinder.submit();
    }

signals:
    void deleteRequested(const QModelIndex &index);

public:
    CarryOverModel *carryOver() const { return m_carryOver; }

private:
    void updateHeading();
    void updateSections();
    void fillStatements();
    void addStatement();
    void addKeyStep();
    void moveStatement(int step);
    void updateStatementControls();

    SessionTimelineModel *m_model;
    ProblemStatementModel *m_statements;
    MenteeListModel *m_mentees;
    QGroupBox *m_exercise = nullptr;
    QGroupBox *m_debrief = nullptr;
    QLabel *m_debriefed = nullptr;
    QLabel *m_guide = nullptr;
    QGroupBox *m_focus = nullptr;
    QLabel *m_tooMany = nullptr;
    QListView *m_statementList = nullptr;
    QComboBox *m_statementStatus = nullptr;
    CarryOverModel *m_carryOver = nullptr;
    QGroupBox *m_review = nullptr;
    QTreeView *m_reviewView = nullptr;
    QComboBox *m_statement = nullptr;
    QWidget *m_wentWell = nullptr;
    QWidget *m_notWell = nullptr;
    QWidget *m_notHappened = nullptr;
    FormBinder m_binder;
    FormBinder m_profileBinder;
    QGroupBox *m_introductions = nullptr;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QPushButton *m_delete;
};

} // namespace Mentorbook
