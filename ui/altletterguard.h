// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace Mentorbook {

/**
 * Keeps an Alt+letter that no mnemonic took from being typed into a text field: on X11 Qt
 * hands such a key to the field with its letter, so a mistyped mnemonic (Alt+O) would type
 * and save an "o". Installed on the application; AltGr combinations (with Ctrl) pass.
 */
class AltLetterGuard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Mentorbook
