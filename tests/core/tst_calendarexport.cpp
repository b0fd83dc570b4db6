// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/calendarexport.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** The iCalendar export: the planned sessions, as RFC 5545 says. */
class TestCalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldEscapeText_data();
    void shouldEscapeText();
    void shouldFoldLongLinesWithoutSplittingCharacters();
    void shouldExportThePlannedSessions();
    void shouldKeepTheSameUidsWhenExportedAgain();

private:
    static QString unfolded(const QByteArray &ics);

    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<Repositories> m_repositories;
    Id m_mentee = 0;
};

void TestCalendarExport::initTestCase()
{
    m_database.open(m_dir.filePath(QStringLiteral("calendar.sqlite")));
    freezeClock(m_database);
    m_repositories = std::make_unique<Repositories>(m_database);
    m_mentee = SampleRelationship::add(*m_repositories, today());
}

QString TestCalendarExport::unfolded(const QByteArray &ics)
{
    return QString::fromUtf8(QByteArray(ics).replace("\r\n ", ""));
}

void TestCalendarExport::shouldEscapeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Room 4") << QStringLiteral("Room 4");
    QTest::newRow("comma and semicolon") << QStringLiteral("Leeds, 2nd floor; room 4")
                                         << QStringLiteral("Leeds\\, 2nd floor\\; room 4");
    QTest::newRow("backslash") << QStringLiteral("C:\\notes") << QStringLiteral("C:\\\\notes");
    QTest::newRow("new lines") << QStringLiteral("Check-in\r\nReview")
                               << QStringLiteral("Check-in\\nReview");
}

void TestCalendarExport::shouldEscapeText()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(CalendarExport::escapeText(text), escaped);
}

void TestCalendarExport::shouldFoldLongLinesWithoutSplittingCharacters()
{
    const QByteArray line = (QStringLiteral("DESCRIPTION:") + QString(100, QChar(0x00e9))
                             + QStringLiteral("日本語🙂"))
                                .toUtf8();
    const QByteArray folded = CalendarExport::fold(line);
    QVERIFY(folded.endsWith("\r\n"));
    for (const QByteArray &part : folded.split('\n')) {
        QVERIFY2(part.size() <= 76, part.constData());     // 75 octets and the CR
        QVERIFY(QString::fromUtf8(part).toUtf8() == part); // no broken UTF-8 sequence
    }
    QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), line);
}

void TestCalendarExport::shouldExportThePlannedSessions()
{
    const QByteArray ics = CalendarExport::ics(*m_repositories, m_mentee, frozenNow());
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\n\n") && ics.count('\n') == ics.count("\r\n"));
    const QString text = unfolded(ics);
    int planned = 0;
    for (const Session &session : m_repositories->sessionsOf(m_mentee)) {
        if (session.status != SessionStatus::Planned)
            continue;
        ++planned;
        QVERIFY(text.contains(
            QStringLiteral("DTSTART:")
            + session.scheduledAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
        QVERIFY(text.contains(QStringLiteral("SUMMARY:Mentoring: session %1 with Priya Raman")
                                  .arg(session.sequence)));
        QVERIFY(text.contains(QStringLiteral("DESCRIPTION:")
                              + CalendarExport::escapeText(session.agenda)));
    }
    QCOMPARE(int(ics.count("BEGIN:VEVENT")), planned);
    QVERIFY(text.contains(QStringLiteral("DTSTAMP:20260316T090000Z")));
    // Nothing private goes into the calendar.
    for (const Session &session : m_repositories->sessionsOf(m_mentee)) {
        if (!session.privateNotes.isEmpty())
            QVERIFY(!text.contains(CalendarExport::escapeText(session.privateNotes.left(30))));
    }
}

void TestCalendarExport::shouldKeepTheSameUidsWhenExportedAgain()
{
    auto uids = [](const QString &text) {
        QStringList found;
        for (const QString &line : text.split(QStringLiteral("\r\n"))) {
            if (line.startsWith(QStringLiteral("UID:")))
                found << line;
        }
        return found;
    };
    const QStringList first
        = uids(unfolded(CalendarExport::ics(*m_repositories, m_mentee, frozenNow())));
    const QStringList second
        = uids(unfolded(CalendarExport::ics(*m_repositories, m_mentee, frozenNow().addDays(3))));
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    QVERIFY_THROWS_EXCEPTION(Error, CalendarExport::ics(*m_repositories, 999, frozenNow()));
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
