// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/entities.h"

#include <QDate>

namespace Mentorbook {

class Repositories;

/**
 * A realistic mentoring relationship that walks through every stage of the method: pre-work,
 * introductions, focus, two exercise/debrief cycles, a cancelled and a planned session, with
 * goals, reviews, problem statements and actions. Dates are placed around `today`, so that
 * the planned session lies ahead. Everything is added in one transaction.
 */
namespace SampleRelationship {
/** Adds the sample and returns the new mentee's id. */
Id add(Repositories &repositories, const QDate &today);
} // namespace SampleRelationship

} // namespace Mentorbook
