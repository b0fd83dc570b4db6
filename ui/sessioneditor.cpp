// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioneditor.h"

#include "choicedelegate.h"
#include "formwidgets.h"
#include "localeformat.h"
#include "model/carryovermodel.h"
#include "model/menteelistmodel.h"
#include "model/problemstatementmodel.h"
#include "model/sessiontimelinemodel.h"
#include "palette.h"
#include "problemstatementdialog.h"
#include "program/method.h"

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeView>

namespace Mentorbook {

SessionEditor::SessionEditor(SessionTimelineModel *model,
                             ProblemStatementModel *statements,
                             MenteeListModel *mentees,
                             QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_statements(statements)
    , m_mentees(mentees)
    , m_pages(new QStackedWidget(this))
    , m_heading(new QLabel(this))
    , m_delete(new QPushButton(tr("Delete session"), this))
{
    setObjectName(QStringLiteral("sessionEditor"));
    m_binder.setModel(model);

    auto *invitation
        = new QLabel(tr("Select a session in the timeline, or plan the next one."), m_pages);
    invitation->setAlignment(Qt::AlignCenter);
    invitation->setWordWrap(true);
    invitation->setForegroundRole(QPalette::PlaceholderText);

    // Sections come and go with the stage: they sit in a column, each with its own form, since
    // Qt 6.4's QFormLayout overruns its buffers in heightForWidth() when rows are hidden.
    auto *form = new QWidget;
    auto *column = new QVBoxLayout(form);
    auto *basics = new QWidget(form);
    auto *layout = new QFormLayout(basics);
    layout->setContentsMargins(0, 0, 0, 0);
    column->addWidget(basics);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_heading->setObjectName(QStringLiteral("sessionHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_delete->setObjectName(QStringLiteral("deleteSession"));
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_delete);
    layout->addRow(headingRow);

    auto *when = new QDateTimeEdit(form);
    when->setObjectName(QStringLiteral("sessionWhen"));
    when->setCalendarPopup(true);
    when->setDisplayFormat(shortDateTimeFormat());
    auto *duration = new QSpinBox(form);
    duration->setObjectName(QStringLiteral("sessionDuration"));
    duration->setRange(5, 480);
    duration->setSingleStep(15);
    duration->setSuffix(tr(" min"));
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(when, 1);
    scheduleRow->addWidget(duration);
    layout->addRow(buddyLabel(tr("&When:"), when, form), scheduleRow);

    auto *location = new QLineEdit(form);
    location->setObjectName(QStringLiteral("sessionLocation"));
    location->setPlaceholderText(tr("A room, or a video-call link"));
    layout->addRow(tr("&Place or link:"), location);

    auto *stage = enumComboBox<Stage>(form);
    stage->setObjectName(QStringLiteral("sessionStage"));
    auto *status = enumComboBox<SessionStatus>(form);
    status->setObjectName(QStringLiteral("sessionStatus"));
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(stage, 1);
    auto *statusLabel = new QLabel(tr("&Status:"), form);
    statusLabel->setBuddy(status);
    stageRow->addWidget(statusLabel);
    stageRow->addWidget(status, 1);
    layout->addRow(buddyLabel(tr("S&tage:"), stage, form), stageRow);

    // What the stage is for and what to ask in it, from the method.
    m_guide = new QLabel(form);
    m_guide->setObjectName(QStringLiteral("stageGuide"));
    m_guide->setWordWrap(true);
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setFrameShape(QFrame::StyledPanel);
    m_guide->setMargin(6);
    m_guide->setBackgroundRole(QPalette::AlternateBase);
    m_guide->setAutoFillBackground(true);
    m_guide->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addRow(tr("Ask:"), m_guide);

    auto *agenda = noteEdit(QStringLiteral("sessionAgenda"), 4, form);
    agenda->setPlaceholderText(tr("One topic a line"));
    layout->addRow(tr("&Agenda topics:"), agenda);
    auto *notes = noteEdit(QStringLiteral("sessionNotes"), 6, form);
    notes->setPlaceholderText(tr("What you discussed"));
    layout->addRow(tr("&Discussed:"), notes);
    auto *decisions = noteEdit(QStringLiteral("sessionDecisions"), 3, form);
    layout->addRow(tr("D&ecisions:"), decisions);
    auto *hoped = noteEdit(QStringLiteral("sessionHopedOutcome"), 3, form);
    hoped->setPlaceholderText(tr("What you both hope will be achieved by the next session"));
    layout->addRow(tr("&Hoped for by next time:"), hoped);

    auto *privateNotes = noteEdit(QStringLiteral("sessionPrivateNotes"), 3, form);
    privateNotes->setPlaceholderText(
        tr("Your own observations. Never printed in the mentee's recap."));
    QPalette privatePalette = privateNotes->palette();
    privatePalette.setColor(QPalette::Base, privatePalette.color(QPalette::AlternateBase));
    privateNotes->setPalette(privatePalette);
    auto *privateLabel = new QLabel(tr("&Private notes:"), form);
    privateLabel->setToolTip(
        tr("Only you see these notes; they are never part of what the mentee receives."));
    privateLabel->setBuddy(privateNotes);
    layout->addRow(privateLabel, privateNotes);

    // Introductions: what the mentee shares, written straight into the profile.
    m_profileBinder.setModel(mentees);
    m_introductions = new QGroupBox(tr("About the mentee"), form);
    m_introductions->setObjectName(QStringLiteral("introductions"));
    auto *introductions = new QFormLayout(m_introductions);
    introductions->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const std::initializer_list<std::tuple<const char *, QString, int>> profileFields{
        {"introBackground", tr("&Background:"), MenteeListModel::BackgroundColumn},
        {"introExpectations", tr("E&xpectations of me:"), MenteeListModel::ExpectationsColumn},
        {"introQualities", tr("Preferred &qualities:"), MenteeListModel::PreferredQualitiesColumn},
        {"introStrengths", tr("Strengths:"), MenteeListModel::StrengthsColumn},
        {"introDevelopment", tr("Development areas:"), MenteeListModel::DevelopmentAreasColumn}};
    for (const auto &[name, title, column] : profileFields) {
        auto *edit = noteEdit(QString::fromLatin1(name), 2, m_introductions);
        introductions->addRow(title, edit);
        m_profileBinder.bind(edit, column);
    }
    auto *goalsHint
        = new QLabel(tr("Record the goals the mentee shares on the Goals tab."), m_introductions);
    goalsHint->setForegroundRole(QPalette::PlaceholderText);
    introductions->addRow(goalsHint);
    column->addWidget(m_introductions);

    // The review of the actions agreed before: done, carried forward, renegotiated, dropped.
    m_carryOver = new CarryOverModel(model->store(), this);
    m_review = new QGroupBox(tr("Review of the actions agreed before"), form);
    m_review->setObjectName(QStringLiteral("actionReview"));
    auto *reviewColumn = new QVBoxLayout(m_review);
    m_reviewView = new QTreeView(m_review);
    m_reviewView->setObjectName(QStringLiteral("actionReviewView"));
    m_reviewView->setModel(m_carryOver);
    m_reviewView->setRootIsDecorated(false);
    m_reviewView->setAlternatingRowColors(true);
    m_reviewView->setItemDelegateForColumn(
        CarryOverModel::DecisionColumn,
        new ChoiceDelegate(CarryOverModel::decisionLabels(), m_reviewView));
    m_reviewView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_reviewView->header()->setStretchLastSection(false);
    m_reviewView->header()->setSectionResizeMode(CarryOverModel::ActionColumn,
                                                 QHeaderView::Stretch);
    for (int column : {CarryOverModel::OwnerColumn,
                       CarryOverModel::DueColumn,
                       CarryOverModel::CarriedColumn,
                       CarryOverModel::DecisionColumn}) {
        m_reviewView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_reviewView->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    reviewColumn->addWidget(m_reviewView);
    column->addWidget(m_review);
    connect(m_carryOver, &QAbstractItemModel::modelReset, this, &SessionEditor::updateSections);

    // The problem statements the focus narrows to.
    m_focus = new QGroupBox(tr("Problem statements"), form);
    m_focus->setObjectName(QStringLiteral("problemStatements"));
    auto *focusColumn = new QVBoxLayout(m_focus);
    m_statementList = new QListView(m_focus);
    m_statementList->setObjectName(QStringLiteral("problemStatementList"));
    m_statementList->setModel(statements);
    m_statementList->setModelColumn(ProblemStatementModel::TextColumn);
    m_statementList->setWordWrap(true);
    m_statementList->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_tooMany
        = new QLabel(tr("More than three problem statements are active: narrow the focus to 2–3, "
                        "and park the others."),
                     m_focus);
    m_tooMany->setObjectName(QStringLiteral("tooManyStatements"));
    m_tooMany->setWordWrap(true);
    QPalette warning = m_tooMany->palette();
    warning.setColor(QPalette::WindowText, warningColor(warning));
    m_tooMany->setPalette(warning);
    auto *addStatement = new QPushButton(tr("Add…"), m_focus);
    addStatement->setObjectName(QStringLiteral("addProblemStatement"));
    auto *removeStatement = new QPushButton(tr("Remove"), m_focus);
    removeStatement->setObjectName(QStringLiteral("removeProblemStatement"));
    m_statementStatus = enumComboBox<ProblemStatus>(m_focus);
    m_statementStatus->setObjectName(QStringLiteral("problemStatementStatus"));
    auto *statementButtons = new QHBoxLayout;
    auto *up = new QPushButton(tr("Up"), m_focus);
    up->setObjectName(QStringLiteral("rankUp"));
    up->setToolTip(tr("Rank the selected problem statement higher"));
    auto *down = new QPushButton(tr("Down"), m_focus);
    down->setObjectName(QStringLiteral("rankDown"));
    down->setToolTip(tr("Rank the selected problem statement lower"));
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
    column->addWidget(m_focus);
    connect(addStatement, &QPushButton::clicked, this, &SessionEditor::addStatement);
    connect(removeStatement, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_statementList->currentIndex();
        if (current.isValid())
            m_statements->store().erase<ProblemStatement>(m_statements->statementAt(current).id,
                                                          tr("Remove problem statement"));
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
            &SessionEditor::updateStatementControls);

    // The debrief of the exercise before.
    m_debrief = new QGroupBox(tr("Debrief"), form);
    m_debrief->setObjectName(QStringLiteral("debriefForm"));
    auto *debriefColumn = new QVBoxLayout(m_debrief);
    m_debriefed = new QLabel(m_debrief);
    m_debriefed->setObjectName(QStringLiteral("debriefedExercise"));
    m_debriefed->setWordWrap(true);
    m_debriefed->setTextFormat(Qt::PlainText);
    debriefColumn->addWidget(m_debriefed);
    auto formIn = [this](QWidget *parent, QVBoxLayout *into) {
        auto *box = new QWidget(parent);
        auto *boxLayout = new QFormLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        into->addWidget(box);
        return std::pair{box, boxLayout};
    };
    auto [outcomeBox, outcomeForm] = formIn(m_debrief, debriefColumn);
    Q_UNUSED(outcomeBox)
    auto *outcome = enumComboBox<DebriefOutcome>(m_debrief);
    outcome->setObjectName(QStringLiteral("debriefOutcome"));
    outcomeForm->addRow(tr("How did it &go?"), outcome);
    auto [wentWellBox, wentWellForm] = formIn(m_debrief, debriefColumn);
    auto *wentWell = noteEdit(QStringLiteral("debriefWentWell"), 2, wentWellBox);
    auto *future = noteEdit(QStringLiteral("debriefFuture"), 2, wentWellBox);
    wentWellForm->addRow(tr("What went &well?"), wentWell);
    wentWellForm->addRow(tr("What does it mean for the &future?"), future);
    auto [notWellBox, notWellForm] = formIn(m_debrief, debriefColumn);
    auto *tryNext = noteEdit(QStringLiteral("debriefTryNext"), 2, notWellBox);
    notWellForm->addRow(tr("What should be tried &next?"), tryNext);
    auto [notHappenedBox, notHappenedForm] = formIn(m_debrief, debriefColumn);
    auto *reason = enumComboBox<WhyNotReason>(notHappenedBox);
    reason->setObjectName(QStringLiteral("debriefReason"));
    auto *whyNot = noteEdit(QStringLiteral("debriefWhyNot"), 2, notHappenedBox);
    notHappenedForm->addRow(tr("&Reason:"), reason);
    notHappenedForm->addRow(tr("Why did it &not happen?"), whyNot);
    m_wentWell = wentWellBox;
    m_notWell = notWellBox;
    m_notHappened = notHappenedBox;
    column->addWidget(m_debrief);

    // The homework card of an exercise.
    m_exercise = new QGroupBox(tr("Exercise"), form);
    m_exercise->setObjectName(QStringLiteral("exerciseCard"));
    auto *exercise = new QFormLayout(m_exercise);
    exercise->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_statement = new QComboBox(m_exercise);
    m_statement->setObjectName(QStringLiteral("exerciseProblemStatement"));
    m_statement->setProperty(BindsItemData, true);
    m_statement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statement->setMinimumContentsLength(20);
    exercise->addRow(tr("Problem &statement:"), m_statement);
    auto *what = noteEdit(QStringLiteral("exerciseWhat"), 3, m_exercise);
    what->setPlaceholderText(tr("What will the mentee do? Help them picture it."));
    exercise->addRow(tr("&What:"), what);
    auto *withWhom = new QLineEdit(m_exercise);
    withWhom->setObjectName(QStringLiteral("exerciseWithWhom"));
    exercise->addRow(tr("With &whom:"), withWhom);
    auto *byWhen = new QDateEdit(m_exercise);
    byWhen->setObjectName(QStringLiteral("exerciseByWhen"));
    allowNoDate(byWhen);
    exercise->addRow(tr("&By when:"), byWhen);
    auto *ifThen = noteEdit(QStringLiteral("exerciseIfThen"), 2, m_exercise);
    ifThen->setPlaceholderText(tr("If the likely obstacle comes up, then the mentee will…"));
    exercise->addRow(tr("&If–then plan:"), ifThen);
    auto *keyStep = new QPushButton(tr("Add a key step…"), m_exercise);
    keyStep->setObjectName(QStringLiteral("addKeyStep"));
    keyStep->setToolTip(
        tr("A step the mentee takes before the next meeting: an action with a due date"));
    exercise->addRow(QString(), keyStep);
    connect(keyStep, &QPushButton::clicked, this, &SessionEditor::addKeyStep);
    column->addWidget(m_exercise);
    column->addStretch();

    m_binder.bind({{when, SessionTimelineModel::ScheduledAtColumn},
                   {duration, SessionTimelineModel::DurationColumn},
                   {location, SessionTimelineModel::LocationColumn},
                   {stage, SessionTimelineModel::StageColumn},
                   {status, SessionTimelineModel::StatusColumn},
                   {agenda, SessionTimelineModel::AgendaColumn},
                   {notes, SessionTimelineModel::NotesColumn},
                   {decisions, SessionTimelineModel::DecisionsColumn},
                   {hoped, SessionTimelineModel::HopedOutcomeColumn},
                   {privateNotes, SessionTimelineModel::PrivateNotesColumn},
                   {m_statement, SessionTimelineModel::ProblemStatementColumn},
                   {what, SessionTimelineModel::ExerciseWhatColumn},
                   {withWhom, SessionTimelineModel::ExerciseWithWhomColumn},
                   {byWhen, SessionTimelineModel::ExerciseByWhenColumn},
                   {ifThen, SessionTimelineModel::ExerciseIfThenColumn},
                   {outcome, SessionTimelineModel::DebriefOutcomeColumn},
                   {wentWell, SessionTimelineModel::DebriefWentWellColumn},
                   {future, SessionTimelineModel::DebriefFutureColumn},
                   {tryNext, SessionTimelineModel::DebriefTryNextColumn},
                   {reason, SessionTimelineModel::WhyNotReasonColumn},
                   {whyNot, SessionTimelineModel::DebriefWhyNotColumn}});

    QWidget *scroll = scrollableForm(form, m_pages);
    m_pages->addWidget(invitation);
    m_pages->addWidget(scroll);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_delete, &QPushButton::clicked, this, [this] {
        emit deleteRequested(m_binder.currentIndex());
    });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        updateHeading();
        updateSections();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(statements, signal, this, &SessionEditor::fillStatements);
    connect(statements, &QAbstractItemModel::modelReset, this, &SessionEditor::fillStatements);
    connect(statements, &QAbstractItemModel::dataChanged, this, &SessionEditor::fillStatements);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(statements, signal, this, &SessionEditor::updateStatementControls);
    connect(
        statements, &QAbstractItemModel::modelReset, this, &SessionEditor::updateStatementControls);
    connect(statements,
            &QAbstractItemModel::dataChanged,
            this,
            &SessionEditor::updateStatementControls);
    fillStatements();
    setCurrentIndex({});
}

void SessionEditor::setCurrentIndex(const QModelIndex &index)
{
    m_binder.setCurrentIndex(index);
    m_carryOver->setSessionId(index.isValid() ? m_model->sessionAt(index).id : 0);
    m_profileBinder.setCurrentIndex(
        index.isValid() ? m_mentees->indexOf(m_model->sessionAt(index).menteeId) : QModelIndex());
    m_pages->setCurrentIndex(index.isValid() ? 1 : 0);
    updateHeading();
    updateSections();
}

void SessionEditor::fillStatements()
{
    const QSignalBlocker blocker(m_statement);
    m_statement->clear();
    m_statement->addItem(tr("None"), qint64(0));
    for (const ProblemStatement &statement : m_statements->items())
        m_statement->addItem(statement.text, statement.id);
    const QModelIndex current = m_binder.currentIndex();
    if (current.isValid()) {
        const QVariant id = current.siblingAtColumn(SessionTimelineModel::ProblemStatementColumn)
                                .data(Qt::EditRole);
        m_statement->setCurrentIndex(std::max(0, m_statement->findData(id)));
    }
}

void SessionEditor::addStatement()
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
    if (const Id id = m_statements->store().create(statement, tr("Add problem statement")))
        m_statementList->setCurrentIndex(
            m_statements->indexOf(id, ProblemStatementModel::TextColumn));
}

void SessionEditor::addKeyStep()
{
    const QModelIndex current = m_binder.currentIndex();
    if (!current.isValid())
        return;
    m_binder.submit();
    const Session session = m_model->sessionAt(current);
    bool ok = false;
    const QString text
        = QInputDialog::getText(this,
                                tr("Key step"),
                                tr("What will the mentee do before the next meeting?"),
                                QLineEdit::Normal,
                                QString(),
                                &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    Action step;
    step.menteeId = session.menteeId;
    step.sessionId = session.id;
    step.problemStatementId = session.problemStatementId;
    step.text = text.trimmed();
    step.withWhom = session.exerciseWithWhom;
    step.dueOn = session.exerciseByWhen.isValid()
                     ? session.exerciseByWhen
                     : session.scheduledAt.toLocalTime().date().addDays(7);
    m_model->store().create(step, tr("Add key step"));
}

void SessionEditor::moveStatement(int step)
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
    undo->beginMacro(tr("Rank problem statements"));
    for (int i = 0; i < order.size(); ++i) {
        ProblemStatement statement = order.at(i);
        if (statement.rank != i + 1) {
            statement.rank = std::min(i + 1, 99);
            m_statements->store().change(statement, tr("Rank problem statement"));
        }
    }
    undo->endMacro();
    m_statementList->setCurrentIndex(
        m_statements->indexOf(moved, ProblemStatementModel::TextColumn));
}

void SessionEditor::updateStatementControls()
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

void SessionEditor::updateSections()
{
    const QModelIndex current = m_binder.currentIndex();
    if (!current.isValid())
        return;
    const Session session = m_model->sessionAt(current);
    const bool exercise = session.stage == Stage::Exercise || !session.exerciseWhat.isEmpty()
                          || session.problemStatementId > 0;
    const bool debrief
        = session.stage == Stage::Debrief || session.debriefOutcome != DebriefOutcome::None;
    m_exercise->setVisible(exercise);
    m_exercise->setTitle(session.stage == Stage::Exercise ? tr("Exercise") : tr("Next exercise"));
    m_debrief->setVisible(debrief);
    m_focus->setVisible(session.stage == Stage::Focus);
    m_introductions->setVisible(session.stage == Stage::Introductions);
    m_review->setVisible(session.stage != Stage::Prework && m_carryOver->rowCount() > 0);
    m_wentWell->setVisible(session.debriefOutcome == DebriefOutcome::WentWell);
    m_notWell->setVisible(session.debriefOutcome == DebriefOutcome::DidNotGoWell);
    m_notHappened->setVisible(session.debriefOutcome == DebriefOutcome::DidNotHappen);

    // The debrief opens with the plan of the exercise before it.
    QString plan = tr("No earlier exercise was planned to debrief.");
    for (const Session &earlier : m_model->items()) {
        if (earlier.sequence >= session.sequence || earlier.exerciseWhat.isEmpty())
            continue;
        QStringList parts{earlier.exerciseWhat.simplified()};
        if (!earlier.exerciseWithWhom.isEmpty())
            parts << tr("with %1").arg(earlier.exerciseWithWhom);
        if (earlier.exerciseByWhen.isValid())
            parts << tr("by %1").arg(
                QLocale().toString(earlier.exerciseByWhen, QLocale::ShortFormat));
        plan = tr("Exercise set at session %1: %2")
                   .arg(earlier.sequence)
                   .arg(parts.join(QStringLiteral(" · ")));
    }
    m_debriefed->setText(plan);

    const StageGuide guide = Method::guide(session.stage);
    QString prompts;
    for (const QString &prompt : guide.prompts + guide.growQuestions)
        prompts += QStringLiteral("<li>%1</li>").arg(prompt.toHtmlEscaped());
    m_guide->setText(QStringLiteral("<i>%1</i><ul style=\"margin-left: -20px\">%2</ul>")
                         .arg(guide.purpose.toHtmlEscaped(), prompts));
}

void SessionEditor::updateHeading()
{
    const QModelIndex index = m_binder.currentIndex();
    m_heading->setText(index.isValid() ? index.siblingAtColumn(0).data(Qt::DisplayRole).toString()
                                       : QString());
}

} // namespace Mentorbook
