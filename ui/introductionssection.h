// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formbinder.h"

#include <QGroupBox>

namespace Mentorbook {

class MenteeListModel;

/**
 * Introductions: what the mentee shares about themselves (background, expectations,
 * preferred qualities, strengths, development areas), written straight into the profile.
 */
class IntroductionsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit IntroductionsSection(MenteeListModel *mentees, QWidget *parent = nullptr);

    /** Shows the mentee at index (of the mentee list model), or clears the fields. */
    void setCurrentIndex(const QModelIndex &index) { m_binder.setCurrentIndex(index); }
    void submit() { m_binder.submit(); }

private:
    FormBinder m_binder;
};

} // namespace Mentorbook
