// SPDX-License-Identifier: GPL-3.0-or-later
#include "program/method.h"

#include <QTest>

using namespace Mentorbook;

/** The method's guidance: every stage says what it is for and what to ask. */
class TestMethod : public QObject
{
    Q_OBJECT

private slots:
    void shouldGuideEveryStage_data();
    void shouldGuideEveryStage();
    void shouldKeepTheFivePartStructure();
};

void TestMethod::shouldGuideEveryStage_data()
{
    QTest::addColumn<int>("stage");
    QTest::addColumn<QString>("mustAsk");
    QTest::newRow("prework") << int(Stage::Prework) << QStringLiteral("resume and job description");
    QTest::newRow("introductions")
        << int(Stage::Introductions) << QStringLiteral("What mentor qualities do you prefer?");
    QTest::newRow("focus") << int(Stage::Focus) << QStringLiteral("2–3 problem statements");
    QTest::newRow("exercise") << int(Stage::Exercise) << QStringLiteral("with whom, and by when");
    QTest::newRow("debrief") << int(Stage::Debrief) << QStringLiteral("why not?");
    QTest::newRow("open") << int(Stage::Open) << QStringLiteral("on your mind");
}

void TestMethod::shouldGuideEveryStage()
{
    QFETCH(int, stage);
    QFETCH(QString, mustAsk);
    const StageGuide guide = Method::guide(Stage(stage));
    QCOMPARE(int(guide.stage), stage);
    QVERIFY(!guide.purpose.isEmpty());
    QVERIFY(guide.prompts.size() >= 3);
    QVERIFY(!guide.growQuestions.isEmpty());
    QVERIFY2(guide.prompts.join(QLatin1Char(' ')).contains(mustAsk),
             qPrintable(guide.prompts.join(QLatin1Char('|'))));
}

void TestMethod::shouldKeepTheFivePartStructure()
{
    const QStringList parts = Method::sessionStructure();
    QCOMPARE(parts.size(), 5);
    QVERIFY(parts.at(0).startsWith(QStringLiteral("Check-in")));
    QVERIFY(parts.at(1).contains(QStringLiteral("your own tasks too")));
    QVERIFY(parts.at(4).contains(QStringLiteral("next meeting")));
}

QTEST_GUILESS_MAIN(TestMethod)
#include "tst_method.moc"
