// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
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
    enum class Kind { Agenda, Recap, Summary };

    DocumentActions(Store &store, DesktopLauncher &launcher, QWidget *window);

    /** The Documents menu, with every action. */
    QMenu *menu() const { return m_menu; }
    QAction *previewAgendaAction() const { return m_previewAgenda; }
    QAction *exportRecapAction() const { return m_exportRecap; }
    QAction *emailRecapAction() const { return m_emailRecap; }

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

signals:
    /** Emitted before a document reads the database: editors commit what is typed. */
    void aboutToRead();

private:
    std::optional<ReportDocument> build(Kind kind);
    /** Turns the recap's actions on for a session that has one, or off with the reason. */
    void updateRecapActions();
    /** Why the current session has no recap, or empty. */
    QString recapRefusal() const;
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
    Id m_menteeId = 0;
    Id m_sessionId = 0;
};

} // namespace Mentorbook
