// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Mentorbook {

/** Who may read a file Mentorbook writes. */
enum class Privacy {
    /** Only the user (0600 from the first byte): exports, backups, attachments. */
    Private,
    /** As the user's umask allows: documents meant for the mentee (PDF, iCalendar). */
    Shared,
};

/**
 * Every file Mentorbook writes goes through here, so that a file holds all of its bytes or
 * is left as it was, and a failure names the file and its cause in words ("the disk is
 * full", "the folder is not writable") rather than "Unknown error".
 */
class SaveFile
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::SaveFile)

public:
    /**
     * Writes bytes to a temporary file beside path, syncs it to the disk and renames it over
     * path; a device or pipe (/dev/stdout, /dev/full) is written directly. Throws Error
     * naming the file and the cause; no partial or temporary file is left behind.
     */
    static void write(const QString &path, const QByteArray &bytes, Privacy privacy);

    /**
     * Creates path empty and private (0600); fails if it exists. An Error names the file the
     * user asked for (reportedAs), if given, else path.
     */
    static void createPrivate(const QString &path, const QString &reportedAs = {});
    /** Removes a file left by an earlier run that was killed, if there is one; throws Error. */
    static void removeStale(const QString &path, const QString &reportedAs = {});
    /** Syncs a file written by someone else (SQLite) to the disk; throws Error likewise. */
    static void sync(const QString &path, const QString &reportedAs = {});
    /** Renames from over to and syncs the folder; throws Error naming to. */
    static void replace(const QString &from, const QString &to);

    /** Writes all bytes to an open descriptor; returns 0 or the errno of the failure. */
    static int writeAll(int descriptor, const QByteArray &bytes);

    /** The cause of a failed write in words, from its errno: "the disk is full". */
    static QString problem(int errorNumber);
    /** "Cannot write FILE: the disk is full." */
    static Error failure(const QString &path, int errorNumber);

    /** Files created while it lives are private (umask 077); the umask is restored after. */
    class PrivateUmask
    {
    public:
        PrivateUmask();
        ~PrivateUmask();
        PrivateUmask(const PrivateUmask &) = delete;
        PrivateUmask &operator=(const PrivateUmask &) = delete;

    private:
        unsigned m_previous;
    };
};

/** SaveFile::write, by the name callers look for. */
inline void writeFileAtomically(const QString &path, const QByteArray &bytes, Privacy privacy)
{
    SaveFile::write(path, bytes, privacy);
}

} // namespace Mentorbook
