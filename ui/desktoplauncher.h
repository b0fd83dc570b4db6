// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QUrl;

namespace Mentorbook {

/**
 * Hands files, folders and emails to the desktop's programs, and is the one place that says
 * what became of every file Mentorbook writes or opens: where it went, or why it could not be
 * opened and what to do instead. The window shows what it reports.
 */
class DesktopLauncher : public QObject
{
    Q_OBJECT

public:
    /** Starts the desktop's program for a URL; false if none could be started. */
    using Opener = std::function<bool(const QUrl &)>;

    explicit DesktopLauncher(QObject *parent = nullptr);

    /** Replaces QDesktopServices::openUrl, for tests. */
    void setOpener(Opener opener);

    /** Opens the file with the desktop's program for its type and reports what happened. */
    bool openFile(const QString &path);
    /** Opens the folder that holds the file in the file manager; reports only a failure. */
    bool showInFolder(const QString &path);
    /** Hands a URL (a mailto: email, a folder) to the desktop; false if nothing started. */
    bool open(const QUrl &url);

    /** Says what was done; path is the file it concerns, or empty. */
    void report(const QString &message, const QString &path = {});
    /** Says what could not be done and what to do; path is the file it concerns, or empty. */
    void reportFailure(const QString &message, const QString &path = {});

signals:
    void done(const QString &message, const QString &path);
    void failed(const QString &message, const QString &path);

private:
    Opener m_opener;
};

} // namespace Mentorbook
