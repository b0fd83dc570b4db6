// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formbinder.h"

#include <QWidget>

namespace Mentorbook {

class SessionTimelineModel;

/** When the session is, for how long and where, its stage and its status. */
class SessionFactsSection : public QWidget
{
    Q_OBJECT

public:
    explicit SessionFactsSection(SessionTimelineModel *model, QWidget *parent = nullptr);

    /** Shows the session at index (of the timeline model), or clears the fields. */
    void setCurrentIndex(const QModelIndex &index) { m_binder.setCurrentIndex(index); }
    void submit() { m_binder.submit(); }
    /** The labels of its rows, to line up with those of the sections around it. */
    QList<QWidget *> labels() const;

private:
    FormBinder m_binder;
};

} // namespace Mentorbook
