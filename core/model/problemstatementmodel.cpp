// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemstatementmodel.h"

namespace Mentorbook {

ProblemStatementModel::ProblemStatementModel(Store &store, QObject *parent)
    : MenteeScopedModel<ProblemStatement>(store,
                                          {QStringLiteral("text"),
                                           QStringLiteral("template"),
                                           QStringLiteral("rank"),
                                           QStringLiteral("status"),
                                           QStringLiteral("goal_id")},
                                          parent)
{}

bool ProblemStatementModel::lessThan(const ProblemStatement &a, const ProblemStatement &b) const
{
    return a.rank != b.rank ? a.rank < b.rank : a.id < b.id;
}

QVariant ProblemStatementModel::roleData(const ProblemStatement &statement, int, int role) const
{
    switch (role) {
    case TemplateRole:
        return int(statement.templateId);
    case RankRole:
        return statement.rank;
    case StatusRole:
        return int(statement.status);
    case GoalIdRole:
        return statement.goalId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProblemStatementModel::extraRoleNames() const
{
    return {{TemplateRole, "template"},
            {RankRole, "rank"},
            {StatusRole, "status"},
            {GoalIdRole, "goalId"}};
}

} // namespace Mentorbook
