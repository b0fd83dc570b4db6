// SPDX-License-Identifier: GPL-3.0-or-later
#include "goaleditor.h"

#include "edit/verbs.h"

#include "datefield.h"
#include "formwidgets.h"
#include "model/goalmodel.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>

namespace Mentorbook {

GoalEditor::GoalEditor(GoalModel *goals, GoalReviewModel *reviews, QWidget *parent)
    : QWidget(parent)
    , m_goals(goals)
    , m_reviews(reviews)
    , m_list(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_reviewView(new QTreeView(this))
    , m_history(new ProgressHistory(this))
    , m_progress(new QSpinBox(this))
    , m_review(new QPushButton(this))
    , m_delete(new QPushButton(tr("Delete goal"), this))
{
    setObjectName(QStringLiteral("goalEditor"));
    m_binder.setModel(goals);

    m_list->setObjectName(QStringLiteral("goalList"));
    m_list->setModel(goals);
    m_list->setModelColumn(GoalModel::TitleColumn);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Goals"));
    auto *add = new QPushButton(tr("Add goal"), this);
    add->setObjectName(QStringLiteral("addGoal"));
    m_delete->setObjectName(QStringLiteral("deleteGoal"));
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    listLayout->addLayout(listButtons);

    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *title = new QLineEdit(form);
    title->setObjectName(QStringLiteral("goalTitle"));
    layout->addRow(tr("Goa&l:"), title);
    auto *specific = noteEdit(QStringLiteral("goalSpecific"), 2, form);
    specific->setPlaceholderText(tr("What exactly will be achieved?"));
    layout->addRow(tr("Spe&cific:"), specific);
    auto *measurable = noteEdit(QStringLiteral("goalMeasurable"), 2, form);
    measurable->setPlaceholderText(tr("How will you both know it is achieved?"));
    measurable->setToolTip(tr("The evidence that the goal is reached, once: what you will both "
                              "see when it is done"));
    layout->addRow(tr("Measura&ble:"), measurable);
    auto *achievable = noteEdit(QStringLiteral("goalAchievable"), 2, form);
    achievable->setPlaceholderText(tr("Why is it within reach?"));
    layout->addRow(tr("Ach&ievable:"), achievable);
    auto *relevant = noteEdit(QStringLiteral("goalRelevant"), 2, form);
    relevant->setPlaceholderText(tr("Why does it matter now?"));
    layout->addRow(tr("&Relevant:"), relevant);
    const QString timeBoundLabel = tr("&Time-bound:");
    auto *timeBound = new DateField(form);
    timeBound->setObjectName(QStringLiteral("goalTimeBound"));
    timeBound->setAccessibleName(plainLabel(timeBoundLabel));
    layout->addRow(timeBoundLabel, timeBound);
    auto *measure = new QLineEdit(form);
    measure->setObjectName(QStringLiteral("goalMeasure"));
    measure->setPlaceholderText(
        tr("What is counted at each review, e.g. feedback talks held of six"));
    measure->setToolTip(tr("What you look at session by session on the way there; the progress "
                           "recorded at each review is measured against it"));
    layout->addRow(tr("Meas&ure of progress:"), measure);
    auto *priority = new QSpinBox(form);
    priority->setObjectName(QStringLiteral("goalPriority"));
    priority->setRange(1, 99);
    priority->setToolTip(tr("1 is the most important"));
    auto *status = enumComboBox<GoalStatus>(form);
    status->setObjectName(QStringLiteral("goalStatus"));
    auto *row = new QHBoxLayout;
    row->addWidget(priority);
    auto *statusLabel = new QLabel(tr("Status:"), form);
    statusLabel->setBuddy(status);
    row->addWidget(statusLabel);
    row->addWidget(status, 1);
    layout->addRow(buddyLabel(tr("Priorit&y:"), priority, form), row);

    m_binder.bind({{title, GoalModel::TitleColumn},
                   {specific, GoalModel::SpecificColumn},
                   {measurable, GoalModel::MeasurableColumn},
                   {achievable, GoalModel::AchievableColumn},
                   {relevant, GoalModel::RelevantColumn},
                   {timeBound, GoalModel::TimeBoundOnColumn},
                   {measure, GoalModel::MeasureColumn},
                   {priority, GoalModel::PriorityColumn},
                   {status, GoalModel::StatusColumn}});

    m_history->setObjectName(QStringLiteral("goalProgressHistory"));
    m_history->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    layout->addRow(tr("Progress:"), m_history);
    m_reviewView->setObjectName(QStringLiteral("goalReviews"));
    m_reviewView->setModel(reviews);
    m_reviewView->setRootIsDecorated(false);
    m_reviewView->setAlternatingRowColors(true);
    m_reviewView->header()->setStretchLastSection(true);
    m_reviewView->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    layout->addRow(tr("Reviews:"), m_reviewView);
    m_reviewView->setAccessibleName(tr("Reviews"));
    m_history->setAccessibleName(tr("Progress"));
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QLocale().percent());
    m_progress->setAccessibleName(tr("Progress to record"));
    m_progress->setAccessibleDescription(
        tr("The goal's progress at the session selected in the timeline, in per cent"));
    m_review->setObjectName(QStringLiteral("reviewGoal"));
    auto *reviewRow = new QHBoxLayout;
    reviewRow->addWidget(m_progress);
    reviewRow->addWidget(m_review);
    reviewRow->addStretch();
    layout->addRow(QString(), reviewRow);

    QWidget *scroll = scrollableForm(form, m_pages);
    auto *invitation
        = new QLabel(tr("Goals set the focus of the relationship. Add one in SMART form: "
                        "specific, measurable, achievable, relevant and time-bound."),
                     m_pages);
    invitation->setWordWrap(true);
    invitation->setAlignment(Qt::AlignCenter);
    invitation->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(invitation);
    m_pages->addWidget(scroll);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("goalSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({fontMetrics().lineSpacing() * 6, fontMetrics().lineSpacing() * 30});
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);
    // Reading order: the list and its Add, the form, the reviews; Delete goal last.
    chainTabOrder({m_list,
                   add,
                   title,
                   specific,
                   measurable,
                   achievable,
                   relevant,
                   timeBound,
                   measure,
                   priority,
                   status,
                   m_reviewView,
                   m_progress,
                   m_review,
                   m_delete});

    connect(add, &QPushButton::clicked, this, &GoalEditor::addGoal);
    connect(m_delete, &QPushButton::clicked, this, &GoalEditor::deleteGoal);
    connect(m_review, &QPushButton::clicked, this, &GoalEditor::reviewGoal);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) { showGoal(current); });
    connect(goals, &QAbstractItemModel::modelReset, this, [this] { showGoal({}); });
    connect(goals, &QAbstractItemModel::dataChanged, this, [this] {
        const QModelIndex current = m_binder.currentIndex();
        if (current.isValid())
            m_history->setValues(m_goals->progressHistory(m_goals->goalAt(current).id));
    });
    connect(reviews, &QAbstractItemModel::rowsInserted, this, &GoalEditor::updateButtons);
    connect(reviews, &QAbstractItemModel::rowsRemoved, this, &GoalEditor::updateButtons);
    showGoal({});
}

void GoalEditor::setCurrentSession(Id sessionId, int sequence)
{
    m_sessionId = sessionId;
    m_review->setText(sequence > 0 ? tr("Record at session %1").arg(sequence)
                                   : tr("Record progress"));
    updateButtons();
}

void GoalEditor::showGoal(const QModelIndex &index)
{
    m_binder.setCurrentIndex(index);
    m_pages->setCurrentIndex(index.isValid() ? 1 : 0);
    const Id goalId = index.isValid() ? m_goals->goalAt(index).id : 0;
    m_reviews->setGoalId(goalId);
    m_history->setValues(m_goals->progressHistory(goalId));
    updateButtons();
}

void GoalEditor::updateButtons()
{
    const bool goal = m_binder.currentIndex().isValid();
    m_delete->setEnabled(goal);
    bool reviewed = false;
    for (const GoalReview &review : m_reviews->items())
        reviewed = reviewed || review.sessionId == m_sessionId;
    m_review->setEnabled(goal && m_sessionId > 0 && !reviewed);
    m_review->setToolTip(
        reviewed
            ? tr("This goal was already reviewed at the selected session; edit the review below.")
            : tr("Record the goal's progress at the session selected in the timeline"));
    if (goal && !m_reviews->items().isEmpty())
        m_progress->setValue(m_reviews->items().constLast().progress);
}

void GoalEditor::addGoal()
{
    const Id id = Edit::addGoal(m_goals->store(), m_goals->menteeId());
    if (id == 0)
        return;
    m_list->setCurrentIndex(m_goals->indexOf(id));
    if (auto *title = findChild<QLineEdit *>(QStringLiteral("goalTitle"))) {
        title->setFocus();
        title->selectAll();
    }
}

void GoalEditor::deleteGoal()
{
    const QModelIndex current = m_binder.currentIndex();
    if (current.isValid())
        Edit::deleteGoal(m_goals->store(), m_goals->goalAt(current).id);
}

void GoalEditor::reviewGoal()
{
    const QModelIndex current = m_binder.currentIndex();
    if (!current.isValid() || m_sessionId <= 0)
        return;
    Edit::recordGoalProgress(
        m_goals->store(), m_goals->goalAt(current).id, m_sessionId, m_progress->value());
}

void ProgressHistory::setValues(const QList<int> &values)
{
    m_values = values;
    setToolTip(values.isEmpty() ? tr("Not reviewed yet")
                                : tr("Progress at each review: %1").arg([&] {
                                      QStringList texts;
                                      for (int value : values)
                                          texts << QLocale().toString(value) + QLocale().percent();
                                      return texts.join(QStringLiteral(" → "));
                                  }()));
    update();
}

QSize ProgressHistory::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().lineSpacing() * 3};
}

void ProgressHistory::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(
        4, 6, -4 - fontMetrics().horizontalAdvance(QStringLiteral("100%")), -6);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(area.topLeft(), area.topRight());
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("Not reviewed yet"));
        return;
    }
    const qreal step = m_values.size() > 1 ? area.width() / (m_values.size() - 1) : 0;
    QPainterPath line;
    QList<QPointF> points;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF point(area.left() + (m_values.size() > 1 ? i * step : area.width() / 2),
                            area.bottom() - area.height() * m_values.at(i) / 100.0);
        points << point;
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    const QColor accent = palette().color(QPalette::Highlight);
    painter.setPen(QPen(accent, 2));
    painter.drawPath(line);
    painter.setBrush(accent);
    for (const QPointF &point : points)
        painter.drawEllipse(point, 3, 3);
    painter.setPen(palette().color(QPalette::Text));
    const QString last = QLocale().toString(m_values.constLast()) + QLocale().percent();
    painter.drawText(QRectF(area.right() + 6,
                            points.constLast().y() - fontMetrics().height() / 2.0,
                            fontMetrics().horizontalAdvance(last) + 2,
                            fontMetrics().height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     last);
}

} // namespace Mentorbook
