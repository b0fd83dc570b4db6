// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercisesection.h"

#include "edit/store.h"
#include "edit/verbs.h"
#include "localeformat.h"

#include "datefield.h"
#include "formwidgets.h"
#include "model/problemstatementmodel.h"
#include "model/sessiontimelinemodel.h"
#include "sessioneditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

ExerciseSection::ExerciseSection(SessionTimelineModel *model,
                                 ProblemStatementModel *statements,
                                 QWidget *parent)
    : QGroupBox(SessionEditor::tr("Exercise"), parent)
    , m_model(model)
    , m_statements(statements)
{
    m_binder.setModel(model);
    setObjectName(QStringLiteral("exerciseCard"));
    auto *exercise = new QFormLayout(this);
    exercise->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_statement = new QComboBox(this);
    m_statement->setObjectName(QStringLiteral("exerciseProblemStatement"));
    m_statement->setProperty(BindsItemData, true);
    m_statement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statement->setMinimumContentsLength(20);
    exercise->addRow(SessionEditor::tr("Prob&lem statement:"), m_statement);
    auto *what = noteEdit(QStringLiteral("exerciseWhat"), 3, this);
    what->setPlaceholderText(SessionEditor::tr("What will the mentee do? Help them picture it."));
    exercise->addRow(SessionEditor::tr("&What:"), what);
    auto *withWhom = new QLineEdit(this);
    withWhom->setObjectName(QStringLiteral("exerciseWithWhom"));
    exercise->addRow(SessionEditor::tr("With whom:"), withWhom);
    const QString byWhenLabel = SessionEditor::tr("B&y when:");
    m_byWhen = new DateField(this);
    m_byWhen->setObjectName(QStringLiteral("exerciseByWhen"));
    m_byWhen->setAccessibleName(plainLabel(byWhenLabel));
    exercise->addRow(byWhenLabel, m_byWhen);
    auto *ifThen = noteEdit(QStringLiteral("exerciseIfThen"), 2, this);
    ifThen->setPlaceholderText(
        SessionEditor::tr("If the likely obstacle comes up, then the mentee will…"));
    exercise->addRow(SessionEditor::tr("If–then plan:"), ifThen);
    auto *keyStep = new QPushButton(SessionEditor::tr("Add a &key step…"), this);
    keyStep->setObjectName(QStringLiteral("addKeyStep"));
    keyStep->setToolTip(SessionEditor::tr(
        "A step the mentee takes before the next meeting: an action with a due date"));
    m_keySteps = new QLabel(this);
    m_keySteps->setObjectName(QStringLiteral("exerciseKeySteps"));
    m_keySteps->setWordWrap(true);
    m_keySteps->setTextFormat(Qt::RichText);
    exercise->addRow(SessionEditor::tr("Key steps:"), m_keySteps);
    exercise->addRow(QString(), keyStep);
    connect(keyStep, &QPushButton::clicked, this, &ExerciseSection::addKeyStep);
    connect(&model->store(), &Store::changed, this, [this](const Change &change) {
        if (change.is(TableId::Actions))
            showKeySteps();
    });
    connect(&model->store(), &Store::relationshipReset, this, &ExerciseSection::showKeySteps);
    for (QWidget *field : {static_cast<QWidget *>(m_statement),
                           static_cast<QWidget *>(what),
                           static_cast<QWidget *>(m_byWhen)}) {
        auto *label = qobject_cast<QLabel *>(exercise->labelForField(field));
        m_mnemonics << std::pair{label, label->text()};
    }
    m_mnemonics << std::pair{keyStep, keyStep->text()};

    m_binder.bind({{m_statement, SessionTimelineModel::ProblemStatementColumn},
                   {what, SessionTimelineModel::ExerciseWhatColumn},
                   {withWhom, SessionTimelineModel::ExerciseWithWhomColumn},
                   {m_byWhen, SessionTimelineModel::ExerciseByWhenColumn},
                   {ifThen, SessionTimelineModel::ExerciseIfThenColumn}});

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(statements, signal, this, &ExerciseSection::fillStatements);
    connect(statements, &QAbstractItemModel::modelReset, this, &ExerciseSection::fillStatements);
    connect(statements, &QAbstractItemModel::dataChanged, this, &ExerciseSection::fillStatements);
    fillStatements();
}

void ExerciseSection::showSession(const Session &session)
{
    // An exercise is due after its session: the calendar of an empty date opens there.
    m_byWhen->setReferenceDate(session.scheduledAt.toLocalTime().date());
    m_sessionId = session.id;
    showKeySteps();
    setTitle(session.stage == Stage::Exercise ? SessionEditor::tr("Exercise")
                                              : SessionEditor::tr("Next exercise"));
}

void ExerciseSection::showKeySteps()
{
    // The steps are the actions agreed at this session, the soonest due first.
    QList<Action> steps;
    if (m_sessionId > 0)
        steps = m_model->store().repositories().actions.where(
            QStringLiteral("session_id"),
            m_sessionId,
            QStringLiteral("due_on IS NULL, due_on, id"));
    QStringList items;
    const QLocale locale;
    for (const Action &step : std::as_const(steps)) {
        QString item = step.text.toHtmlEscaped();
        if (step.dueOn.isValid())
            item += QStringLiteral(" <span style=\"color: %1\">")
                        .arg(m_keySteps->palette().color(QPalette::PlaceholderText).name())
                    + SessionEditor::tr("by %1").arg(shortDateText(step.dueOn)).toHtmlEscaped()
                    + QStringLiteral("</span>");
        if (step.isDone())
            item = QStringLiteral("<s>%1</s>").arg(item);
        items << QStringLiteral("• ") + item;
    }
    m_keySteps->setText(items.isEmpty()
                            ? SessionEditor::tr("None yet: add the steps the mentee takes before "
                                                "the next meeting.")
                                  .toHtmlEscaped()
                            : items.join(QStringLiteral("<br>")));
    m_keySteps->setAccessibleName(SessionEditor::tr("Key steps"));
}

void ExerciseSection::setMnemonicsShown(bool shown)
{
    for (const auto &[widget, text] : std::as_const(m_mnemonics)) {
        const QString shownText = shown ? text : withoutMnemonic(text);
        if (auto *label = qobject_cast<QLabel *>(widget))
            label->setText(shownText);
        else if (auto *button = qobject_cast<QPushButton *>(widget))
            button->setText(shownText);
    }
}

void ExerciseSection::fillStatements()
{
    const QSignalBlocker blocker(m_statement);
    m_statement->clear();
    m_statement->addItem(SessionEditor::tr("None"), qint64(0));
    for (const ProblemStatement &statement : m_statements->items())
        m_statement->addItem(statement.text, statement.id);
    const QModelIndex current = m_binder.currentIndex();
    if (current.isValid()) {
        const QVariant id = current.siblingAtColumn(SessionTimelineModel::ProblemStatementColumn)
                                .data(Qt::EditRole);
        m_statement->setCurrentIndex(std::max(0, m_statement->findData(id)));
    }
}

void ExerciseSection::addKeyStep()
{
    const QModelIndex current = m_binder.currentIndex();
    if (!current.isValid())
        return;
    m_binder.submit();
    const Session session = m_model->sessionAt(current);
    bool ok = false;
    const QString text = QInputDialog::getText(
        this,
        SessionEditor::tr("Key step"),
        SessionEditor::tr("What will the mentee do before the next meeting?"),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    Edit::addKeyStep(m_model->store(), session.id, text);
}

} // namespace Mentorbook
