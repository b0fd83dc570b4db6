// SPDX-License-Identifier: GPL-3.0-or-later
#include "recap.h"

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
    QString problemStatement;
    QList<Action> agreed;
    QList<Action> keySteps;
    QList<Action> stillOpen;
    QList<std::pair<Goal, GoalReview>> progress;
    std::optional<Session> next;
};

RecapContent gather(const Repositories &repositories, Id sessionId)
{
    RecapContent content;
    content.stored = repositories.sessions.get(sessionId);
    content.session = shareableContent(content.stored);
    content.mentee = repositories.mentees.get(content.session.menteeId);
    if (content.session.problemStatementId != 0) {
        if (const auto statement
            = repositories.problemStatements.find(content.session.problemStatementId))
            content.problemStatement = statement->text;
    }
    for (const Action &action : repositories.actions.where(
             QStringLiteral("session_id"), sessionId, QStringLiteral("due_on IS NULL, due_on, id")))
        content.agreed << action;
    const History history = History::load(repositories, content.session.menteeId);
    for (const Action &action : Program::openAfter(history, sessionId)) {
        if (action.sessionId != sessionId)
            content.stillOpen << action;
    }
    for (const GoalReview &review :
         repositories.goalReviews.where(QStringLiteral("session_id"), sessionId))
        content.progress << std::pair{repositories.goals.get(review.goalId), review};
    content.next = Program::nextMeetingAfter(history, sessionId);
    return content;
}

QString dateOf(const ShareableSession &session)
{
    return QLocale().toString(session.scheduledAt.toLocalTime().date(), QLocale::LongFormat);
}
} // namespace

QString Recap::emailSubject(const Repositories &repositories, Id sessionId)
{
    return tr("Recap of our session on %1")
        .arg(dateOf(shareableContent(repositories.sessions.get(sessionId))));
}

ReportDocument
Recap::build(const Repositories &repositories, Id sessionId, const QString &mentorName)
{
    const RecapContent content = gather(repositories, sessionId);
    const ShareableSession &session = content.session;

    ReportDocument document;
    document.kind = tr("Recap");
    document.person = content.mentee.name;
    document.title = tr("Recap – Session %1 – %2").arg(session.sequence).arg(content.mentee.name);

    HtmlBuilder html;
    QStringList facts = ReportContent::sessionFacts(content.stored);
    facts.removeAt(1); // the date is in the heading
    if (!mentorName.trimmed().isEmpty())
        facts << tr("Mentor: %1").arg(mentorName.trimmed());
    html.title(tr("Recap"), tr("Our session on %1").arg(dateOf(session)), facts);
    html.paragraph(tr("Dear %1,").arg(content.mentee.name));
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
    auto actionRows = [](const QList<Action> &actions) {
        QList<QStringList> rows;
        for (const Action &action : actions) {
            rows << QStringList{action.text,
                                label(action.owner),
                                action.withWhom,
                                ReportContent::dueText(action.dueOn)};
        }
        return rows;
    };
    const QStringList actionHeaders{tr("What"), tr("Who"), tr("With whom"), tr("By when")};
    if (content.agreed.isEmpty())
        html.note(tr("No new actions were agreed in this session."));
    else
        html.table(actionHeaders, actionRows(content.agreed), {52, 14, 18, 16});
    if (!content.stillOpen.isEmpty()) {
        html.subheading(tr("Still open from earlier sessions"));
        html.table(actionHeaders, actionRows(content.stillOpen), {52, 14, 18, 16});
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
    if (content.next)
        html.paragraph(ReportContent::meetingLine(*content.next));
    else
        html.note(tr("We will agree on the date."));
    if (!mentorName.trimmed().isEmpty())
        html.paragraph(tr("With best wishes,\n%1").arg(mentorName.trimmed()));

    document.html = html.html();
    return document;
}

QString Recap::emailText(const Repositories &repositories, Id sessionId, const QString &mentorName)
{
    const RecapContent content = gather(repositories, sessionId);
    const ShareableSession &session = content.session;
    QStringList text;
    auto section = [&text](const QString &heading, const QString &body) {
        if (!body.trimmed().isEmpty())
            text << heading + QLatin1Char('\n') + body.trimmed() + QLatin1Char('\n');
    };
    text << tr("Dear %1,").arg(content.mentee.name) + QLatin1Char('\n')
         << tr("thank you for our conversation on %1. Here is what we discussed and agreed; the "
               "recap is attached as a PDF.")
                    .arg(dateOf(session))
                + QLatin1Char('\n');
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
    QStringList actions;
    for (const Action &action : content.agreed) {
        QString line = QStringLiteral("- ") + action.text.simplified() + QStringLiteral(" (")
                       + label(action.owner);
        if (action.dueOn.isValid())
            line += QStringLiteral(", ") + tr("by %1").arg(ReportContent::dueText(action.dueOn));
        actions << line + QLatin1Char(')');
    }
    section(tr("Agreed actions"), actions.join(QLatin1Char('\n')));
    section(tr("By our next session"), session.hopedOutcome);
    section(tr("Next meeting"),
            content.next ? ReportContent::meetingLine(*content.next)
                         : tr("We will agree on the date."));
    if (!mentorName.trimmed().isEmpty())
        text << tr("With best wishes,\n%1").arg(mentorName.trimmed());
    return text.join(QLatin1Char('\n'));
}

} // namespace Mentorbook
