// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Mentorbook {

class Database;

/**
 * A scope in which every change is kept or none is: the outermost guard begins an immediate
 * transaction, nested guards are savepoints. Leaving the scope without commit() rolls back.
 */
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &m_database;
    QString m_savepoint;
    bool m_done = false;
};

} // namespace Mentorbook
