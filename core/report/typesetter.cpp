// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetter.h"

#include "error.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace Mentorbook {

namespace {
constexpr qreal marginMillimetres = 18;
constexpr qreal footerPoints = 22;

QFont bodyFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"),
                      QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Liberation Sans")});
    font.setPointSizeF(9.5);
    return font;
}

/** A PDF text string: UTF-16BE with its byte order mark, in hexadecimal. */
QByteArray pdfString(const QString &text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex() + '>';
}

/**
 * Qt's PDF writer knows no author; this appends an incremental update (PDF 1.4, §3.4.5) with
 * a complete information dictionary that replaces the one Qt wrote.
 */
void addDocumentInformation(QByteArray &pdf, const QString &title, const QString &author)
{
    static const QRegularExpression trailerPattern(
        QStringLiteral("trailer\\s*<<(.*?)>>\\s*startxref\\s*(\\d+)"),
        QRegularExpression::DotMatchesEverythingOption);
    // The last trailer describes the file as it stands.
    const QString tail = QString::fromLatin1(pdf.mid(pdf.lastIndexOf("trailer")));
    const QRegularExpressionMatch match = trailerPattern.match(tail);
    if (!match.hasMatch())
        return;
    static const QRegularExpression sizePattern(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootPattern(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)"));
    const QString trailer = match.captured(1);
    const int size = sizePattern.match(trailer).captured(1).toInt();
    const QString root = rootPattern.match(trailer).captured(1);
    if (size <= 0 || root.isEmpty())
        return;
    if (!pdf.endsWith('\n'))
        pdf += '\n';
    const qint64 objectOffset = pdf.size();
    pdf += QByteArray::number(size) + " 0 obj\n<<\n/Title " + pdfString(title) + "\n/Author "
           + pdfString(author) + "\n/Creator " + pdfString(QStringLiteral("Mentorbook"))
           + "\n/Producer " + pdfString(QStringLiteral("Mentorbook " MENTORBOOK_VERSION " (Qt)"))
           + "\n/CreationDate (D:"
           + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1()
           + "Z)\n>>\nendobj\n";
    const qint64 xrefOffset = pdf.size();
    pdf += "xref\n" + QByteArray::number(size) + " 1\n"
           + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(size + 1) + " /Root " + root.toLatin1()
           + " /Info " + QByteArray::number(size) + " 0 R /Prev " + match.captured(2).toLatin1()
           + " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
}
} // namespace

QPageSize::PageSizeId ReportOptions::paperSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

Typesetter::Typesetter(const ReportDocument &report)
    : m_report(report)
    , m_document(std::make_unique<QTextDocument>())
{}

Typesetter::~Typesetter() = default;

QPageLayout Typesetter::pageLayout(const QPageSize &pageSize)
{
    return QPageLayout(
        pageSize,
        QPageLayout::Portrait,
        QMarginsF(
            marginMillimetres, marginMillimetres * 0.8, marginMillimetres, marginMillimetres * 0.7),
        QPageLayout::Millimeter);
}

int Typesetter::print(QPagedPaintDevice *device)
{
    const QPageLayout layout = device->pageLayout();
    const int dpi = device->logicalDpiY();
    // The painter's origin is the printable area's corner.
    const QRect paper(QPoint(0, 0), layout.paintRectPixels(dpi).size());
    const qreal pointToPixel = dpi / 72.0;
    const qreal footerHeight = footerPoints * pointToPixel;
    const QRectF body(0, 0, paper.width(), paper.height() - footerHeight);

    m_document = std::make_unique<QTextDocument>();
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDefaultFont(bodyFont());
    m_document->setDocumentMargin(0);
    HtmlBuilder::load(*m_document, m_report.html);
    m_document->setPageSize(body.size());
    keepHeadingsWithNext(body.height());

    dropRuledLinesAlone(body.height());
    repeatHeadersOnlyWhereTablesContinue(body.height());

    const int pages = m_document->pageCount();
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    QFont footerFont = bodyFont();
    footerFont.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(paper.left(), paper.top() - page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible;
        context.palette.setColor(QPalette::Text, Qt::black);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();

        // The footer: a hairline, the title on the left, the page on the right.
        const QRectF footer(
            paper.left(), paper.bottom() - footerHeight + 1, paper.width(), footerHeight);
        painter.setPen(QPen(QColor(0xc9, 0xd3, 0xdc), 0.6 * pointToPixel));
        const qreal ruleY = footer.top() + 8 * pointToPixel;
        painter.drawLine(QPointF(footer.left(), ruleY), QPointF(footer.right(), ruleY));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x6b, 0x75, 0x80));
        const QRectF text = footer.adjusted(0, 10 * pointToPixel, 0, 0);
        const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pages);
        const QFontMetricsF metrics(footerFont, device);
        const qreal room = text.width() - metrics.horizontalAdvance(pageText) - 12 * pointToPixel;
        painter.drawText(
            text,
            Qt::AlignLeading | Qt::AlignTop,
            metrics.elidedText(tr("%1 · Mentorbook").arg(m_report.title), Qt::ElideMiddle, room));
        painter.drawText(text, Qt::AlignTrailing | Qt::AlignTop, pageText);
    }
    return pages;
}

void Typesetter::keepHeadingsWithNext(qreal pageHeight)
{
    // A heading at a page's foot whose text follows on the next page moves there too. Each
    // move can push later headings, so this repeats, at most once per heading.
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    auto pageOf = [&](const QTextBlock &block, bool lastLine) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        qreal y = rect.top();
        if (lines && lines->lineCount() > 0) {
            const QTextLine line = lines->lineAt(lastLine ? lines->lineCount() - 1 : 0);
            y += line.y() + line.height() / 2;
        }
        return int(y / pageHeight);
    };
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0
                || block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QTextBlock next = block.next();
            if (!next.isValid() || pageOf(block, true) == pageOf(next, false))
                continue;
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
            moved = true;
            break;
        }
        if (!moved)
            return;
    }
}

void Typesetter::dropRuledLinesAlone(qreal pageHeight)
{
    // Lines to write on are a page's spare room: on smaller paper, a last page that would
    // hold nothing but such lines is not printed.
    const int pages = m_document->pageCount();
    if (pages < 2)
        return;
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    QTextBlock first = m_document->lastBlock();
    for (QTextBlock block = first; block.isValid(); block = block.previous()) {
        if (int(layout->blockBoundingRect(block).bottom() / pageHeight) < pages - 1)
            break;
        if (!block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth))
            return;
        first = block;
    }
    QTextCursor cursor(first.previous());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void Typesetter::repeatHeadersOnlyWhereTablesContinue(qreal pageHeight)
{
    // Qt repeats a table's header on the next page when only the table's bottom margin
    // crosses the page break, which draws a stray header over what follows. A table whose
    // rows all fit on one page needs no repeated header.
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const QList<QTextFrame *> frames = m_document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().headerRowCount() == 0)
            continue;
        const QTextBlock first = table->cellAt(0, 0).firstCursorPosition().block();
        const QTextBlock last = table->cellAt(table->rows() - 1, 0).lastCursorPosition().block();
        const int firstPage = int(layout->blockBoundingRect(first).top() / pageHeight);
        const int lastPage = int(layout->blockBoundingRect(last).bottom() / pageHeight);
        if (firstPage == lastPage) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(0);
            table->setFormat(format);
        }
    }
}

QByteArray Typesetter::pdf(const ReportOptions &options)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(m_report.title);
        writer.setCreator(QStringLiteral("Mentorbook"));
        writer.setResolution(600);
        writer.setPageLayout(pageLayout(options.pageSize));
        print(&writer);
    }
    addDocumentInformation(bytes, m_report.title, options.mentorName);
    return bytes;
}

void Typesetter::writePdf(const QString &path, const ReportOptions &options)
{
    const QByteArray bytes = pdf(options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw Error(
            tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    }
}

} // namespace Mentorbook
