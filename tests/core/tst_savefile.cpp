// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <dirent.h>
#include <sys/stat.h>
#include <thread>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** Every file Mentorbook writes: whole or not at all, as private as asked, failures in words. */
class TestSaveFile : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void shouldMakeTheTemporaryFilePrivateFromItsFirstByte_data();
    void shouldMakeTheTemporaryFilePrivateFromItsFirstByte();
    void shouldKeepThePermissionsOfASharedFileItReplaces();
    void shouldFollowALinkAndKeepIt();
    void shouldNameTheCauseOfAFailure_data();
    void shouldNameTheCauseOfAFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSaveFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSaveFile::shouldMakeTheTemporaryFilePrivateFromItsFirstByte_data()
{
    QTest::addColumn<int>("privacy");
    QTest::addColumn<int>("expected");
    QTest::newRow("private") << int(Privacy::Private) << 0600;
    QTest::newRow("shared, as the umask allows") << int(Privacy::Shared) << 0644;
}

void TestSaveFile::shouldMakeTheTemporaryFilePrivateFromItsFirstByte()
{
    QFETCH(int, privacy);
    QFETCH(int, expected);

    // GIVEN the common umask and a file large enough to take a while to write
    const Umask usual(022);
    const QString path = m_dir->filePath(QStringLiteral("export.json"));
    const QByteArray bytes(64 * 1024 * 1024, 'x');

    // WHEN it is written while another thread watches the folder
    std::atomic<bool> done{false};
    std::thread writer([&] {
        SaveFile::write(path, bytes, Privacy(privacy));
        done = true;
    });
    int seenMode = -1;
    QString seenName;
    const QByteArray folder = QFile::encodeName(m_dir->path());
    while (seenMode < 0 && !done) {
        DIR *entries = ::opendir(folder.constData());
        while (dirent *entry = entries ? ::readdir(entries) : nullptr) {
            const QString name = QFile::decodeName(entry->d_name);
            if (name.startsWith(QStringLiteral("export.json.partial"))) {
                const int mode = modeOf(m_dir->filePath(name));
                if (mode >= 0) {
                    seenMode = mode;
                    seenName = name;
                    break;
                }
            }
        }
        if (entries)
            ::closedir(entries);
    }
    writer.join();

    // THEN the temporary file had its final permissions while it was being written, and
    // only the complete file is left
    QVERIFY2(seenMode >= 0, "the temporary file was never seen while it was written");
    QCOMPARE(seenMode, expected);
    QCOMPARE(modeOf(path), expected);
    QCOMPARE(QFileInfo(path).size(), bytes.size());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("export.json")});
}

void TestSaveFile::shouldKeepThePermissionsOfASharedFileItReplaces()
{
    const QString path = m_dir->filePath(QStringLiteral("agenda.pdf"));
    SaveFile::write(path, "first", Privacy::Shared);
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    SaveFile::write(path, "second", Privacy::Shared);
    QCOMPARE(modeOf(path), 0640);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("second"));

    // A private file is made private whatever the file it replaces allowed.
    SaveFile::write(path, "third", Privacy::Private);
    QCOMPARE(modeOf(path), 0600);
}

void TestSaveFile::shouldFollowALinkAndKeepIt()
{
    const QString target = m_dir->filePath(QStringLiteral("real.ics"));
    const QString link = m_dir->filePath(QStringLiteral("link.ics"));
    SaveFile::write(target, "old", Privacy::Shared);
    QVERIFY(QFile::link(target, link));
    SaveFile::write(link, "new", Privacy::Shared);
    QVERIFY(QFileInfo(link).isSymLink());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("new"));
}

void TestSaveFile::shouldNameTheCauseOfAFailure_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("cause");
    QTest::newRow("a full disk") << QStringLiteral("/dev/full")
                                 << QStringLiteral("the disk is full");
    QTest::newRow("a missing folder")
        << QStringLiteral("missing/export.json") << QStringLiteral("the folder does not exist");
    // Not even root may create a file in /sys.
    QTest::newRow("a folder no one may write to")
        << QStringLiteral("/sys/mentorbook.json") << QStringLiteral("the folder is not writable");
}

void TestSaveFile::shouldNameTheCauseOfAFailure()
{
    QFETCH(QString, path);
    QFETCH(QString, cause);
    const QString file = QFileInfo(path).isAbsolute() ? path : m_dir->filePath(path);
    const QStringList before
        = QDir(QFileInfo(file).absolutePath()).entryList(QDir::AllEntries | QDir::System);
    try {
        SaveFile::write(file, "{}", Privacy::Private);
        QFAIL("the write did not fail");
    } catch (const Error &error) {
        QVERIFY2(error.message().contains(cause), qPrintable(error.message()));
        QVERIFY2(
            error.message().contains(QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())),
            qPrintable(error.message()));
    }
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::AllEntries | QDir::System),
             before);
    QCOMPARE(SaveFile::problem(ENOSPC), QStringLiteral("the disk is full"));
}

QTEST_GUILESS_MAIN(TestSaveFile)
#include "tst_savefile.moc"
