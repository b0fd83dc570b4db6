// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"
#include "edit/verbs.h"
#include "interchange/jsonexporter.h"
#include "mainwindow.h"
#include "model/carryovermodel.h"
#include "model/sessiontimelinemodel.h"
#include "overviewpanel.h"
#include "problemstatementdelegate.h"
#include "problemstatementdialog.h"
#include "program/method.h"
#include "program/planning.h"
#include "report/agenda.h"
#include "report/recap.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

/** The main window, driven offscreen with the mouse and the keyboard as a mentor would. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldWelcomeOnAnEmptyDatabase();
    void shouldExploreTheSampleFromTheWelcome();
    void shouldFitTheScreenWhenSavedOnALargerOne();
    void shouldRunARelationshipWithMouseAndKeyboard();
    void shouldNotTypeTheLetterOfAnAltKeyNoMnemonicTook();
    void shouldKeepTheTextWhenASaveIsRefused();
    void shouldFilterTheMentees();
    void shouldShowTheSectionsOfEachStage();
    void shouldRecordADebriefThatDidNotHappen();
    void shouldWriteProblemStatementsFromTheTemplates();
    void shouldShowWhereTheRelationshipStands();
    void shouldPlanAnExerciseAfterADebrief();
    void shouldKeepEveryDocumentWhenASessionIsDeleted();
    void shouldAskBeforeHoldingAFutureSessionAndWhyOneDidNotTakePlace();
    void shouldKeepPreWorkFilesDroppedOnTheProfile();
    void shouldKeepTheWindowLayout();
    void shouldShowADatabaseOnAReadOnlyDiskForViewingOnly();

private:
    /** Opens the window on the database and waits until it is shown and active. */
    void openWindow();
    template<class T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    void clickTab(int index);
    const Repositories &stored() { return m_window->store().repositories(); }
    /** Clicks the destructive button of the confirmation that is about to open. */
    static void confirmSoon(const QString &objectName);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-tests"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_database = openTestDatabase(m_dir);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_database.reset();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_database);
    m_window->setNow(frozenNow());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::clickTab(int index)
{
    QTabBar *bar = child<QTabWidget>("detailTabs")->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(child<QTabWidget>("detailTabs")->currentIndex(), index);
}

void TestMainWindow::confirmSoon(const QString &objectName)
{
    QTimer::singleShot(0, [objectName] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (box && box->objectName() == objectName) {
                for (QAbstractButton *button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                        button->click();
                }
            }
        }
    });
}

void TestMainWindow::shouldWelcomeOnAnEmptyDatabase()
{
    openWindow();
    QVERIFY(child<QWidget>("welcomePage")->isVisible());
    QVERIFY(child<QPushButton>("addFirstMentee")->isVisible());
    QVERIFY(child<QPushButton>("exploreSample")->isVisible());
    QVERIFY(!child<QWidget>("mainSplitter")->isVisible());
}

void TestMainWindow::shouldFitTheScreenWhenSavedOnALargerOne()
{
    // GIVEN a window geometry saved on a screen larger than this one
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        QWidget larger;
        larger.resize(available.size() + QSize(400, 300));
        QSettings().setValue(QStringLiteral("window/geometry"), larger.saveGeometry());
    }
    // WHEN the window opens THEN it is no larger than the screen (or than its smallest size,
    // on a screen smaller than that: the offscreen one is 800 wide)
    openWindow();
    const QSize least = m_window->minimumSizeHint();
    QVERIFY2(m_window->width() <= qMax(available.width(), least.width())
                 && m_window->height() <= qMax(available.height(), least.height()),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(m_window->width())
                            .arg(m_window->height())
                            .arg(available.width())
                            .arg(available.height())));
    QCOMPARE(m_window->pos(), available.topLeft());
}

void TestMainWindow::shouldExploreTheSampleFromTheWelcome()
{
    openWindow();
    QTest::mouseClick(child<QPushButton>("exploreSample"), Qt::LeftButton);

    QVERIFY(child<QWidget>("mainSplitter")->isVisible());
    QCOMPARE(child<QListView>("menteeList")->model()->rowCount(), 1);
    auto *timeline = child<QListView>("sessionTimeline");
    QCOMPARE(timeline->model()->rowCount(), stored().sessions.count());
    // The window opens on the next session, the planned one.
    QVERIFY(timeline->currentIndex().data(SessionTimelineModel::IsNextRole).toBool());
    QVERIFY(child<QLabel>("sessionHeading")->text().startsWith(QStringLiteral("Session ")));
    QCOMPARE(child<QLabel>("menteeHeading")->text(), stored().mentees.all().constFirst().name);

    // Undo takes the whole sample away again.
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(stored().mentees.count(), 0);
    QCOMPARE(stored().sessions.count(), 0);
    QVERIFY(child<QWidget>("welcomePage")->isVisible());
}

void TestMainWindow::shouldRunARelationshipWithMouseAndKeyboard()
{
    openWindow();

    // GIVEN an empty database WHEN the mentor adds a mentee and types the name
    QTest::mouseClick(child<QPushButton>("addFirstMentee"), Qt::LeftButton);
    auto *name = child<QLineEdit>("profileName");
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("Ana Silva"));
    QTest::keyClick(name, Qt::Key_Tab);
    // THEN it is stored at once
    QCOMPARE(stored().mentees.count(), 1);
    const Id ana = stored().mentees.all().constFirst().id;
    QCOMPARE(stored().mentees.get(ana).name, QStringLiteral("Ana Silva"));
    QCOMPARE(child<QLabel>("menteeHeading")->text(), QStringLiteral("Ana Silva"));
    // AND the next field is how the recap greets her: the first name unless typed otherwise
    auto *addressAs = child<QLineEdit>("profileAddressAs");
    QVERIFY(addressAs->hasFocus());
    QCOMPARE(addressAs->placeholderText(), QStringLiteral("Ana"));
    QTest::keyClicks(addressAs, QStringLiteral("Dr Silva"));
    QTest::keyClick(addressAs, Qt::Key_Tab);
    QCOMPARE(stored().mentees.get(ana).addressAs, QStringLiteral("Dr Silva"));

    // WHEN a session is planned and notes are typed into it
    QTest::mouseClick(child<QPushButton>("planSessionButton"), Qt::LeftButton);
    QCOMPARE(stored().sessionsOf(ana).size(), 1);
    const Session planned = stored().sessionsOf(ana).constFirst();
    QCOMPARE(planned.stage, Stage::Prework);
    QCOMPARE(planned.status, SessionStatus::Planned);
    auto *notes = child<QPlainTextEdit>("sessionNotes");
    QTest::mouseClick(notes->viewport(), Qt::LeftButton);
    QTest::keyClicks(notes, QStringLiteral("Read her resume."));
    QTRY_COMPARE(stored().sessions.get(planned.id).notes, QStringLiteral("Read her resume."));

    // WHEN a goal is added with its SMART fields
    clickTab(1);
    QTest::mouseClick(child<QPushButton>("addGoal"), Qt::LeftButton);
    auto *title = child<QLineEdit>("goalTitle");
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Lead the weekly planning meeting"));
    QTest::keyClick(title, Qt::Key_Tab);
    const QList<std::pair<const char *, QString>> smart{
        {"goalSpecific", QStringLiteral("Chair the Monday planning meeting")},
        {"goalMeasurable", QStringLiteral("Four meetings chaired, feedback from two peers")},
        {"goalAchievable", QStringLiteral("Her manager agreed")},
        {"goalRelevant", QStringLiteral("Needed for the team lead role")}};
    for (const auto &[objectName, text] : smart) {
        auto *edit = child<QPlainTextEdit>(objectName);
        QTest::mouseClick(edit->viewport(), Qt::LeftButton);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    auto *timeBound = child<DateField>("goalTimeBound");
    QTest::mouseClick(timeBound, Qt::LeftButton, {}, QPoint(8, timeBound->height() / 2));
    QTest::keyClicks(timeBound, QStringLiteral("30 Jun 2026"));
    QTest::keyClick(timeBound, Qt::Key_Tab);
    QTRY_COMPARE(stored().goals.where(QStringLiteral("mentee_id"), ana).size(), 1);
    const Id goalId = stored().goals.where(QStringLiteral("mentee_id"), ana).constFirst().id;
    QTRY_COMPARE(stored().goals.get(goalId).timeBoundOn, QDate(2026, 6, 30));
    const Goal goal = stored().goals.get(goalId);
    QCOMPARE(goal.title, QStringLiteral("Lead the weekly planning meeting"));
    QCOMPARE(goal.specific, smart.at(0).second);
    QCOMPARE(goal.measurable, smart.at(1).second);
    QCOMPARE(goal.achievable, smart.at(2).second);
    QCOMPARE(goal.relevant, smart.at(3).second);

    // WHEN two actions are added and one is ticked
    clickTab(2);
    auto *actions = child<QTreeView>("actionView");
    for (const QString &text : {QStringLiteral("Send the resume"), QStringLiteral("Book a room")}) {
        QTest::mouseClick(child<QPushButton>("addAction"), Qt::LeftButton);
        // The new row opens in its editor, ready for typing.
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->parentWidget(), actions->viewport());
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits what Return confirms once the event loop turns.
        QTRY_COMPARE(stored().actions.where(QStringLiteral("mentee_id"), ana).constLast().text,
                     text);
    }
    QTRY_COMPARE(stored().actions.where(QStringLiteral("mentee_id"), ana).size(), 2);
    QStringList texts;
    for (const Action &action : stored().actions.where(QStringLiteral("mentee_id"), ana))
        texts << action.text;
    QCOMPARE(texts,
             QStringList({QStringLiteral("Send the resume"), QStringLiteral("Book a room")}));
    QCOMPARE(actions->model()->rowCount(), 2);
    actions->setFocus();
    actions->setCurrentIndex(actions->model()->index(0, 0));
    const Id ticked = actions->currentIndex().data(Qt::UserRole + 1).toLongLong();
    QTest::keyClick(actions, Qt::Key_Space);
    QVERIFY(stored().actions.get(ticked).isDone());
    QCOMPARE(actions->model()->rowCount(), 1); // the checklist shows open actions

    // THEN undo and redo go back and forth over the tick
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(!stored().actions.get(ticked).isDone());
    QCOMPARE(actions->model()->rowCount(), 2);
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QVERIFY(stored().actions.get(ticked).isDone());

    // WHEN the mentee is deleted THEN everything goes, and undo brings all of it back
    confirmSoon(QStringLiteral("confirmDeleteMentee"));
    child<QAction>("deleteMenteeAction")->trigger();
    QCOMPARE(stored().mentees.count(), 0);
    QCOMPARE(stored().sessions.count(), 0);
    QCOMPARE(stored().goals.count(), 0);
    QCOMPARE(stored().actions.count(), 0);
    QVERIFY(child<QWidget>("welcomePage")->isVisible());

    // The confirmation has closed; the window manager gives the window its focus back.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>("addFirstMentee"));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(stored().mentees.get(ana).name, QStringLiteral("Ana Silva"));
    QCOMPARE(stored().sessions.get(planned.id).notes, QStringLiteral("Read her resume."));
    QCOMPARE(stored().goals.get(goalId).specific, smart.at(0).second);
    QCOMPARE(stored().actions.where(QStringLiteral("mentee_id"), ana).size(), 2);
    QVERIFY(stored().actions.get(ticked).isDone());
    QVERIFY(child<QWidget>("mainSplitter")->isVisible());
    QCOMPARE(child<QListView>("menteeList")->model()->rowCount(), 1);
    QVERIFY(m_database->integrityProblems().isEmpty());
}

void TestMainWindow::shouldKeepTheTextWhenASaveIsRefused()
{
    Mentee mentee;
    mentee.name = QStringLiteral("Bo");
    Repositories(*m_database).mentees.add(mentee);
    openWindow();
    clickTab(3);
    auto *email = child<QLineEdit>("profileEmail");
    QTest::mouseClick(email, Qt::LeftButton);
    QTest::keyClicks(email, QStringLiteral("bo at example"));
    QTest::keyClick(email, Qt::Key_Tab);

    QCOMPARE(stored().mentees.get(mentee.id).email, QString());
    QCOMPARE(email->text(), QStringLiteral("bo at example"));
    QCOMPARE(child<QLabel>("saveState")->text(), QStringLiteral("Not saved"));
    QVERIFY2(
        m_window->statusBar()->currentMessage().contains(QStringLiteral("not an email address")),
        qPrintable(m_window->statusBar()->currentMessage()));

    // Corrected, it is saved.
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("bo@example.org"));
    QTest::keyClick(email, Qt::Key_Tab);
    QCOMPARE(stored().mentees.get(mentee.id).email, QStringLiteral("bo@example.org"));
    QVERIFY(child<QLabel>("saveState")->text().startsWith(QStringLiteral("Saved")));
}

void TestMainWindow::shouldFilterTheMentees()
{
    for (const char *name : {"Ana Silva", "Bo Lindqvist", "Chidi Okafor"}) {
        Mentee mentee;
        mentee.name = QString::fromUtf8(name);
        Repositories(*m_database).mentees.add(mentee);
    }
    openWindow();
    auto *list = child<QListView>("menteeList");
    QCOMPARE(list->model()->rowCount(), 3);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    auto *filter = child<QLineEdit>("menteeFilter");
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("lind"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Bo Lindqvist"));
}

void TestMainWindow::shouldShowTheSectionsOfEachStage()
{
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    auto *exercise = child<QWidget>("exerciseCard");
    auto *debrief = child<QWidget>("debriefForm");
    int exercises = 0;
    int debriefs = 0;
    for (const Session &session : stored().sessionsOf(mentee)) {
        m_window->selectSession(session.id);
        const bool hasPlan = !session.exerciseWhat.isEmpty();
        QCOMPARE(exercise->isVisibleTo(m_window.get()),
                 session.stage == Stage::Exercise || hasPlan);
        QCOMPARE(debrief->isVisibleTo(m_window.get()), session.stage == Stage::Debrief);
        // The stage's purpose and questions are at hand.
        const QString guide = child<QLabel>("stageGuide")->text();
        QVERIFY2(guide.contains(Method::guide(session.stage).purpose.toHtmlEscaped()),
                 qPrintable(guide));
        if (hasPlan) {
            ++exercises;
            QCOMPARE(child<QPlainTextEdit>("exerciseWhat")->toPlainText(), session.exerciseWhat);
            const QString statement
                = stored().problemStatements.get(session.problemStatementId).text;
            QCOMPARE(child<QComboBox>("exerciseProblemStatement")->currentText(), statement);
        }
        if (session.stage == Stage::Debrief && session.status == SessionStatus::Held) {
            ++debriefs;
            // The debrief opens with the plan of the exercise before it.
            QVERIFY(child<QLabel>("debriefedExercise")
                        ->text()
                        .startsWith(QStringLiteral("Exercise set at session ")));
            QCOMPARE(child<QWidget>("debriefWentWell")->isVisibleTo(m_window.get()),
                     session.debriefOutcome == DebriefOutcome::WentWell);
            QCOMPARE(child<QWidget>("debriefTryNext")->isVisibleTo(m_window.get()),
                     session.debriefOutcome == DebriefOutcome::DidNotGoWell);
            QCOMPARE(child<QWidget>("debriefReason")->isVisibleTo(m_window.get()),
                     session.debriefOutcome == DebriefOutcome::DidNotHappen);
        }
        const QString folder = qEnvironmentVariable("MENTORBOOK_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            auto *form = child<QWidget>("sessionEditor")->findChild<QScrollArea *>()->widget();
            form->grab().save(
                QDir(folder).filePath(QStringLiteral("session-%1.png").arg(session.sequence)));
        }
    }
    QVERIFY(exercises >= 2);
    QVERIFY(debriefs >= 2);
}

void TestMainWindow::shouldRecordADebriefThatDidNotHappen()
{
    // GIVEN a planned debrief
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    const Session planned = stored().sessionsOf(mentee).constLast();
    QCOMPARE(planned.stage, Stage::Debrief);
    m_window->selectSession(planned.id);
    QVERIFY(!child<QWidget>("debriefReason")->isVisibleTo(m_window.get()));

    // WHEN the mentor records that the exercise did not happen, and why
    auto *outcome = child<QComboBox>("debriefOutcome");
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_End); // the last choice: "Did not happen"
    QCOMPARE(outcome->currentText(), label(DebriefOutcome::DidNotHappen));
    QTRY_COMPARE(stored().sessions.get(planned.id).debriefOutcome, DebriefOutcome::DidNotHappen);
    auto *reason = child<QComboBox>("debriefReason");
    QVERIFY(reason->isVisibleTo(m_window.get()));
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down); // "No time"
    auto *whyNot = child<QPlainTextEdit>("debriefWhyNot");
    QTest::mouseClick(whyNot->viewport(), Qt::LeftButton);
    QTest::keyClicks(whyNot, QStringLiteral("Month end came early."));

    // THEN the outcome, the reason and the explanation are stored
    QTRY_COMPARE(stored().sessions.get(planned.id).debriefWhyNot,
                 QStringLiteral("Month end came early."));
    const Session stored = this->stored().sessions.get(planned.id);
    QCOMPARE(stored.debriefOutcome, DebriefOutcome::DidNotHappen);
    QCOMPARE(stored.whyNotReason, WhyNotReason::NoTime);
}

void TestMainWindow::shouldWriteProblemStatementsFromTheTemplates()
{
    // GIVEN the sample's focus session
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    Id focus = 0;
    for (const Session &session : stored().sessionsOf(mentee)) {
        if (session.stage == Stage::Focus)
            focus = session.id;
    }
    m_window->selectSession(focus);
    QVERIFY(child<QWidget>("problemStatements")->isVisibleTo(m_window.get()));
    const int before
        = int(stored().problemStatements.where(QStringLiteral("mentee_id"), mentee).size());

    // WHEN two statements are written from the first template, filling its blanks
    for (const auto &[skill, purpose] :
         {std::pair{QStringLiteral("SQL"), QStringLiteral("automate the monthly pack")},
          std::pair{QStringLiteral("storytelling"), QStringLiteral("win support")}}) {
        bool okWasBlocked = false;
        QTimer::singleShot(0, [&, skill = skill, purpose = purpose] {
            auto *dialog
                = qobject_cast<ProblemStatementDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTemplate(ProblemTemplate::DevelopSkills);
            QCOMPARE(dialog->blanks().size(), 2);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            okWasBlocked = !ok->isEnabled();
            QTest::keyClicks(dialog->blanks().at(0), skill);
            QTest::keyClicks(dialog->blanks().at(1), purpose);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>("addProblemStatement"), Qt::LeftButton);
        QVERIFY(okWasBlocked);
    }

    // THEN they are stored with their template, and four active ones draw a warning
    const QList<ProblemStatement> statements
        = stored().problemStatements.where(QStringLiteral("mentee_id"), mentee);
    QCOMPARE(statements.size(), before + 2);
    QCOMPARE(
        statements.constLast().text,
        QStringLiteral("I want to develop my skills in storytelling, so that I can win support."));
    QCOMPARE(statements.constLast().templateId, ProblemTemplate::DevelopSkills);
    int active = 0;
    for (const ProblemStatement &statement : statements)
        active += statement.status == ProblemStatus::Active;
    QCOMPARE(child<QLabel>("tooManyStatements")->isVisibleTo(m_window.get()), active > 3);
    QVERIFY(active > 3);

    // WHEN the newest is ranked up THEN it comes before the one added just before it
    auto *ranked = child<QListView>("problemStatementList");
    ranked->setCurrentIndex(ranked->model()->index(ranked->model()->rowCount() - 1, 0));
    QTest::mouseClick(child<QPushButton>("rankUp"), Qt::LeftButton);
    const Id newest = statements.constLast().id;
    const Id previous = statements.at(statements.size() - 2).id;
    QVERIFY(stored().problemStatements.get(newest).rank
            < stored().problemStatements.get(previous).rank);
    QCOMPARE(ranked->currentIndex().data(Qt::UserRole + 1).toLongLong(), newest);
    // The dialogs have closed; the window manager gives the window its focus back.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(stored().problemStatements.get(newest).rank
            > stored().problemStatements.get(previous).rank);

    // WHEN one is parked THEN the warning goes
    auto *list = child<QListView>("problemStatementList");
    list->setCurrentIndex(list->model()->index(list->model()->rowCount() - 1, 0));
    auto *status = child<QComboBox>("problemStatementStatus");
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // Active -> Parked
    QCOMPARE(stored().problemStatements.get(statements.constLast().id).status,
             ProblemStatus::Parked);
    QCOMPARE(child<QLabel>("tooManyStatements")->isVisibleTo(m_window.get()), active - 1 > 3);
    // AND the list says so, after its rank
    const QModelIndex parked = list->model()->index(list->model()->rowCount() - 1, 0);
    const ProblemStatement stored = this->stored().problemStatements.get(statements.constLast().id);
    QCOMPARE(ProblemStatementDelegate::textFor(parked),
             QStringLiteral("%1. %2 — Parked").arg(stored.rank).arg(stored.text));
    QCOMPARE(ProblemStatementDelegate::textFor(list->model()->index(0, 0)).left(3),
             QStringLiteral("1. "));
}

void TestMainWindow::shouldShowWhereTheRelationshipStands()
{
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    clickTab(4);
    const QList<Session> sessions = stored().sessionsOf(mentee);
    const RelationshipStatus status
        = Planning::statusOf(stored().mentees.get(mentee),
                             sessions,
                             stored().actions.where(QStringLiteral("mentee_id"), mentee),
                             frozenNow());
    auto *overview = child<OverviewPanel>("overviewPanel");
    const QString figures = overview->figuresText();
    QVERIFY2(
        figures.contains(QStringLiteral("Sessions held</td><td><b>%1<").arg(status.heldSessions)),
        qPrintable(figures));
    QVERIFY(figures.contains(
        QStringLiteral("Attendance</td><td><b>%1%").arg(qRound(status.attendanceRate * 100))));
    QVERIFY(figures.contains(QStringLiteral("%1 of %2")
                                 .arg(status.doneActions)
                                 .arg(status.doneActions + status.openActions)));
    // Preparing means the next session's agenda: open actions to review, goals, questions.
    const QString prepare = child<QTextBrowser>("prepareView")->toPlainText();
    QVERIFY2(prepare.contains(QStringLiteral("Session %1 with").arg(sessions.constLast().sequence)),
             qPrintable(prepare));
    QVERIFY(prepare.contains(QStringLiteral("Review of agreed actions")));
    QVERIFY(prepare.contains(QStringLiteral("Questions to ask")));

    // A session cancelled changes the figures at once.
    Session last = sessions.constLast();
    last.status = SessionStatus::Cancelled;
    m_window->store().change(last, QStringLiteral("Cancel"));
    QVERIFY(overview->figuresText().contains(
        QStringLiteral("Cancelled / missed</td><td><b>%1 / 0").arg(status.cancelledSessions + 1)));
}

void TestMainWindow::shouldAskBeforeHoldingAFutureSessionAndWhyOneDidNotTakePlace()
{
    // GIVEN the sample's planned session 9, still ahead
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    const Session planned = stored().sessionsOf(mentee).constLast();
    m_window->selectSession(planned.id);
    auto *status = child<QComboBox>("sessionStatus");
    QCOMPARE(status->currentIndex(), int(SessionStatus::Planned));

    // WHEN it is set to held and the question is answered Cancel THEN nothing changes
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QCOMPARE(box->objectName(), QStringLiteral("confirmHeldInFuture"));
        box->button(QMessageBox::Cancel)->click();
    });
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // planned → held
    QCOMPARE(stored().sessions.get(planned.id).status, SessionStatus::Planned);
    QCOMPARE(status->currentIndex(), int(SessionStatus::Planned));

    // WHEN it is set to cancelled THEN the reason typed is kept with it
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *line = dialog->findChild<QLineEdit *>();
        QTest::keyClicks(line, QStringLiteral("Priya is ill"));
        dialog->accept();
    });
    QTest::keyClicks(status, QStringLiteral("C")); // planned → cancelled, as typed
    const Session cancelled = stored().sessions.get(planned.id);
    QCOMPARE(cancelled.status, SessionStatus::Cancelled);
    QCOMPARE(cancelled.statusReason, QStringLiteral("Priya is ill"));
    QVERIFY(child<QLineEdit>("sessionStatusReason")->isVisibleTo(m_window.get()));

    // WHEN it is rescheduled THEN a new session is planned one cadence on, and shown
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("Back next week"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>("rescheduleSession"), Qt::LeftButton);
    const Session next = stored().sessionsOf(mentee).constLast();
    QCOMPARE(next.sequence, planned.sequence + 1);
    QCOMPARE(next.status, SessionStatus::Planned);
    QCOMPARE(next.stage, planned.stage);
    QCOMPARE(next.scheduledAt,
             planned.scheduledAt.addDays(stored().mentees.get(mentee).cadenceDays));
    QCOMPARE(stored().sessions.get(planned.id).statusReason, QStringLiteral("Back next week"));
    QCOMPARE(m_window->currentSessionId(), next.id);
}

void TestMainWindow::shouldNotTypeTheLetterOfAnAltKeyNoMnemonicTook()
{
    // GIVEN the sample's session 9 with the focus in its place
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    const Session planned = stored().sessionsOf(mentee).constLast();
    m_window->selectSession(planned.id);
    auto *place = child<QLineEdit>("sessionLocation");
    auto *notes = child<QPlainTextEdit>("sessionNotes");
    place->setFocus();

    // WHEN Alt+Q (no mnemonic) is pressed there and in the notes, then a letter typed plainly
    QTest::keyClick(place, Qt::Key_Q, Qt::AltModifier);
    QTest::keyClick(notes->viewport(), Qt::Key_Q, Qt::AltModifier);
    QTest::keyClick(place, Qt::Key_Tab);

    // THEN nothing was typed or saved
    QCOMPARE(place->text(), planned.location);
    QCOMPARE(notes->toPlainText(), planned.notes);
    QCOMPARE(stored().sessions.get(planned.id).location, planned.location);
}

void TestMainWindow::shouldKeepEveryDocumentWhenASessionIsDeleted()
{
    // GIVEN the sample, and its session 8, which agreed actions, selected in the timeline
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    const QList<Session> sessions = stored().sessionsOf(mentee);
    const Session eighth = sessions.at(7);
    const QByteArray before = JsonExporter::toJson(stored());
    m_window->selectSession(eighth.id);
    auto *review = child<QTreeView>("actionReviewView");
    auto *editor = qobject_cast<CarryOverModel *>(review->model());
    QVERIFY(editor);

    // WHEN Delete session is clicked
    QTest::mouseClick(child<QPushButton>("deleteSession"), Qt::LeftButton);

    // THEN it is gone, its actions stay, and the next session's review, its agenda and the
    // recap before it agree and export
    QVERIFY(!stored().sessions.find(eighth.id));
    m_window->selectSession(sessions.at(8).id);
    QStringList listed;
    for (int row = 0; row < editor->rowCount(); ++row)
        listed << editor->actionAt(editor->index(row, 0)).text;
    QVERIFY(listed.size() >= 3);
    const QString agenda = Agenda::build(stored(), sessions.at(8).id).html;
    for (const QString &text : std::as_const(listed))
        QVERIFY2(agenda.contains(text.toHtmlEscaped()), qPrintable(text));
    QVERIFY(!Recap::build(stored(), sessions.at(6).id, {}).html.isEmpty());

    // AND Undo brings the session back exactly
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(JsonExporter::toJson(stored()), before);
}

void TestMainWindow::shouldPlanAnExerciseAfterADebrief()
{
    // GIVEN the sample, whose last session is a planned debrief
    openWindow();
    const Id mentee = Edit::addSample(m_window->store(), today());
    m_window->selectMentee(mentee);
    const Session debrief = stored().sessionsOf(mentee).constLast();
    QCOMPARE(debrief.stage, Stage::Debrief);

    // WHEN the mentor plans the next session
    QTest::keySequence(m_window.get(), QKeySequence::New);

    // THEN an exercise is proposed, one agreed interval after the debrief, with the agenda filled
    const Session planned = stored().sessionsOf(mentee).constLast();
    QCOMPARE(planned.sequence, debrief.sequence + 1);
    QCOMPARE(planned.stage, Stage::Exercise);
    QCOMPARE(planned.status, SessionStatus::Planned);
    const int cadence = stored().mentees.get(mentee).cadenceDays;
    // Same time of day on the wall clock, across a change to summer time too (TZ=Europe/Berlin).
    QCOMPARE(planned.scheduledAt.toLocalTime(), debrief.scheduledAt.toLocalTime().addDays(cadence));
    QCOMPARE(planned.scheduledAt.toLocalTime().time(), debrief.scheduledAt.toLocalTime().time());
    QVERIFY(planned.agenda.contains(QStringLiteral("Choose one problem statement")));
    QCOMPARE(m_window->currentSessionId(), planned.id);
    QVERIFY(child<QWidget>("exerciseCard")->isVisibleTo(m_window.get()));

    // WHEN the homework card is filled in: a problem statement, what, with whom, and a key step
    auto *statement = child<QComboBox>("exerciseProblemStatement");
    statement->setFocus();
    QTest::keyClick(statement, Qt::Key_Down);
    auto *what = child<QPlainTextEdit>("exerciseWhat");
    QTest::mouseClick(what->viewport(), Qt::LeftButton);
    QTest::keyClicks(what, QStringLiteral("Give Aisha feedback on the route analysis"));
    auto *withWhom = child<QLineEdit>("exerciseWithWhom");
    QTest::mouseClick(withWhom, Qt::LeftButton);
    QTest::keyClicks(withWhom, QStringLiteral("Aisha Khan"));
    QTest::keyClick(withWhom, Qt::Key_Tab);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("Book thirty minutes with Aisha"));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>("addKeyStep"), Qt::LeftButton);

    // THEN all of it is stored, and the key step is an action of this session
    QTRY_COMPARE(stored().sessions.get(planned.id).exerciseWhat,
                 QStringLiteral("Give Aisha feedback on the route analysis"));
    const Session card = stored().sessions.get(planned.id);
    QCOMPARE(card.exerciseWithWhom, QStringLiteral("Aisha Khan"));
    QVERIFY(card.problemStatementId > 0);
    QCOMPARE(statement->currentText(),
             stored().problemStatements.get(card.problemStatementId).text);
    const QList<Action> steps = stored().actions.where(QStringLiteral("session_id"), planned.id);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.constFirst().text, QStringLiteral("Book thirty minutes with Aisha"));
    QCOMPARE(steps.constFirst().problemStatementId, card.problemStatementId);
    QCOMPARE(steps.constFirst().withWhom, QStringLiteral("Aisha Khan"));
    QVERIFY(steps.constFirst().dueOn.isValid());
    // AND the card lists its key steps, with when they are due
    const QString listed = child<QLabel>("exerciseKeySteps")->text();
    QVERIFY2(listed.contains(QStringLiteral("Book thirty minutes with Aisha")), qPrintable(listed));
    QVERIFY(listed.contains(QLocale().toString(steps.constFirst().dueOn, QLocale::ShortFormat)));

    // AND the introductions session shows what the mentee shared, from the profile
    for (const Session &session : stored().sessionsOf(mentee)) {
        if (session.stage != Stage::Introductions)
            continue;
        m_window->selectSession(session.id);
        QVERIFY(child<QWidget>("introductions")->isVisibleTo(m_window.get()));
        QCOMPARE(child<QPlainTextEdit>("introBackground")->toPlainText(),
                 stored().mentees.get(mentee).background);
    }
}

void TestMainWindow::shouldKeepPreWorkFilesDroppedOnTheProfile()
{
    // GIVEN a mentee and two files on disk
    Mentee mentee;
    mentee.name = QStringLiteral("Ana");
    Repositories(*m_database).mentees.add(mentee);
    const QByteArray resume("Ana Silva\nSenior analyst\n\xc3\xa9t\xc3\xa9 2025\n");
    const QString resumePath = m_dir.filePath(QStringLiteral("Ana Silva CV.txt"));
    const QString jobPath = m_dir.filePath(QStringLiteral("job-description.pdf"));
    for (const auto &[path, bytes] :
         {std::pair{resumePath, resume}, std::pair{jobPath, QByteArray("%PDF-1.4 ...")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    openWindow();
    clickTab(3);
    auto *list = child<QListView>("attachmentList");
    QWidget *target = list->viewport();

    // WHEN they are dragged from the file manager and dropped on the pre-work list
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(resumePath), QUrl::fromLocalFile(jobPath)});
    const QPoint point = target->rect().center();
    QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);

    // THEN both are stored in the database, whole, with their kind guessed from the name
    const QList<Attachment> stored
        = Repositories(*m_database).attachments.where(QStringLiteral("mentee_id"), mentee.id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).fileName, QStringLiteral("Ana Silva CV.txt"));
    QCOMPARE(stored.at(0).kind, AttachmentKind::Resume);
    QCOMPARE(stored.at(0).data, resume);
    QCOMPARE(stored.at(0).mimeType, QStringLiteral("text/plain"));
    QCOMPARE(stored.at(1).kind, AttachmentKind::JobDescription);
    QCOMPARE(list->model()->rowCount(), 2);

    // AND one can be removed, and the removal undone
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>("removeAttachment"), Qt::LeftButton);
    QCOMPARE(Repositories(*m_database).attachments.count(), 1);
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(Repositories(*m_database).attachments.count(), 2);
    QCOMPARE(list->model()->rowCount(), 2);
}

void TestMainWindow::shouldKeepTheWindowLayout()
{
    Mentee mentee;
    mentee.name = QStringLiteral("Ana");
    Repositories(*m_database).mentees.add(mentee);
    openWindow();
    auto *splitter = child<QSplitter>("mainSplitter");
    splitter->setSizes({300, 300, 600});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_window.reset();

    openWindow();
    QCOMPARE(child<QSplitter>("mainSplitter")->sizes(), sizes);
}

void TestMainWindow::shouldShowADatabaseOnAReadOnlyDiskForViewingOnly()
{
    // GIVEN a window on a database that can be written: no banner
    openWindow();
    QVERIFY(!child<QLabel>("readOnlyBanner")->isVisible());
    m_window.reset();
    m_database.reset();

    // AND the sample on a disk that is then made read-only
    QTemporaryDir dir;
    const QByteArray folder = QFile::encodeName(dir.path());
    if (::mount("none", folder.constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs here (%1)")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    const auto unmount = qScopeGuard([&] { ::umount2(folder.constData(), MNT_DETACH); });
    const QString file = dir.filePath(QStringLiteral("mentorbook.sqlite"));
    {
        Database database;
        database.open(file);
        Store store(database);
        QVERIFY(Edit::addSample(store, today()) > 0);
    }
    QVERIFY(::mount("none", folder.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0);
    const QByteArray before = fileDigest(file);

    // WHEN the window opens it THEN a banner says it is read-only and why
    m_database = std::make_unique<Database>();
    m_database->open(file);
    QVERIFY(m_database->isReadOnlyFallback());
    openWindow();
    const QLabel *banner = child<QLabel>("readOnlyBanner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("This database is read-only: the folder ")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().endsWith(QStringLiteral("; you can view, export and back it up.")));
    QCOMPARE(stored().mentees.count(), 1);

    // AND an edit is refused with that reason, and the file stays as it was
    QCOMPARE(Edit::addMentee(m_window->store(), today(), 14, 60), Id(0));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("read-only")),
             qPrintable(m_window->statusBar()->currentMessage()));
    m_window.reset();
    m_database.reset();
    QCOMPARE(fileDigest(file), before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
