// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpanel.h"

#include "localeformat.h"
#include "model/goalmodel.h"
#include "model/menteelistmodel.h"
#include "model/sessiontimelinemodel.h"
#include "report/agenda.h"

#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Mentorbook {

namespace {
QString percent(double rate)
{
    return rate < 0 ? QStringLiteral("–")
                    : QLocale().toString(qRound(rate * 100)) + QLocale().percent();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 16px\">%1</td><td><b>%2</b></td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

OverviewPanel::OverviewPanel(MenteeListModel *mentees,
                             SessionTimelineModel *sessions,
                             GoalModel *goals,
                             QWidget *parent)
    : QWidget(parent)
    , m_mentees(mentees)
    , m_sessions(sessions)
    , m_goals(goals)
    , m_figures(new QLabel(this))
    , m_goalProgress(new QLabel(this))
    , m_prepare(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("overviewPanel"));
    m_figures->setObjectName(QStringLiteral("consistencyFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_goalProgress->setObjectName(QStringLiteral("goalProgress"));
    m_goalProgress->setTextFormat(Qt::RichText);
    m_goalProgress->setWordWrap(true);
    m_prepare->setObjectName(QStringLiteral("prepareView"));
    m_prepare->setAccessibleName(tr("Prepare for the next session"));

    auto *consistency = new QGroupBox(tr("Consistency"), this);
    (new QVBoxLayout(consistency))->addWidget(m_figures);
    auto *progress = new QGroupBox(tr("Goals"), this);
    (new QVBoxLayout(progress))->addWidget(m_goalProgress);
    auto *prepare = new QGroupBox(tr("Prepare for the next session"), this);
    (new QVBoxLayout(prepare))->addWidget(m_prepare);
    auto *top = new QHBoxLayout;
    top->addWidget(consistency, 1);
    top->addWidget(progress, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(prepare, 1);

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(mentees),
                                      static_cast<QAbstractItemModel *>(sessions),
                                      static_cast<QAbstractItemModel *>(goals)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &OverviewPanel::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &OverviewPanel::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OverviewPanel::refresh);
        connect(model, &QAbstractItemModel::modelReset, this, &OverviewPanel::refresh);
    }
}

void OverviewPanel::setMenteeId(Id menteeId)
{
    m_menteeId = menteeId;
    refresh();
}

QString OverviewPanel::figuresText() const
{
    return m_figures->text();
}

void OverviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        refresh();
}

void OverviewPanel::refresh()
{
    // Every saved edit ends here: while the tab is hidden, only remember to look again.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const QModelIndex index = m_mentees->indexOf(m_menteeId);
    if (!index.isValid()) {
        m_figures->clear();
        m_goalProgress->clear();
        m_prepare->clear();
        return;
    }
    const Mentee mentee = m_mentees->menteeAt(index);
    const RelationshipStatus status = m_mentees->statusOf(m_menteeId);
    const QLocale locale;
    QString figures = QStringLiteral("<table>");
    figures += row(tr("Sessions held"), locale.toString(status.heldSessions));
    figures += row(tr("Planned"), locale.toString(status.plannedSessions));
    figures += row(tr("Cancelled / missed"),
                   QStringLiteral("%1 / %2").arg(locale.toString(status.cancelledSessions),
                                                 locale.toString(status.missedSessions)));
    figures += row(tr("Attendance"), percent(status.attendanceRate));
    figures += row(tr("Average interval"),
                   status.averageIntervalDays < 0
                       ? QStringLiteral("–")
                       : tr("%1 days (agreed: every %2)")
                             .arg(locale.toString(status.averageIntervalDays, 'f', 1))
                             .arg(mentee.cadenceDays));
    figures += row(tr("Since the last meeting"),
                   status.daysSinceLastMeeting < 0
                       ? QStringLiteral("–")
                       : tr("%n day(s)", nullptr, status.daysSinceLastMeeting));
    figures += row(tr("Next meeting"),
                   status.meetingOverdue          ? tr("overdue")
                   : status.nextMeeting.isValid() ? meetingText(status.nextMeeting.toLocalTime())
                                                  : tr("not planned"));
    figures += row(tr("Actions done"),
                   tr("%1 of %2 (%3)")
                       .arg(status.doneActions)
                       .arg(status.doneActions + status.openActions)
                       .arg(percent(status.actionCompletionRate)));
    figures += row(tr("Overdue actions"), locale.toString(status.overdueActions));
    m_figures->setText(figures + QStringLiteral("</table>"));

    QString goals;
    for (const Goal &goal : m_goals->items()) {
        const QList<int> history = m_goals->progressHistory(goal.id);
        const QString progress = history.isEmpty()
                                     ? tr("not reviewed yet")
                                     : locale.toString(history.constLast()) + locale.percent();
        goals += QStringLiteral("<p><b>%1</b><br>%2 · %3</p>")
                     .arg(goal.title.toHtmlEscaped(),
                          label(goal.status).toHtmlEscaped(),
                          progress.toHtmlEscaped());
    }
    m_goalProgress->setText(goals.isEmpty() ? tr("No goals yet.") : goals);

    // Prepare: the agenda of the next planned session, or else of the latest one.
    Id next = m_sessions->nextSession();
    if (next == 0 && !m_sessions->items().isEmpty())
        next = m_sessions->items().constLast().id;
    try {
        HtmlBuilder::load(*m_prepare->document(),
                          next ? Agenda::build(m_mentees->store().repositories(), next).html
                               : QStringLiteral("<p>%1</p>")
                                     .arg(tr("Plan a session to prepare for it.").toHtmlEscaped()));
    } catch (const Error &error) {
        m_prepare->setPlainText(error.message());
    }
}

} // namespace Mentorbook
