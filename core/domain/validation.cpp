// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include <QRegularExpression>

namespace Mentorbook {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Validation)
};
} // namespace

QString emailProblem(const QString &email)
{
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (email.isEmpty() || emailShape.match(email).hasMatch())
        return QString();
    return Messages::tr("\"%1\" is not an email address").arg(email.left(80));
}

void checkRules(const Mentee &mentee)
{
    if (const QString problem = emailProblem(mentee.email); !problem.isEmpty())
        throw ValidationError(QStringLiteral("email"), problem);
    if (mentee.startedOn.isValid() && mentee.intendedEndOn.isValid()
        && mentee.intendedEndOn < mentee.startedOn) {
        throw ValidationError(QStringLiteral("intended_end_on"),
                              Messages::tr("the intended end comes before the start"));
    }
}

void checkRules(const Attachment &) {}

void checkRules(const Goal &) {}

void checkRules(const GoalReview &) {}

void checkRules(const ProblemStatement &statement)
{
    if (statement.templateId != ProblemTemplate::Free
        && statement.text.contains(QStringLiteral("___"))) {
        throw ValidationError(QStringLiteral("text"),
                              Messages::tr("fill in every blank (___) of the template"));
    }
}

void checkRules(const Session &session)
{
    const bool exercisePlanned = !session.exerciseWhat.isEmpty()
                                 || !session.exerciseWithWhom.isEmpty()
                                 || session.exerciseByWhen.isValid();
    if (exercisePlanned && session.exerciseByWhen.isValid() && session.scheduledAt.isValid()
        && session.exerciseByWhen < session.scheduledAt.toUTC().date().addDays(-1)) {
        throw ValidationError(QStringLiteral("exercise_by_when"),
                              Messages::tr("the exercise is due before the session that set it"));
    }
    if (session.whyNotReason != WhyNotReason::None
        && session.debriefOutcome != DebriefOutcome::DidNotHappen) {
        throw ValidationError(
            QStringLiteral("why_not_reason"),
            Messages::tr("a reason is only recorded when the exercise did not happen"));
    }
}

void checkRules(const Action &) {}

void checkRules(const ActionReview &) {}

} // namespace Mentorbook
