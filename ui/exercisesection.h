// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "formbinder.h"

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace Mentorbook {

class DateField;
class ProblemStatementModel;
class SessionTimelineModel;

/**
 * The homework card of an exercise: the problem statement it works on, what the mentee
 * will do, with whom, by when, and the if–then plan; key steps are added as actions.
 */
class ExerciseSection : public QGroupBox
{
    Q_OBJECT

public:
    ExerciseSection(SessionTimelineModel *model,
                    ProblemStatementModel *statements,
                    QWidget *parent = nullptr);

    /** Shows the session at index (of the timeline model), or clears the fields. */
    void setCurrentIndex(const QModelIndex &index) { m_binder.setCurrentIndex(index); }
    void submit() { m_binder.submit(); }
    /** Titles the card as this session's exercise, or as the next one. */
    void showSession(const Session &session);
    /**
     * Gives the card's labels their mnemonics, or takes them away while the card shares the
     * page with a debrief whose questions use the same letters.
     */
    void setMnemonicsShown(bool shown);

private:
    void fillStatements();
    void addKeyStep();
    void showKeySteps();

    SessionTimelineModel *m_model;
    ProblemStatementModel *m_statements;
    QComboBox *m_statement;
    DateField *m_byWhen;
    QLabel *m_keySteps = nullptr; ///< the actions agreed for the exercise at this session
    Id m_sessionId = 0;
    QList<std::pair<QWidget *, QString>> m_mnemonics;
    FormBinder m_binder;
};

} // namespace Mentorbook
