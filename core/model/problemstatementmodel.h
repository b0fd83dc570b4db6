// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "menteescopedmodel.h"

namespace Mentorbook {

/** One mentee's problem statements, by rank. */
class ProblemStatementModel : public MenteeScopedModel<ProblemStatement>
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, TemplateRole, RankRole, StatusRole, GoalIdRole };
    Q_ENUM(Role)
    enum Column { TextColumn, TemplateColumn, RankColumn, StatusColumn, GoalColumn };
    Q_ENUM(Column)

    explicit ProblemStatementModel(Store &store, QObject *parent = nullptr);

    ProblemStatement statementAt(const QModelIndex &index) const { return itemAt(index); }

protected:
    bool lessThan(const ProblemStatement &a, const ProblemStatement &b) const override;
    QVariant roleData(const ProblemStatement &statement, int column, int role) const override;
    QHash<int, QByteArray> extraRoleNames() const override;
    QList<int> computedRoles() const override
    {
        return {TemplateRole, RankRole, StatusRole, GoalIdRole};
    }
};

} // namespace Mentorbook
