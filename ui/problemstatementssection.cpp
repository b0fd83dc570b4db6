// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemstatementssection.h"

#include "edit/verbs.h"

#include "formwidgets.h"
#include "model/problemstatementmodel.h"
#include "palette.h"
#include "problemstatementdelegate.h"
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
    m_statementList->setItemDelegate(new ProblemStatementDelegate(m_statementList));
    m_statementList->setWordWrap(true);
    m_statementList->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_statementList->setAccessibleName(SessionEditor::tr("Problem statements"));
    m_statementList->setAccessibleDescription(
        SessionEditor::tr("The mentee's problem statements, the most important first"));
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
    m_statementStatus->setAccessibleName(SessionEditor::tr("Status of the problem statement"));
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
    // Reading order, Remove last.
    chainTabOrder({m_statementList, addStatement, up, down, m_statementStatus, removeStatement});
    connect(addStatement, &QPushButton::clicked, this, &ProblemStatementsSection::addStatement);
    connect(removeStatement, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_statementList->currentIndex();
        if (current.isValid())
            Edit::deleteProblemStatement(m_statements->store(),
                                         m_statements->statementAt(current).id);
    });
    connect(m_statementStatus, &QComboBox::activated, this, [this](int status) {
        const QModelIndex current = m_statementList->currentIndex();
        if (current.isValid())
            Edit::setProblemStatus(m_statements->store(),
                                   m_statements->statementAt(current).id,
                                   ProblemStatus(status));
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
    if (const Id id = Edit::addProblemStatement(m_statements->store(),
                                                m_statements->menteeId(),
                                                dialog.chosenTemplate(),
                                                dialog.text()))
        m_statementList->setCurrentIndex(
            m_statements->indexOf(id, ProblemStatementModel::TextColumn));
}

void ProblemStatementsSection::moveStatement(int step)
{
    const QModelIndex current = m_statementList->currentIndex();
    if (!current.isValid())
        return;
    const Id moved = m_statements->statementAt(current).id;
    Edit::moveProblemStatement(m_statements->store(), moved, step);
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
