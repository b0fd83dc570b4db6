// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Mentorbook {

class CalendarServerGroup;
class SignatureFields;

/**
 * Preferences: who the mentor is (for the documents' headers and PDF metadata), the
 * language, the paper, the defaults of a new relationship, how early reminders come,
 * where the database lives, with "open another database" and "move", and the calendar server
 * sessions are published to.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /** What the mentor asked of the database when the dialog closed. */
    enum class DatabaseChange { None, Open, Move };

    PreferencesDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    DatabaseChange databaseChange() const { return m_change; }
    /** The database to open or to move to. */
    QString chosenDatabase() const { return m_chosen; }

    /** The languages with a translation, as codes ("de") with their own names. */
    static QList<std::pair<QString, QString>> languages();

    void accept() override;

private:
    void openAnother();
    void moveDatabase();

    std::unique_ptr<SignatureFields> m_signature;
    QComboBox *m_language;
    QComboBox *m_paper;
    QSpinBox *m_minutes;
    QSpinBox *m_cadence;
    QComboBox *m_reminder = nullptr;
    QLabel *m_database;
    CalendarServerGroup *m_calendarServer;
    QString m_databasePath;
    DatabaseChange m_change = DatabaseChange::None;
    QString m_chosen;
};

} // namespace Mentorbook
