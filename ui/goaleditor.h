// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "formbinder.h"

#include <QWidget>

class QListView;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeView;

namespace Mentorbook {

class GoalModel;
class GoalReviewModel;
class ProgressHistory;

/**
 * The mentee's SMART goals: the list by priority, a form for the selected goal (title,
 * specific, measurable, achievable, relevant, time-bound, measure, priority, status) and its
 * reviews, session by session, with the progress drawn as a small history.
 */
class GoalEditor : public QWidget
{
    Q_OBJECT

public:
    GoalEditor(GoalModel *goals, GoalReviewModel *reviews, QWidget *parent = nullptr);

    /** The session a new review is recorded at (the one selected in the timeline). */
    void setCurrentSession(Id sessionId, int sequence);
    void submit() { m_binder.submit(); }
    QListView *goalList() const { return m_list; }

private:
    void showGoal(const QModelIndex &index);
    void addGoal();
    void deleteGoal();
    void reviewGoal();
    void updateButtons();

    GoalModel *m_goals;
    GoalReviewModel *m_reviews;
    FormBinder m_binder;
    QListView *m_list;
    QStackedWidget *m_pages;
    QTreeView *m_reviewView;
    ProgressHistory *m_history;
    QSpinBox *m_progress;
    QPushButton *m_review;
    QPushButton *m_delete;
    Id m_sessionId = 0;
};

/** A small line chart of a goal's progress, review by review (0-100). */
class ProgressHistory : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setValues(const QList<int> &values);
    QList<int> values() const { return m_values; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_values;
};

} // namespace Mentorbook
