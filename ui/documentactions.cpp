// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentactions.h"

#include "desktoplauncher.h"
#include "edit/store.h"
#include "error.h"
#include "mailcomposer.h"
#include "preferences.h"
#include "report/agenda.h"
#include "report/recap.h"
#include "report/relationshipsummary.h"
#include "report/typesetter.h"
#include "savefile.h"
#include "signaturedialog.h"
#include "storage/repositories.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace Mentorbook {

namespace {
/** "The recap" for "the recap", at the start of a sentence. */
QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.left(1).toUpper() + text.mid(1);
}
} // namespace

DocumentActions::DocumentActions(Store &store, DesktopLauncher &launcher, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_launcher(launcher)
    , m_window(window)
    , m_menu(new QMenu(tr("&Documents"), window))
{
    m_menu->setObjectName(QStringLiteral("documentsMenu"));
    // A recap that is off says why in its tooltip.
    m_menu->setToolTipsVisible(true);
    m_previewAgenda = addAction(Kind::Agenda, tr("&Print Agenda…"), "previewAgendaAction", [this] {
        preview(Kind::Agenda);
    });
    m_previewAgenda->setShortcut(QKeySequence::Print);
    m_previewAgenda->setStatusTip(tr("Preview and print the selected session's agenda"));
    addAction(Kind::Agenda, tr("Export Agenda as PD&F…"), "exportAgendaAction", [this] {
        exportPdf(Kind::Agenda);
    });
    m_menu->addSeparator();
    addAction(
        Kind::Recap, tr("Pre&view Recap…"), "previewRecapAction", [this] { preview(Kind::Recap); });
    addAction(Kind::Recap, tr("P&rint Recap…"), "printRecapAction", [this] { print(Kind::Recap); });
    m_exportRecap
        = addAction(Kind::Recap, tr("&Export Recap as PDF…"), "exportRecapAction", [this] {
              exportPdf(Kind::Recap);
          });
    m_exportRecap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportRecap->setStatusTip(tr("Save the selected session's recap for the mentee as a PDF"));
    m_emailRecap
        = addAction(Kind::Recap, tr("E&mail Recap…"), "emailRecapAction", [this] { emailRecap(); });
    m_emailRecap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_emailRecap->setStatusTip(
        tr("Save the recap as a PDF and write to the mentee with it attached"));
    m_menu->addSeparator();
    m_addToCalendar
        = addAction(Kind::Calendar, tr("Add to &Calendar…"), "addToCalendarAction", [this] {
              addToCalendar();
          });
    m_addToCalendar->setStatusTip(
        tr("Save the mentee's sessions as a calendar file and open it in your calendar"));
    m_sendInvitation
        = addAction(Kind::Invitation, tr("Send &Invitation…"), "sendInvitationAction", [this] {
              sendInvitation();
          });
    m_menu->addSeparator();
    addAction(Kind::Summary, tr("Previe&w Summary…"), "previewSummaryAction", [this] {
        preview(Kind::Summary);
    });
    addAction(Kind::Summary, tr("Export &Summary as PDF…"), "exportSummaryAction", [this] {
        exportPdf(Kind::Summary);
    });
    for (const auto &[kind, action] : std::as_const(m_actions)) {
        if (kind == Kind::Recap)
            m_statusTips.insert(action, action->statusTip());
    }
    connect(&m_store, &Store::changed, this, [this](const Change &change) {
        if (change.is(TableId::Sessions) && change.id == m_sessionId) {
            updateRecapActions();
            updateInvitationAction();
        }
        if (change.is(TableId::Mentees) && change.id == m_menteeId)
            updateInvitationAction();
    });
    setContext(0, 0);
}

QAction *DocumentActions::addAction(Kind kind,
                                    const QString &text,
                                    const char *objectName,
                                    const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(objectName));
    connect(action, &QAction::triggered, this, run);
    m_menu->addAction(action);
    m_actions << std::pair{kind, action};
    return action;
}

void DocumentActions::setContext(Id menteeId, Id sessionId)
{
    m_menteeId = menteeId;
    m_sessionId = sessionId;
    for (const auto &[kind, action] : std::as_const(m_actions)) {
        const bool aboutMentee = kind == Kind::Summary || kind == Kind::Calendar;
        action->setEnabled(aboutMentee ? menteeId > 0 : sessionId > 0);
    }
    updateRecapActions();
    updateInvitationAction();
}

void DocumentActions::updateInvitationAction()
{
    const Repositories &repositories = m_store.repositories();
    const auto session = m_sessionId > 0 ? repositories.sessions.find(m_sessionId) : std::nullopt;
    const bool cancelling = session && session->status == SessionStatus::Cancelled;
    m_sendInvitation->setText(cancelling ? tr("Send Ca&ncellation…") : tr("Send &Invitation…"));
    const QString refusal
        = session ? CalendarExport::invitationRefusal(repositories, m_sessionId) : QString();
    m_sendInvitation->setEnabled(session && refusal.isEmpty());
    m_sendInvitation->setToolTip(refusal);
    m_sendInvitation->setStatusTip(
        !refusal.isEmpty() ? refusal
        : cancelling       ? tr("Email the mentee the cancellation, which takes the session out "
                                "of their calendar")
                     : tr("Email the mentee an invitation to the session for their calendar"));
}

std::optional<CalendarOptions> DocumentActions::organizer()
{
    SignatureDialog::askOnce(m_window);
    const CalendarOptions options = Preferences::calendarOptions();
    if (const QString refusal = CalendarExport::organizerRefusal(options); !refusal.isEmpty()) {
        m_launcher.reportFailure(refusal);
        return std::nullopt;
    }
    return options;
}

QString DocumentActions::recapRefusal() const
{
    if (m_sessionId <= 0)
        return {};
    const auto session = m_store.repositories().sessions.find(m_sessionId);
    return session ? Recap::refusal(*session) : QString();
}

void DocumentActions::updateRecapActions()
{
    const QString refusal = recapRefusal();
    for (const auto &[kind, action] : std::as_const(m_actions)) {
        if (kind != Kind::Recap)
            continue;
        action->setEnabled(m_sessionId > 0 && refusal.isEmpty());
        action->setToolTip(refusal); // empty: the action's text, as usual
        action->setStatusTip(refusal.isEmpty() ? m_statusTips.value(action) : refusal);
    }
}

std::optional<ReportDocument> DocumentActions::build(Kind kind)
{
    emit aboutToRead();
    const Repositories &repositories = m_store.repositories();
    try {
        switch (kind) {
        case Kind::Agenda:
            return Agenda::build(repositories, m_sessionId);
        case Kind::Recap:
            if (const QString refusal = recapRefusal(); !refusal.isEmpty()) {
                m_launcher.reportFailure(refusal);
                return std::nullopt;
            }
            SignatureDialog::askOnce(m_window);
            return Recap::build(repositories, m_sessionId, Preferences::reportOptions());
        case Kind::Summary:
            return RelationshipSummary::build(repositories, m_menteeId, m_store.database().now());
        case Kind::Calendar:
        case Kind::Invitation:
            break; // calendar files, not printed documents: see addToCalendar()
        }
    } catch (const Error &error) {
        m_launcher.reportFailure(error.message());
    }
    return std::nullopt;
}

void DocumentActions::reportPrinted(const QPrinter &printer, const QString &title, int pages)
{
    const QString file
        = printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName() : QString();
    const QString shown = QDir::toNativeSeparators(file);
    if (pages == 0 && !file.isEmpty()) {
        m_launcher.reportFailure(
            tr("Cannot print %1 to %2; choose a file in a folder you can write to.")
                .arg(title, shown));
    } else if (pages == 0) {
        m_launcher.reportFailure(
            tr("Cannot print %1: the printer %2 did not start.").arg(title, printer.printerName()));
    } else if (!file.isEmpty()) {
        m_launcher.report(tr("Printed %1 to %2").arg(title, shown), file);
    } else {
        m_launcher.report(tr("Sent %1 to the printer.").arg(title));
    }
}

namespace {
/**
 * A printer set up for the document: its title for the print queue, the chosen paper and the
 * margins of the PDF, so that the printed page looks like the exported one.
 */
void prepare(QPrinter &printer, const ReportDocument &document)
{
    printer.setDocName(document.title);
    printer.setPageLayout(Typesetter::pageLayout(Preferences::pageSize()));
}
} // namespace

void DocumentActions::preview(Kind kind)
{
    const auto document = build(kind);
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, *document);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(document->title);
    Typesetter typesetter(*document);
    int pages = 0;
    connect(&dialog,
            &QPrintPreviewDialog::paintRequested,
            this,
            [&typesetter, &pages](QPrinter *target) { pages = typesetter.print(target); });
    // The preview's Print button prints, last, and accepts the dialog.
    if (dialog.exec() == QDialog::Accepted)
        reportPrinted(printer, document->title, pages);
}

void DocumentActions::print(Kind kind)
{
    const auto document = build(kind);
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, *document);
    QPrintDialog dialog(&printer, m_window);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print %1").arg(document->title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int pages = Typesetter(*document).print(&printer);
    reportPrinted(printer, document->title, pages);
}

QString DocumentActions::exportPdf(Kind kind)
{
    const auto document = build(kind);
    if (!document)
        return {};
    const QDate today = m_store.database().now().toLocalTime().date();
    QFileDialog dialog(m_window, tr("Export %1").arg(document->title));
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("PDF documents (*.pdf)"));
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(
        QDir(Preferences::exportFolder()).filePath(document->suggestedFileName(today)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    try {
        Typesetter(*document).writePdf(path, Preferences::reportOptions());
    } catch (const Error &error) {
        m_launcher.reportFailure(error.message());
        return {};
    }
    Preferences::setExportFolder(QFileInfo(path).absolutePath());
    m_launcher.report(tr("Saved %1").arg(QDir::toNativeSeparators(path)), path);
    return path;
}

void DocumentActions::emailRecap()
{
    const auto document = build(Kind::Recap);
    if (!document)
        return;
    const Repositories &repositories = m_store.repositories();
    const QDate today = m_store.database().now().toLocalTime().date();
    const QString folder = Preferences::exportFolder();
    const QString path = QDir(folder).filePath(document->suggestedFileName(today));
    try {
        Typesetter(*document).writePdf(path, Preferences::reportOptions());
    } catch (const Error &error) {
        m_launcher.reportFailure(error.message());
        return;
    }
    const Mentee mentee = repositories.mentees.get(m_menteeId);
    MailMessage message;
    message.to = mentee.email.trimmed();
    message.subject = Recap::emailSubject(repositories, m_sessionId);
    message.body = Recap::coveringNote(repositories, m_sessionId, Preferences::reportOptions());
    message.attachments << QFileInfo(path).absoluteFilePath();
    const MailComposer::Outcome outcome = MailComposer(m_launcher).compose(message);
    reportEmail(outcome, tr("the recap"), message.to.isEmpty() ? mentee.name : message.to, path);
}

void DocumentActions::reportEmail(const MailComposer::Outcome &outcome,
                                  const QString &what,
                                  const QString &to,
                                  const QString &path)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    // What went wrong on the way comes first ("Thunderbird did not start."), then what was done.
    const QString before
        = outcome.problem.isEmpty() ? QString() : outcome.problem + QLatin1Char(' ');
    if (!outcome.started) {
        m_launcher.reportFailure(
            (outcome.problem.isEmpty() ? tr("No email program is set up.") : outcome.problem)
                + QLatin1Char(' ')
                + tr("%1 is saved at %2; attach it to an email to %3.")
                      .arg(capitalized(what), shown, to),
            path);
    } else if (outcome.viaMailto) {
        const QString opened
            = tr("Opened a new email to %1. Attach %2 yourself: it is saved at %3.")
                  .arg(to, what, shown);
        const QString notice
            = before + opened
              + (outcome.folderShown
                     ? QString()
                     : QLatin1Char(' ') + tr("No file manager is set up to show its folder."));
        // The program the desktop names did not take it: worth more than a passing notice.
        if (outcome.problem.isEmpty())
            m_launcher.report(notice, path);
        else
            m_launcher.reportFailure(notice, path);
    } else if (outcome.client == MailComposer::Client::XdgEmail) {
        m_launcher.report(before
                              + tr("Asked your email program, through xdg-email, for a new email "
                                   "to %1 with %2 attached. If it is not attached, %2 is at %3.")
                                    .arg(to, what, shown),
                          path);
    } else {
        m_launcher.report(before
                              + tr("Opened a new email to %1 in %2 with %3 attached.")
                                    .arg(to, outcome.program, what),
                          path);
    }
}

QString DocumentActions::addToCalendar()
{
    if (m_menteeId <= 0)
        return {};
    emit aboutToRead();
    const auto options = organizer();
    if (!options)
        return {};
    const Repositories &repositories = m_store.repositories();
    QByteArray ics;
    QString name;
    try {
        ics = CalendarExport::ics(repositories, m_menteeId, m_store.database().now(), *options);
        name = repositories.mentees.get(m_menteeId).name.simplified();
    } catch (const Error &error) {
        m_launcher.reportFailure(error.message());
        return {};
    }
    QFileDialog dialog(m_window, tr("Add to Calendar"));
    dialog.setObjectName(QStringLiteral("calendarDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("Calendars (*.ics)"));
    dialog.setDefaultSuffix(QStringLiteral("ics"));
    const QString suggested
        = ReportDocument::safeFileName(tr("Mentoring with %1.ics").arg(name.left(80)));

    dialog.selectFile(QDir(Preferences::exportFolder()).filePath(suggested));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    try {
        writeFileAtomically(path, ics, Privacy::Shared);
    } catch (const Error &error) {
        m_launcher.reportFailure(error.message());
        return {};
    }
    Preferences::setExportFolder(QFileInfo(path).absolutePath());
    // The calendar program takes the events in; where there is none, the file is there.
    m_launcher.openFile(path);
    return path;
}

void DocumentActions::sendInvitation()
{
    if (m_sessionId <= 0)
        return;
    emit aboutToRead();
    const Repositories &repositories = m_store.repositories();
    if (const QString refusal = CalendarExport::invitationRefusal(repositories, m_sessionId);
        !refusal.isEmpty()) {
        m_launcher.reportFailure(refusal);
        return;
    }
    const auto options = organizer();
    if (!options)
        return;
    const bool cancelling
        = repositories.sessions.get(m_sessionId).status == SessionStatus::Cancelled;
    const QString path
        = QDir(Preferences::exportFolder())
              .filePath(CalendarExport::invitationFileName(repositories, m_sessionId));
    MailMessage message;
    try {
        writeFileAtomically(path,
                            CalendarExport::invitation(
                                repositories, m_sessionId, m_store.database().now(), *options),
                            Privacy::Shared);
        const Mentee mentee
            = repositories.mentees.get(repositories.sessions.get(m_sessionId).menteeId);
        message.to = mentee.email.trimmed();
        message.subject = CalendarExport::invitationSubject(repositories, m_sessionId);
        message.body = CalendarExport::invitationNote(repositories, m_sessionId, *options);
    } catch (const Error &error) {
        m_launcher.reportFailure(error.message());
        return;
    }
    message.attachments << QFileInfo(path).absoluteFilePath();
    const MailComposer::Outcome outcome = MailComposer(m_launcher).compose(message);
    reportEmail(
        outcome, cancelling ? tr("the cancellation") : tr("the invitation"), message.to, path);
}

} // namespace Mentorbook
