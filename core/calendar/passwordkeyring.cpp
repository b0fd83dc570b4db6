// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordkeyring.h"

#include <qt6keychain/keychain.h>

#if defined(MENTORBOOK_KEYRING_ON_DBUS)
#include <QDBusConnection>
#endif

namespace Mentorbook {

namespace {
const QString Service = QStringLiteral("Mentorbook calendar server");

template<class JobType>
JobType *newJob(const QString &entry)
{
    auto *job = new JobType(Service);
    job->setAutoDelete(true);
    // Never the settings file: a password is kept in the keyring or not at all.
    job->setInsecureFallback(false);
    job->setKey(entry);
    return job;
}
} // namespace

PasswordKeyring::PasswordKeyring(QObject *parent)
    : QObject(parent)
{}

QString PasswordKeyring::entryFor(const QString &server, const QString &user)
{
    return user + QLatin1Char(' ') + server;
}

/** Whether the desktop could have a keyring: on Linux and BSD, only on a session bus. */
static bool sessionBusPresent()
{
#if defined(MENTORBOOK_KEYRING_ON_DBUS)
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

QString PasswordKeyring::failure(const QKeychain::Job &job)
{
    // libsecret says only "could not connect" when there is no session bus to find it on.
    const bool noBackend = job.error() == QKeychain::NoBackendAvailable
                           || job.error() == QKeychain::NotImplemented || !sessionBusPresent();
    if (noBackend)
        return tr("No keyring is available on this desktop (%1), so Mentorbook cannot keep the "
                  "calendar server's password and does not keep it anywhere else. Start the "
                  "desktop's keyring (GNOME Keyring, KWallet) and enter the password again.")
            .arg(job.errorString());
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return tr("The keyring refused access to the calendar server's password: %1.")
            .arg(job.errorString());
    default:
        return tr("The keyring could not keep the calendar server's password: %1.")
            .arg(job.errorString());
    }
}

void PasswordKeyring::read(const QString &entry)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(entry);
    connect(job, &QKeychain::Job::finished, this, [this, job, entry] {
        if (job->error() == QKeychain::NoError)
            emit passwordRead(entry, job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            emit passwordRead(entry, QString());
        else
            emit failed(entry, failure(*job));
    });
    job->start();
}

void PasswordKeyring::write(const QString &entry, const QString &password)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(entry);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, entry] {
        if (job->error() == QKeychain::NoError)
            emit written(entry);
        else
            emit failed(entry, failure(*job));
    });
    job->start();
}

void PasswordKeyring::remove(const QString &entry)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(entry);
    connect(job, &QKeychain::Job::finished, this, [this, job, entry] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            emit removed(entry);
        else
            emit failed(entry, failure(*job));
    });
    job->start();
}

} // namespace Mentorbook
