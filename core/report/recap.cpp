// SPDX-License-Identifier: GPL-3.0-or-later
#include "recap.h"

#include "error.h"
#include "localeformat.h"
#include "program/rules.h"
#include "reportcontent.h"
#include "shareablesession.h"
#include "storage/repositories.h"

#include <QLocale>

namespace Mentorbook {

namespace {
/** Everything the recap says, gathered once for the PDF and the email. */
struct RecapContent
{
    Mentee mentee;
    ShareableSession session;
    Session stored;
    Program::FollowUp followUp = Program::FollowUp::Nothing;
    QString problemStatement;
    QList<Action> agreed;
    QList<Action> stillOpen;
    QList<std::pair<Goal, GoalReview>> progress;
    std::optional<Session> next;
};

RecapContent gather(const Repositories &repositories, Id sessionId)
{
    RecapContent content;
    content.stored = repositories.sessions.get(sessionId);
    const QString refused = Recap::refusal(content.stored);
    if (!refused.isEmpty())
        throw Error(refused);
    content.followUp = Program::followUpOf(content.stored);
    content.session = shareableContent(content.stored);
    content.mentee = repositories.mentees.get(content.session.menteeId);
    const History history = History::load(repositories, content.session.menteeId);
    content.next = Program::nextMeetingAfter(history, sessionId);
    if (content.followUp == Program::FollowUp::MissedNote) {
        // Nothing was discussed or agreed: what stays is what is still open.
        content.stillOpen = Program::openAfter(history, sessionId);
        return content;
    }
    if (content.session.problemStatementId != 0) {
        if (const auto statement
            = repositories.problemStatements.find(content.session.problemStatementId))
            content.problemStatement = statement->text;
    }
    for (const Action &action : repositories.actions.where(
             QStringLiteral("session_id"), sessionId, QStringLiteral("due_on IS NULL, due_on, id")))
        content.agreed << action;
    for (const Action &action : Program::openAfter(history, sessionId)) {
        if (action.sessionId != sessionId)
            content.stillOpen << action;
    }
    for (const GoalReview &review :
         repositories.goalReviews.where(QStringLiteral("session_id"), sessionId))
        content.progress << std::pair{repositories.goals.get(review.goalId), review};
    return content;
}

QString dateOf(const ShareableSession &session)
{
    return QLocale().toString(session.scheduledAt.toLocalTime().date(), QLocale::LongFormat);
}

/** The words of the recap, in the recap's translation context. */
class RecapWords
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Recap)

public:
    RecapWords(const RecapContent &content, const ReportOptions &author)
        : m_content(content)
        , m_author(author)
    {}

    QString greeting() const
    {
        return tr("Dear %1,").arg(ReportContent::addressedName(m_content.mentee));
    }

    /** Who does an action, by name: the mentee as the recap addresses them, or the mentor. */
    QString who(const Action &action) const
    {
        if (action.owner == ActionOwner::Mentee)
            return ReportContent::addressedName(m_content.mentee);
        const QString name = m_author.mentorName.trimmed();
        return name.isEmpty() ? tr("Your mentor") : name;
    }

    /** "With best wishes," over the mentor's name and email, or empty when neither is set. */
    QString signOff() const
    {
        QStringList lines;
        for (const QString &line :
             {m_author.mentorName.trimmed(), m_author.mentorEmail.trimmed()}) {
            if (!line.isEmpty())
                lines << line;
        }
        return lines.isEmpty() ? QString()
                               : tr("With best wishes,\n%1").arg(lines.join(QLatin1Char('\n')));
    }

    /** The note's first sentence: sorry that the meeting did not take place. */
    QString apology() const
    {
        const QString date = dateOf(m_content.session);
        return m_content.session.status == SessionStatus::Missed
                   ? tr("I am sorry that we missed each other for our session on %1.").arg(date)
                   : tr("I am sorry that we could not meet for our session on %1.").arg(date);
    }

    QString proposal() const
    {
        return m_content.next
                   ? tr("I propose that we meet again as below; please tell me if that does not "
                        "suit you.")
                   : tr("We have no new date yet; I will propose one soon.");
    }

    QString nextMeeting() const
    {
        return m_content.next ? ReportContent::meetingLine(*m_content.next)
                              : tr("No next meeting is planned yet; we will agree on a date.");
    }

    QList<QStringList> actionRows(const QList<Action> &actions) const
    {
        QList<QStringList> rows;
        for (const Action &action : actions) {
            rows << QStringList{
                action.text, who(action), action.withWhom, ReportContent::dueText(action.dueOn)};
        }
        return rows;
    }

    /** "- Ask Tom … (Priya, by 20/03/2026)", one line of the email. */
    QString actionLine(const Action &action) const
    {
        QString line
            = QStringLiteral("- ") + action.text.simplified() + QStringLiteral(" (") + who(action);
        if (action.dueOn.isValid())
            line += QStringLiteral(", ") + tr("by %1").arg(ReportContent::dueText(action.dueOn));
        return line + QLatin1Char(')');
    }

private:
    const RecapContent &m_content;
    const ReportOptions &m_author;
};
} // namespace

QString Recap::refusal(const Session &session)
{
    if (Program::followUpOf(session) != Program::FollowUp::Nothing)
        return {};
    if (session.stage == Stage::Prework)
        return tr("Session %1 is the pre-work, your own preparation before the first meeting: "
                  "there is no recap to send.")
            .arg(session.sequence);
    return tr("Session %1 is still planned, not held: its agenda is what to send before it. "
              "Record it as held to write its recap.")
        .arg(session.sequence);
}

QString Recap::emailSubject(const Repositories &repositories, Id sessionId)
{
    const Session stored = repositories.sessions.get(sessionId);
    const QString date = dateOf(shareableContent(stored));
    if (Program::followUpOf(stored) == Program::FollowUp::MissedNote)
        return tr("Our session on %1").arg(date);
    return tr("Recap of our session on %1").arg(date);
}

ReportDocument
Recap::build(const Repositories &repositories, Id sessionId, const ReportOptions &author)
{
    const RecapContent content = gather(repositories, sessionId);
    const ShareableSession &session = content.session;
    const RecapWords words(content, author);
    const QString mentorName = author.mentorName.trimmed();

    // After a meeting that did not take place the mentee gets a short note, not a recap.
    const bool note = content.followUp == Program::FollowUp::MissedNote;
    ReportDocument document;
    document.kind = note ? tr("Note", "sent after a meeting that did not take place") : tr("Recap");
    document.person = content.mentee.name;
    document.title = (note ? tr("Note – Session %1 – %2") : tr("Recap – Session %1 – %2"))
                         .arg(session.sequence)
                         .arg(content.mentee.name);

    HtmlBuilder html;
    QStringList facts = ReportContent::sessionFacts(content.stored);
    facts.removeAt(1); // the date is in the heading
    if (content.followUp == Program::FollowUp::MissedNote)
        facts.insert(1, label(session.status));
    if (!mentorName.isEmpty())
        facts << tr("Mentor: %1").arg(mentorName);
    html.title(document.kind, tr("Our session on %1").arg(dateOf(session)), facts);
    html.paragraph(words.greeting());
    const QStringList actionHeaders{tr("What"), tr("Who"), tr("With whom"), tr("By when")};
    const QList<int> actionWidths{52, 14, 18, 16};

    if (content.followUp == Program::FollowUp::MissedNote) {
        html.paragraph(words.apology());
        html.labelled(tr("Reason:"), session.statusReason);
        html.paragraph(words.proposal());
        if (content.next)
            html.labelled(tr("New date:"), words.nextMeeting());
        if (!content.stillOpen.isEmpty()) {
            html.heading(tr("Still open until we meet"));
            html.table(actionHeaders, words.actionRows(content.stillOpen), actionWidths);
        }
        html.paragraph(words.signOff());
        document.html = html.html();
        return document;
    }

    html.paragraph(tr("thank you for our conversation. Here is what we discussed and agreed, "
                      "to keep at hand until we meet again."));
    if (!session.notes.trimmed().isEmpty()) {
        html.heading(tr("What we discussed"));
        html.paragraph(session.notes);
    }
    if (!session.decisions.trimmed().isEmpty()) {
        html.heading(tr("Decisions"));
        html.paragraph(session.decisions);
    }
    if (session.debriefOutcome != DebriefOutcome::None) {
        html.heading(tr("How the exercise went"));
        html.labelled(tr("Outcome:"), label(session.debriefOutcome));
        if (session.debriefOutcome == DebriefOutcome::DidNotHappen
            && session.whyNotReason != WhyNotReason::None)
            html.labelled(tr("Why not:"), label(session.whyNotReason));
        html.labelled(tr("What went well:"), session.debriefWentWell);
        html.labelled(tr("For the future:"), session.debriefFuture);
        html.labelled(tr("What to try next:"), session.debriefTryNext);
        html.paragraph(session.debriefWhyNot);
    }
    if (!session.exerciseWhat.trimmed().isEmpty()) {
        html.heading(tr("Your exercise"));
        html.labelled(tr("Problem:"), content.problemStatement);
        html.labelled(tr("What:"), session.exerciseWhat);
        html.labelled(tr("With whom:"), session.exerciseWithWhom);
        html.labelled(tr("By when:"), ReportContent::dueText(session.exerciseByWhen));
        html.labelled(tr("If … then:"), session.exerciseIfThen);
    }

    html.heading(tr("Agreed actions"));
    if (content.agreed.isEmpty())
        html.note(tr("No new actions were agreed in this session."));
    else
        html.table(actionHeaders, words.actionRows(content.agreed), actionWidths);
    if (!content.stillOpen.isEmpty()) {
        html.subheading(tr("Still open from earlier sessions"));
        html.table(actionHeaders, words.actionRows(content.stillOpen), actionWidths);
    }

    if (!content.progress.isEmpty()) {
        html.heading(tr("Progress on your goals"));
        QList<QStringList> rows;
        for (const auto &[goal, review] : content.progress)
            rows << QStringList{goal.title, ReportContent::percent(review.progress), review.note};
        html.table({tr("Goal"), tr("Progress"), tr("Note")}, rows, {40, 14, 46});
    }
    if (!session.hopedOutcome.trimmed().isEmpty()) {
        html.heading(tr("By our next session"));
        html.paragraph(session.hopedOutcome);
    }
    html.heading(tr("Next meeting"));
    html.paragraph(words.nextMeeting());
    html.paragraph(words.signOff());

    document.html = html.html();
    return document;
}

namespace {
/** The email's parts in plain text: what emailText() and coveringNote() both say. */
class EmailText
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Recap)

public:
    EmailText(const RecapContent &content, const ReportOptions &author)
        : m_content(content)
        , m_words(content, author)
    {}

    QString greeting() const { return m_words.greeting() + QLatin1Char('\n'); }
    bool missed() const { return m_content.followUp == Program::FollowUp::MissedNote; }

    /** After a meeting that did not take place: the apology, the reason, the new date. */
    QString missedOpening(bool withReason, const QString &attached = {}) const
    {
        const ShareableSession &session = m_content.session;
        QStringList opening{m_words.apology()};
        if (!attached.isEmpty())
            opening << attached;
        if (withReason && !session.statusReason.trimmed().isEmpty())
            opening << tr("Reason: %1").arg(session.statusReason.simplified());
        opening << m_words.proposal();
        if (m_content.next)
            opening << tr("New date: %1").arg(m_words.nextMeeting());
        return opening.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    /**
     * Each under its heading: after a meeting held, what was discussed and agreed and the next
     * meeting; after one that did not take place, what is still open.
     */
    QStringList sections() const
    {
        const ShareableSession &session = m_content.session;
        QStringList text;
        auto section = [&text](const QString &heading, const QString &body) {
            if (!body.trimmed().isEmpty())
                text << heading + QLatin1Char('\n') + body.trimmed() + QLatin1Char('\n');
        };
        if (missed()) {
            section(tr("Still open until we meet"), actionLines(m_content.stillOpen));
            return text;
        }
        section(tr("What we discussed"), session.notes);
        section(tr("Decisions"), session.decisions);
        if (!session.exerciseWhat.trimmed().isEmpty()) {
            QStringList exercise{session.exerciseWhat.trimmed()};
            if (!session.exerciseWithWhom.trimmed().isEmpty())
                exercise << tr("With whom: %1").arg(session.exerciseWithWhom.trimmed());
            if (session.exerciseByWhen.isValid())
                exercise << tr("By when: %1").arg(ReportContent::dueText(session.exerciseByWhen));
            section(tr("Your exercise"), exercise.join(QLatin1Char('\n')));
        }
        section(tr("Agreed actions"), actionLines(m_content.agreed));
        section(tr("By our next session"), session.hopedOutcome);
        text << nextMeeting();
        return text;
    }

    QString nextMeeting() const
    {
        return tr("Next meeting") + QLatin1Char('\n') + m_words.nextMeeting() + QLatin1Char('\n');
    }

    /** The lines joined, the sign-off last. */
    QString finish(QStringList text) const
    {
        const QString signOff = m_words.signOff();
        if (!signOff.isEmpty())
            text << signOff;
        return text.join(QLatin1Char('\n')).trimmed();
    }

private:
    QString actionLines(const QList<Action> &actions) const
    {
        QStringList lines;
        for (const Action &action : actions)
            lines << m_words.actionLine(action);
        return lines.join(QLatin1Char('\n'));
    }

    const RecapContent &m_content;
    RecapWords m_words;
};

QString fullEmailText(const RecapContent &content, const EmailText &email)
{
    QStringList text{email.greeting()};
    if (email.missed()) {
        text << email.missedOpening(true);
    } else {
        text << EmailText::tr("thank you for our conversation on %1. Here is what we discussed "
                              "and agreed; the recap is attached as a PDF.")
                        .arg(dateOf(content.session))
                    + QLatin1Char('\n');
    }
    return email.finish(text << email.sections());
}
} // namespace

QString
Recap::emailText(const Repositories &repositories, Id sessionId, const ReportOptions &author)
{
    const RecapContent content = gather(repositories, sessionId);
    return fullEmailText(content, EmailText(content, author));
}

QString
Recap::coveringNote(const Repositories &repositories, Id sessionId, const ReportOptions &author)
{
    const RecapContent content = gather(repositories, sessionId);
    const EmailText email(content, author);
    const bool inFull = fullEmailText(content, email).size() <= fullTextInNoteLimit;
    const QString date = dateOf(content.session);
    QStringList text{email.greeting()};
    if (email.missed()) {
        text << email.missedOpening(inFull, tr("A note on it is attached as a PDF."));
        if (inFull)
            text << email.sections();
        return email.finish(text);
    }
    text << tr("thank you for our conversation. The recap of our session %1 on %2 is attached "
               "as a PDF.")
                    .arg(content.session.sequence)
                    .arg(date)
                + QLatin1Char('\n');
    if (inFull)
        text << email.sections();
    else
        text << email.nextMeeting();
    return email.finish(text);
}

} // namespace Mentorbook
