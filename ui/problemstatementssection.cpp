// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemstatementssection.h"

#include "formwidgets.h"
#include "model/problemstatementmodel.h"
#include "palette.h"
#include "problemstatementdialog.h"
#include "sessioneditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

ProblemStatementsSection::ProblemStatementsSection(ProblemStatementModel *statements,
                                                   QWidget *parent)
    : QGroupBox(SessionEditor::tr("Problem statements"), parent)
    , m_statements(statements)
{
    setObjectName(QStringLiteral("problemStatements"));
    auto *focusColumn = new QVBoxLayout(this);
    m_statementList = new QListView(this);
    m_statementList->setObjectName(QStringLiteral("problemStatementList"));
    m_statementList->setModel(statements);
    m_statementList->setModelColumn(ProblemStatementModel::TextColumn);
    m_statementList->setWordWrap(true);
    m_statementList->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_tooMany = new QLabel(
        SessionEditor::tr("More than three problem statements are active: narrow the focus to "
                          "2–3, and park the others."),
        this);
    m_tooMany->setObjectName(QStringLiteral("tooManyStatements"));
    m_tooMany->setWordWrap(true);
    QPalette warning = m_tooMany->palette();
    warning.setColor(QPalette::WindowText, warningColor(warning));
    m_tooMany->setPalette(warning);
    auto *addStatement = new QPushButton(SessionEditor::tr("Add…"), this);
    addStatement->setObjectName(QStringLiteral("addProblemStatement"));
    auto *removeStatement = new QPushButton(SessionEditor::tr("Remove"), this);
    removeStatement->setObjectName(QStringLiteral("removeProblemStatement"));
    m_statementStatus = enumComboBox<ProblemStatus>(this);
    m_statementStatus->setObjectName(QStringLiteral("problemStatementStatus"));
    auto *statementButtons = new QHBoxLayout;
    auto *up = new QPushButton(SessionEditor::tr("Up"), this);
    up->setObjectName(QStringLiteral("rankUp"));
    up->setToolTip(SessionEditor::tr("Rank the selected problem statement higher"));
    auto *down = new QPushButton(SessionEditor::tr("Down"), this);
    down->setObjectName(QStringLiteral("rankDown"));
    down->setToolTip(SessionEditor::tr("Rank the selected problem statement lower"));
    statementButtons->addWidget(addStatement);
    statementButtons->addWidget(removeStatement);
    statementButtons->addWidget(up);
    statementButtons->addWidget(down);
    connect(up, &QPushButton::clicked, this, [this] { moveStatement(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveStatement(+1); });
    statementButtons->addStretch();
    statementButtons->addWidget(m_statementStatus);
    focusColumn->addWidget(m_statementList);
    focusColumn->addWidget(m_tooMany);
    focusColumn->addLayout(statementButtons);
    connect(addStatement, &QPushButton::clicked, this, &ProblemStatementsSection::addStatement);
    connect(removeStatement, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_statementList->currentIndex();
        if (current.isValid())
            m_statements->store().erase<ProblemStatement>(
                m_statements->statementAt(current).id,
                SessionEditor::tr("Remove problem statement"));
    });
    connect(m_statementStatus, &QComboBox::activated, this, [this](int status) {
        const QModelIndex current = m_statementList->currentIndex();
        if (current.isValid())
            m_statements->setData(current.siblingAtColumn(ProblemStatementModel::StatusColumn),
                                  status);
    });
    connect(m_statementList->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ProblemStatementsSection::updateStatementControls);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(statements, signal, this, &ProblemStatementsSection::updateStatementControls);
    connect(statements,
            &QAbstractItemModel::modelReset,
            this,
            &ProblemStatementsSection::updateStatementControls);
    connect(statements,
            &QAbstractItemModel::dataChanged,
            this,
            &ProblemStatementsSection::updateStatementControls);
}

void ProblemStatementsSection::addStatement()
{
    if (m_statements->menteeId() <= 0)
        return;
    ProblemStatementDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ProblemStatement statement;
    statement.menteeId = m_statements->menteeId();
    statement.templateId = dialog.chosenTemplate();
    statement.text = dialog.text();
    int rank = 0;
    for (const ProblemStatement &other : m_statements->items())
        rank = std::max(rank, other.rank);
    statement.rank = std::min(rank + 1, 99);
    if (const Id id
        = m_statements->store().create(statement, SessionEditor::tr("Add problem statement")))
        m_statementList->setCurrentIndex(
            m_statements->indexOf(id, ProblemStatementModel::TextColumn));
}

void ProblemStatementsSection::moveStatement(int step)
{
    const QModelIndex current = m_statementList->currentIndex();
    const int other = current.row() + step;
    if (!current.isValid() || other < 0 || other >= m_statements->rowCount())
        return;
    // Ranks become 1, 2, 3… in the new order: one undo step.
    QList<ProblemStatement> order = m_statements->items();
    order.move(current.row(), other);
    const Id moved = order.at(other).id;
    QUndoStack *undo = m_statements->store().undoStack();
    undo->beginMacro(SessionEditor::tr("Rank problem statements"));
    for (int i = 0; i < order.size(); ++i) {
        ProblemStatement statement = order.at(i);
        if (statement.rank != i + 1) {
            statement.rank = std::min(i + 1, 99);
            m_statements->store().change(statement, SessionEditor::tr("Rank problem statement"));
        }
    }
    undo->endMacro();
    m_statementList->setCurrentIndex(
        m_statements->indexOf(moved, ProblemStatementModel::TextColumn));
}

void ProblemStatementsSection::updateStatementControls()
{
    int active = 0;
    for (const ProblemStatement &statement : m_statements->items())
        active += statement.status == ProblemStatus::Active;
    m_tooMany->setVisible(active > 3);
    const QModelIndex current = m_statementList->currentIndex();
    m_statementStatus->setEnabled(current.isValid());
    if (current.isValid())
        m_statementStatus->setCurrentIndex(int(m_statements->statementAt(current).status));
}

} // namespace Mentorbook
