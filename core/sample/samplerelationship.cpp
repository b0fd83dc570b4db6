// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplerelationship.h"

#include "../storage/repositories.h"

namespace Mentorbook::SampleRelationship {

Id add(Repositories &repositories, const QDate &today)
{
    Transaction transaction(repositories.database());
    Mentee mentee;
    mentee.name = QStringLiteral("Priya Raman");
    mentee.startedOn = today.addDays(-120);
    repositories.mentees.add(mentee);
    transaction.commit();
    return mentee.id;
}

} // namespace Mentorbook::SampleRelationship
