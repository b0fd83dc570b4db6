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
    void shouldLayThePartsOnTheClock_data();
    void shouldLayThePartsOnTheClock();
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

void TestMethod::shouldLayThePartsOnTheClock_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QStringList>("starts");
    QTest::addColumn<QList<int>>("lengths");
    QTest::newRow("on the hour's marks already") << QTime(17, 30) << 60
                                                 << QStringList{QStringLiteral("17:30"),
                                                                QStringLiteral("17:35"),
                                                                QStringLiteral("17:50"),
                                                                QStringLiteral("18:15"),
                                                                QStringLiteral("18:25")}
                                                 << QList<int>{5, 15, 25, 10, 5};
    QTest::newRow("an odd start: as agreed, then five-minute marks")
        << QTime(8, 34) << 60
        << QStringList{QStringLiteral("08:34"),
                       QStringLiteral("08:40"),
                       QStringLiteral("08:55"),
                       QStringLiteral("09:20"),
                       QStringLiteral("09:30")}
        << QList<int>{6, 15, 25, 10, 4};
    QTest::newRow("45 minutes") << QTime(8, 30) << 45
                                << QStringList{QStringLiteral("08:30"),
                                               QStringLiteral("08:35"),
                                               QStringLiteral("08:45"),
                                               QStringLiteral("09:05"),
                                               QStringLiteral("09:10")}
                                << QList<int>{5, 10, 20, 5, 5};
    QTest::newRow("short: a mark that would leave no summary is not taken")
        << QTime(8, 30) << 30
        << QStringList{QStringLiteral("08:30"),
                       QStringLiteral("08:35"),
                       QStringLiteral("08:40"),
                       QStringLiteral("08:55"),
                       QStringLiteral("08:58")}
        << QList<int>{5, 5, 15, 3, 2};
    QTest::newRow("across midnight") << QTime(23, 48) << 60
                                     << QStringList{QStringLiteral("23:48"),
                                                    QStringLiteral("23:55"),
                                                    QStringLiteral("00:10"),
                                                    QStringLiteral("00:35"),
                                                    QStringLiteral("00:45")}
                                     << QList<int>{7, 15, 25, 10, 3};
}

void TestMethod::shouldLayThePartsOnTheClock()
{
    QFETCH(QTime, start);
    QFETCH(int, minutes);
    QFETCH(QStringList, starts);
    QFETCH(QList<int>, lengths);
    // GIVEN a session at a local time WHEN its parts are laid on the clock
    const QDateTime begin(QDate(2026, 3, 16), start);
    const QList<PartSlot> schedule = Method::partSchedule(begin, minutes);
    // THEN they begin at the times a mentor expects, and still fill the session exactly
    QStringList printed;
    QList<int> printedLengths;
    int total = 0;
    for (const PartSlot &slot : schedule) {
        printed << slot.start.toLocalTime().time().toString(QStringLiteral("HH:mm"));
        printedLengths << slot.minutes;
        total += slot.minutes;
    }
    QCOMPARE(printed, starts);
    QCOMPARE(printedLengths, lengths);
    QCOMPARE(total, minutes);
    QCOMPARE(schedule.constFirst().start, begin);
}

QTEST_GUILESS_MAIN(TestMethod)
#include "tst_method.moc"
