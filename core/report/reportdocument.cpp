// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Mentorbook {

QString ReportDocument::suggestedFileName(const QDate &date) const
{
    // File systems allow 255 bytes; a name of 80 characters leaves room in any script.
    const QString name = QStringLiteral("%1 %2 - %3.pdf")
                             .arg(date.toString(Qt::ISODate), kind, person.simplified().left(80));
    return safeFileName(name);
}

QString ReportDocument::safeFileName(QString name)
{
    // Characters that file systems or file managers refuse or misread.
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (unsafe.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    return name;
}

QString HtmlBuilder::escaped(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString HtmlBuilder::linked(const QString &text)
{
    // A web address (with its scheme or starting "www.") or an email address; a full stop or
    // a closing bracket after it ends the sentence, not the address.
    static const QRegularExpression address(
        QStringLiteral("\\b(?:(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'»”]"
                       "|[\\w.%+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.\\w{2,})"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QString trimmed = text.trimmed();
    QString html;
    qsizetype from = 0;
    for (auto it = address.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString found = match.captured();
        const QString target = found.contains(QLatin1Char('@')) && !found.contains(QLatin1Char('/'))
                                   ? QStringLiteral("mailto:") + found
                               : found.startsWith(QLatin1String("www."))
                                   ? QStringLiteral("https://") + found
                                   : found;
        html += trimmed.mid(from, match.capturedStart() - from).toHtmlEscaped()
                + QStringLiteral("<a href=\"%1\">%2</a>")
                      .arg(target.toHtmlEscaped(), found.toHtmlEscaped());
        from = match.capturedEnd();
    }
    html += trimmed.mid(from).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString HtmlBuilder::styleSheet()
{
    // Noto Sans for most scripts, with its Arabic, Hebrew and CJK companions, DejaVu Sans and
    // Symbola for what they lack (boxes to tick, arrows, emoji in outline).
    return QStringLiteral(
        "body { color: #1d2329; font-family: 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew',"
        "   'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans CJK KR', 'DejaVu Sans',"
        "   'Noto Sans Symbols2', 'Symbola'; }"
        // Noto Sans's natural line is 1.36 em; 1.2 em reads as well and keeps an agenda on
        // one page.
        " p, li, td, th, h1, h2, h3 { line-height: 88%; }"
        " p { margin-top: 0px; margin-bottom: 6px; }"
        " a { color: #1f5f8b; text-decoration: none; }"
        " .kicker { color: #1f5f8b; font-size: 8.5pt; font-weight: 600; letter-spacing: 1px;"
        "   margin-bottom: 0px; }"
        " h1 { font-size: 16pt; font-weight: 600; margin-top: 0px; margin-bottom: 3px; }"
        " .facts { color: #4a5560; margin-bottom: 8px; }"
        " h2 { font-size: 11pt; font-weight: 600; color: #1f5f8b; margin-top: 8px;"
        "   margin-bottom: 2px; }"
        " h3 { font-size: 9.5pt; font-weight: 600; margin-top: 6px; margin-bottom: 2px; }"
        " .aside { color: #6b7580; font-weight: normal; font-size: 9pt; }"
        " .note { color: #5b6670; }"
        " .label { font-weight: 600; }"
        " .check { margin-top: 1px; margin-bottom: 2px; }"
        " .details { color: #6b7580; font-size: 9pt; }"
        " ul { margin-top: 0px; margin-bottom: 4px; }"
        " li { margin-bottom: 0px; }"
        " th { background-color: #e8eff5; font-weight: 600; text-align: left; }"
        " hr { margin-top: 15px; margin-bottom: 0px; }"
        " hr.title { margin-top: 4px; }");
}

void HtmlBuilder::load(QTextDocument &document, const QString &html)
{
    document.setDefaultStyleSheet(styleSheet());
    document.setHtml(html);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(QTextFormat::FontPointSize)
                || !format.hasProperty(QTextFormat::FontSizeAdjustment))
                continue;
            format.clearProperty(QTextFormat::FontSizeAdjustment);
            QTextCursor cursor(&document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
        if (block.blockFormat()
                .lengthProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)
                .type()
            == QTextLength::PercentageLength)
            block.setUserState(WritingLine); // ruledLines() gives them a width, the title's none
        if (block.userState() == CheckboxItem && block.begin() != block.end()) {
            // Wrapped lines start where the text does, after the box and its two spaces.
            const QFont font
                = block.begin().fragment().charFormat().font().resolve(document.defaultFont());
            // Qt takes horizontal margins and indents in the paint device's pixels.
            const QString box = block.text().left(3);
            QPaintDevice *device = document.documentLayout()->paintDevice();
            const qreal hang = device ? QFontMetricsF(font, device).horizontalAdvance(box)
                                      : QFontMetricsF(font).horizontalAdvance(box);
            QTextBlockFormat format = block.blockFormat();
            if (block.textDirection() == Qt::RightToLeft)
                format.setRightMargin(format.rightMargin() + hang);
            else
                format.setLeftMargin(format.leftMargin() + hang);
            format.setTextIndent(-hang);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

void HtmlBuilder::title(const QString &kicker, const QString &heading, const QStringList &facts)
{
    m_body += QStringLiteral("<p class=\"kicker\">%1</p><h1>%2</h1>")
                  .arg(escaped(kicker.toUpper()), escaped(heading));
    QStringList escapedFacts;
    for (const QString &fact : facts) {
        if (!fact.trimmed().isEmpty())
            escapedFacts << linked(fact);
    }
    if (!escapedFacts.isEmpty()) {
        m_body += QStringLiteral("<p class=\"facts\">%1</p>")
                      .arg(escapedFacts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    m_body += QStringLiteral("<hr class=\"title\">");
}

void HtmlBuilder::heading(const QString &text, const QString &aside)
{
    if (aside.isEmpty()) {
        m_body += QStringLiteral("<h2>%1</h2>").arg(escaped(text));
        return;
    }
    m_body += QStringLiteral("<h2>%1&nbsp;&nbsp;<span class=\"aside\">%2</span></h2>")
                  .arg(escaped(text), escaped(aside));
}

void HtmlBuilder::subheading(const QString &text)
{
    m_body += QStringLiteral("<h3>%1</h3>").arg(escaped(text));
}

void HtmlBuilder::paragraphs(const QString &text, const QString &attributes, const QString &lead)
{
    // One block per line: each takes its own direction from its first strong character, and
    // a long note is laid out line by line instead of as one block of a million characters.
    bool first = true;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        const bool rightToLeft = line.isRightToLeft() && (lead.isEmpty() || !first);
        m_body += QStringLiteral("<p%1%2>%3%4</p>")
                      .arg(attributes,
                           rightToLeft ? QStringLiteral(" dir=\"rtl\"") : QString(),
                           first ? lead : QString(),
                           linked(line));
        first = false;
    }
}

void HtmlBuilder::paragraph(const QString &text)
{
    paragraphs(text, QString());
}

void HtmlBuilder::note(const QString &text)
{
    paragraphs(text, QStringLiteral(" class=\"note\""));
}

void HtmlBuilder::labelled(const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    paragraphs(text.trimmed(),
               QString(),
               QStringLiteral("<span class=\"label\">%1</span> ").arg(escaped(label)));
}

void HtmlBuilder::bullets(const QStringList &items)
{
    QString list;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            list += QStringLiteral("<li>%1</li>").arg(linked(item));
    }
    if (!list.isEmpty())
        m_body += QStringLiteral("<ul>%1</ul>").arg(list);
}

void HtmlBuilder::checkbox(const QString &item, const QString &details, bool ticked)
{
    m_body += QStringLiteral("<p class=\"check\" style=\"-qt-user-state: %1\">%2&nbsp;&nbsp;%3")
                  .arg(CheckboxItem)
                  .arg(ticked ? QStringLiteral("☑") : QStringLiteral("☐"), linked(item));
    if (!details.isEmpty())
        m_body += QStringLiteral("&nbsp;&nbsp;<span class=\"details\">%1</span>")
                      .arg(escaped(details));
    m_body += QStringLiteral("</p>");
}

void HtmlBuilder::table(const QStringList &headers,
                        const QList<QStringList> &rows,
                        const QList<int> &widthsPercent)
{
    m_body
        += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\""
                          " style=\"border-color: #c9d3dc; border-style: solid;"
                          " margin-top: 2px; margin-bottom: 6px;\"><thead><tr>");
    for (int column = 0; column < headers.size(); ++column) {
        m_body += QStringLiteral("<th width=\"%1%\">%2</th>")
                      .arg(widthsPercent.value(column))
                      .arg(escaped(headers.at(column)));
    }
    m_body += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : rows) {
        m_body += QStringLiteral("<tr>");
        for (const QString &cell : row)
            m_body += QStringLiteral("<td>%1</td>").arg(linked(cell));
        m_body += QStringLiteral("</tr>");
    }
    m_body += QStringLiteral("</tbody></table>");
}

void HtmlBuilder::ruledLines(int count)
{
    for (int i = 0; i < count; ++i)
        m_body += QStringLiteral("<hr width=\"100%\">");
}

QString HtmlBuilder::html() const
{
    return QStringLiteral("<html><body>%1</body></html>").arg(m_body);
}

} // namespace Mentorbook
