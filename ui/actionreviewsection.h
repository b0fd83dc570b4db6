// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QGroupBox>

namespace Mentorbook {

class CarryOverModel;
class DateDelegate;
class Store;

/**
 * The review of the actions agreed before: for each action still open, whether it is done,
 * carried forward, renegotiated or dropped.
 */
class ActionReviewSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit ActionReviewSection(Store &store, QWidget *parent = nullptr);

    /** The actions the shown session reviews. */
    CarryOverModel *carryOver() const { return m_carryOver; }
    /** Shows the review of the session with sessionId (0 for none). */
    void setSessionId(Id sessionId);

private:
    Store &m_store;
    CarryOverModel *m_carryOver;
    DateDelegate *m_dueDates;
};

} // namespace Mentorbook
