// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/enums.h"

#include <QWidget>

class QLabel;

namespace Mentorbook {

/** What the session's stage is for and what to ask in it, from the method. */
class StageGuideSection : public QWidget
{
    Q_OBJECT

public:
    explicit StageGuideSection(QWidget *parent = nullptr);

    /** Shows the purpose and the questions of stage. */
    void setStage(Stage stage);
    /** The label of its row, to line up with those of the sections around it. */
    QList<QWidget *> labels() const;

private:
    QLabel *m_label;
    QLabel *m_guide;
};

} // namespace Mentorbook
