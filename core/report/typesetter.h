// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Mentorbook {

/** Who writes the documents and on what paper. */
struct ReportOptions
{
    QString mentorName;
    QString mentorEmail;
    QPageSize pageSize{QPageSize::A4};

    /** Letter where the locale's country uses it (the Americas' letter countries), else A4. */
    static QPageSize::PageSizeId paperSizeFor(const QLocale &locale);
};

/**
 * Sets a report in type: page size and margins, the one stylesheet and font, headings kept
 * with what follows them, a footer with the title and "page 1 of 2" on every page. The same
 * layout goes to a QPdfWriter and to a QPrinter.
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

    /** The report as a PDF with title, author (the mentor) and creator "Mentorbook". */
    QByteArray pdf(const ReportOptions &options);
    /** Writes pdf() to path atomically; throws Error naming the file and the problem. */
    void writePdf(const QString &path, const ReportOptions &options);

    /** The document as laid out for the last device, for checks. */
    const QTextDocument &document() const { return *m_document; }

private:
    void keepHeadingsWithNext(qreal pageHeight);
    void dropRuledLinesAlone(qreal pageHeight);
    void repeatHeadersOnlyWhereTablesContinue(qreal pageHeight);

    ReportDocument m_report;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace Mentorbook
