// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace Mentorbook {

class Repositories;

/**
 * Reads the JSON interchange document into a database, all or nothing. Into an empty
 * database the document's ids and time stamps are kept, so that exporting again gives the
 * same document; into one that has data, rows get new ids and references follow them.
 * A malformed or invalid document throws Error naming the problem and where it is, such as
 * `sessions[3].stage: unknown stage "foo"`, and changes nothing.
 */
class JsonImporter
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::JsonImporter)

public:
    /** How many rows of each table were imported, by table name. */
    using Counts = QMap<QString, int>;

    static Counts import(Repositories &repositories, const QByteArray &json);
};

} // namespace Mentorbook
