// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** The window shows a welcome on an empty database and the mentees otherwise. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void shouldWelcomeOnAnEmptyDatabase();
    void shouldListTheMentees();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::shouldWelcomeOnAnEmptyDatabase()
{
    Database database;
    database.open(m_dir.filePath(QStringLiteral("empty.sqlite")));
    MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *empty = window.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Welcome to Mentorbook")));
}

void TestMainWindow::shouldListTheMentees()
{
    Database database;
    database.open(m_dir.filePath(QStringLiteral("sample.sqlite")));
    Repositories repositories(database);
    const Id id = SampleRelationship::add(repositories, today());
    MainWindow window(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("menteeList"));
    QVERIFY(list);
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(repositories.mentees.get(id).name));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
