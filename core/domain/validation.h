// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fields.h"

namespace Mentorbook {

/** Rules that involve more than one field of an entity; each throws ValidationError. */
/** Why text is not an email address, or an empty string when it is one (or is empty). */
QString emailProblem(const QString &email);

void checkRules(const Mentee &mentee);
void checkRules(const Attachment &attachment);
void checkRules(const Goal &goal);
void checkRules(const GoalReview &review);
void checkRules(const ProblemStatement &statement);
void checkRules(const Session &session);
void checkRules(const Action &action);
void checkRules(const ActionReview &review);

/**
 * Checks every field of item (through the same conversions storage and import use), that no
 * text holds a control character, and the entity's rules. Throws ValidationError naming the first
 * field that is wrong.
 */
template<class T>
void validate(const T &item)
{
    T scratch;
    for (const Field<T> &field : tableOf<T>().fields) {
        field.write(scratch, field.read(item));
        if (field.type != FieldType::Text)
            continue;
        const QString problem = Canonical::controlCharacterProblem(field.read(scratch).toString());
        if (!problem.isEmpty())
            throw ValidationError(field.name, problem);
    }
    checkRules(item);
}

} // namespace Mentorbook
