// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace Mentorbook {

/**
 * A scroll area for a form that scrolls down only: it asks for the form's narrowest width
 * (and its scroll bar's), so that a splitter or a small screen cannot cut the fields off
 * on the right.
 */
class FormScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
};

} // namespace Mentorbook
