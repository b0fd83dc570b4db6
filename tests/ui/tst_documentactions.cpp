// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktoplauncher.h"
#include "edit/store.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "report/recap.h"
#include "report/typesetter.h"
#include "sample/samplerelationship.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>

#include <functional>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** Catches the URLs the window hands to the desktop (mail client, file manager). */
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

/**
 * Stands in for the desktop's programs: records every URL handed over and starts a program
 * only while `works` is set. (Offscreen, QDesktopServices starts nothing at all.)
 */
struct FakeDesktop
{
    QList<QUrl> urls;
    bool works = true;

    DesktopLauncher::Opener opener()
    {
        return [this](const QUrl &url) {
            urls << url;
            return works;
        };
    }
};

/** The Documents menu and Preferences, driven offscreen through their real dialogs. */
class TestDocumentActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldExportTheRecapWhereTheMentorChooses();
    void shouldEmailTheRecapWithACoveringNote();
    void shouldAddTheSessionsToTheCalendar();
    void shouldSayWhereTheRecapIsWhenNoEmailProgramStarts();
    void shouldReportAFailedWriteWithoutTouchingTheSaveState();
    void shouldSayWhetherThePreWorkFileOpened();
    void shouldSayWherePrintingToAFileWent();
    void shouldPrintWithTheMarginsOfThePdf();
    void shouldOnlyOfferDocumentsForASelection();
    void shouldOfferNoRecapForASessionThatHasNone();
    void shouldAskOnceForTheNameThatSignsTheRecaps();
    void shouldGreetTheMenteeAsTheMentorChose();
    void shouldKeepThePreferences();
    void shouldMoveTheDatabase();

private:
    void openWindow();
    QAction *action(const char *name) const
    {
        auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no action %s", name);
        return found;
    }
    /** Runs handle on the modal dialog of that name as soon as it is open. */
    static void whenOpen(const QString &objectName, const std::function<void(QWidget *)> &handle);
    void reactivate();
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }
    QString saveState() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("saveState"))->text();
    }
    QToolButton *showInFolder() const
    {
        return m_window->findChild<QToolButton *>(QStringLiteral("showInFolder"));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    QList<Session> m_sessions;
};

void TestDocumentActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-documentactions-test"));
}

void TestDocumentActions::init()
{
    // No email program of the machine's: the email goes to the desktop as a mailto: URL.
    qputenv("PATH", QFile::encodeName(m_dir.filePath(QStringLiteral("empty-path"))));
    QSettings().clear();
    // The question of the recaps' signature is asked once, and only where a test asks for it.
    Preferences::setSignatureAsked(true);
    m_database = openTestDatabase(m_dir);
    freezeClock(*m_database);
    Repositories repositories(*m_database);
    const Id mentee = SampleRelationship::add(repositories, today());
    m_sessions = repositories.sessionsOf(mentee);
}

void TestDocumentActions::cleanup()
{
    m_window.reset();
    m_database.reset();
}

void TestDocumentActions::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->show();
    reactivate();
    m_window->selectMentee(m_sessions.constFirst().menteeId);
    m_window->selectSession(m_sessions.at(7).id); // the second debrief, held
}

void TestDocumentActions::reactivate()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDocumentActions::whenOpen(const QString &objectName,
                                   const std::function<void(QWidget *)> &handle)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, [timer, objectName, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        handle(modal);
    });
    timer->start(20);
}

void TestDocumentActions::shouldExportTheRecapWhereTheMentorChooses()
{
    openWindow();
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    QString suggested;
    QString typed;
    whenOpen(QStringLiteral("exportDialog"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        // Go to the folder, keep the suggested name and press Enter.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        typed = name->text();
        dialog->setDirectory(folder);
        name->setText(typed);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(!suggested.isEmpty());
    QCOMPARE(suggested, QStringLiteral("2026-03-16 Recap - Priya Raman.pdf"));
    QCOMPARE(typed, suggested);
    QFile pdf(QDir(folder).filePath(suggested));
    QTRY_VERIFY(pdf.exists());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(statusMessage().contains(QDir::toNativeSeparators(pdf.fileName())));
    // The notice offers the file's folder.
    FakeDesktop desktop;
    m_window->launcher().setOpener(desktop.opener());
    QVERIFY(showInFolder()->isVisible());
    QTest::mouseClick(showInFolder(), Qt::LeftButton);
    QCOMPARE(desktop.urls, QList<QUrl>{QUrl::fromLocalFile(folder)});
    // The next export starts in the same folder.
    QCOMPARE(Preferences::exportFolder(), folder);

    reactivate();
    QString startFolder;
    whenOpen(QStringLiteral("exportDialog"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        startFolder = dialog->directory().absolutePath();
        dialog->reject();
    });
    action("exportSummaryAction")->trigger();
    QTRY_COMPARE(startFolder, folder);
}

void TestDocumentActions::shouldAddTheSessionsToTheCalendar()
{
    // GIVEN the mentor has not said their email yet
    Preferences::setMentorEmail(QString());
    FakeDesktop desktop;
    openWindow();
    m_window->launcher().setOpener(desktop.opener());
    QAction *add = action("addToCalendarAction");
    QVERIFY(add->isEnabled());
    const QString folder = m_dir.filePath(QStringLiteral("calendar-folder"));
    QVERIFY(QDir().mkpath(folder));

    // WHEN Documents › Add to Calendar is chosen THEN it says what calendars need, and nothing
    // is written
    add->trigger();
    QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Calendars need your email address as the meetings' organizer: "
                                "set it under Preferences › You."));
    QVERIFY(QDir(folder).isEmpty());

    // WHEN the email is set and the mentor keeps the suggested name in the folder chosen
    Preferences::setMentorEmail(QStringLiteral("alex@example.org"));
    QString suggested;
    whenOpen(QStringLiteral("calendarDialog"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        const QString typed = name->text();
        dialog->setDirectory(folder);
        name->setText(typed);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
    });
    add->trigger();

    // THEN the mentee's every session is in the file, which the calendar program is given
    QTRY_VERIFY(!suggested.isEmpty());
    QCOMPARE(suggested, QStringLiteral("Mentoring with Priya Raman.ics"));
    const QString path = QDir(folder).filePath(suggested);
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QCOMPARE(int(ics.count("BEGIN:VEVENT")), int(m_sessions.size()));
    for (const Session &session : m_sessions)
        QVERIFY(ics.contains("UID:" + session.calendarUid.toUtf8() + "\r\n"));
    QVERIFY(ics.contains("ORGANIZER;CN=") || ics.contains("ORGANIZER:mailto:alex@example.org"));
    QCOMPARE(desktop.urls.constLast(), QUrl::fromLocalFile(path));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Opened %1").arg(QDir::toNativeSeparators(path)));

    // WHEN there is no calendar program THEN it says where the file is
    desktop.works = false;
    whenOpen(QStringLiteral("calendarDialog"), [&](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        dialog->setDirectory(folder);
        // The dialog opens on the file suggested, which exists now: once its folder is read
        // (on a thread of its own) it selects that file again, name included. Type after.
        auto *files = dialog->findChild<QFileSystemModel *>();
        QVERIFY(files);
        QVERIFY(QTest::qWaitFor([&] { return files->rowCount(files->index(folder)) > 0; }));
        QTest::qWait(100);
        name->setText(QStringLiteral("Again.ics"));
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Return);
    });
    add->trigger();
    const QString again = QDir(folder).filePath(QStringLiteral("Again.ics"));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(again)));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("No program is set up to open ICS files.")));
}

void TestDocumentActions::shouldEmailTheRecapWithACoveringNote()
{
    // GIVEN a desktop with no email program that Mentorbook starts itself (see
    // tst_mailcomposer for those): the email goes as a mailto: URL
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    const QString folder = m_dir.filePath(QStringLiteral("mail"));
    QVERIFY(QDir().mkpath(folder));
    Preferences::setExportFolder(folder);
    Preferences::setMentorName(QStringLiteral("Grace Hopper"));
    openWindow();
    action("emailRecapAction")->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    QCOMPARE(catcher.urls.size(), 2);
    const QUrl mail = catcher.urls.at(0);
    QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
    const Mentee mentee = m_window->store().repositories().mentees.get(m_sessions.at(7).menteeId);
    QCOMPARE(mail.path(), mentee.email);
    const QUrlQuery query(mail);
    QVERIFY(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded)
                .startsWith(QStringLiteral("Recap of our session on ")));
    // The body is the covering note, its lines ending in CRLF as RFC 6068 asks.
    QVERIFY(mail.toEncoded().contains("%0D%0A"));
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                             .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(body,
             Recap::coveringNote(m_window->store().repositories(),
                                 m_sessions.at(7).id,
                                 Preferences::reportOptions()));
    QVERIFY2(body.startsWith(QStringLiteral("Dear Priya,")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("is attached as a PDF.")));
    QVERIFY(body.endsWith(QStringLiteral("With best wishes,\nGrace Hopper")));
    QVERIFY(!body.contains(m_sessions.at(7).privateNotes.left(30)));
    // The PDF to attach is saved, and its folder opens in the file manager.
    QCOMPARE(catcher.urls.at(1), QUrl::fromLocalFile(folder));
    const QString pdf = QDir(folder).filePath(QStringLiteral("2026-03-16 Recap - Priya Raman.pdf"));
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(statusMessage(),
             QStringLiteral("Opened a new email to %1. Attach the recap yourself: it is saved at "
                            "%2.")
                 .arg(mentee.email, QDir::toNativeSeparators(pdf)));
    QVERIFY(showInFolder()->isVisible());
}

void TestDocumentActions::shouldSayWhereTheRecapIsWhenNoEmailProgramStarts()
{
    // GIVEN a desktop with no email program and no file manager
    const QString folder = m_dir.filePath(QStringLiteral("nomail"));
    QVERIFY(QDir().mkpath(folder));
    Preferences::setExportFolder(folder);
    openWindow();
    FakeDesktop desktop;
    desktop.works = false;
    m_window->launcher().setOpener(desktop.opener());
    const QString before = saveState();

    // WHEN the mentor emails the recap
    action("emailRecapAction")->trigger();

    // THEN the email and the folder were asked for, and the message says where the PDF is
    QCOMPARE(desktop.urls.size(), 2);
    QCOMPARE(desktop.urls.at(0).scheme(), QStringLiteral("mailto"));
    const QString pdf = QDir(folder).filePath(QStringLiteral("2026-03-16 Recap - Priya Raman.pdf"));
    QVERIFY(QFile::exists(pdf));
    const Mentee mentee = m_window->store().repositories().mentees.get(m_sessions.at(7).menteeId);
    QCOMPARE(statusMessage(),
             QStringLiteral("No email program is set up. The recap is saved at %1; attach it to "
                            "an email to %2.")
                 .arg(QDir::toNativeSeparators(pdf), mentee.email));
    QVERIFY(statusMessage().contains(QDir::toNativeSeparators(folder)));
    // AND nothing failed to save
    QCOMPARE(saveState(), before);
    QVERIFY(saveState() != QStringLiteral("Not saved"));

    // AND Show in folder says there is no file manager either, and offers nothing more
    QVERIFY(showInFolder()->isVisible());
    QTest::mouseClick(showInFolder(), Qt::LeftButton);
    QCOMPARE(desktop.urls.constLast(), QUrl::fromLocalFile(folder));
    QCOMPARE(statusMessage(),
             QStringLiteral("No file manager is set up to show the folder %1; open it yourself.")
                 .arg(QDir::toNativeSeparators(folder)));
    QVERIFY(!showInFolder()->isVisible());
    QCOMPARE(saveState(), before);

    // WHEN only the file manager is missing, the email starts and the message says so
    desktop.urls.clear();
    desktop.works = true;
    m_window->launcher().setOpener([&desktop](const QUrl &url) {
        desktop.urls << url;
        return url.scheme() == QStringLiteral("mailto");
    });
    action("emailRecapAction")->trigger();
    QCOMPARE(desktop.urls.size(), 2);
    QCOMPARE(statusMessage(),
             QStringLiteral("Opened a new email to %1. Attach the recap yourself: it is saved at "
                            "%2. No file manager is set up to show its folder.")
                 .arg(mentee.email, QDir::toNativeSeparators(pdf)));
    QCOMPARE(saveState(), before);
}

void TestDocumentActions::shouldReportAFailedWriteWithoutTouchingTheSaveState()
{
    // GIVEN a folder where the recap's file name is taken by a folder
    const QString folder = m_dir.filePath(QStringLiteral("taken"));
    const QString pdf = QDir(folder).filePath(QStringLiteral("2026-03-16 Recap - Priya Raman.pdf"));
    QVERIFY(QDir().mkpath(pdf));
    Preferences::setExportFolder(folder);
    openWindow();
    FakeDesktop desktop;
    m_window->launcher().setOpener(desktop.opener());
    const QString before = saveState();

    // WHEN the mentor emails the recap
    action("emailRecapAction")->trigger();

    // THEN nothing is launched, the message names the file, and the save state is untouched
    QVERIFY(desktop.urls.isEmpty());
    QVERIFY2(statusMessage().startsWith(
                 QStringLiteral("Cannot write %1").arg(QFileInfo(pdf).absoluteFilePath())),
             qPrintable(statusMessage()));
    QCOMPARE(saveState(), before);
}

void TestDocumentActions::shouldSayWhetherThePreWorkFileOpened()
{
    // GIVEN a pre-work file of the mentee, and a desktop with no viewer for PDF files
    Attachment attachment;
    attachment.menteeId = m_sessions.constFirst().menteeId;
    attachment.fileName = QStringLiteral("job-description.pdf");
    attachment.mimeType = QStringLiteral("application/pdf");
    attachment.data = QByteArray("%PDF-1.4 ...");
    Repositories(*m_database).attachments.add(attachment);
    openWindow();
    FakeDesktop desktop;
    desktop.works = false;
    m_window->launcher().setOpener(desktop.opener());
    const QString before = saveState();
    m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(3);
    auto *list = m_window->findChild<QListView *>(QStringLiteral("attachmentList"));
    const QModelIndexList rows = list->model()->match(
        list->model()->index(0, 0), Qt::DisplayRole, attachment.fileName, 1, Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    list->setCurrentIndex(rows.constFirst());

    // WHEN the mentor opens it
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("openAttachment")),
                      Qt::LeftButton);

    // THEN the copy was handed over, and the message says why it did not open and where it is
    QCOMPARE(desktop.urls.size(), 1);
    const QString copy = desktop.urls.at(0).toLocalFile();
    QCOMPARE(QFileInfo(copy).fileName(), attachment.fileName);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), attachment.data);
    QCOMPARE(statusMessage(),
             QStringLiteral("No program is set up to open PDF files. The file is at %1; open it "
                            "from your file manager.")
                 .arg(QDir::toNativeSeparators(copy)));
    QVERIFY(statusMessage().contains(QDir::toNativeSeparators(QFileInfo(copy).absolutePath())));
    QCOMPARE(saveState(), before);
    QVERIFY(saveState() != QStringLiteral("Not saved"));
    // AND the file manager can show it
    desktop.works = true;
    QVERIFY(showInFolder()->isVisible());
    QTest::mouseClick(showInFolder(), Qt::LeftButton);
    QCOMPARE(desktop.urls.constLast(), QUrl::fromLocalFile(QFileInfo(copy).absolutePath()));

    // WHEN a viewer is set up, THEN the message says which file opened
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("openAttachment")),
                      Qt::LeftButton);
    QCOMPARE(desktop.urls.constLast(), QUrl::fromLocalFile(copy));
    QCOMPARE(statusMessage(), QStringLiteral("Opened %1").arg(QDir::toNativeSeparators(copy)));
    QCOMPARE(saveState(), before);
}

void TestDocumentActions::shouldSayWherePrintingToAFileWent()
{
    openWindow();
    const QString path = m_dir.filePath(QStringLiteral("printed/recap.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    bool seen = false;
    whenOpen(QStringLiteral("printDialog"), [&](QWidget *widget) {
        seen = true;
        // Without a print server the dialog offers only "Print to File (PDF)".
        auto *fileName = widget->findChild<QLineEdit *>(QStringLiteral("filename"));
        QVERIFY(fileName);
        fileName->setText(path);
        widget->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action("printRecapAction")->trigger();
    QVERIFY(seen);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY2(statusMessage().startsWith(QStringLiteral("Printed ")), qPrintable(statusMessage()));
    QVERIFY2(statusMessage().endsWith(QDir::toNativeSeparators(path)), qPrintable(statusMessage()));
    QVERIFY(showInFolder()->isVisible());
}

void TestDocumentActions::shouldPrintWithTheMarginsOfThePdf()
{
    Preferences::setPaper(Preferences::Paper::Letter);
    openWindow();
    const QPageLayout pdf = Typesetter::pageLayout(Preferences::pageSize());
    QPageLayout previewed;
    whenOpen(QStringLiteral("printPreview"), [&](QWidget *widget) {
        previewed = qobject_cast<QPrintPreviewDialog *>(widget)->printer()->pageLayout();
        qobject_cast<QDialog *>(widget)->reject();
    });
    action("previewAgendaAction")->trigger();
    QVERIFY(previewed.isValid());
    QCOMPARE(previewed.pageSize().id(), QPageSize::Letter);
    const QMarginsF expected = pdf.margins(QPageLayout::Point);
    // Well away from Qt's default of 10 pt on every side.
    QVERIFY(expected.left() > 40);
    for (const auto &[printed, wanted] :
         {std::pair{previewed.margins(QPageLayout::Point).left(), expected.left()},
          std::pair{previewed.margins(QPageLayout::Point).top(), expected.top()},
          std::pair{previewed.margins(QPageLayout::Point).right(), expected.right()},
          std::pair{previewed.margins(QPageLayout::Point).bottom(), expected.bottom()}})
        QVERIFY2(qAbs(printed - wanted) < 0.5,
                 qPrintable(QStringLiteral("%1 pt, not %2 pt").arg(printed).arg(wanted)));

    // The Print… dialog starts from the same page.
    reactivate();
    QPageLayout dialogPage;
    whenOpen(QStringLiteral("printDialog"), [&](QWidget *widget) {
        dialogPage = qobject_cast<QPrintDialog *>(widget)->printer()->pageLayout();
        qobject_cast<QDialog *>(widget)->reject();
    });
    action("printRecapAction")->trigger();
    QVERIFY(dialogPage.isValid());
    QVERIFY(qAbs(dialogPage.margins(QPageLayout::Point).left() - expected.left()) < 0.5);
    QVERIFY(qAbs(dialogPage.margins(QPageLayout::Point).top() - expected.top()) < 0.5);
}

void TestDocumentActions::shouldOnlyOfferDocumentsForASelection()
{
    openWindow();
    for (const char *name :
         {"previewAgendaAction", "exportRecapAction", "emailRecapAction", "exportSummaryAction"})
        QVERIFY2(action(name)->isEnabled(), name);
    // A new relationship has no session yet: only its summary can be written.
    m_window->newMentee();
    QVERIFY(action("exportSummaryAction")->isEnabled());
    for (const char *name : {"previewAgendaAction", "exportRecapAction", "emailRecapAction"})
        QVERIFY2(!action(name)->isEnabled(), name);
}

void TestDocumentActions::shouldOfferNoRecapForASessionThatHasNone()
{
    openWindow();
    const QStringList recapActions{QStringLiteral("previewRecapAction"),
                                   QStringLiteral("printRecapAction"),
                                   QStringLiteral("exportRecapAction"),
                                   QStringLiteral("emailRecapAction")};
    auto recapsOn = [&] {
        int on = 0;
        for (const QString &name : recapActions)
            on += action(qPrintable(name))->isEnabled() ? 1 : 0;
        return on;
    };
    auto tooltip = [&] {
        return action("exportRecapAction")->toolTip();
    };
    // GIVEN the planned session 9 WHEN it is selected THEN its recap is off and says why;
    // its agenda is on
    m_window->selectSession(m_sessions.at(8).id);
    QCOMPARE(recapsOn(), 0);
    const QString planned = QStringLiteral("Session 9 is still planned, not held: its agenda is "
                                           "what to send before it. Record it as held to write "
                                           "its recap.");
    QCOMPARE(tooltip(), planned);
    QCOMPARE(action("emailRecapAction")->statusTip(), planned);
    QVERIFY(action("previewAgendaAction")->isEnabled());
    QVERIFY(action("exportAgendaAction")->isEnabled());
    // AND the toolbar's button says so too
    QToolButton *button = nullptr;
    for (auto *toolButton : m_window->findChildren<QToolButton *>()) {
        if (toolButton->defaultAction() == action("exportRecapAction"))
            button = toolButton;
    }
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->toolTip(), planned);
    // AND its shortcut writes nothing
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!QApplication::activeModalWidget());

    // WHEN the pre-work is selected THEN it has none either
    m_window->selectSession(m_sessions.at(0).id);
    QCOMPARE(recapsOn(), 0);
    QVERIFY2(tooltip().contains(QStringLiteral("is the pre-work")), qPrintable(tooltip()));

    // WHEN the cancelled session 6 is selected THEN its note can be sent
    m_window->selectSession(m_sessions.at(5).id);
    QCOMPARE(recapsOn(), int(recapActions.size()));
    QCOMPARE(tooltip(), QStringLiteral("Export Recap as PDF…"));
    QCOMPARE(action("exportRecapAction")->statusTip(),
             QStringLiteral("Save the selected session's recap for the mentee as a PDF"));

    // WHEN the held session 8 is put back to planned in its editor THEN its recap goes off at
    // once, and Undo brings it back
    m_window->selectSession(m_sessions.at(7).id);
    QCOMPARE(recapsOn(), int(recapActions.size()));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("sessionStatus"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Up); // held → planned
    QCOMPARE(m_window->store().repositories().sessions.get(m_sessions.at(7).id).status,
             SessionStatus::Planned);
    QCOMPARE(recapsOn(), 0);
    QVERIFY(tooltip().startsWith(QStringLiteral("Session 8 is still planned")));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(m_window->store().repositories().sessions.get(m_sessions.at(7).id).status,
             SessionStatus::Held);
    QCOMPARE(recapsOn(), int(recapActions.size()));
}

void TestDocumentActions::shouldAskOnceForTheNameThatSignsTheRecaps()
{
    // GIVEN no name in Preferences, never asked for
    Preferences::setSignatureAsked(false);
    const QString folder = m_dir.filePath(QStringLiteral("signed"));
    QVERIFY(QDir().mkpath(folder));
    Preferences::setExportFolder(folder);
    openWindow();
    FakeDesktop desktop;
    m_window->launcher().setOpener(desktop.opener());
    auto body = [&desktop] {
        for (const QUrl &url : std::as_const(desktop.urls)) {
            if (url.scheme() == QStringLiteral("mailto"))
                return QUrlQuery(url)
                    .queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        }
        return QString();
    };
    // A dialog that opens is handled by `answer`; counts how many did.
    int asked = 0;
    std::function<void(QWidget *)> answer;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == QStringLiteral("signatureDialog")) {
            ++asked;
            answer(modal);
        }
    });
    watcher.start(20);

    // WHEN the mentor makes a recap and answers Not now
    answer = [](QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signatureLater")),
                          Qt::LeftButton);
    };
    action("emailRecapAction")->trigger();
    // THEN the question was asked, the recap made unsigned, and nothing is kept but the asking
    QCOMPARE(asked, 1);
    QVERIFY2(!body().isEmpty(), qPrintable(statusMessage()));
    QVERIFY(!body().contains(QStringLiteral("With best wishes")));
    QVERIFY(Preferences::mentorName().isEmpty());
    QVERIFY(Preferences::signatureAsked());
    // AND the next recap does not ask again
    desktop.urls.clear();
    action("emailRecapAction")->trigger();
    QCOMPARE(asked, 1);
    QVERIFY(!body().isEmpty());

    // GIVEN another mentor who has not been asked yet WHEN they type a name and an email
    Preferences::setSignatureAsked(false);
    answer = [](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("signatureName"));
        QCOMPARE(dialog->focusWidget(), name);
        QTest::keyClicks(name, QStringLiteral("Grace Hopper"));
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("signatureEmail")),
                         QStringLiteral("grace@example.org"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    };
    desktop.urls.clear();
    action("emailRecapAction")->trigger();
    // THEN they are kept, and sign this recap, the email under the name
    QCOMPARE(asked, 2);
    QCOMPARE(Preferences::mentorName(), QStringLiteral("Grace Hopper"));
    QCOMPARE(Preferences::mentorEmail(), QStringLiteral("grace@example.org"));
    QVERIFY2(body().endsWith(QStringLiteral("With best wishes,\nGrace Hopper\ngrace@example.org")),
             qPrintable(body()));
    // AND with a name set nothing is asked again
    Preferences::setSignatureAsked(false);
    desktop.urls.clear();
    action("emailRecapAction")->trigger();
    QCOMPARE(asked, 2);
    watcher.stop();
}

void TestDocumentActions::shouldGreetTheMenteeAsTheMentorChose()
{
    // GIVEN the profile, where the mentor types how Priya is addressed
    openWindow();
    FakeDesktop desktop;
    m_window->launcher().setOpener(desktop.opener());
    Preferences::setExportFolder(m_dir.path());
    m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(3);
    auto *addressAs = m_window->findChild<QLineEdit *>(QStringLiteral("profileAddressAs"));
    QVERIFY(addressAs->isVisible());
    QCOMPARE(addressAs->placeholderText(), QStringLiteral("Priya"));
    addressAs->setFocus();
    QTest::keyClicks(addressAs, QStringLiteral("Dr Raman"));
    QTest::keyClick(addressAs, Qt::Key_Tab);
    const Id mentee = m_sessions.constFirst().menteeId;
    QCOMPARE(m_window->store().repositories().mentees.get(mentee).addressAs,
             QStringLiteral("Dr Raman"));

    // WHEN the recap is emailed THEN it greets her so
    action("emailRecapAction")->trigger();
    QVERIFY(!desktop.urls.isEmpty());
    const QString body = QUrlQuery(desktop.urls.constFirst())
                             .queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    QVERIFY2(body.startsWith(QStringLiteral("Dear Dr Raman,")), qPrintable(body));
}

void TestDocumentActions::shouldKeepThePreferences()
{
    openWindow();
    bool seen = false;
    whenOpen(QStringLiteral("preferencesDialog"), [&](QWidget *dialog) {
        seen = true;
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("databasePath"))->text(),
                 QDir::toNativeSeparators(m_database->path()));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("mentorName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("Grace Hopper"));
        auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paper"));
        paper->setCurrentIndex(paper->findData(int(Preferences::Paper::Letter)));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        dialog->findChild<QSpinBox *>(QStringLiteral("cadenceDays"))->setValue(21);
        dialog->findChild<QSpinBox *>(QStringLiteral("sessionMinutes"))->setValue(45);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action("preferencesAction")->trigger();
    QVERIFY(seen);
    QCOMPARE(Preferences::mentorName(), QStringLiteral("Grace Hopper"));
    QCOMPARE(Preferences::paper(), Preferences::Paper::Letter);
    QCOMPARE(Preferences::pageSize().id(), QPageSize::Letter);
    QCOMPARE(Preferences::language(), QStringLiteral("de"));
    QCOMPARE(Preferences::reportOptions().mentorName, QStringLiteral("Grace Hopper"));

    // A new relationship starts with the chosen cadence and length.
    m_window->newMentee();
    const Mentee mentee = m_window->store().repositories().mentees.get(m_window->currentMenteeId());
    QCOMPARE(mentee.cadenceDays, 21);
    QCOMPARE(mentee.sessionMinutes, 45);

    // Cancel keeps everything as it was.
    reactivate();
    whenOpen(QStringLiteral("preferencesDialog"), [](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("mentorName")),
                         QStringLiteral(" Jr."));
        qobject_cast<QDialog *>(dialog)->reject();
    });
    action("preferencesAction")->trigger();
    QCOMPARE(Preferences::mentorName(), QStringLiteral("Grace Hopper"));
    Preferences::setLanguage(QString());
}

void TestDocumentActions::shouldMoveTheDatabase()
{
    openWindow();
    const QString target = m_dir.filePath(QStringLiteral("moved/mentoring.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    whenOpen(QStringLiteral("preferencesDialog"), [](QWidget *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("moveDatabase"))->click();
    });
    whenOpen(QStringLiteral("moveDatabaseDialog"), [target](QWidget *widget) {
        auto *dialog = qobject_cast<QFileDialog *>(widget);
        dialog->setDirectory(QFileInfo(target).absolutePath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        name->setText(QFileInfo(target).fileName());
        QTest::keyClick(name, Qt::Key_Return);
    });
    action("preferencesAction")->trigger();

    // The copy is complete and becomes the database; main() removes the old file once the
    // window has closed it.
    const MainWindow::DatabaseSwitch next = m_window->databaseSwitch();
    QCOMPARE(next.open, target);
    QCOMPARE(next.remove, m_database->path());
    QCOMPARE(Preferences::databasePath(), target);
    Database moved;
    moved.open(target, Database::Access::ReadOnly);
    Repositories repositories(moved);
    QCOMPARE(repositories.sessions.count(), m_sessions.size());
    QVERIFY(moved.integrityProblems().isEmpty());
    Preferences::setDatabasePath(QString());
}

QTEST_MAIN(TestDocumentActions)
#include "tst_documentactions.moc"
