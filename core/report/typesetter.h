// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>

#include <memory>

class QBuffer;
class QPagedPaintDevice;
class QPdfWriter;
class QTextBlock;
class QTextDocument;
class QTextFrame;
class QTextTable;

namespace Mentorbook {

/** Who writes the documents and on what paper. */
struct ReportOptions
{
    QString mentorName;
    QString mentorEmail;
    QPageSize pageSize{QPageSize::A4};
    /** The PDF's language (BCP 47) when not the document's own, e.g. the mentee's. */
    QString language;

    /** Letter where the locale's country uses it (the Americas' letter countries), else A4. */
    static QPageSize::PageSizeId paperSizeFor(const QLocale &locale);
};

/**
 * Sets a report in type: page size and margins (a measure of about 75 characters), the one
 * stylesheet and font, headings kept with what follows them, table rows never split (a
 * table that goes on to the next page repeats its header there, a small one moves whole),
 * the lines to write on shortened evenly rather than a section left alone on a page, and a
 * footer with the title and "page 1 of 2" on every page. The same layout goes to a
 * QPdfWriter and to a QPrinter.
 */
class Typesetter
{
    Q_DECLARE_TR_FUNCTIONS(Mentorbook::Typesetter)

public:
    explicit Typesetter(const ReportDocument &report);
    ~Typesetter();

    /** The page every report is set on, printed or as PDF: portrait, with the reports' margins. */
    static QPageLayout pageLayout(const QPageSize &pageSize);

    /**
     * Paints every page on the device with its page layout; returns the number of pages, or 0
     * when the device cannot be painted on (a file that cannot be written, a printer gone).
     */
    int print(QPagedPaintDevice *device);

    /**
     * The report as a PDF with one information dictionary (title, author: the mentor,
     * creator "Mentorbook") and the document's language.
     */
    QByteArray pdf(const ReportOptions &options);
    /** Writes pdf() to path atomically; throws Error naming the file and the problem. */
    void writePdf(const QString &path, const ReportOptions &options);

    /**
     * The document as laid out for the last device, for checks (after print(), the device
     * given to it must still be there for anything that shapes text again).
     */
    const QTextDocument &document() const { return *m_document; }
    /** How much smaller than its natural size the last print() set the document (1: not). */
    qreal scale() const { return m_scale; }

private:
    /**
     * Lays the report out for the page's body: on one page if it is meant for one and can be
     * (lines to write on shortened evenly, then type set smaller), else on as few pages.
     */
    void fit(QPagedPaintDevice *device, const QSizeF &body);
    /** Loads the report with this many lines to write on taken out, and paginates it. */
    void typeset(QPagedPaintDevice *device, const QSizeF &body, int linesLeftOut);
    void keepTheMeasure(QPagedPaintDevice *device, qreal width);
    void leaveOutWritingLines(int count);
    void paginate();
    /** Mends the first page break at or after position; returns where, or -1 if none. */
    int mendFirstBreakFrom(int position);
    /**
     * Splits the table where a row would cross the page's foot; returns where the new part
     * starts, movesWhole when the table should rather start the next page (it is small, or a
     * part would hold one row), or -1 when it may stay as it is.
     */
    int mendTable(QTextTable *table, bool mayMove);
    static constexpr int movesWhole = -2;
    QTextTable *splitTable(QTextTable *table, int row);
    /** Returns the position of the first table changed, or -1. */
    int repeatHeadersOnlyWhereTablesContinue();

    int pageOf(const QTextBlock &block, bool lastLine) const;
    bool hasLineAcrossPages(const QTextBlock &block) const;
    int rowFirstPage(QTextTable *table, int row) const;
    int rowLastPage(QTextTable *table, int row) const;

    ReportDocument m_report;
    std::unique_ptr<QBuffer> m_pdfBuffer;
    std::unique_ptr<QPdfWriter> m_pdfWriter;
    std::unique_ptr<QTextDocument> m_document;
    qreal m_pageHeight = 0; ///< of the laid-out page, larger than the body when scaled down
    qreal m_pageWidth = 0;
    qreal m_scale = 1; ///< from the laid-out page to the body
};

} // namespace Mentorbook
