// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

namespace Mentorbook {

Error::Error(QString message)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{}

ValidationError::ValidationError(QString field, QString problem)
    : Error(field.isEmpty() ? problem : field + QStringLiteral(": ") + problem)
    , m_field(std::move(field))
    , m_problem(std::move(problem))
{}

ValidationError ValidationError::under(const QString &path) const
{
    if (path.isEmpty())
        return *this;
    if (m_field.isEmpty())
        return ValidationError(path, m_problem);
    return ValidationError(path + QLatin1Char('.') + m_field, m_problem);
}

} // namespace Mentorbook
