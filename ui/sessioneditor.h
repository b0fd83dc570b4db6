// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formbinder.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace Mentorbook {

class SessionTimelineModel;

/**
 * The selected session: its schedule, stage and status, the agenda, what was discussed,
 * the decisions, what is hoped for by the next session, and the mentor's private notes.
 */
class SessionEditor : public QWidget
{
    Q_OBJECT

public:
    SessionEditor(SessionTimelineModel *model, QWidget *parent = nullptr);

    /** Shows the session at index (of the timeline model), or an invitation when invalid. */
    void setCurrentIndex(const QModelIndex &index);
    void submit() { m_binder.submit(); }

signals:
    void deleteRequested(const QModelIndex &index);

private:
    void updateHeading();

    SessionTimelineModel *m_model;
    FormBinder m_binder;
    QStackedWidget *m_pages;
    QLabel *m_heading;
    QPushButton *m_delete;
};

} // namespace Mentorbook
