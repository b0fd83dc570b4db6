// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "calendarservergroup.h"
#include "formwidgets.h"
#include "preferences.h"
#include "signaturefields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPageSize>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Mentorbook {

QList<std::pair<QString, QString>> PreferencesDialog::languages()
{
    QList<std::pair<QString, QString>> list;
    for (const char *code : {"en", "de", "es", "fr"}) {
        const QLocale locale(QString::fromLatin1(code));
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        list << std::pair{QString::fromLatin1(code), name};
    }
    return list;
}

PreferencesDialog::PreferencesDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_signature(std::make_unique<SignatureFields>(QStringLiteral("mentor"), this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_cadence(new QSpinBox(this))
    , m_database(new QLabel(QDir::toNativeSeparators(databasePath), this))
    , m_calendarServer(new CalendarServerGroup(this))
    , m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_signature->name()->setPlaceholderText(tr("Shown on recaps and in the PDF's author"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language())));

    m_paper->setObjectName(QStringLiteral("paper"));
    const QPageSize local(ReportOptions::paperSizeFor(QLocale()));
    m_paper->addItem(tr("As usual here (%1)").arg(local.name()),
                     int(Preferences::Paper::Automatic));
    m_paper->addItem(QPageSize(QPageSize::A4).name(), int(Preferences::Paper::A4));
    m_paper->addItem(QPageSize(QPageSize::Letter).name(), int(Preferences::Paper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(Preferences::paper())));

    m_minutes->setObjectName(QStringLiteral("sessionMinutes"));
    m_minutes->setRange(15, 240);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(Preferences::sessionMinutes());
    m_cadence->setObjectName(QStringLiteral("cadenceDays"));
    m_cadence->setRange(1, 90);
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setValue(Preferences::cadenceDays());

    auto *you = new QGroupBox(tr("You"), this);
    auto *youForm = new QFormLayout(you);
    m_signature->addRows(youForm);

    auto *appearance = new QGroupBox(tr("Language and paper"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(buddyLabel(tr("&Language:"), m_language, this), m_language);
    auto *restart = new QLabel(tr("A new language shows the next time Mentorbook starts."), this);
    restart->setWordWrap(true);
    restart->setForegroundRole(QPalette::PlaceholderText);
    appearanceForm->addRow(QString(), restart);
    appearanceForm->addRow(buddyLabel(tr("&Paper:"), m_paper, this), m_paper);

    auto *defaults = new QGroupBox(tr("New relationships"), this);
    auto *defaultsForm = new QFormLayout(defaults);
    defaultsForm->addRow(buddyLabel(tr("&Session length:"), m_minutes, this), m_minutes);
    defaultsForm->addRow(buddyLabel(tr("&Meet every:"), m_cadence, this), m_cadence);

    auto *reminders = new QGroupBox(tr("Reminders"), this);
    auto *remindersForm = new QFormLayout(reminders);
    m_reminder = new QComboBox(reminders);
    m_reminder->setObjectName(QStringLiteral("reminderMinutes"));
    m_reminder->addItem(tr("No reminders"), 0);
    m_reminder->addItem(tr("15 minutes before"), 15);
    m_reminder->addItem(tr("1 hour before"), 60);
    m_reminder->addItem(tr("1 day before"), 24 * 60);
    m_reminder->addItem(tr("2 days before"), 2 * 24 * 60);
    const int reminderMinutes = Preferences::reminderMinutes();
    if (m_reminder->findData(reminderMinutes) < 0) // chosen elsewhere: kept as it is
        m_reminder->addItem(tr("%1 min before").arg(reminderMinutes), reminderMinutes);
    m_reminder->setCurrentIndex(m_reminder->findData(reminderMinutes));
    remindersForm->addRow(buddyLabel(tr("&When to remind me:"), m_reminder, this), m_reminder);

    auto *storage = new QGroupBox(tr("Database"), this);
    auto *storageLayout = new QVBoxLayout(storage);
    m_database->setObjectName(QStringLiteral("databasePath"));
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setWordWrap(true);
    m_database->setAccessibleName(tr("Database file"));
    auto *open = new QPushButton(tr("&Open Another…"), this);
    open->setObjectName(QStringLiteral("openDatabase"));
    auto *move = new QPushButton(tr("Mo&ve…"), this);
    move->setObjectName(QStringLiteral("moveDatabase"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(move);
    buttons->addStretch();
    storageLayout->addWidget(m_database);
    storageLayout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &PreferencesDialog::openAnother);
    connect(move, &QPushButton::clicked, this, &PreferencesDialog::moveDatabase);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The dialog closes once the keyring has the password; a refusal shows in the group.
    connect(
        m_calendarServer, &CalendarServerGroup::passwordKept, this, [this] { QDialog::accept(); });

    // Two columns, so that the dialog fits a 1024×700 screen: what is about you and your
    // documents on the left, where the records and meetings go on the right.
    auto *left = new QVBoxLayout;
    left->addWidget(you);
    left->addWidget(appearance);
    left->addWidget(defaults);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(reminders);
    right->addWidget(storage);
    right->addWidget(m_calendarServer);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(box);
    // As tall as the wrapped notes need at the width they get (a top-level window is sized
    // without asking its layout's height for its width).
    adjustSize();
    resize(width(), std::max(height(), layout->totalHeightForWidth(width())));
    nameFieldsAfterLabels(this);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    if (!m_signature->save() || !m_calendarServer->save())
        return;
    Preferences::setLanguage(m_language->currentData().toString());
    Preferences::setPaper(Preferences::Paper(m_paper->currentData().toInt()));
    Preferences::setSessionMinutes(m_minutes->value());
    Preferences::setCadenceDays(m_cadence->value());
    Preferences::setReminderMinutes(m_reminder->currentData().toInt());
    if (m_calendarServer->isKeepingPassword())
        return;
    QDialog::accept();
}

void PreferencesDialog::openAnother()
{
    QFileDialog dialog(this, tr("Open Another Database"));
    dialog.setObjectName(QStringLiteral("openDatabaseDialog"));
    dialog.setNameFilter(tr("Mentorbook databases (*.sqlite)"));
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.setDirectory(QFileInfo(m_databasePath).absolutePath());
    // An existing database is opened; a new name starts an empty one.
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_chosen = dialog.selectedFiles().constFirst();
    m_change = DatabaseChange::Open;
    accept();
}

void PreferencesDialog::moveDatabase()
{
    QFileDialog dialog(this, tr("Move the Database"));
    dialog.setObjectName(QStringLiteral("moveDatabaseDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(tr("Mentorbook databases (*.sqlite)"));
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.selectFile(QFileInfo(m_databasePath).fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString target = dialog.selectedFiles().constFirst();
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath())
        return;
    if (QFileInfo::exists(target)) {
        QMessageBox::warning(this,
                             tr("Move the Database"),
                             tr("%1 exists already. Choose a new name; Mentorbook does not "
                                "overwrite a file.")
                                 .arg(QDir::toNativeSeparators(target)));
        return;
    }
    m_chosen = target;
    m_change = DatabaseChange::Move;
    accept();
}

} // namespace Mentorbook
