// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Mentorbook {

class GoalModel;
class MenteeListModel;
class SessionTimelineModel;

/**
 * Where the relationship stands and what to prepare: sessions held, cancelled and missed,
 * attendance, the interval between meetings against the agreed cadence, days since the
 * last one, actions done; each goal's latest progress; and the agenda of the next session
 * (your own open tasks, the mentee's, the goals in focus, what was hoped for, the stage's
 * questions).
 */
class OverviewPanel : public QWidget
{
    Q_OBJECT

public:
    OverviewPanel(MenteeListModel *mentees,
                  SessionTimelineModel *sessions,
                  GoalModel *goals,
                  QWidget *parent = nullptr);

    void setMenteeId(Id menteeId);
    /** The figures as shown, for tests. */
    QString figuresText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    MenteeListModel *m_mentees;
    SessionTimelineModel *m_sessions;
    GoalModel *m_goals;
    Id m_menteeId = 0;
    bool m_stale = true;
    QLabel *m_figures;
    QLabel *m_goalProgress;
    QTextBrowser *m_prepare;
};

} // namespace Mentorbook
