// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace Mentorbook {

/**
 * Installs Mentorbook's and Qt's translations for the language chosen in Preferences, or
 * else the system's (English when there is none for it), and makes a chosen language the
 * default locale. Returns the locale the program now speaks.
 */
QLocale installTranslations();

} // namespace Mentorbook
