// SPDX-License-Identifier: GPL-3.0-or-later
#include "typesetter.h"

#include "error.h"
#include "savefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextTable>

#include <limits>

namespace Mentorbook {

namespace {
/**
 * The width of running text: about 75 characters of the body font, a comfortable measure.
 * Tables, rules and the footer take the page's full width.
 */
constexpr qreal measureMillimetres = 124;
constexpr qreal sideMillimetres = 20;
constexpr qreal topMillimetres = 12;
constexpr qreal bottomMillimetres = 10;
constexpr qreal footerPoints = 20;
constexpr int minimumRowsPerPart = 2;
/** How much smaller a one-page document may be set: in steps of 3 %, 9.5 pt type to 8.4 pt. */
constexpr int smallerSteps = 4;
constexpr qreal scaleStep = 0.03;

QFont bodyFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"),
                      QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans Hebrew"),
                      QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Noto Sans CJK JP"),
                      QStringLiteral("Noto Sans CJK KR"),
                      QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Noto Sans Symbols2"),
                      QStringLiteral("Symbola")});
    font.setPointSizeF(9.5);
    // Searchable text: a ligature ("fi" as U+FB01) would make "first" unfindable in the PDF.
    // Qt 6.4 has no QFont::setFeature (6.7); it turns the 'liga', 'clig', 'dlig' and 'hlig'
    // features off for scripts whose ligatures are cosmetic whenever a letter spacing is set,
    // and 100 % is a spacing that changes no advance. Arabic keeps its required forms.
    font.setLetterSpacing(QFont::PercentageSpacing, 100);
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

/** A PDF string in parentheses, for ASCII such as a language tag. */
QByteArray pdfAscii(const QString &text)
{
    QByteArray ascii;
    for (const QChar c : text) {
        if (c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('(')
            && c != QLatin1Char(')') && c != QLatin1Char('\\'))
            ascii += char(c.unicode());
    }
    return '(' + ascii + ')';
}

/**
 * Qt's PDF writer knows no author and no language. Rather than an incremental update, which
 * would leave Qt's own information dictionary in the file, this writes the file again with
 * one information dictionary (title, author, creator) and the catalogue's /Lang: Qt writes
 * each object once and one cross-reference table, so the objects are copied as they are
 * and only their offsets change. A file of another shape is returned untouched.
 */
QByteArray withDocumentInformation(const QByteArray &pdf,
                                   const QString &title,
                                   const QString &author,
                                   const QString &language)
{
    const qsizetype xref = pdf.lastIndexOf("\nxref\n") + 1;
    if (xref <= 0 || pdf.indexOf("\nxref\n") + 1 != xref)
        return pdf;
    static const QRegularExpression subsection(QStringLiteral("^xref\\n0 (\\d+)\\s*\\n"));
    const QString head = QString::fromLatin1(pdf.mid(xref, 40));
    const QRegularExpressionMatch sizeMatch = subsection.match(head);
    if (!sizeMatch.hasMatch())
        return pdf;
    const int size = sizeMatch.captured(1).toInt();
    const qsizetype entries = xref + sizeMatch.capturedLength();
    const qsizetype trailerAt = pdf.indexOf("trailer", entries);
    if (size < 3 || trailerAt < 0 || entries + 20 * size > trailerAt)
        return pdf;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, 200));
    static const QRegularExpression infoPattern(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression rootPattern(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    const int info = infoPattern.match(trailer).captured(1).toInt();
    const int root = rootPattern.match(trailer).captured(1).toInt();
    if (info <= 0 || root <= 0 || info >= size || root >= size)
        return pdf;

    // Every object in use, by its offset; each runs to the next one or to the table.
    QList<std::pair<qsizetype, int>> objects;
    for (int number = 1; number < size; ++number) {
        const QByteArray entry = pdf.mid(entries + 20 * number, 20);
        if (entry.size() == 20 && entry.at(17) == 'n')
            objects.append({entry.left(10).toLongLong(), number});
    }
    std::sort(objects.begin(), objects.end());
    if (objects.isEmpty() || objects.constFirst().first <= 0)
        return pdf;

    QByteArray out = pdf.left(objects.constFirst().first);
    QList<qsizetype> offsets(size, 0);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const auto [offset, number] = objects.at(i);
        const qsizetype end = i + 1 < objects.size() ? objects.at(i + 1).first : xref;
        QByteArray object = pdf.mid(offset, end - offset);
        const QByteArray opening = QByteArray::number(number) + " 0 obj";
        if (!object.startsWith(opening))
            return pdf;
        if (number == info) {
            object = opening + "\n<<\n/Title " + pdfString(title);
            if (!author.trimmed().isEmpty())
                object += "\n/Author " + pdfString(author.trimmed());
            object += "\n/Creator " + pdfString(QStringLiteral("Mentorbook")) + "\n/Producer "
                      + pdfString(QStringLiteral("Mentorbook " MENTORBOOK_VERSION " (Qt)"))
                      + "\n/CreationDate (D:"
                      + QDateTime::currentDateTimeUtc()
                            .toString(QStringLiteral("yyyyMMddHHmmss"))
                            .toLatin1()
                      + "Z)\n>>\nendobj\n";
        } else if (number == root) {
            const qsizetype dictionary = object.indexOf("<<");
            if (dictionary < 0)
                return pdf;
            object.insert(dictionary + 2,
                          "\n/Lang " + pdfAscii(language)
                              + "\n/ViewerPreferences << /DisplayDocTitle true >>");
        }
        offsets[number] = out.size();
        out += object;
    }
    const qsizetype table = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int number = 1; number < size; ++number) {
        out += offsets.at(number) > 0
                   ? QByteArray::number(offsets.at(number)).rightJustified(10, '0') + " 00000 n \n"
                   : QByteArray("0000000000 00000 f \n");
    }
    out += "trailer\n<<\n/Size " + QByteArray::number(size) + "\n/Info " + QByteArray::number(info)
           + " 0 R\n/Root " + QByteArray::number(root) + " 0 R\n>>\nstartxref\n"
           + QByteArray::number(table) + "\n%%EOF\n";
    return out;
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
        QMarginsF(sideMillimetres, topMillimetres, sideMillimetres, bottomMillimetres),
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
    // Whole device pixels: Qt breaks pages in its fixed-point units.
    const QRectF body(0, 0, paper.width(), std::floor(paper.height() - footerHeight));

    fit(device, body.size());

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
        // A document set smaller to stay on one page was laid out on a larger page: scaled
        // down, it fills this one.
        painter.translate(paper.topLeft());
        painter.scale(m_scale, m_scale);
        painter.translate(0, -page * m_pageHeight);
        const QRectF visible(0, page * m_pageHeight, m_pageWidth, m_pageHeight);
        painter.setClipRect(visible);
        QAbstractTextDocumentLayout::PaintContext context;
        // Qt draws every line that touches the clip; a line that starts exactly at the next
        // page's top (or ends at this one's) would be drawn clipped, invisible but in the
        // file's text, where a search or a reader would find it on the wrong page.
        context.clip = visible.adjusted(0, 1, 0, -1);
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

void Typesetter::fit(QPagedPaintDevice *device, const QSizeF &body)
{
    const auto pagesAt = [&](qreal scale, int linesLeftOut) {
        m_scale = scale;
        // Whole device pixels: Qt breaks pages in its fixed-point units.
        typeset(device,
                QSizeF(std::floor(body.width() / scale), std::floor(body.height() / scale)),
                linesLeftOut);
        return m_document->pageCount();
    };
    const int fullPages = pagesAt(1, 0);
    if (fullPages == 1)
        return;
    int writingLines = 0;
    int writingSections = 0;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (block.userState() != HtmlBuilder::WritingLine)
            continue;
        ++writingLines;
        writingSections += block.previous().userState() != HtmlBuilder::WritingLine;
    }
    const int spareLines = writingLines - writingSections;
    // A document meant for one page (an agenda) gets there first by shortening its lines to
    // write on evenly, each section keeping one at least, then by setting everything a little
    // smaller, by smallerSteps at most; the largest type with the most lines wins.
    if (m_report.onOnePage) {
        for (int step = 0; step <= smallerSteps; ++step) {
            const qreal scale = 1 - step * scaleStep;
            if (pagesAt(scale, spareLines) > 1)
                continue;
            int leftOut = 0;
            while (pagesAt(scale, leftOut) > 1)
                ++leftOut;
            return;
        }
    }
    // Too much for one page (or not meant for it): full size, and lines to write on shortened
    // only where that saves a page.
    for (int leftOut = 1; leftOut <= spareLines; ++leftOut) {
        if (pagesAt(1, leftOut) < fullPages)
            return;
    }
    if (m_scale != 1 || spareLines > 0)
        pagesAt(1, 0);
}

void Typesetter::typeset(QPagedPaintDevice *device, const QSizeF &body, int linesLeftOut)
{
    m_document = std::make_unique<QTextDocument>();
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDefaultFont(bodyFont());
    m_document->setDocumentMargin(0);
    HtmlBuilder::load(*m_document, m_report.html);
    keepTheMeasure(device, body.width());
    leaveOutWritingLines(linesLeftOut);
    m_pageHeight = body.height();
    m_pageWidth = body.width();
    m_document->setPageSize(body);
    paginate();
}

void Typesetter::keepTheMeasure(QPagedPaintDevice *device, qreal width)
{
    // Paragraphs, lists and headings keep to the measure, right-to-left ones too (aligned
    // to its right edge). Qt takes horizontal margins in the device's pixels.
    const qreal room = width - measureMillimetres / 25.4 * device->logicalDpiX();
    if (room <= 0)
        return;
    // One edit block and one format change per run of paragraphs: Qt then lays the document
    // out once, not once per paragraph.
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    QTextBlockFormat measure;
    measure.setRightMargin(room);
    int runStart = -1;
    int runEnd = -1;
    auto endRun = [&] {
        if (runStart < 0)
            return;
        QTextCursor run(m_document.get());
        run.setPosition(runStart);
        run.setPosition(runEnd, QTextCursor::KeepAnchor);
        run.mergeBlockFormat(measure);
        runStart = -1;
    };
    for (auto it = m_document->rootFrame()->begin(); !it.atEnd(); ++it) {
        const QTextBlock block = it.currentBlock();
        if (it.currentFrame()
            || block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)) {
            endRun();
            continue;
        }
        if (runStart < 0)
            runStart = block.position();
        runEnd = block.position();
    }
    endRun();
    edit.endEditBlock();
}

void Typesetter::leaveOutWritingLines(int count)
{
    // One line at a time from the section with the most (the later one of equals), so that
    // the sections shorten evenly; each keeps one.
    for (int i = 0; i < count; ++i) {
        QList<QList<QTextBlock>> sections;
        for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
            if (block.userState() != HtmlBuilder::WritingLine)
                continue;
            if (block.previous().userState() != HtmlBuilder::WritingLine)
                sections.append(QList<QTextBlock>());
            sections.last().append(block);
        }
        const QList<QTextBlock> *longest = nullptr;
        for (const QList<QTextBlock> &section : std::as_const(sections)) {
            if (!longest || section.size() >= longest->size())
                longest = &section;
        }
        if (!longest || longest->size() < 2)
            return;
        const QTextBlock line = longest->constLast();
        QTextCursor cursor(line.previous());
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.setPosition(line.position() + line.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
}

namespace {
bool breaksBefore(const QTextFormat &format)
{
    return format.intProperty(QTextFormat::PageBreakPolicy) & QTextFormat::PageBreak_AlwaysBefore;
}

/** Starts the block or the table on a new page. */
void breakBefore(const QTextBlock &block, QTextFrame *frame)
{
    if (frame) {
        QTextFrameFormat format = frame->frameFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        frame->setFrameFormat(format);
        return;
    }
    QTextBlockFormat format;
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).mergeBlockFormat(format);
}

/** A block or a table of the document's body, in reading order. */
struct Element
{
    QTextBlock block;
    QTextFrame *frame = nullptr;
    int position() const { return frame ? frame->firstPosition() : block.position(); }
    bool isHeading() const { return !frame && block.blockFormat().headingLevel() > 0; }
    bool breaks() const
    {
        return frame ? breaksBefore(frame->frameFormat()) : breaksBefore(block.blockFormat());
    }
};

QList<Element> bodyElements(const QTextDocument &document)
{
    QList<Element> elements;
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame())
            elements.append({QTextBlock(), frame});
        else
            elements.append({it.currentBlock(), nullptr});
    }
    return elements;
}
} // namespace

int Typesetter::pageOf(const QTextBlock &block, bool lastLine) const
{
    // The page of the first line's top or of the last line's foot: a line across a page's
    // foot counts as on both pages.
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    qreal y = rect.top();
    if (lines && lines->lineCount() > 0) {
        const QTextLine line = lines->lineAt(lastLine ? lines->lineCount() - 1 : 0);
        y += line.y() + (lastLine ? line.height() - 1 : 0);
    }
    return int(y / m_pageHeight);
}

bool Typesetter::hasLineAcrossPages(const QTextBlock &block) const
{
    const qreal top = m_document->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    for (int i = 0; lines && i < lines->lineCount(); ++i) {
        const QTextLine line = lines->lineAt(i);
        if (int((top + line.y()) / m_pageHeight)
            != int((top + line.y() + line.height() - 1) / m_pageHeight))
            return true;
    }
    return false;
}

int Typesetter::rowFirstPage(QTextTable *table, int row) const
{
    int page = std::numeric_limits<int>::max();
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.row() == row && cell.column() == column)
            page = qMin(page, pageOf(cell.firstCursorPosition().block(), false));
    }
    return page;
}

int Typesetter::rowLastPage(QTextTable *table, int row) const
{
    // Every cell counts: the longest one is often not the first.
    int page = 0;
    for (int column = 0; column < table->columns(); ++column) {
        const QTextTableCell cell = table->cellAt(row, column);
        if (cell.column() == column)
            page = qMax(page, pageOf(cell.lastCursorPosition().block(), true));
    }
    return page;
}

void Typesetter::paginate()
{
    // Each mend moves what follows it, so the document is read again from there; nothing
    // before a mend moves.
    // Qt lays a document out lazily, a step at a time, and a block the steps have not reached
    // when an edit comes is left without lines; so every step is finished before reading.
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    layout->documentSize();
    int position = 0;
    // Qt's incremental layout moves what follows an edit without breaking it into pages
    // again (a line can end up across a page's foot): everything after a mend is laid out anew.
    auto layOutFrom = [&](int from) {
        from = qMax(0, from - 1);
        m_document->markContentsDirty(from, m_document->characterCount() - from);
        layout->documentSize();
    };
    // A relayout can move what comes shortly before the mend too: the pages are read once
    // more from the start until nothing is left to mend.
    for (int round = 0; round < 4; ++round) {
        int mends = 0;
        for (position = 0; mends < 10000 && position >= 0; ++mends) {
            position = mendFirstBreakFrom(position);
            if (position >= 0)
                layOutFrom(position);
        }
        if (mends == 1)
            break;
    }
    const int headersFrom = repeatHeadersOnlyWhereTablesContinue();
    if (headersFrom >= 0)
        layOutFrom(headersFrom);
}

int Typesetter::mendFirstBreakFrom(int position)
{
    const QList<Element> elements = bodyElements(*m_document);
    // What moves to the next page takes the headings just above it along, and a heading's
    // short lines ("Measure: …") with them: a table never starts a page without its title.
    auto firstPage = [&](const Element &element) {
        if (auto *table = qobject_cast<QTextTable *>(element.frame))
            return rowFirstPage(table, 0);
        return element.frame ? 0 : pageOf(element.block, false);
    };
    auto leadOf = [&](int index, int plainLines) {
        const int page = firstPage(elements.at(index));
        int lead = index;
        int plain = 0;
        for (int back = index - 1; back >= 0; --back) {
            const Element &element = elements.at(back);
            if (element.frame || element.block.userState() == HtmlBuilder::WritingLine
                || pageOf(element.block, true) != page)
                break;
            if (element.isHeading()) {
                lead = back;
                plain = 0;
                if (element.breaks())
                    break;
            } else if (++plain > plainLines || element.breaks()) {
                break;
            }
        }
        return lead;
    };
    auto moveToNextPage = [&](int index, int plainLines = 2) {
        const Element &element = elements.at(leadOf(index, plainLines));
        if (element.breaks())
            return -1;
        breakBefore(element.block, element.frame);
        return element.position();
    };

    // The lines to write on and their headings stay together: a section is never left alone
    // on a page of its own.
    int writingStart = -1;
    int writingEnd = -1;
    for (int i = 0; i < elements.size(); ++i) {
        if (!elements.at(i).frame && elements.at(i).block.userState() == HtmlBuilder::WritingLine) {
            if (writingStart < 0) {
                writingStart = i;
                while (writingStart > 0 && !elements.at(writingStart).isHeading())
                    --writingStart;
            }
            writingEnd = i;
        }
    }

    for (int i = 0; i < elements.size(); ++i) {
        const Element &element = elements.at(i);
        if (element.position() < position)
            continue;
        if (auto *table = qobject_cast<QTextTable *>(element.frame)) {
            const bool mayMove = !elements.at(leadOf(i, 2)).breaks();
            const int mended = mendTable(table, mayMove);
            if (mended == movesWhole)
                return moveToNextPage(i);
            if (mended >= 0)
                return mended;
            continue;
        }
        if (element.frame)
            continue;
        if (i == writingStart && writingEnd > i && !element.breaks()) {
            const QTextBlock last = elements.at(writingEnd).block;
            const qreal height
                = m_document->documentLayout()->blockBoundingRect(last).bottom()
                  - m_document->documentLayout()->blockBoundingRect(element.block).top();
            if (pageOf(element.block, false) != pageOf(last, true) && height < m_pageHeight) {
                const int moved = moveToNextPage(i);
                if (moved >= 0)
                    return moved;
            }
        }
        // A box to tick keeps its lines together; a paragraph with a line left across the
        // page's foot (Qt does, when the page's height is not whole pixels) starts the next
        // page.
        if (!element.block.text().isEmpty() && !element.breaks()
            && (element.block.userState() == HtmlBuilder::CheckboxItem
                    ? pageOf(element.block, false) != pageOf(element.block, true)
                    : hasLineAcrossPages(element.block))) {
            const int moved = moveToNextPage(i, 0);
            if (moved >= 0)
                return moved;
        }
        if (element.isHeading() && i + 1 < elements.size() && !element.breaks()) {
            const Element &next = elements.at(i + 1);
            int nextPage = 0;
            if (auto *table = qobject_cast<QTextTable *>(next.frame))
                nextPage = rowFirstPage(table, 0);
            else if (next.frame)
                continue;
            else
                nextPage = pageOf(next.block, false);
            if (pageOf(element.block, true) != nextPage) {
                const int moved = moveToNextPage(i);
                if (moved >= 0)
                    return moved;
            }
        }
    }
    return -1;
}

int Typesetter::mendTable(QTextTable *table, bool mayMove)
{
    const int rows = table->rows();
    const int header = qMin(table->format().headerRowCount(), rows - 1);
    if (rows - header < 1)
        return -1;
    const int startPage = rowFirstPage(table, header);
    int split = -1;
    for (int row = header; row < rows; ++row) {
        if (rowLastPage(table, row) > startPage) {
            split = row;
            break;
        }
    }
    if (split < 0)
        return -1;
    // Each part of a table holds two rows at least; a smaller table moves whole.
    int before = split - header;
    int after = rows - split;
    if (after < minimumRowsPerPart && before - 1 >= minimumRowsPerPart) {
        --split;
        --before;
        ++after;
    }
    if ((before < minimumRowsPerPart || after < minimumRowsPerPart) && mayMove)
        return movesWhole;
    if (before == 0)
        return -1; // a row taller than a page: nothing better to do than let it run on
    QTextTable *rest = splitTable(table, split);
    QTextTableFormat format = rest->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    rest->setFormat(format);
    return rest->firstPosition();
}

QTextTable *Typesetter::splitTable(QTextTable *table, int row)
{
    // The rows from row on go to a copy of the table, header and all, which starts the next
    // page; QTextTable cannot split, but a copy keeps every format.
    const int rows = table->rows();
    const int header = qMin(table->format().headerRowCount(), rows - 1);
    QTextCursor cursor(m_document.get());
    cursor.setPosition(table->firstPosition() - 1);
    cursor.setPosition(table->lastPosition() + 1, QTextCursor::KeepAnchor);
    const QTextDocumentFragment copy = cursor.selection();
    cursor.setPosition(table->lastPosition() + 1);
    cursor.insertFragment(copy);
    QTextTable *rest = nullptr;
    const QList<QTextFrame *> frames = m_document->rootFrame()->childFrames();
    const qsizetype index = frames.indexOf(table);
    if (index >= 0 && index + 1 < frames.size())
        rest = qobject_cast<QTextTable *>(frames.at(index + 1));
    Q_ASSERT(rest && rest->rows() == rows);
    rest->removeRows(header, row - header);
    table->removeRows(row, rows - row);
    // The first part ends at the page's foot: a margin below it would cross the page.
    QTextTableFormat format = table->format();
    format.setBottomMargin(0);
    table->setFormat(format);
    QTextTableFormat restFormat = rest->format();
    restFormat.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    rest->setFormat(restFormat);
    return rest;
}

int Typesetter::repeatHeadersOnlyWhereTablesContinue()
{
    // Qt repeats a table's header on the next page when only the table's bottom margin
    // crosses the page break, which draws a stray header over what follows. A table whose
    // rows all fit on one page needs no repeated header; one whose row is taller than a page
    // keeps it. Every cell of every row counts, not only the first column.
    int first = -1;
    const QList<QTextFrame *> frames = m_document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().headerRowCount() == 0)
            continue;
        int lastPage = 0;
        for (int row = 0; row < table->rows(); ++row)
            lastPage = qMax(lastPage, rowLastPage(table, row));
        if (rowFirstPage(table, 0) == lastPage) {
            QTextTableFormat format = table->format();
            format.setHeaderRowCount(0);
            table->setFormat(format);
            if (first < 0)
                first = table->firstPosition();
        }
    }
    return first;
}

QByteArray Typesetter::pdf(const ReportOptions &options)
{
    // The writer outlives the painting (print() ends its painter, which completes the file),
    // so that document() keeps the device it was laid out for.
    m_pdfWriter.reset();
    m_pdfBuffer = std::make_unique<QBuffer>();
    m_pdfBuffer->open(QIODevice::WriteOnly);
    m_pdfWriter = std::make_unique<QPdfWriter>(m_pdfBuffer.get());
    m_pdfWriter->setTitle(m_report.title);
    m_pdfWriter->setCreator(QStringLiteral("Mentorbook"));
    m_pdfWriter->setResolution(600);
    m_pdfWriter->setPageLayout(pageLayout(options.pageSize));
    print(m_pdfWriter.get());
    return withDocumentInformation(m_pdfBuffer->data(),
                                   m_report.title,
                                   options.mentorName,
                                   options.language.isEmpty() ? m_report.language
                                                              : options.language);
}

void Typesetter::writePdf(const QString &path, const ReportOptions &options)
{
    // A document for the mentee: readable as the user's umask allows, like any they make.
    SaveFile::write(path, pdf(options), Privacy::Shared);
}

} // namespace Mentorbook
