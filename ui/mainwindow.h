// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace Mentorbook {

class ActionChecklist;
class CalendarPublishing;
class DocumentActions;
class ElidedLabel;
class ActionChecklistModel;
class AttachmentModel;
class Database;
class DesktopLauncher;
class GoalEditor;
class GoalModel;
class GoalReviewModel;
class MenteeListModel;
class OverviewPanel;
class ProblemStatementModel;
class ProfileEditor;
class SessionEditor;
class SessionTimelineModel;
class SearchDialog;
class Store;
class TimelineDelegate;
struct SearchHit;

/**
 * The window a mentor lives in: the mentees on the left, the selected mentee's session
 * timeline in the middle, and on the right the session, the goals, the actions and the
 * profile. Every edit is saved at once and can be undone.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return *m_store; }
    /** What hands files and emails to the desktop's programs; its reports show here. */
    DesktopLauncher &launcher() const { return *m_launcher; }
    /** What keeps the mentor's calendar server up to date. */
    CalendarPublishing &calendarPublishing() const { return *m_calendar; }
    /** Fixes "now" for the markers (overdue, next, today), for tests and screenshots. */
    void setNow(const QDateTime &now);

    void selectMentee(Id menteeId);
    void selectSession(Id sessionId);
    /** Opens a session as clicks would: its mentee in the list, the session, the Session tab. */
    void showSession(Id menteeId, Id sessionId);
    Id currentMenteeId() const { return m_menteeId; }
    Id currentSessionId() const;

    /** Find in All Mentees (Ctrl+K): the search box, over every relationship. */
    void showSearch();
    SearchDialog *searchDialog() const { return m_search; }
    /**
     * Opens what a search found where it is: the relationship, the session, goal, action or
     * profile, the text's editor focused with the terms highlighted.
     */
    void openSearchHit(const Mentorbook::SearchHit &hit, const QStringList &terms);
    /**
     * Presenting (View › Presenting, Ctrl+Shift+P): for sharing the screen. Hides what is the
     * mentor's alone (private notes) and every other relationship, with a banner while on;
     * remembered across restarts until turned off.
     */
    void setPresenting(bool presenting);
    bool isPresenting() const;

    void newMentee();
    void planNextSession();
    /** Asks, then deletes the selected mentee's whole relationship (undoable). */
    void deleteMentee();
    void showPreferences();
    void showKeyboardShortcuts();
    /** Writes what is typed but not yet saved (the typing pause not over). */
    void savePendingTyping() { submitForms(); }
    /**
     * The database failed under the window (an exception reached the event loop): saves what
     * it can of what was typed, says what happened and offers to reopen the database (a new
     * window on it) or to close Mentorbook.
     */
    void databaseFailed(const QString &message);

    /** The exit code that asks main() to open another database in a new window. */
    static constexpr int SwitchDatabaseExitCode = 0x4d42;
    /** After SwitchDatabaseExitCode: the database to open, and the one to delete (a move). */
    struct DatabaseSwitch
    {
        QString open;
        QString remove;
    };
    DatabaseSwitch databaseSwitch() const { return m_switch; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createWelcome();
    QWidget *createMenteePane();
    QWidget *createTimelinePane();
    void menteeChanged(const QModelIndex &proxyIndex);
    void sessionChanged(const QModelIndex &proxyIndex);
    void updatePage();
    void updateHeader();
    void toggleClosed();
    void deleteSession(const QModelIndex &index);
    void backUp();
    void about();
    void showSaved();
    /** A write to the database was refused: the save indicator turns red. */
    void showFailure(const QString &message);
    /** A document's or a launch's outcome, with "Show in folder" when it names a file. */
    void showNotice(const QString &message, const QString &path, int timeout);
    void submitForms();
    bool m_failing = false;
    void readSettings();
    void writeSettings() const;

    Database &m_database;
    Store *m_store;
    DesktopLauncher *m_launcher;
    MenteeListModel *m_mentees;
    SessionTimelineModel *m_sessions;
    GoalModel *m_goals;
    GoalReviewModel *m_reviews;
    ActionChecklistModel *m_actions;
    AttachmentModel *m_attachments;
    ProblemStatementModel *m_statements;
    QSortFilterProxyModel *m_menteeFilter;
    QSortFilterProxyModel *m_sessionOrder;

    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_menteeView = nullptr;
    QListView *m_timeline = nullptr;
    TimelineDelegate *m_timelineDelegate = nullptr;
    ElidedLabel *m_menteeHeading = nullptr;
    QLabel *m_menteeSummary = nullptr;
    QPushButton *m_planButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    SessionEditor *m_sessionEditor = nullptr;
    GoalEditor *m_goalEditor = nullptr;
    ActionChecklist *m_checklist = nullptr;
    ProfileEditor *m_profile = nullptr;
    OverviewPanel *m_overview = nullptr;
    QLabel *m_saveState = nullptr;
    QToolButton *m_showInFolder = nullptr;
    QString m_noticeText;
    QString m_noticePath;

    QAction *m_newMenteeAction = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_deleteMenteeAction = nullptr;
    QAction *m_newestFirstAction = nullptr;
    QAction *m_presentingAction = nullptr;
    QAction *m_findEverywhereAction = nullptr;
    QWidget *m_presentingBanner = nullptr;
    SearchDialog *m_search = nullptr;
    /** Hides or shows what presenting keeps off the screen, and what the search may show. */
    void applyPresenting();
    /** What the search may show: everything, or while presenting this relationship's shareable
     * texts. */
    void updateSearchScope();
    DocumentActions *m_documents = nullptr;
    CalendarPublishing *m_calendar = nullptr;
    DatabaseSwitch m_switch;
    Id m_menteeId = 0;
};

} // namespace Mentorbook
