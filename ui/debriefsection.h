// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "formbinder.h"

#include <QGroupBox>

class QLabel;

namespace Mentorbook {

class SessionTimelineModel;

/**
 * The debrief of the exercise before: its plan, how it went, and the reflection that
 * matches (what went well and what it means, what to try next, or why it did not happen).
 */
class DebriefSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit DebriefSection(SessionTimelineModel *model, QWidget *parent = nullptr);

    /** Shows the session at index (of the timeline model), or clears the fields. */
    void setCurrentIndex(const QModelIndex &index) { m_binder.setCurrentIndex(index); }
    void submit() { m_binder.submit(); }
    /** Shows the plan of the exercise before session, and the questions its outcome asks. */
    void showSession(const Session &session);

private:
    SessionTimelineModel *m_model;
    QLabel *m_debriefed;
    QWidget *m_wentWell = nullptr;
    QWidget *m_notWell = nullptr;
    QWidget *m_notHappened = nullptr;
    FormBinder m_binder;
};

} // namespace Mentorbook
