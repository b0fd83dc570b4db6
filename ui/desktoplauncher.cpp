// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktoplauncher.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Mentorbook {

DesktopLauncher::DesktopLauncher(QObject *parent)
    : QObject(parent)
    , m_opener(&QDesktopServices::openUrl)
{}

void DesktopLauncher::setOpener(Opener opener)
{
    m_opener = std::move(opener);
}

bool DesktopLauncher::openFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (m_opener(QUrl::fromLocalFile(path))) {
        report(tr("Opened %1").arg(shown), path);
        return true;
    }
    const QString suffix = QFileInfo(path).suffix();
    reportFailure(suffix.isEmpty()
                      ? tr("No program is set up to open this file. The file is at %1; open it "
                           "from your file manager.")
                            .arg(shown)
                      : tr("No program is set up to open %1 files. The file is at %2; open it "
                           "from your file manager.")
                            .arg(suffix.toUpper(), shown),
                  path);
    return false;
}

bool DesktopLauncher::showInFolder(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (m_opener(QUrl::fromLocalFile(folder)))
        return true;
    // No path: a "Show in folder" would only fail again.
    reportFailure(tr("No file manager is set up to show the folder %1; open it yourself.")
                      .arg(QDir::toNativeSeparators(folder)));
    return false;
}

bool DesktopLauncher::open(const QUrl &url)
{
    return m_opener(url);
}

void DesktopLauncher::report(const QString &message, const QString &path)
{
    emit done(message, path);
}

void DesktopLauncher::reportFailure(const QString &message, const QString &path)
{
    emit failed(message, path);
}

} // namespace Mentorbook
