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
        if (change.is(TableId::Sessions) && change.id == m_sessionId)
            updateRecapActions();
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
    for (const auto &[kind, action] : std::as_const(m_actions))
        action->setEnabled(kind == Kind::Summary ? menteeId > 0 : sessionId > 0);
    updateRecapActions();
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

    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString to = message.to.isEmpty() ? mentee.name : message.to;
    // What went wrong on the way comes first ("Thunderbird did not start."), then what was done.
    const QString before
        = outcome.problem.isEmpty() ? QString() : outcome.problem + QLatin1Char(' ');
    if (!outcome.started) {
        m_launcher.reportFailure(
            (outcome.problem.isEmpty() ? tr("No email program is set up.") : outcome.problem)
                + QLatin1Char(' ')
                + tr("The recap is saved at %1; attach it to an email to %2.").arg(shown, to),
            path);
    } else if (outcome.viaMailto) {
        const QString opened
            = tr("Opened a new email to %1. Attach the recap yourself: it is saved at %2.")
                  .arg(to, shown);
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
                                   "to %1 with the recap attached. If it is not attached, the "
                                   "recap is at %2.")
                                    .arg(to, shown),
                          path);
    } else {
        m_launcher.report(before
                              + tr("Opened a new email to %1 in %2 with the recap attached.")
                                    .arg(to, outcome.program),
                          path);
    }
}

} // namespace Mentorbook
