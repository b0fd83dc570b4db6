// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>

namespace Mentorbook::TestSupport {

/** The fixed "today" of every test: tests never depend on the real date. */
inline QDate today()
{
    return QDate(2026, 3, 16);
}

/** A clock frozen at 09:00 UTC on today(), for repeatable time stamps. */
inline QDateTime frozenNow()
{
    return QDateTime(today(), QTime(9, 0), Qt::UTC);
}

inline void freezeClock(Database &database)
{
    database.setClock([] { return frozenNow(); });
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace Mentorbook::TestSupport
