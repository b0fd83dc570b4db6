// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace Mentorbook {

class Repositories;

/** Writes a whole database as the versioned JSON interchange document (docs/json-format.md). */
namespace JsonExporter {
constexpr int FormatVersion = 5;
QJsonObject toObject(const Repositories &repositories);
QByteArray toJson(const Repositories &repositories);
} // namespace JsonExporter

} // namespace Mentorbook
