// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

namespace Mentorbook {

Transaction::Transaction(Database &database)
    : m_database(database)
{
    if (m_database.m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock now, so a busy database fails here and not halfway.
        m_database.execute(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(++m_database.m_savepointCounter);
        m_database.execute(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_database.m_transactionDepth;
    try {
        if (m_savepoint.isEmpty()) {
            m_database.execute(QStringLiteral("ROLLBACK"));
        } else {
            m_database.execute(QStringLiteral("ROLLBACK TO ") + m_savepoint);
            m_database.execute(QStringLiteral("RELEASE ") + m_savepoint);
        }
    } catch (...) {
        // A destructor must not throw; SQLite rolls back by itself when a statement fails.
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    if (m_savepoint.isEmpty())
        m_database.execute(QStringLiteral("COMMIT"));
    else
        m_database.execute(QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
    --m_database.m_transactionDepth;
}

} // namespace Mentorbook
