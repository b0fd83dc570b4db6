// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/verbs.h"
#include "interchange/jsonexporter.h"
#include "program/rules.h"
#include "report/agenda.h"
#include "report/recap.h"
#include "report/relationshipsummary.h"
#include "report/reportcontent.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {

/** An edit of one field as a view makes it: of the row as stored, changed to `after`. */
template<class T>
bool editField(Store &store, const T &after, const QString &text, const QString &field)
{
    return store.change(store.repositories().of<T>().get(after.id), after, text, field);
}

/** The sample relationship, and the rows the verbs below work on. */
struct Sample
{
    Id mentee = 0;
    QList<Session> sessions; ///< by sequence: sessions.at(8) is session 9, planned
    History history;

    const Session &session(int sequence) const { return sessions.at(sequence - 1); }
    /** An action under review at the planned session, not reviewed yet (reviewed if asked). */
    Id underReviewAtLast(bool reviewed) const
    {
        for (const ReviewItem &item :
             Program::actionsUnderReview(history, sessions.constLast().id)) {
            if (item.review.has_value() == reviewed && !item.action.isDone())
                return item.action.id;
        }
        return 0;
    }
};

using Verb = std::function<bool(Store &, const Sample &)>;

/** What a row of the verb table does, and a temporary trigger that refuses its last write. */
struct VerbCase
{
    Verb verb;
    QString refusal; ///< "BEFORE INSERT ON goals" …, completed into a trigger
};

} // namespace

Q_DECLARE_METATYPE(VerbCase)

/** Every user action as a verb of core/edit: one undo step, all or nothing. */
class TestVerbs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldUndoAndRedoEveryVerbExactly_data();
    void shouldUndoAndRedoEveryVerbExactly();
    void shouldLeaveNothingOfAVerbRefusedInItsLastWrite_data();
    void shouldLeaveNothingOfAVerbRefusedInItsLastWrite();
    void shouldDropAStepWhoseUndoIsRefused();
    void shouldLeaveNoStepForAnEditTypedBackToTheStart();
    void shouldKeepAtMostTheUndoLimit();
    void shouldReviewAndCompleteAsOneStep();
    void shouldExportEveryDocumentAfterDeletingAnySession();
    void shouldNameTheMeetingThatFollowedInAnOlderRecap();

private:
    /** The export, but for the calendar SEQUENCE, which only grows (undo raises it too). */
    QByteArray json() const
    {
        QJsonObject document = JsonExporter::toObject(m_store->repositories());
        QJsonArray sessions = document.value(QStringLiteral("sessions")).toArray();
        for (auto row = sessions.begin(); row != sessions.end(); ++row) {
            QJsonObject session = row->toObject();
            session.remove(QStringLiteral("calendar_sequence"));
            *row = session;
        }
        document.insert(QStringLiteral("sessions"), sessions);
        return QJsonDocument(document).toJson();
    }
    /** Each session's calendar SEQUENCE by its UID. */
    QHash<QString, int> calendarSequences() const
    {
        QHash<QString, int> sequences;
        for (const Session &session : m_store->repositories().sessions.all())
            sequences.insert(session.calendarUid, session.calendarSequence);
        return sequences;
    }
    void refuse(const QString &what);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    Sample m_sample;
    QHash<QString, int> m_before; ///< the calendar SEQUENCEs before the verb
};

void TestVerbs::init()
{
    m_database = openTestDatabase(m_dir);
    m_store = std::make_unique<Store>(*m_database);
    Repositories repositories(*m_database);
    m_sample.mentee = SampleRelationship::add(repositories, today());
    m_sample.sessions = repositories.sessionsOf(m_sample.mentee);
    m_sample.history = History::load(repositories, m_sample.mentee);
    QCOMPARE(m_sample.sessions.size(), 9);
    // Later than the sample's stamps, so that a verb's writes and an undo's are told apart.
    m_database->setClock([] { return frozenNow().addSecs(3600); });
}

void TestVerbs::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestVerbs::refuse(const QString &what)
{
    m_database->execute(QStringLiteral("CREATE TEMP TRIGGER refuse_last_write %1 "
                                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                            .arg(what));
}

void TestVerbs::shouldUndoAndRedoEveryVerbExactly_data()
{
    QTest::addColumn<VerbCase>("verb");
    auto row = [](const char *name, const Verb &verb, const char *refusal) {
        QTest::newRow(name) << VerbCase{verb, QString::fromLatin1(refusal)};
    };
    row(
        "add mentee",
        [](Store &s, const Sample &) { return Edit::addMentee(s, today(), 21, 45) > 0; },
        "BEFORE INSERT ON mentees");
    row(
        "add the sample",
        [](Store &s, const Sample &) { return Edit::addSample(s, today()) > 0; },
        "BEFORE INSERT ON action_reviews");
    row(
        "close relationship",
        [](Store &s, const Sample &x) { return Edit::setRelationshipClosed(s, x.mentee, true); },
        "BEFORE UPDATE ON mentees");
    row(
        "delete mentee",
        [](Store &s, const Sample &x) { return Edit::deleteMentee(s, x.mentee); },
        "BEFORE DELETE ON mentees");
    row(
        "plan next session",
        [](Store &s, const Sample &x) {
            return Edit::planNextSession(s, x.mentee, frozenNow()) > 0;
        },
        "BEFORE INSERT ON sessions");
    row(
        "reschedule",
        [](Store &s, const Sample &x) {
            return Edit::reschedule(s, x.session(9).id, QStringLiteral("Priya is travelling")) > 0;
        },
        "BEFORE INSERT ON sessions");
    row(
        "cancel a session with a reason",
        [](Store &s, const Sample &x) {
            return Edit::setSessionStatus(
                s, x.session(9).id, SessionStatus::Cancelled, QStringLiteral("Ill"));
        },
        "BEFORE UPDATE ON sessions");
    row(
        "delete a session that agreed actions",
        [](Store &s, const Sample &x) { return Edit::deleteSession(s, x.session(8).id); },
        "BEFORE DELETE ON sessions");
    row(
        "add action",
        [](Store &s, const Sample &x) {
            return Edit::addAction(s, x.mentee, x.session(9).id, today()) > 0;
        },
        "BEFORE INSERT ON actions");
    row(
        "add key step",
        [](Store &s, const Sample &x) {
            return Edit::addKeyStep(s, x.session(9).id, QStringLiteral("Draft the agenda")) > 0;
        },
        "BEFORE INSERT ON actions");
    row(
        "delete action",
        [](Store &s, const Sample &x) { return Edit::deleteAction(s, x.underReviewAtLast(false)); },
        "BEFORE DELETE ON actions");
    row(
        "tick an action off",
        [](Store &s, const Sample &x) {
            return Edit::setActionDone(s, x.underReviewAtLast(false), true);
        },
        "BEFORE UPDATE ON actions");
    row(
        "review an action as done",
        [](Store &s, const Sample &x) {
            return Edit::reviewAction(
                s, x.session(9).id, x.underReviewAtLast(false), ReviewDecision::Done);
        },
        "BEFORE UPDATE ON actions");
    row(
        "review an action as dropped",
        [](Store &s, const Sample &x) {
            return Edit::reviewAction(
                s, x.session(9).id, x.underReviewAtLast(false), ReviewDecision::Dropped);
        },
        "BEFORE INSERT ON action_reviews");
    row(
        "clear a review",
        [](Store &s, const Sample &x) {
            const ActionReview review = x.history.actionReviews.at(0);
            return Edit::reviewAction(s, review.sessionId, review.actionId, std::nullopt);
        },
        "BEFORE DELETE ON action_reviews");
    row(
        "renegotiate an action",
        [](Store &s, const Sample &x) {
            return Edit::renegotiateAction(
                s, x.underReviewAtLast(false), QStringLiteral("A smaller step"), today());
        },
        "BEFORE UPDATE ON actions");
    row(
        "add problem statement",
        [](Store &s, const Sample &x) {
            return Edit::addProblemStatement(
                       s, x.mentee, ProblemTemplate::Free, QStringLiteral("I want more peers"))
                   > 0;
        },
        "BEFORE INSERT ON problem_statements");
    row(
        "rank problem statements",
        [](Store &s, const Sample &x) {
            return Edit::moveProblemStatement(s, x.history.problemStatements.at(0).id, 1);
        },
        "BEFORE UPDATE ON problem_statements WHEN NEW.rank = 2");
    row(
        "park problem statement",
        [](Store &s, const Sample &x) {
            return Edit::setProblemStatus(
                s, x.history.problemStatements.at(0).id, ProblemStatus::Parked);
        },
        "BEFORE UPDATE ON problem_statements");
    row(
        "delete problem statement",
        [](Store &s, const Sample &x) {
            return Edit::deleteProblemStatement(s, x.history.problemStatements.at(0).id);
        },
        "BEFORE DELETE ON problem_statements");
    row(
        "add goal",
        [](Store &s, const Sample &x) { return Edit::addGoal(s, x.mentee) > 0; },
        "BEFORE INSERT ON goals");
    row(
        "delete goal",
        [](Store &s, const Sample &x) { return Edit::deleteGoal(s, x.history.goals.at(0).id); },
        "BEFORE DELETE ON goals");
    row(
        "record goal progress",
        [](Store &s, const Sample &x) {
            return Edit::recordGoalProgress(s, x.history.goals.at(0).id, x.session(9).id, 80) > 0;
        },
        "BEFORE INSERT ON goal_reviews");
    row(
        "add attachment",
        [](Store &s, const Sample &x) {
            Attachment file;
            file.menteeId = x.mentee;
            file.fileName = QStringLiteral("notes.txt");
            file.mimeType = QStringLiteral("text/plain");
            file.data = "notes";
            return Edit::addAttachment(s, file) > 0;
        },
        "BEFORE INSERT ON attachments");
    row(
        "remove attachment",
        [](Store &s, const Sample &x) {
            const auto files
                = s.repositories().attachments.where(QStringLiteral("mentee_id"), x.mentee);
            return Edit::removeAttachment(s, files.at(0).id);
        },
        "BEFORE DELETE ON attachments");
}

void TestVerbs::shouldUndoAndRedoEveryVerbExactly()
{
    QFETCH(VerbCase, verb);
    QSignalSpy failed(m_store.get(), &Store::writeFailed);
    const QByteArray before = json();
    m_before = calendarSequences();
    const int steps = m_store->undoStack()->count();

    // WHEN the verb is done THEN it is written at once, as one undo step
    QVERIFY(verb.verb(*m_store, m_sample));
    QCOMPARE(failed.count(), 0);
    const QByteArray after = json();
    QVERIFY(after != before);
    QVERIFY(m_store->undoStack()->count() > steps);
    QVERIFY(m_database->integrityProblems().isEmpty());

    // WHEN undone THEN the export is byte for byte what it was; redone, what the verb made;
    // and a calendar SEQUENCE never falls: a session the verb moved (or cancelled) rises again
    // when undone and when redone, so that calendars take back each change
    const QHash<QString, int> sequencesBefore = m_before;
    const QHash<QString, int> sequencesAfter = calendarSequences();
    while (m_store->undoStack()->canUndo())
        m_store->undoStack()->undo();
    QCOMPARE(json(), before);
    const QHash<QString, int> sequencesUndone = calendarSequences();
    for (auto it = sequencesUndone.cbegin(); it != sequencesUndone.cend(); ++it) {
        QVERIFY2(it.value() >= sequencesBefore.value(it.key()), qPrintable(it.key()));
        if (sequencesAfter.value(it.key()) > sequencesBefore.value(it.key()))
            QVERIFY2(it.value() > sequencesAfter.value(it.key()), qPrintable(it.key()));
    }
    while (m_store->undoStack()->canRedo())
        m_store->undoStack()->redo();
    QCOMPARE(json(), after);
    for (auto it = sequencesUndone.cbegin(); it != sequencesUndone.cend(); ++it) {
        if (sequencesAfter.value(it.key()) > sequencesBefore.value(it.key()))
            QVERIFY2(calendarSequences().value(it.key()) > it.value(), qPrintable(it.key()));
    }
    m_store->undoStack()->undo();
    m_store->undoStack()->redo();
    QCOMPARE(json(), after);
    QCOMPARE(failed.count(), 0);
}

void TestVerbs::shouldLeaveNothingOfAVerbRefusedInItsLastWrite_data()
{
    shouldUndoAndRedoEveryVerbExactly_data();
}

void TestVerbs::shouldLeaveNothingOfAVerbRefusedInItsLastWrite()
{
    QFETCH(VerbCase, verb);
    // GIVEN a database that refuses the verb's last write
    refuse(verb.refusal);
    const QByteArray before = json();
    QSignalSpy failed(m_store.get(), &Store::writeFailed);
    QSignalSpy changed(m_store.get(), &Store::changed);
    QSignalSpy reset(m_store.get(), &Store::relationshipReset);

    // WHEN the verb is done THEN it is refused with a message, and nothing of it is left:
    // not a row, not an announcement, not an undo step
    QVERIFY(!verb.verb(*m_store, m_sample));
    QVERIFY(failed.count() >= 1);
    QVERIFY2(failed.constLast().at(0).toString().contains(QStringLiteral("refused by the test")),
             qPrintable(failed.constLast().at(0).toString()));
    QCOMPARE(json(), before);
    QCOMPARE(changed.count() + reset.count(), 0);
    QCOMPARE(m_store->undoStack()->count(), 0);
    m_database->execute(QStringLiteral("DROP TRIGGER refuse_last_write"));
    QVERIFY(m_database->integrityProblems().isEmpty());
}

void TestVerbs::shouldDropAStepWhoseUndoIsRefused()
{
    // GIVEN a relationship closed through its verb
    QVERIFY(Edit::setRelationshipClosed(*m_store, m_sample.mentee, true));
    const QByteArray closed = json();
    QSignalSpy failed(m_store.get(), &Store::writeFailed);

    // WHEN its undo is refused by the database
    refuse(QStringLiteral("BEFORE UPDATE ON mentees"));
    m_store->undoStack()->undo();

    // THEN the refusal is reported, the database stays, and the stack holds no step that the
    // database did not take
    QCOMPARE(failed.count(), 1);
    QCOMPARE(json(), closed);
    QCOMPARE(m_store->undoStack()->count(), 0);
    QVERIFY(!m_store->undoStack()->canUndo());
    QVERIFY(!m_store->undoStack()->canRedo());
}

void TestVerbs::shouldLeaveNoStepForAnEditTypedBackToTheStart()
{
    // GIVEN the mentee's name typed away and back within seconds
    const QByteArray before = json();
    Mentee mentee = m_store->repositories().mentees.get(m_sample.mentee);
    const QString name = mentee.name;
    mentee.name = name + QStringLiteral("x");
    QVERIFY(editField(*m_store, mentee, QStringLiteral("Edit name"), QStringLiteral("name")));
    QCOMPARE(m_store->undoStack()->count(), 1);
    mentee.name = name;
    QVERIFY(editField(*m_store, mentee, QStringLiteral("Edit name"), QStringLiteral("name")));

    // THEN no empty step is left, and the row is exactly as it was, time stamp too
    QCOMPARE(m_store->undoStack()->count(), 0);
    QCOMPARE(json(), before);
}

void TestVerbs::shouldKeepAtMostTheUndoLimit()
{
    Mentee mentee = m_store->repositories().mentees.get(m_sample.mentee);
    for (int edit = 0; edit < Store::UndoLimit + 5; ++edit) {
        mentee.cadenceDays = 1 + edit % 90;
        mentee.sessionMinutes = 30 + edit % 60;
        QVERIFY(m_store->change(mentee, QStringLiteral("Edit")));
    }
    QCOMPARE(m_store->undoStack()->count(), Store::UndoLimit);
}

void TestVerbs::shouldReviewAndCompleteAsOneStep()
{
    // GIVEN an open action under review at the planned session
    const Id session = m_sample.session(9).id;
    const Id action = m_sample.underReviewAtLast(false);
    QVERIFY(action > 0);

    // WHEN it is reviewed as done THEN the review and the completion are one step
    QVERIFY(Edit::reviewAction(*m_store, session, action, ReviewDecision::Done));
    QCOMPARE(m_store->undoStack()->count(), 1);
    QVERIFY(m_store->repositories().actions.get(action).isDone());
    const History history = History::load(m_store->repositories(), m_sample.mentee);
    for (const Action &open : Program::openAfter(history, session))
        QVERIFY(open.id != action);

    // WHEN the decision is changed to carried THEN the action it had completed is open again
    QVERIFY(Edit::reviewAction(*m_store, session, action, ReviewDecision::Carried));
    QVERIFY(!m_store->repositories().actions.get(action).isDone());
    QCOMPARE(timesCarried(m_store->repositories(), action),
             Program::timesCarried(m_sample.history, action) + 1);
}

void TestVerbs::shouldExportEveryDocumentAfterDeletingAnySession()
{
    for (int deleted = 1; deleted <= 9; ++deleted) {
        // GIVEN a fresh copy of the sample WHEN one session is deleted in the window's way
        Database database;
        database.open(m_dir.filePath(QStringLiteral("deleted-%1.sqlite").arg(deleted)));
        freezeClock(database);
        Repositories writable(database);
        const Id mentee = SampleRelationship::add(writable, today());
        Store store(database);
        const Session gone = writable.sessionsOf(mentee).at(deleted - 1);
        QVERIFY(Edit::deleteSession(store, gone.id));
        const Repositories &stored = store.repositories();
        const QString goneLine = ReportContent::meetingLine(gone).toHtmlEscaped();
        static const QRegularExpression numbers(QStringLiteral("[Ss]ession (\\d+)\\b"));

        // THEN every agenda, recap and the summary still build, and none names it
        // (every recap but those of the pre-work and the planned session, which have none)
        QStringList documents;
        for (const Session &session : stored.sessionsOf(mentee)) {
            documents << Agenda::build(stored, session.id).html;
            if (Recap::refusal(session).isEmpty())
                documents << Recap::build(stored, session.id, {QStringLiteral("Grace")}).html
                          << Recap::emailText(stored, session.id, {QStringLiteral("Grace")});
        }
        documents << RelationshipSummary::build(stored, mentee, frozenNow()).html;
        QCOMPARE(documents.size(), 8 + (deleted == 1 || deleted == 9 ? 7 : 6) * 2 + 1);
        for (const QString &document : std::as_const(documents)) {
            for (const QRegularExpressionMatch &match : numbers.globalMatch(document))
                QVERIFY2(
                    match.captured(1).toInt() != deleted,
                    qPrintable(QStringLiteral("session %1 deleted, still named").arg(deleted)));
            QVERIFY2(!document.contains(goneLine), qPrintable(goneLine));
        }
    }
}

void TestVerbs::shouldNameTheMeetingThatFollowedInAnOlderRecap()
{
    const Repositories &stored = m_store->repositories();
    for (int sequence = 2; sequence <= 7; ++sequence) {
        // GIVEN an older held session WHEN its recap is read
        const QString recap = Recap::build(stored, m_sample.session(sequence).id, {}).html;
        const QString tail = recap.mid(recap.indexOf(QStringLiteral("Next meeting")));
        // THEN it names the meeting held or planned after it, not the latest planned one
        const auto next
            = Program::nextMeetingAfter(m_sample.history, m_sample.session(sequence).id);
        QVERIFY(next);
        QVERIFY(next->sequence > sequence && next->sequence <= sequence + 2);
        QVERIFY2(tail.contains(ReportContent::meetingLine(*next).toHtmlEscaped()),
                 qPrintable(tail.left(300)));
        QVERIFY(!tail.contains(ReportContent::meetingLine(m_sample.session(9)).toHtmlEscaped()));
    }
}

QTEST_GUILESS_MAIN(TestVerbs)
#include "tst_verbs.moc"
