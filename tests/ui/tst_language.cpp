// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/**
 * The program started with LANG=de_DE.UTF-8 speaks German: its own words, Qt's standard
 * buttons, dates, and the command line's --help. A right-to-left layout mirrors the window.
 */
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldSpeakTheSystemLanguage();
    void shouldPrintTheHelpInGerman();
    void shouldMirrorTheWindowRightToLeft();

private:
    QTemporaryDir m_dir;
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QLocale locale = installTranslations();
    QCOMPARE(locale.language(), QLocale::German);
}

void TestLanguage::shouldSpeakTheSystemLanguage()
{
    auto database = openTestDatabase(m_dir);
    {
        Repositories repositories(*database);
        SampleRelationship::add(repositories, today());
    }
    MainWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectMentee(1);
    QCOMPARE(window.windowTitle(), QStringLiteral("Mentoring mit Priya Raman"));
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u' ')));
    QVERIFY2(menus.contains(QStringLiteral("D&okumente")), qPrintable(menus.join(u' ')));
    // Qt's own translations: a standard button.
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    // Dates follow the language too.
    QCOMPARE(QLocale().toString(QDate(2026, 3, 16), QStringLiteral("MMMM")),
             QStringLiteral("März"));
}

void TestLanguage::shouldPrintTheHelpInGerman()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MENTORBOOK_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.startsWith(QStringLiteral("Aufruf:")), qPrintable(help));
    QVERIFY(help.contains(QStringLiteral("export agenda|recap")));
}

void TestLanguage::shouldMirrorTheWindowRightToLeft()
{
    QTemporaryDir dir;
    auto database = openTestDatabase(dir);
    {
        Repositories repositories(*database);
        SampleRelationship::add(repositories, today());
    }
    QApplication::setLayoutDirection(Qt::RightToLeft);
    MainWindow window(*database);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectMentee(1);
    auto *mentees = window.findChild<QListView *>(QStringLiteral("menteeList"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("detailTabs"));
    QVERIFY(mentees->isVisible() && tabs->isVisible());
    // The list that starts the reading order is on the right.
    QVERIFY(mentees->mapTo(&window, QPoint()).x() > tabs->mapTo(&window, QPoint()).x());
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

int main(int argc, char *argv[])
{
    // As a German desktop session starts a program.
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    qunsetenv("LANGUAGE");
    qputenv("LANG", "de_DE.UTF-8");
    QApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-language-test"));
    TestLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"
