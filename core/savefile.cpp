// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Mentorbook {

namespace {
QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

/** Closes a descriptor once, keeping the first errno of a failed close. */
int closeKeepingError(int descriptor)
{
    return ::close(descriptor) == 0 ? 0 : errno;
}

/** Syncs the folder holding path so that a rename in it survives a power cut. */
void syncFolderOf(const QString &path)
{
    const int folder = ::open(encoded(QFileInfo(path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0)
        return;
    ::fsync(folder); // best effort: some file systems cannot sync a folder
    ::close(folder);
}

/** Writes straight into a device or pipe, which cannot be replaced by a rename. */
void writeDirectly(const QString &path, const QByteArray &bytes)
{
    const int descriptor = ::open(encoded(path).constData(), O_WRONLY | O_CLOEXEC);
    if (descriptor < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM || error == EROFS)
            throw Error(
                SaveFile::tr("Cannot write %1: the file is not writable.").arg(nativePath(path)));
        throw SaveFile::failure(path, error);
    }
    int error = SaveFile::writeAll(descriptor, bytes);
    // A device or pipe may not sync (EINVAL): only a real failure counts.
    if (error == 0 && ::fsync(descriptor) != 0 && errno != EINVAL && errno != ENOTSUP)
        error = errno;
    const int closing = closeKeepingError(descriptor);
    if (error == 0)
        error = closing;
    if (error != 0)
        throw SaveFile::failure(path, error);
}

/** Opens a new file beside target under an unused name; returns the descriptor or -1. */
int openTemporaryBeside(const QString &target, mode_t mode, QString *temporary)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        *temporary = target + QStringLiteral(".partial-")
                     + QString::number(QRandomGenerator::global()->generate(), 36);
        const int descriptor = ::open(encoded(*temporary).constData(),
                                      O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                                      mode);
        if (descriptor >= 0 || errno != EEXIST)
            return descriptor;
    }
    errno = EEXIST;
    return -1;
}
} // namespace

void SaveFile::write(const QString &requestedPath, const QByteArray &bytes, Privacy privacy)
{
    const QFileInfo requested(requestedPath);
    // A link is followed: its target is what gets replaced, the link stays.
    // (A pipe behind /dev/stdout has no name to resolve to: it is opened as given.)
    const QString canonical = requested.exists() ? requested.canonicalFilePath() : QString();
    const QString path = canonical.isEmpty() ? requested.absoluteFilePath() : canonical;
    struct stat existing = {};
    const bool exists = ::stat(encoded(path).constData(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode))
        throw failure(path, EISDIR);
    if (exists && !S_ISREG(existing.st_mode)) {
        writeDirectly(path, bytes);
        return;
    }
    if (exists && ::access(encoded(path).constData(), W_OK) != 0)
        throw Error(tr("Cannot write %1: the file is not writable.").arg(nativePath(path)));

    // The mode is given at creation, so a private file is never readable by others, not even
    // empty; the kernel applies the umask to a shared one. Replacing a shared file keeps its
    // permissions.
    const mode_t mode = privacy == Privacy::Private ? 0600 : 0666;
    QString temporary;
    const int descriptor = openTemporaryBeside(path, mode, &temporary);
    if (descriptor < 0)
        throw failure(path, errno);
    int error = 0;
    if (exists && privacy == Privacy::Shared && ::fchmod(descriptor, existing.st_mode & 07777) != 0)
        error = errno;
    if (error == 0)
        error = writeAll(descriptor, bytes);
    // The disk may only say it is full when the bytes leave the cache.
    if (error == 0 && ::fsync(descriptor) != 0)
        error = errno;
    const int closing = closeKeepingError(descriptor);
    if (error == 0)
        error = closing;
    if (error == 0 && std::rename(encoded(temporary).constData(), encoded(path).constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(encoded(temporary).constData());
        throw failure(path, error);
    }
    syncFolderOf(path);
}

void SaveFile::createPrivate(const QString &path, const QString &reportedAs)
{
    const QString named = reportedAs.isEmpty() ? path : reportedAs;
    const int descriptor = ::open(
        encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (descriptor < 0)
        throw failure(named, errno);
    const int error = closeKeepingError(descriptor);
    if (error != 0) {
        ::unlink(encoded(path).constData());
        throw failure(named, error);
    }
}

void SaveFile::removeStale(const QString &path, const QString &reportedAs)
{
    if (::unlink(encoded(path).constData()) != 0 && errno != ENOENT)
        throw failure(reportedAs.isEmpty() ? path : reportedAs, errno);
}

void SaveFile::sync(const QString &path, const QString &reportedAs)
{
    const QString named = reportedAs.isEmpty() ? path : reportedAs;
    const int descriptor = ::open(encoded(path).constData(), O_RDWR | O_CLOEXEC);
    if (descriptor < 0)
        throw failure(named, errno);
    int error = ::fsync(descriptor) == 0 ? 0 : errno;
    const int closing = closeKeepingError(descriptor);
    if (error == 0)
        error = closing;
    if (error != 0)
        throw failure(named, error);
}

void SaveFile::replace(const QString &from, const QString &to)
{
    if (std::rename(encoded(from).constData(), encoded(to).constData()) != 0)
        throw failure(to, errno);
    syncFolderOf(to);
}

int SaveFile::writeAll(int descriptor, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(descriptor, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (written == 0)
            return EIO;
        data += written;
        left -= written;
    }
    return 0;
}

QString SaveFile::problem(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EACCES:
    case EPERM:
        return tr("the folder is not writable");
    case EROFS:
        return tr("the folder is not writable (the disk is read-only)");
    case ENOENT:
        return tr("the folder does not exist");
    case ENOTDIR:
        return tr("a part of the path is not a folder");
    case EISDIR:
        return tr("it is a folder");
    case ENAMETOOLONG:
        return tr("the name is too long");
    case EIO:
        return tr("the disk could not be written (input/output error)");
    case EFBIG:
        return tr("the file is too large for the disk");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

Error SaveFile::failure(const QString &path, int errorNumber)
{
    return Error(tr("Cannot write %1: %2.").arg(nativePath(path), problem(errorNumber)));
}

SaveFile::PrivateUmask::PrivateUmask()
    : m_previous(::umask(077))
{}

SaveFile::PrivateUmask::~PrivateUmask()
{
    ::umask(mode_t(m_previous));
}

} // namespace Mentorbook
