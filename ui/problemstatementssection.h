// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;
class QListView;

namespace Mentorbook {

class ProblemStatementModel;

/**
 * The mentee's problem statements that the focus narrows to, by rank: add, remove, rank
 * higher or lower, set a status, with a warning when more than three are active.
 */
class ProblemStatementsSection : public QGroupBox
{
    Q_OBJECT

public:
    explicit ProblemStatementsSection(ProblemStatementModel *statements, QWidget *parent = nullptr);

private:
    void addStatement();
    void moveStatement(int step);
    void updateStatementControls();

    ProblemStatementModel *m_statements;
    QListView *m_statementList;
    QLabel *m_tooMany;
    QComboBox *m_statementStatus;
};

} // namespace Mentorbook
