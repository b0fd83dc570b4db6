// SPDX-License-Identifier: GPL-3.0-or-later
#include "fields.h"

#include "../interchange/tables.h"

#include <QLocale>
#include <QTimeZone>

namespace Mentorbook {

namespace {
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Validation)
};

const QString DateFormat = QStringLiteral("yyyy-MM-dd");
constexpr qint64 MaximumAttachmentBytes = 32 * 1024 * 1024;

QString quoted(const QString &text)
{
    const int shown = 40;
    const QString shortened = text.size() > shown ? text.left(shown) + QStringLiteral("…") : text;
    return QLatin1Char('"') + shortened + QLatin1Char('"');
}
} // namespace

namespace Canonical {

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(DateFormat)) : QVariant();
}

QDate toDate(const QString &field, const QVariant &value, bool required)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        if (required)
            throw ValidationError(field, Messages::tr("a date is required"));
        return {};
    }
    if (value.typeId() == QMetaType::QDate && value.toDate().isValid())
        return value.toDate();
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, DateFormat);
    if (!date.isValid() || text.size() != DateFormat.size())
        throw ValidationError(
            field, Messages::tr("%1 is not a date (expected YYYY-MM-DD)").arg(quoted(text)));
    return date;
}

QVariant fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(Qt::ISODate);
}

QDateTime toDateTime(const QString &field, const QVariant &value, bool required)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        if (required)
            throw ValidationError(field, Messages::tr("a date and time is required"));
        return {};
    }
    if (value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid())
        return value.toDateTime().toUTC();
    const QString text = value.toString();
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    // A time without an offset is ambiguous; the stored form is always UTC with "Z".
    const bool hasOffset = text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+'))
                           || text.lastIndexOf(QLatin1Char('-')) > 10;
    if (!dateTime.isValid() || !hasOffset || text.size() < 20) {
        throw ValidationError(
            field,
            Messages::tr("%1 is not a date and time (expected YYYY-MM-DDTHH:MM:SSZ)")
                .arg(quoted(text)));
    }
    dateTime = dateTime.toUTC();
    dateTime.setTime(
        QTime(dateTime.time().hour(), dateTime.time().minute(), dateTime.time().second()));
    return dateTime;
}

QString controlCharacterProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7F) {
            return Messages::tr("contains a control character (U+%1) at character %2; remove it")
                .arg(QStringLiteral("%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper())
                .arg(QLocale().toString(i + 1));
        }
    }
    return {};
}

QString toText(const QString &field, const QVariant &value, bool required)
{
    if (!value.isNull() && value.typeId() != QMetaType::QString)
        throw ValidationError(field, Messages::tr("expected text"));
    QString text = value.toString();
    // Line ends are not content: text pasted or imported from Windows keeps its lines.
    if (text.contains(QLatin1Char('\r')))
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (required && text.trimmed().isEmpty())
        throw ValidationError(field, Messages::tr("must not be empty"));
    if (text.size() > MaximumTextLength) {
        throw ValidationError(
            field,
            Messages::tr("is %1 characters long; the limit is %2")
                .arg(QLocale().toString(text.size()), QLocale().toString(MaximumTextLength)));
    }
    return text;
}

qint64 toInteger(const QString &field, const QVariant &value, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (value.isNull() || !ok || value.typeId() == QMetaType::QString)
        throw ValidationError(field, Messages::tr("expected a whole number"));
    if (number < minimum || number > maximum) {
        throw ValidationError(
            field,
            Messages::tr("%1 is outside %2–%3")
                .arg(QString::number(number), QString::number(minimum), QString::number(maximum)));
    }
    return number;
}

Id toReference(const QString &field, const QVariant &value, bool required)
{
    if (value.isNull()) {
        if (required)
            throw ValidationError(field, Messages::tr("is required"));
        return 0;
    }
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || value.typeId() == QMetaType::QString || id <= 0)
        throw ValidationError(field,
                              Messages::tr("expected the id of a row (a positive whole number)"));
    return id;
}

QByteArray toBlob(const QString &field, const QVariant &value, qint64 maximum)
{
    const QByteArray bytes = value.toByteArray();
    if (bytes.size() > maximum) {
        throw ValidationError(
            field,
            Messages::tr("is %1 bytes; the limit is %2")
                .arg(QLocale().toString(qint64(bytes.size())), QLocale().toString(maximum)));
    }
    return bytes;
}

QString unknownChoice(const QString &noun, const QString &key, const QStringList &choices)
{
    if (key.isEmpty())
        return Messages::tr("a %1 is required (one of %2)")
            .arg(noun, choices.join(QStringLiteral(", ")));
    return Messages::tr("unknown %1 %2 (expected one of %3)")
        .arg(noun, quoted(key), choices.join(QStringLiteral(", ")));
}

} // namespace Canonical

using namespace Fields;

template<>
const Table<Mentee> &tableOf<Mentee>()
{
    static const Table<Mentee> table{
        QStringLiteral("mentees"),
        {
            text("name", &Mentee::name, true),
            text("address_as", &Mentee::addressAs),
            text("email", &Mentee::email),
            text("role", &Mentee::role),
            text("organisation", &Mentee::organisation),
            text("background", &Mentee::background),
            text("expectations", &Mentee::expectations),
            text("preferred_qualities", &Mentee::preferredQualities),
            text("strengths", &Mentee::strengths),
            text("development_areas", &Mentee::developmentAreas),
            enumeration("preferred_style", &Mentee::preferredStyle),
            enumeration("status", &Mentee::status),
            date("started_on", &Mentee::startedOn),
            integer("cadence_days", &Mentee::cadenceDays, 1, 365),
            integer("session_minutes", &Mentee::sessionMinutes, 5, 480),
            text("channel", &Mentee::channel),
            text("confidentiality", &Mentee::confidentiality),
            date("intended_end_on", &Mentee::intendedEndOn),
        }};
    return table;
}

template<>
const Table<Attachment> &tableOf<Attachment>()
{
    static const Table<Attachment> table{
        QStringLiteral("attachments"),
        {
            reference("mentee_id", &Attachment::menteeId, "mentees", true),
            enumeration("kind", &Attachment::kind),
            text("file_name", &Attachment::fileName, true),
            text("mime_type", &Attachment::mimeType, true),
            blob("data", &Attachment::data, MaximumAttachmentBytes),
        }};
    return table;
}

template<>
const Table<Goal> &tableOf<Goal>()
{
    static const Table<Goal> table{QStringLiteral("goals"),
                                   {
                                       reference("mentee_id", &Goal::menteeId, "mentees", true),
                                       text("title", &Goal::title, true),
                                       text("specific", &Goal::specific),
                                       text("measurable", &Goal::measurable),
                                       text("achievable", &Goal::achievable),
                                       text("relevant", &Goal::relevant),
                                       date("time_bound_on", &Goal::timeBoundOn),
                                       text("measure", &Goal::measure),
                                       integer("priority", &Goal::priority, 1, 99),
                                       enumeration("status", &Goal::status),
                                   }};
    return table;
}

template<>
const Table<GoalReview> &tableOf<GoalReview>()
{
    static const Table<GoalReview> table{
        QStringLiteral("goal_reviews"),
        {
            reference("goal_id", &GoalReview::goalId, "goals", true),
            reference("session_id", &GoalReview::sessionId, "sessions", true),
            integer("progress", &GoalReview::progress, 0, 100),
            text("note", &GoalReview::note),
        }};
    return table;
}

template<>
const Table<ProblemStatement> &tableOf<ProblemStatement>()
{
    static const Table<ProblemStatement> table{
        QStringLiteral("problem_statements"),
        {
            reference("mentee_id", &ProblemStatement::menteeId, "mentees", true),
            reference("goal_id", &ProblemStatement::goalId, "goals", false),
            enumeration("template", &ProblemStatement::templateId),
            text("text", &ProblemStatement::text, true),
            integer("rank", &ProblemStatement::rank, 1, 99),
            enumeration("status", &ProblemStatement::status),
        }};
    return table;
}

template<>
const Table<Session> &tableOf<Session>()
{
    static const Table<Session> table{
        QStringLiteral("sessions"),
        {
            reference("mentee_id", &Session::menteeId, "mentees", true),
            integer("sequence", &Session::sequence, 1, 100000),
            dateTime("scheduled_at", &Session::scheduledAt, true),
            integer("duration_minutes", &Session::durationMinutes, 5, 480),
            text("location", &Session::location),
            enumeration("stage", &Session::stage),
            enumeration("status", &Session::status),
            text("agenda", &Session::agenda),
            text("notes", &Session::notes),
            text("decisions", &Session::decisions),
            mentorsOwn(text("private_notes", &Session::privateNotes)),
            text("hoped_outcome", &Session::hopedOutcome),
            enumeration("debrief_outcome", &Session::debriefOutcome),
            text("debrief_went_well", &Session::debriefWentWell),
            text("debrief_future", &Session::debriefFuture),
            text("debrief_try_next", &Session::debriefTryNext),
            enumeration("why_not_reason", &Session::whyNotReason),
            text("debrief_why_not", &Session::debriefWhyNot),
            text("status_reason", &Session::statusReason),
            reference(
                "problem_statement_id", &Session::problemStatementId, "problem_statements", false),
            text("exercise_what", &Session::exerciseWhat),
            text("exercise_with_whom", &Session::exerciseWithWhom),
            date("exercise_by_when", &Session::exerciseByWhen),
            text("exercise_if_then", &Session::exerciseIfThen),
            kept(text("calendar_uid", &Session::calendarUid)),
            kept(integer("calendar_sequence", &Session::calendarSequence, 0, 1000000000)),
        }};
    return table;
}

template<>
const Table<Action> &tableOf<Action>()
{
    static const Table<Action> table{
        QStringLiteral("actions"),
        {
            reference("mentee_id", &Action::menteeId, "mentees", true),
            reference("session_id", &Action::sessionId, "sessions", false),
            text("text", &Action::text, true),
            enumeration("owner", &Action::owner),
            text("with_whom", &Action::withWhom),
            date("due_on", &Action::dueOn),
            dateTime("done_at", &Action::doneAt),
            reference(
                "problem_statement_id", &Action::problemStatementId, "problem_statements", false),
        }};
    return table;
}

template<>
const Table<ActionReview> &tableOf<ActionReview>()
{
    static const Table<ActionReview> table{
        QStringLiteral("action_reviews"),
        {
            reference("action_id", &ActionReview::actionId, "actions", true),
            reference("session_id", &ActionReview::sessionId, "sessions", true),
            enumeration("decision", &ActionReview::decision),
            text("note", &ActionReview::note),
        }};
    return table;
}

QList<std::pair<QString, QString>> mentorsOwnFields()
{
    static const QList<std::pair<QString, QString>> fields = [] {
        QList<std::pair<QString, QString>> into;
        forEachTable([&into](auto tag) {
            using T = typename decltype(tag)::Type;
            for (const Field<T> &f : tableOf<T>().fields) {
                if (f.mentorsOwn)
                    into.append({tableOf<T>().name, f.name});
            }
        });
        return into;
    }();
    return fields;
}

bool isMentorsOwn(const QString &table, const QString &field)
{
    return mentorsOwnFields().contains(std::pair<QString, QString>(table, field));
}

} // namespace Mentorbook
