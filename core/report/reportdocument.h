// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
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

    /** "2026-11-22 Recap - Ana Silva.pdf": ISO date first so that files sort by date. */
    QString suggestedFileName(const QDate &date) const;
};

/**
 * Writes the HTML of a report. Every text passed in is the user's and is escaped here, so
 * that a name like <b>Ana</b> prints as typed; only the builder writes markup.
 */
class HtmlBuilder
{
public:
    /** Text made safe for rich text, line breaks kept. */
    static QString escaped(const QString &text);

    /** The document's head: a small kicker ("Agenda"), the title and a line of facts. */
    void title(const QString &kicker, const QString &heading, const QStringList &facts);
    /** A section heading, with an optional quieter note after it ("14:00 · 5 min"). */
    void heading(const QString &text, const QString &aside = {});
    void subheading(const QString &text);
    /** A paragraph of the user's text; nothing when it is empty. */
    void paragraph(const QString &text);
    /** A quieter paragraph, for guidance and empty states. */
    void note(const QString &text);
    /** "Label: text" in one paragraph; nothing when the text is empty. */
    void labelled(const QString &label, const QString &text);
    void bullets(const QStringList &items);
    /** One line per item with a box to tick, and its details in a quieter voice. */
    void checkbox(const QString &item, const QString &details, bool ticked = false);
    /** A table whose header row repeats on every page it spans. */
    void table(const QStringList &headers,
               const QList<QStringList> &rows,
               const QList<int> &widthsPercent);
    /** Lines to write on. */
    void ruledLines(int count);
    QString html() const;

    /** The one stylesheet of every report. */
    static QString styleSheet();
    /**
     * Loads report HTML into a document with the stylesheet, keeping the stylesheet's point
     * sizes (Qt's HTML import otherwise lets headings' relative sizes win). Used for print
     * and for the reports shown on screen alike.
     */
    static void load(QTextDocument &document, const QString &html);

private:
    QString m_body;
};

} // namespace Mentorbook
