// SPDX-License-Identifier: GPL-3.0-or-later
#include "writer.h"

#include "domain/fieldtitles.h"

#include <QCoreApplication>

namespace Mentorbook {

namespace {
QString changedElsewhereMessage(const Change &change, const QString &refusedValue)
{
    const QString noun = singularNoun(tableName(change.table));
    const QString field = fieldTitle(change.fields.value(0));
    QString message = QCoreApplication::translate("Mentorbook::Writer",
                                                  "Not saved: “%1” of this %2 was changed in "
                                                  "another window or program after it was shown "
                                                  "here. It now shows what was saved there.")
                          .arg(field, noun);
    // What was typed is not lost: it is in the message, to enter again if it should win.
    constexpr int longest = 300;
    QString value = refusedValue.simplified();
    if (value.size() > longest)
        value = value.left(longest - 1) + QChar(0x2026);
    if (value.isEmpty())
        message += QLatin1Char(' ')
                   + QCoreApplication::translate("Mentorbook::Writer", "You had emptied it.");
    else
        message += QLatin1Char(' ')
                   + QCoreApplication::translate("Mentorbook::Writer", "You had entered: “%1”")
                         .arg(value);
    return message;
}
} // namespace

ChangedElsewhere::ChangedElsewhere(const Change &change, const QString &refusedValue)
    : Error(changedElsewhereMessage(change, refusedValue))
    , m_change(change)
{}

void Writer::takeDownDependents(const QString &table, Id id)
{
    takeDownIn<ActionReview>(table, id);
    takeDownIn<Action>(table, id);
    takeDownIn<GoalReview>(table, id);
    takeDownIn<Session>(table, id);
    takeDownIn<ProblemStatement>(table, id);
    takeDownIn<Goal>(table, id);
    takeDownIn<Attachment>(table, id);
}

void Writer::noteAdded(const History &history)
{
    forEachTable([&](auto tag) {
        using T = typename decltype(tag)::Type;
        for (const T &row : history.rows<T>())
            m_journal.added(row, history.menteeId);
    });
}

} // namespace Mentorbook
