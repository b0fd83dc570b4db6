// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Mentorbook {

/**
 * What the program needs of a database beyond SQLite's own health: the schema its migrations
 * build, and rows that keep that schema's rules. Everything here only reads the database.
 */
namespace SchemaCheck {
/**
 * How the schema of connection differs from the one the migrations build up to version
 * (tables, columns with their type, NOT NULL and default, CHECK and UNIQUE rules, references,
 * indexes, triggers and views), in words; empty when it is the same.
 */
QStringList differences(const QSqlDatabase &connection, int version);
/**
 * The rows of connection that break a rule of the schema at version (CHECK, NOT NULL,
 * UNIQUE), in words. Each row is copied into a private temporary database of the expected
 * schema; SQLite says which rule refuses it. Call it only when differences() is empty.
 */
QStringList ruleViolations(const QSqlDatabase &connection, int version);
} // namespace SchemaCheck

} // namespace Mentorbook
