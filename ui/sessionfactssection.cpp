// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionfactssection.h"

#include "datetimefield.h"
#include "formwidgets.h"
#include "model/sessiontimelinemodel.h"
#include "sessioneditor.h"

#include "edit/verbs.h"
#include "program/rules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace Mentorbook {

// The words are the session editor's (SessionEditor::tr), the context the translations hold.

SessionFactsSection::SessionFactsSection(SessionTimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    m_binder.setModel(model);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);

    const QString whenLabel = SessionEditor::tr("Whe&n:");
    auto *when = new DateTimeField(this);
    when->setObjectName(QStringLiteral("sessionWhen"));
    when->setAccessibleName(plainLabel(whenLabel));
    auto *duration = new QSpinBox(this);
    duration->setObjectName(QStringLiteral("sessionDuration"));
    duration->setRange(5, 480);
    duration->setSingleStep(15);
    duration->setSuffix(SessionEditor::tr(" min"));
    duration->setAccessibleName(SessionEditor::tr("Duration"));
    duration->setAccessibleDescription(SessionEditor::tr("How long the session lasts, in minutes"));
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(when, 1);
    scheduleRow->addWidget(duration);
    layout->addRow(buddyLabel(whenLabel, when, this), scheduleRow);

    auto *location = new QLineEdit(this);
    location->setObjectName(QStringLiteral("sessionLocation"));
    location->setPlaceholderText(SessionEditor::tr("A room, or a video-call link"));
    layout->addRow(SessionEditor::tr("Place or link:"), location);

    auto *stage = enumComboBox<Stage>(this);
    stage->setObjectName(QStringLiteral("sessionStage"));
    auto *status = enumComboBox<SessionStatus>(this);
    status->setObjectName(QStringLiteral("sessionStatus"));
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(stage, 1);
    auto *statusLabel = new QLabel(SessionEditor::tr("Stat&us:"), this);
    statusLabel->setBuddy(status);
    stageRow->addWidget(statusLabel);
    stageRow->addWidget(status, 1);
    m_reschedule = new QPushButton(SessionEditor::tr("Reschedule…"), this);
    m_reschedule->setObjectName(QStringLiteral("rescheduleSession"));
    m_reschedule->setToolTip(SessionEditor::tr(
        "Cancel this session, saying why, and plan a new one in its place one cadence on"));
    layout->addRow(buddyLabel(SessionEditor::tr("Stage:"), stage, this), stageRow);

    m_status = status;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("sessionStatusReason"));
    m_reason->setPlaceholderText(SessionEditor::tr("Why it did not take place"));
    m_reason->setToolTip(
        SessionEditor::tr("The note the mentee is sent for this session gives the reason."));
    m_reason->setAccessibleName(SessionEditor::tr("Reason"));
    m_reasonLabel = buddyLabel(SessionEditor::tr("Reason:"), m_reason, this);
    layout->addRow(m_reasonLabel, m_reason);
    connect(status, &QComboBox::activated, this, &SessionFactsSection::recordStatus);
    connect(m_reschedule, &QPushButton::clicked, this, &SessionFactsSection::reschedule);
    connect(model, &QAbstractItemModel::dataChanged, this, &SessionFactsSection::showStatus);

    m_binder.bind({{when, SessionTimelineModel::ScheduledAtColumn},
                   {duration, SessionTimelineModel::DurationColumn},
                   {location, SessionTimelineModel::LocationColumn},
                   {stage, SessionTimelineModel::StageColumn},
                   {m_reason, SessionTimelineModel::StatusReasonColumn}});
    showStatus();
}

void SessionFactsSection::setCurrentIndex(const QModelIndex &index)
{
    m_binder.setCurrentIndex(index);
    showStatus();
}

void SessionFactsSection::showStatus()
{
    const QModelIndex current = m_binder.currentIndex();
    const Session session = current.isValid() ? m_model->sessionAt(current) : Session();
    {
        const QSignalBlocker blocker(m_status);
        m_status->setCurrentIndex(int(session.status));
    }
    const bool notHeld
        = session.status == SessionStatus::Cancelled || session.status == SessionStatus::Missed;
    m_reason->setVisible(notHeld);
    m_reasonLabel->setVisible(notHeld);
    m_reschedule->setEnabled(current.isValid() && session.status != SessionStatus::Held);
}

void SessionFactsSection::recordStatus(int chosen)
{
    const QModelIndex current = m_binder.currentIndex();
    if (!current.isValid())
        return;
    m_binder.submit();
    const Session session = m_model->sessionAt(current);
    const auto status = SessionStatus(chosen);
    if (status == session.status)
        return;
    QString reason;
    if (status == SessionStatus::Held
        && Program::holdingNeedsConfirmation(session, m_model->now())) {
        QMessageBox question(
            QMessageBox::Question,
            SessionEditor::tr("Record as held"),
            SessionEditor::tr("Session %1 is planned for %2, which has not come yet.")
                .arg(session.sequence)
                .arg(QLocale().toString(session.scheduledAt.toLocalTime(), QLocale::LongFormat)),
            QMessageBox::Cancel,
            this);
        question.setObjectName(QStringLiteral("confirmHeldInFuture"));
        question.setInformativeText(SessionEditor::tr("Record it as held all the same?"));
        QPushButton *confirm
            = question.addButton(SessionEditor::tr("Record as held"), QMessageBox::AcceptRole);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != confirm) {
            showStatus();
            return;
        }
    } else if (status == SessionStatus::Cancelled || status == SessionStatus::Missed) {
        bool ok = false;
        reason = QInputDialog::getText(
            this,
            status == SessionStatus::Cancelled ? SessionEditor::tr("Cancel the session")
                                               : SessionEditor::tr("Record a missed session"),
            status == SessionStatus::Cancelled
                ? SessionEditor::tr("Why was session %1 cancelled?").arg(session.sequence)
                : SessionEditor::tr("Why was session %1 missed?").arg(session.sequence),
            QLineEdit::Normal,
            session.statusReason,
            &ok);
        if (!ok) {
            showStatus();
            return;
        }
    }
    Edit::setSessionStatus(m_model->store(), session.id, status, reason);
    showStatus();
}

void SessionFactsSection::reschedule()
{
    const QModelIndex current = m_binder.currentIndex();
    if (!current.isValid())
        return;
    m_binder.submit();
    const Session session = m_model->sessionAt(current);
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this,
        SessionEditor::tr("Reschedule"),
        SessionEditor::tr("Why is session %1 moved? It is recorded as cancelled, and a new "
                          "session is planned one cadence later; change its date as you need.")
            .arg(session.sequence),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok)
        return;
    if (const Id planned = Edit::reschedule(m_model->store(), session.id, reason))
        emit sessionPlanned(planned);
}

QList<QWidget *> SessionFactsSection::labels() const
{
    return formLabels(qobject_cast<QFormLayout *>(layout()));
}

} // namespace Mentorbook
