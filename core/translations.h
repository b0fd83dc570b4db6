// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Mentorbook {

/**
 * Installs Mentorbook's translations into the running application. The source strings are
 * English; the English translation adds only its plural forms ("1 session", "2 sessions").
 */
void installTranslations();

} // namespace Mentorbook
