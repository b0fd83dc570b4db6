// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "mailcomposer.h"
#include "report/calendarexport.h"
#include "report/reportdocument.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace Mentorbook {

class DesktopLauncher;
class Store;

/**
 * The documents of the Documents menu: the selected session's agenda and recap and the
 * relationship's summary, each to preview, print or export as PDF, and the recap to email.
 * A session with no recap (still planned, or the pre-work) leaves the recap's actions off, their
 * tooltip saying why; the first recap made without the mentor's name asks for it, once.
 * Export remembers the last folder and suggests "2026-11-22 Recap - Ana Silva.pdf". What
 * became of each document (where its file went, or why it could not be written or opened) is
 * reported through the launcher.
 */
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Agenda, Recap, Summary, Calendar, Invitation };

    DocumentActions(Store &store, DesktopLauncher &launcher, QWidget *window);

    /** The Documents menu, with every action. */
    QMenu *menu() const { return m_menu; }
    QAction *previewAgendaAction() const { return m_previewAgenda; }
    QAction *exportRecapAction() const { return m_exportRecap; }
    QAction *emailRecapAction() const { return m_emailRecap; }
    QAction *addToCalendarAction() const { return m_addToCalendar; }
    QAction *sendInvitationAction() const { return m_sendInvitation; }

    /** What the documents are about; 0 for none, which disables the actions. */
    void setContext(Id menteeId, Id sessionId);

    void preview(Kind kind);
    void print(Kind kind);
    /** Asks where to save and writes the PDF; returns the file, or empty if not written. */
    QString exportPdf(Kind kind);
    /**
     * Saves the recap in the export folder and opens an email to the mentee with a covering note
     * and the PDF attached, in the desktop's email program (see MailComposer).
     */
    void emailRecap();
    /** Asks where to save the mentee's sessions as .ics, then opens it in the calendar. */
    QString addToCalendar();
    /**
     * Saves the invitation to the selected session (or, for a cancelled one, its
     * cancellation) in the export folder and opens an email to the mentee with it attached.
     */
    void sendInvitation();

signals:
    /** Emitted before a document reads the database: editors commit what is typed. */
    void aboutToRead();

private:
    std::optional<ReportDocument> build(Kind kind);
    /** Turns the recap's actions on for a session that has one, or off with the reason. */
    void updateRecapActions();
    /** Why the current session has no recap, or empty. */
    QString recapRefusal() const;
    /** Names the invitation's action for the session (invite, or cancel), on or off with why. */
    void updateInvitationAction();
    /** The mentor as organizer, asked once; nullopt (and said why) if there is no email. */
    std::optional<CalendarOptions> organizer();
    /**
     * Says what became of an email with a file attached: `what` names the file ("the recap"),
     * to is the mentee's address (or name), path the file.
     */
    void reportEmail(const MailComposer::Outcome &outcome,
                     const QString &what,
                     const QString &to,
                     const QString &path);
    /** Says where a document went (the printer, or the file chosen) or that it was not printed. */
    void reportPrinted(const QPrinter &printer, const QString &title, int pages);
    QAction *addAction(Kind kind,
                       const QString &text,
                       const char *objectName,
                       const std::function<void()> &run);

    Store &m_store;
    DesktopLauncher &m_launcher;
    QWidget *m_window;
    QMenu *m_menu;
    QList<std::pair<Kind, QAction *>> m_actions;
    QHash<QAction *, QString> m_statusTips; ///< the recap actions' own, while they are on
    QAction *m_previewAgenda = nullptr;
    QAction *m_exportRecap = nullptr;
    QAction *m_emailRecap = nullptr;
    QAction *m_addToCalendar = nullptr;
    QAction *m_sendInvitation = nullptr;
    Id m_menteeId = 0;
    Id m_sessionId = 0;
};

} // namespace Mentorbook
