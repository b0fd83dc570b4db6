// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formbinder.h"

#include <QWidget>

namespace Mentorbook {

class SessionTimelineModel;

/**
 * The record of the meeting: the agenda, what was discussed, the decisions, what is hoped
 * for by the next session, and the mentor's private notes.
 */
class SessionNotesSection : public QWidget
{
    Q_OBJECT

public:
    explicit SessionNotesSection(SessionTimelineModel *model, QWidget *parent = nullptr);

    /** Shows the session at index (of the timeline model), or clears the fields. */
    void setCurrentIndex(const QModelIndex &index) { m_binder.setCurrentIndex(index); }
    void submit() { m_binder.submit(); }
    /** The labels of its rows, to line up with those of the sections around it. */
    QList<QWidget *> labels() const;

private:
    FormBinder m_binder;
};

} // namespace Mentorbook
