// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace Mentorbook {

/**
 * The calendar server's password in the desktop's keyring (Secret Service, KWallet, the
 * macOS Keychain or the Windows credential store, through qtkeychain), never anywhere else:
 * without a keyring the password is not kept at all, and the failure says so. Every request
 * is asynchronous and answers with one signal.
 */
class PasswordKeyring : public QObject
{
    Q_OBJECT

public:
    explicit PasswordKeyring(QObject *parent = nullptr);

    /** The keyring entry of the user on the server (the collection's address). */
    static QString entryFor(const QString &server, const QString &user);

    void read(const QString &entry);
    void write(const QString &entry, const QString &password);
    void remove(const QString &entry);

signals:
    /** The password read; empty if the keyring holds none for the entry. */
    void passwordRead(const QString &entry, const QString &password);
    void written(const QString &entry);
    void removed(const QString &entry);
    /** The keyring could not do it, in words (no keyring on this desktop, access refused…). */
    void failed(const QString &entry, const QString &message);

private:
    /** The sentence for a job's failure. */
    static QString failure(const QKeychain::Job &job);
};

} // namespace Mentorbook
