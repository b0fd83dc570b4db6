// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateinput.h"
#include "testsupport.h"

#include <QTest>

using namespace Mentorbook;

Q_DECLARE_METATYPE(Mentorbook::DateInput::State)

/** How the text typed into a date field is read: year pivot, AM/PM, impossible dates. */
class TestDateInput : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTwoDigitYearsAsTheNearest_data();
    void shouldReadTwoDigitYearsAsTheNearest();
    void shouldReadDatesInTheLocalesOrder_data();
    void shouldReadDatesInTheLocalesOrder();
    void shouldKeepAmAndPmAsTyped_data();
    void shouldKeepAmAndPmAsTyped();
    void shouldShowFourDigitYears();
};

void TestDateInput::shouldReadTwoDigitYearsAsTheNearest_data()
{
    QTest::addColumn<int>("shortYear");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("year");
    const QDate today(2026, 3, 16);
    QTest::newRow("next year") << 27 << today << 2027;
    QTest::newRow("this year") << 26 << today << 2026;
    QTest::newRow("2000") << 0 << today << 2000;
    QTest::newRow("49 years ahead") << 75 << today << 2075;
    QTest::newRow("50 years back") << 76 << today << 1976;
    QTest::newRow("last century") << 99 << today << 1999;
    QTest::newRow("from 2070") << 10 << QDate(2070, 1, 1) << 2110;
    QTest::newRow("from 2070, back") << 30 << QDate(2070, 1, 1) << 2030;
    QTest::newRow("from 1990") << 27 << QDate(1990, 6, 1) << 2027;
    QTest::newRow("from 1990, back") << 45 << QDate(1990, 6, 1) << 1945;
}

void TestDateInput::shouldReadTwoDigitYearsAsTheNearest()
{
    QFETCH(int, shortYear);
    QFETCH(QDate, today);
    QFETCH(int, year);
    QCOMPARE(DateInput::fullYear(shortYear, today), year);
}

void TestDateInput::shouldReadDatesInTheLocalesOrder_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateInput::State>("state");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("problem");
    using S = DateInput::State;
    QTest::newRow("us, two-digit year")
        << "en_US"
        << "2/26/27" << S::Complete << QDate(2027, 2, 26) << QString();
    QTest::newRow("us, four digits")
        << "en_US"
        << "12/15/2026" << S::Complete << QDate(2026, 12, 15) << QString();
    QTest::newRow("us, last century") << "en_US"
                                      << "7/4/76" << S::Complete << QDate(1976, 7, 4) << QString();
    QTest::newRow("us, impossible")
        << "en_US"
        << "2/30/27" << S::Impossible << QDate() << "30 February 2027 is not a date";
    QTest::newRow("us, no month 13")
        << "en_US"
        << "13/1/27" << S::Impossible << QDate() << "There is no month 13";
    QTest::newRow("us, incomplete")
        << "en_US"
        << "2/26/2" << S::Incomplete << QDate() << "Type a date such as 3/16/2026";
    QTest::newRow("us, three-digit year")
        << "en_US"
        << "2/26/202" << S::Incomplete << QDate() << "Type a date such as 3/16/2026";
    QTest::newRow("us, letters") << "en_US"
                                 << "2/x" << S::Invalid << QDate()
                                 << "Type a date such as 3/16/2026";
    QTest::newRow("us, too many") << "en_US"
                                  << "2/26/27/1" << S::Invalid << QDate()
                                  << "Type a date such as 3/16/2026";
    QTest::newRow("us, empty") << "en_US"
                               << "  " << S::Empty << QDate() << "Type a date such as 3/16/2026";
    QTest::newRow("iso in the us") << "en_US"
                                   << "2027-02-05" << S::Complete << QDate(2027, 2, 5) << QString();
    QTest::newRow("c, month name")
        << "C"
        << "30 Jun 2026" << S::Complete << QDate(2026, 6, 30) << QString();
    QTest::newRow("c, month number") << "C"
                                     << "30 6 26" << S::Complete << QDate(2026, 6, 30) << QString();
    QTest::newRow("c, part of a name")
        << "C"
        << "30 Ju 2026" << S::Incomplete << QDate() << "Type a date such as 16 Mar 2026";
    QTest::newRow("de, März") << "de_DE"
                              << "3. März 2027" << S::Complete << QDate(2027, 3, 3) << QString();
    QTest::newRow("gb") << "en_GB"
                        << "05/02/2027" << S::Complete << QDate(2027, 2, 5) << QString();
    QTest::newRow("gb, two-digit year")
        << "en_GB"
        << "5/2/27" << S::Complete << QDate(2027, 2, 5) << QString();
    QTest::newRow("de") << "de_DE"
                        << "26.02.27" << S::Complete << QDate(2027, 2, 26) << QString();
    QTest::newRow("de, impossible")
        << "de_DE"
        << "31.04.2027" << S::Impossible << QDate() << "31 April 2027 is not a date";
    QTest::newRow("fr") << "fr_FR"
                        << "29/02/2028" << S::Complete << QDate(2028, 2, 29) << QString();
    QTest::newRow("fr, not a leap year")
        << "fr_FR"
        << "29/02/2027" << S::Impossible << QDate() << "29 février 2027 is not a date";
}

void TestDateInput::shouldReadDatesInTheLocalesOrder()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(DateInput::State, state);
    QFETCH(QDate, date);
    QFETCH(QString, problem);
    const DateInput::Reading reading
        = DateInput::readDate(text, QLocale(locale), TestSupport::today());
    QCOMPARE(reading.state, state);
    QCOMPARE(reading.date, date);
    QCOMPARE(reading.problem, problem);
}

void TestDateInput::shouldKeepAmAndPmAsTyped_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateInput::State>("state");
    QTest::addColumn<QDateTime>("dateTime");
    using S = DateInput::State;
    const QDate day(2026, 3, 17);
    QTest::newRow("10 am") << "en_US"
                           << "3/17/26 10:00 AM" << S::Complete << QDateTime(day, QTime(10, 0));
    QTest::newRow("10 pm, lower case")
        << "en_US"
        << "3/17/26 10:00 pm" << S::Complete << QDateTime(day, QTime(22, 0));
    QTest::newRow("p for pm") << "en_US"
                              << "3/17/2026 4:30 p" << S::Complete << QDateTime(day, QTime(16, 30));
    QTest::newRow("a.m.") << "en_US"
                          << "3/17/2026 9:05 a.m." << S::Complete << QDateTime(day, QTime(9, 5));
    QTest::newRow("noon") << "en_US"
                          << "3/17/2026 12:00 PM" << S::Complete << QDateTime(day, QTime(12, 0));
    QTest::newRow("midnight") << "en_US"
                              << "3/17/2026 12:00 AM" << S::Complete << QDateTime(day, QTime(0, 0));
    QTest::newRow("24-hour time in the us")
        << "en_US"
        << "3/17/2026 17:30" << S::Complete << QDateTime(day, QTime(17, 30));
    QTest::newRow("13 pm") << "en_US"
                           << "3/17/2026 13:00 PM" << S::Impossible << QDateTime();
    QTest::newRow("no time yet") << "en_US"
                                 << "3/17/2026" << S::Incomplete << QDateTime();
    QTest::newRow("not a word") << "en_US"
                                << "3/17/2026 10:00 xm" << S::Invalid << QDateTime();
    QTest::newRow("gb 24-hour") << "en_GB"
                                << "17/03/2026 17:30" << S::Complete
                                << QDateTime(day, QTime(17, 30));
    QTest::newRow("de") << "de_DE"
                        << "17.03.26 09:15" << S::Complete << QDateTime(day, QTime(9, 15));
    QTest::newRow("de, 25 o'clock") << "de_DE"
                                    << "17.03.26 25:00" << S::Impossible << QDateTime();
    QTest::newRow("fr") << "fr_FR"
                        << "17/03/2026 18:45" << S::Complete << QDateTime(day, QTime(18, 45));
    QTest::newRow("fr, 31 April") << "fr_FR"
                                  << "31/04/2026 18:45" << S::Impossible << QDateTime();
}

void TestDateInput::shouldKeepAmAndPmAsTyped()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(DateInput::State, state);
    QFETCH(QDateTime, dateTime);
    const DateInput::Reading reading
        = DateInput::readDateTime(text, QLocale(locale), TestSupport::today());
    QCOMPARE(reading.state, state);
    if (state == DateInput::State::Complete)
        QCOMPARE(QDateTime(reading.date, reading.time), dateTime);
    else
        QVERIFY(!reading.problem.isEmpty());
}

void TestDateInput::shouldShowFourDigitYears()
{
    QCOMPARE(DateInput::dateFormat(QLocale(QStringLiteral("en_US"))), QStringLiteral("M/d/yyyy"));
    QCOMPARE(DateInput::dateFormat(QLocale(QStringLiteral("de_DE"))), QStringLiteral("dd.MM.yyyy"));
    QCOMPARE(DateInput::dateTimeFormat(QLocale(QStringLiteral("en_US"))),
             QStringLiteral("M/d/yyyy h:mm AP"));
    // What is shown reads back as the same date.
    for (const char *name : {"en_US", "en_GB", "de_DE", "fr_FR"}) {
        const QLocale locale(QString::fromLatin1(name));
        const QDate date(1950, 7, 4);
        const QString shown = locale.toString(date, DateInput::dateFormat(locale));
        QCOMPARE(DateInput::readDate(shown, locale, TestSupport::today()).date, date);
    }
}

QTEST_GUILESS_MAIN(TestDateInput)
#include "tst_dateinput.moc"
