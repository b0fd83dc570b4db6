// SPDX-License-Identifier: GPL-3.0-or-later
#include "profileeditor.h"

#include "edit/verbs.h"

#include "datefield.h"
#include "desktoplauncher.h"
#include "formwidgets.h"
#include "model/attachmentmodel.h"
#include "model/menteelistmodel.h"
#include "report/reportcontent.h"
#include "savefile.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>

namespace Mentorbook {

AttachmentKind guessAttachmentKind(const QString &fileName)
{
    const QString name = QFileInfo(fileName).completeBaseName().toLower();
    for (const char *word : {"resume", "résumé", "cv", "curriculum", "lebenslauf"}) {
        if (name.contains(QString::fromUtf8(word)))
            return AttachmentKind::Resume;
    }
    for (const char *word : {"job", "description", "role", "position", "jd"}) {
        if (name.contains(QString::fromUtf8(word)))
            return AttachmentKind::JobDescription;
    }
    return AttachmentKind::Other;
}

ProfileEditor::ProfileEditor(MenteeListModel *mentees,
                             AttachmentModel *attachments,
                             DesktopLauncher &launcher,
                             QWidget *parent)
    : QWidget(parent)
    , m_mentees(mentees)
    , m_attachments(attachments)
    , m_launcher(launcher)
    , m_files(new QListView(this))
    , m_kind(enumComboBox<AttachmentKind>(this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("profileEditor"));
    m_binder.setModel(mentees);

    auto *form = new QWidget;
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto line = [form](const char *name, const QString &placeholder = {}) {
        auto *edit = new QLineEdit(form);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    auto *name = line("profileName");
    auto *addressAs = line("profileAddressAs");
    addressAs->setToolTip(tr("How the recap greets the mentee: \"Dr Raman\" writes \"Dear Dr "
                             "Raman,\". Left empty, it is the first word of the name."));
    // The placeholder is what the recap writes when the field is left empty.
    connect(name, &QLineEdit::textChanged, addressAs, [addressAs](const QString &typed) {
        Mentee mentee;
        mentee.name = typed;
        addressAs->setPlaceholderText(ReportContent::addressedName(mentee));
    });
    auto *email = line("profileEmail", tr("name@example.org"));
    auto *role = line("profileRole");
    auto *organisation = line("profileOrganisation");
    auto *status = enumComboBox<MenteeStatus>(form);
    status->setObjectName(QStringLiteral("profileStatus"));
    auto *style = enumComboBox<PreferredStyle>(form);
    style->setObjectName(QStringLiteral("profileStyle"));
    style->setToolTip(tr("Structured follows the program outline; free-flowing suits mentees who "
                         "want open conversations."));
    const QString startedLabel = tr("Started on:");
    auto *started = new DateField(form);
    started->setObjectName(QStringLiteral("profileStarted"));
    started->setAccessibleName(plainLabel(startedLabel));
    auto *cadence = new QSpinBox(form);
    cadence->setObjectName(QStringLiteral("profileCadence"));
    cadence->setRange(1, 365);
    cadence->setSuffix(tr(" days"));
    auto *length = new QSpinBox(form);
    length->setObjectName(QStringLiteral("profileSessionLength"));
    length->setRange(5, 480);
    length->setSingleStep(15);
    length->setSuffix(tr(" min"));
    auto *channel = line("profileChannel", tr("In person, video call, phone…"));
    const QString endingLabel = tr("Intended end:");
    auto *ending = new DateField(form);
    ending->setObjectName(QStringLiteral("profileIntendedEnd"));
    ending->setAccessibleName(plainLabel(endingLabel));
    auto *confidentiality = noteEdit(QStringLiteral("profileConfidentiality"), 2, form);
    auto *background = noteEdit(QStringLiteral("profileBackground"), 3, form);
    auto *expectations = noteEdit(QStringLiteral("profileExpectations"), 3, form);
    auto *qualities = noteEdit(QStringLiteral("profileQualities"), 2, form);
    auto *strengths = noteEdit(QStringLiteral("profileStrengths"), 3, form);
    auto *development = noteEdit(QStringLiteral("profileDevelopment"), 3, form);

    layout->addRow(tr("&Name:"), name);
    layout->addRow(tr("Address as:"), addressAs);
    layout->addRow(tr("Ema&il:"), email);
    layout->addRow(tr("&Role:"), role);
    layout->addRow(tr("Organisation:"), organisation);
    layout->addRow(tr("Stat&us:"), status);
    layout->addRow(tr("Preferred st&yle:"), style);
    layout->addRow(tr("&Background:"), background);
    layout->addRow(tr("E&xpectations of me:"), expectations);
    layout->addRow(tr("Preferred &qualities:"), qualities);
    layout->addRow(tr("S&trengths:"), strengths);
    layout->addRow(tr("Development areas:"), development);

    auto *agreement = new QGroupBox(tr("Agreement"), form);
    auto *agreementLayout = new QFormLayout(agreement);
    agreementLayout->addRow(startedLabel, started);
    agreementLayout->addRow(tr("Meet every:"), cadence);
    agreementLayout->addRow(tr("Session &length:"), length);
    agreementLayout->addRow(tr("&Channel:"), channel);
    agreementLayout->addRow(endingLabel, ending);
    agreementLayout->addRow(tr("Confidentiality:"), confidentiality);
    layout->addRow(agreement);

    m_binder.bind({{name, MenteeListModel::NameColumn},
                   {addressAs, MenteeListModel::AddressAsColumn},
                   {email, MenteeListModel::EmailColumn},
                   {role, MenteeListModel::RoleColumn},
                   {organisation, MenteeListModel::OrganisationColumn},
                   {status, MenteeListModel::StatusColumn},
                   {style, MenteeListModel::PreferredStyleColumn},
                   {started, MenteeListModel::StartedOnColumn},
                   {cadence, MenteeListModel::CadenceDaysColumn},
                   {length, MenteeListModel::SessionMinutesColumn},
                   {channel, MenteeListModel::ChannelColumn},
                   {ending, MenteeListModel::IntendedEndOnColumn},
                   {confidentiality, MenteeListModel::ConfidentialityColumn},
                   {background, MenteeListModel::BackgroundColumn},
                   {expectations, MenteeListModel::ExpectationsColumn},
                   {qualities, MenteeListModel::PreferredQualitiesColumn},
                   {strengths, MenteeListModel::StrengthsColumn},
                   {development, MenteeListModel::DevelopmentAreasColumn}});

    auto *prework = new QGroupBox(tr("Pre-work"), form);
    auto *preworkLayout = new QVBoxLayout(prework);
    m_files->setObjectName(QStringLiteral("attachmentList"));
    m_files->setModel(attachments);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_files->setAcceptDrops(true);
    m_files->viewport()->setAcceptDrops(true);
    m_files->viewport()->installEventFilter(this);
    m_files->setToolTip(tr("Drop the mentee's resume and job description here"));
    m_files->setAccessibleName(tr("Pre-work files"));
    m_kind->setAccessibleName(tr("Kind of file"));
    preworkLayout->addWidget(m_files);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add file…"), prework);
    add->setObjectName(QStringLiteral("addAttachment"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_remove->setObjectName(QStringLiteral("removeAttachment"));
    m_kind->setObjectName(QStringLiteral("attachmentKind"));
    buttons->addWidget(add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_kind);
    preworkLayout->addLayout(buttons);
    layout->addRow(prework);

    QWidget *scroll = scrollableForm(form, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    // Reading order, as the form shows the fields; Remove last.
    chainTabOrder({name,    addressAs,  email,        role,      organisation, status,
                   style,   background, expectations, qualities, strengths,    development,
                   started, cadence,    length,       channel,   ending,       confidentiality,
                   m_files, add,        m_open,       m_kind,    m_remove});

    connect(add, &QPushButton::clicked, this, &ProfileEditor::chooseFiles);
    connect(m_open, &QPushButton::clicked, this, &ProfileEditor::openAttachment);
    connect(m_remove, &QPushButton::clicked, this, &ProfileEditor::removeAttachment);
    connect(m_files, &QListView::doubleClicked, this, &ProfileEditor::openAttachment);
    connect(m_files->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ProfileEditor::updateButtons);
    connect(attachments, &QAbstractItemModel::dataChanged, this, &ProfileEditor::updateButtons);
    connect(m_kind, &QComboBox::activated, this, [this](int kind) {
        const QModelIndex current = m_files->currentIndex();
        if (current.isValid())
            m_attachments->setData(current.siblingAtColumn(AttachmentModel::KindColumn), kind);
    });
    updateButtons();
}

void ProfileEditor::setCurrentIndex(const QModelIndex &index)
{
    m_binder.setCurrentIndex(index);
    updateButtons();
}

void ProfileEditor::focusName()
{
    if (auto *name = findChild<QLineEdit *>(QStringLiteral("profileName"))) {
        name->setFocus();
        name->selectAll();
    }
}

void ProfileEditor::updateButtons()
{
    const QModelIndex current = m_files->currentIndex();
    m_open->setEnabled(current.isValid());
    m_remove->setEnabled(current.isValid());
    m_kind->setEnabled(current.isValid());
    if (current.isValid())
        m_kind->setCurrentIndex(current.data(AttachmentModel::KindRole).toInt());
}

bool ProfileEditor::addFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_attachments->store().reportFailure(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Attachment attachment;
    attachment.menteeId = m_attachments->menteeId();
    attachment.fileName = QFileInfo(path).fileName();
    attachment.kind = guessAttachmentKind(attachment.fileName);
    attachment.mimeType = QMimeDatabase().mimeTypeForFile(path).name();
    attachment.data = file.readAll();
    const Id id = Edit::addAttachment(m_attachments->store(), attachment);
    if (id == 0)
        return false;
    m_files->setCurrentIndex(m_attachments->indexOf(id));
    return true;
}

void ProfileEditor::chooseFiles()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Add pre-work files"), QDir::homePath());
    for (const QString &file : files)
        addFile(file);
}

void ProfileEditor::openAttachment()
{
    const QModelIndex current = m_files->currentIndex();
    if (!current.isValid() || !m_openedFiles.isValid())
        return;
    const Attachment attachment = m_attachments->attachmentAt(current);
    // A folder per attachment keeps the file's own name, which viewers show in their title.
    const QString folder = m_openedFiles.filePath(QString::number(attachment.id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(attachment.fileName).fileName());
    try {
        // A CV or other pre-work: the copy is the mentee's, private like the database.
        SaveFile::write(path, attachment.data, Privacy::Private);
    } catch (const Error &error) {
        // Only the copy to open failed; the attachment itself is safe in the database.
        m_launcher.reportFailure(error.message());
        return;
    }
    m_launcher.openFile(path);
}

void ProfileEditor::removeAttachment()
{
    const QModelIndex current = m_files->currentIndex();
    if (current.isValid()) {
        Edit::removeAttachment(m_attachments->store(), m_attachments->attachmentAt(current).id);
    }
}

bool ProfileEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_files->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls() && m_attachments->menteeId() > 0) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            for (const QUrl &url : drop->mimeData()->urls()) {
                if (url.isLocalFile())
                    addFile(url.toLocalFile());
            }
            drop->acceptProposedAction();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Mentorbook
