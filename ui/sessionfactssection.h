// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "formbinder.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Mentorbook {

class SessionTimelineModel;

/**
 * When the session is, for how long and where, its stage and its status. Recording a status
 * is a verb of its own: a cancelled or missed session asks why, one that has not begun yet
 * asks before it is recorded as held, and Reschedule… plans its replacement.
 */
class SessionFactsSection : public QWidget
{
    Q_OBJECT

public:
    explicit SessionFactsSection(SessionTimelineModel *model, QWidget *parent = nullptr);

    /** Shows the session at index (of the timeline model), or clears the fields. */
    void setCurrentIndex(const QModelIndex &index);
    void submit() { m_binder.submit(); }
    /** The labels of its rows, to line up with those of the sections around it. */
    QList<QWidget *> labels() const;
    /** Reschedule…, for the editor's heading row. */
    QPushButton *rescheduleButton() const { return m_reschedule; }

signals:
    /** A session was planned in place of the current one (rescheduled). */
    void sessionPlanned(Mentorbook::Id sessionId);

private:
    void showStatus();
    void recordStatus(int status);
    void reschedule();

    SessionTimelineModel *m_model;
    FormBinder m_binder;
    QComboBox *m_status = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_reschedule = nullptr;
};

} // namespace Mentorbook
