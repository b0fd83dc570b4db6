// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mentorbook {

class ValidationError;

/** The translated title of a field, for column headers and form labels ("Due date"). */
QString fieldTitle(const QString &field);
/** A refusal in the words of the window: the field's title, then the problem. */
QString describeForUser(const ValidationError &error);

} // namespace Mentorbook
