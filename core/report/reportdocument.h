// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace Mentorbook {

/**
 * A document to print or export: its rich text (for a QTextDocument, built from escaped
 * content only), its title for the PDF's metadata and the page footer, and the name it is
 * saved under by default.
 */
struct ReportDocument
{
    QString title;  ///< "Recap – Session 9 – Priya Raman"
    QString kind;   ///< "Recap", for the default file name
    QString person; ///< the mentee's name
    QString html;
    /** The language it is written in (BCP 47), for the PDF's /Lang: the app's language. */
    QString language = QLocale().bcp47Name();
    /** Meant for one page (an agenda): set a little smaller rather than run over. */
    bool onOnePage = false;

    /** "2026-11-22 Recap - Ana Silva.pdf": ISO date first so that files sort by date. */
    QString suggestedFileName(const QDate &date) const;
    /** A file name with the characters file systems or file managers refuse or misread as "_". */
    static QString safeFileName(QString name);
};

/**
 * Writes the HTML of a report. Every text passed in is the user's and is escaped here, so
 * that a name like <b>Ana</b> prints as typed; only the builder writes markup.
 */
class HtmlBuilder
{
public:
    /**
     * What the typesetter needs to know about a block that HTML cannot say; carried as the
     * block's user state (-qt-user-state).
     */
    enum BlockRole {
        PlainBlock = -1,  ///< QTextBlock's default user state
        CheckboxItem = 1, ///< a line with a box to tick: wrapped lines hang after the box
        WritingLine = 2,  ///< a ruled line to write on: the page's spare room
    };

    /** Text made safe for rich text, line breaks kept. */
    static QString escaped(const QString &text);
    /** Escaped text whose web addresses and email addresses are links. */
    static QString linked(const QString &text);

    /** The document's head: a small kicker ("Agenda"), the title and a line of facts. */
    void title(const QString &kicker, const QString &heading, const QStringList &facts);
    /** A section heading, with an optional quieter note after it ("14:00 · 5 min"). */
    void heading(const QString &text, const QString &aside = {});
    void subheading(const QString &text);
    /**
     * The user's text, one paragraph per line, each in its own direction (an Arabic line
     * after an English one runs right to left); nothing when it is empty.
     */
    void paragraph(const QString &text);
    /** A quieter paragraph, for guidance and empty states. */
    void note(const QString &text);
    /** "Label: text", further lines as paragraphs of their own; nothing when the text is empty. */
    void labelled(const QString &label, const QString &text);
    void bullets(const QStringList &items);
    /** One line per item with a box to tick, and its details in a quieter voice. */
    void checkbox(const QString &item, const QString &details, bool ticked = false);
    /** A table whose header row repeats on every page it spans. */
    void table(const QStringList &headers,
               const QList<QStringList> &rows,
               const QList<int> &widthsPercent);
    /** Lines to write on; the typesetter shortens them evenly when the page is full. */
    void ruledLines(int count);
    QString html() const;

    /** The one stylesheet of every report. */
    static QString styleSheet();
    /**
     * Loads report HTML into a document with the stylesheet, keeping the stylesheet's point
     * sizes (Qt's HTML import otherwise lets headings' relative sizes win), and gives the
     * blocks with a role their shape (checkbox items a hanging indent). Used for print and for
     * the reports shown on screen alike.
     */
    static void load(QTextDocument &document, const QString &html);

private:
    /** One <p> per non-empty line of text, opened with the attributes given. */
    void paragraphs(const QString &text, const QString &attributes, const QString &lead = {});

    QString m_body;
};

} // namespace Mentorbook
