// SPDX-License-Identifier: GPL-3.0-or-later
#include "program/rules.h"
#include "report/recap.h"
#include "report/reportcontent.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/**
 * The covering note that goes with the recap's PDF: greeting, what is attached, the next
 * meeting, the signature, and the recap's own text only while it is short.
 */
class TestCoveringNote : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldSayWhatIsAttachedAndWhenWeMeetNext();
    void shouldIncludeTheRecapOnlyWhileItIsShort_data();
    void shouldIncludeTheRecapOnlyWhileItIsShort();
    void shouldApologiseForAMeetingThatDidNotTakePlace();
    void shouldSayWhenNoNextMeetingIsPlanned();
    void shouldNeverCarryPrivateNotes();

private:
    QString dateOf(const Session &session) const
    {
        return QLocale().toString(session.scheduledAt.toLocalTime().date(), QLocale::LongFormat);
    }
    /** The held second debrief, with these notes. */
    Session heldWithNotes(const QString &notes)
    {
        Session session = m_sessions.at(7);
        session.notes = notes;
        m_repositories->sessions.update(session);
        return session;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    QList<Session> m_sessions;
    ReportOptions m_author = [] {
        ReportOptions author;
        author.mentorName = QStringLiteral("Grace Hopper");
        author.mentorEmail = QStringLiteral("grace@example.org");
        return author;
    }();
};

void TestCoveringNote::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_database = openTestDatabase(m_dir);
    m_repositories = std::make_unique<Repositories>(*m_database);
    const Id mentee = SampleRelationship::add(*m_repositories, today());
    m_sessions = m_repositories->sessionsOf(mentee);
}

void TestCoveringNote::cleanup()
{
    m_repositories.reset();
    m_database.reset();
}

void TestCoveringNote::shouldSayWhatIsAttachedAndWhenWeMeetNext()
{
    // GIVEN the held second debrief, with a planned session after it
    const Session session = heldWithNotes(QStringLiteral("NOTES-MARKER we talked"));
    const Session next = m_sessions.at(8);
    QCOMPARE(next.status, SessionStatus::Planned);

    // WHEN its covering note is written
    const QString note = Recap::coveringNote(*m_repositories, session.id, m_author);

    // THEN it greets Priya, says which recap is attached, when we meet next, and is signed
    const QString opening
        = QStringLiteral("Dear Priya,\n\nthank you for our conversation. The recap of our "
                         "session %1 on %2 is attached as a PDF.\n\n")
              .arg(session.sequence)
              .arg(dateOf(session));
    QVERIFY2(note.startsWith(opening), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("\nNext meeting\n") + ReportContent::meetingLine(next)
                           + QLatin1Char('\n')),
             qPrintable(note));
    QVERIFY(
        note.endsWith(QStringLiteral("\n\nWith best wishes,\nGrace Hopper\ngrace@example.org")));
    // (the same next meeting the method finds)
    const auto found
        = Program::nextMeetingAfter(History::load(*m_repositories, session.menteeId), session.id);
    QVERIFY(found);
    QCOMPARE(found->id, next.id);
}

void TestCoveringNote::shouldIncludeTheRecapOnlyWhileItIsShort_data()
{
    QTest::addColumn<int>("overLimit"); // characters of emailText() beyond the limit
    QTest::addColumn<bool>("inFull");
    QTest::newRow("under") << -100 << true;
    QTest::newRow("at the limit") << 0 << true;
    QTest::newRow("one over") << 1 << false;
    QTest::newRow("a 1 MB note") << 1024 * 1024 << false;
}

void TestCoveringNote::shouldIncludeTheRecapOnlyWhileItIsShort()
{
    QFETCH(int, overLimit);
    QFETCH(bool, inFull);
    // GIVEN notes that make the recap's text exactly `overLimit` longer than the limit
    const QString marker = QStringLiteral("NOTES-MARKER");
    Session session = heldWithNotes(marker);
    const qsizetype base = Recap::emailText(*m_repositories, session.id, m_author).size();
    const qsizetype wanted = Recap::fullTextInNoteLimit + overLimit;
    QVERIFY2(wanted > base, "the sample's recap is already longer than this row needs");
    session = heldWithNotes(marker + QString(wanted - base, QLatin1Char('x')));
    const QString full = Recap::emailText(*m_repositories, session.id, m_author);
    QCOMPARE(full.size(), wanted);

    // WHEN the covering note is written
    const QString note = Recap::coveringNote(*m_repositories, session.id, m_author);

    // THEN the recap's sections follow the note only while the recap is short
    QCOMPARE(note.contains(marker), inFull);
    QCOMPARE(note.contains(QStringLiteral("\nWhat we discussed\n")), inFull);
    QCOMPARE(note.contains(QStringLiteral("\nAgreed actions\n- ")), inFull);
    // AND never the greeting twice, and always the next meeting and the signature
    QCOMPARE(note.count(QStringLiteral("Dear Priya,")), 1);
    QVERIFY(note.contains(QStringLiteral("is attached as a PDF.")));
    QVERIFY(note.contains(QStringLiteral("\nNext meeting\n")));
    QVERIFY(note.endsWith(QStringLiteral("grace@example.org")));
    // AND a long recap leaves a short note: far below what one program argument may hold
    if (!inFull)
        QVERIFY2(note.size() < 1000, qPrintable(QString::number(note.size())));
    else
        QVERIFY(note.size() <= full.size() + 200);
}

void TestCoveringNote::shouldApologiseForAMeetingThatDidNotTakePlace()
{
    // GIVEN the cancelled debrief ("Off sick with flu")
    const Session cancelled = m_sessions.at(5);
    QCOMPARE(cancelled.status, SessionStatus::Cancelled);

    // WHEN its note is written
    const QString note = Recap::coveringNote(*m_repositories, cancelled.id, m_author);

    // THEN it apologises, says the note is attached and proposes the next date
    QVERIFY2(note.startsWith(QStringLiteral("Dear Priya,\n\nI am sorry that we could not meet for "
                                            "our session on %1.\nA note on it is attached as a "
                                            "PDF.\n")
                                 .arg(dateOf(cancelled))),
             qPrintable(note));
    QVERIFY(note.contains(QStringLiteral("Reason: Off sick with flu")));
    QVERIFY(note.contains(QStringLiteral("I propose that we meet again as below")));
    QVERIFY(note.contains(QStringLiteral("New date: ")));
    QVERIFY(!note.contains(QStringLiteral("thank you for our conversation")));
    QVERIFY(note.endsWith(QStringLiteral("With best wishes,\nGrace Hopper\ngrace@example.org")));

    // WHEN the reason recorded is 1 MB long THEN the note leaves it to the PDF
    Session longer = cancelled;
    longer.statusReason = QStringLiteral("REASON-MARKER ") + QString(1024 * 1024, QLatin1Char('r'));
    m_repositories->sessions.update(longer);
    const QString shortNote = Recap::coveringNote(*m_repositories, cancelled.id, m_author);
    QVERIFY(!shortNote.contains(QStringLiteral("REASON-MARKER")));
    QVERIFY(shortNote.contains(QStringLiteral("A note on it is attached as a PDF.")));
    QVERIFY(shortNote.contains(QStringLiteral("New date: ")));
    QVERIFY2(shortNote.size() < 1000, qPrintable(QString::number(shortNote.size())));
}

void TestCoveringNote::shouldSayWhenNoNextMeetingIsPlanned()
{
    // GIVEN no session after the second debrief
    const Session session = heldWithNotes(QStringLiteral("NOTES-MARKER"));
    m_repositories->sessions.remove(m_sessions.at(8).id);

    // WHEN the note is written, unsigned
    const QString note = Recap::coveringNote(*m_repositories, session.id, {});

    // THEN it says that a date is still to be agreed, and ends there
    QVERIFY2(note.endsWith(QStringLiteral(
                 "Next meeting\nNo next meeting is planned yet; we will agree on a date.")),
             qPrintable(note));
    QVERIFY(!note.contains(QStringLiteral("With best wishes")));
}

void TestCoveringNote::shouldNeverCarryPrivateNotes()
{
    Session session = heldWithNotes(QStringLiteral("NOTES-MARKER"));
    session.privateNotes
        = QStringLiteral("PRIVATE-MARKER ") + QString(1024 * 1024, QLatin1Char('p'));
    m_repositories->sessions.update(session);
    const QString note = Recap::coveringNote(*m_repositories, session.id, m_author);
    QVERIFY(note.contains(QStringLiteral("NOTES-MARKER")));
    QVERIFY(!note.contains(QStringLiteral("PRIVATE-MARKER")));
    QVERIFY(note.size() <= Recap::fullTextInNoteLimit + 200);
}

QTEST_GUILESS_MAIN(TestCoveringNote)
#include "tst_coveringnote.moc"
