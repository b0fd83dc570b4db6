// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Mentorbook {

/**
 * The numbered schema changes. Version N is reached by running step N on a database at
 * version N-1; each step runs in its own transaction together with its PRAGMA user_version.
 */
namespace Migrations {
/** The newest schema version this program knows. */
int latestVersion();
/** The application_id every Mentorbook database carries ('MNTB'). */
constexpr int ApplicationId = 0x4D4E5442;
/** The lines release 0.1.0 put in agendas to name the five parts, not a topic. */
const QStringList &legacyAgendaParts();
/**
 * An agenda of release 0.1.0 with those lines taken out, the other lines as they were: what
 * schema version 3 does in the database, for JSON files of format 1 and 2.
 */
QString withoutLegacyAgendaParts(const QString &agenda);
/** Brings connection from version `from` up to `to`; throws Error and rolls back a failing step. */
void upgrade(QSqlDatabase connection, int from, int to);
} // namespace Migrations

} // namespace Mentorbook
