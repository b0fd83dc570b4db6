// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <exception>

namespace Mentorbook {

/** A failure the user can act on: its message is a complete, translated sentence. */
class Error : public std::exception
{
public:
    explicit Error(QString message);

    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

/** Data that breaks a rule of the domain; names the field it is about. */
class ValidationError : public Error
{
public:
    ValidationError(QString field, QString problem);

    QString field() const { return m_field; }
    QString problem() const { return m_problem; }

    /** The same problem, found under a path such as "sessions[3]". */
    ValidationError under(const QString &path) const;

private:
    QString m_field;
    QString m_problem;
};

} // namespace Mentorbook
