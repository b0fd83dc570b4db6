// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Mentorbook {

QString ReportDocument::suggestedFileName(const QDate &date) const
{
    // File systems allow 255 bytes; a name of 80 characters leaves room in any script.
    QString name = QStringLiteral("%1 %2 - %3.pdf")
                       .arg(date.toString(Qt::ISODate), kind, person.simplified().left(80));
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

QString HtmlBuilder::styleSheet()
{
    return QStringLiteral(
        "body { color: #1d2329; }"
        " p { margin-top: 0px; margin-bottom: 5px; }"
        " .kicker { color: #1f5f8b; font-size: 8.5pt; font-weight: 600; letter-spacing: 1px;"
        "   margin-bottom: 0px; }"
        " h1 { font-size: 16pt; font-weight: 600; margin-top: 0px; margin-bottom: 3px; }"
        " .facts { color: #4a5560; margin-bottom: 8px; }"
        " h2 { font-size: 11pt; font-weight: 600; color: #1f5f8b; margin-top: 10px;"
        "   margin-bottom: 3px; }"
        " h3 { font-size: 9.5pt; font-weight: 600; margin-top: 6px; margin-bottom: 2px; }"
        " .aside { color: #6b7580; font-weight: normal; font-size: 9pt; }"
        " .note { color: #5b6670; }"
        " .label { font-weight: 600; }"
        " .check { margin-top: 1px; margin-bottom: 3px; margin-left: 4px; }"
        " .details { color: #6b7580; font-size: 9pt; }"
        " ul { margin-top: 0px; margin-bottom: 4px; }"
        " li { margin-bottom: 1px; }"
        " th { background-color: #e8eff5; font-weight: 600; text-align: left; }"
        " hr { margin-top: 15px; margin-bottom: 0px; }");
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
    }
}

void HtmlBuilder::title(const QString &kicker, const QString &heading, const QStringList &facts)
{
    m_body += QStringLiteral("<p class=\"kicker\">%1</p><h1>%2</h1>")
                  .arg(escaped(kicker.toUpper()), escaped(heading));
    QStringList escapedFacts;
    for (const QString &fact : facts) {
        if (!fact.trimmed().isEmpty())
            escapedFacts << escaped(fact);
    }
    if (!escapedFacts.isEmpty()) {
        m_body += QStringLiteral("<p class=\"facts\">%1</p>")
                      .arg(escapedFacts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    m_body += QStringLiteral("<hr>");
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

void HtmlBuilder::paragraph(const QString &text)
{
    // Text in a right-to-left script starts at the right margin.
    if (!text.trimmed().isEmpty()) {
        m_body += QStringLiteral("<p%1>%2</p>")
                      .arg(text.isRightToLeft() ? QStringLiteral(" dir=\"rtl\"") : QString(),
                           escaped(text));
    }
}

void HtmlBuilder::note(const QString &text)
{
    if (!text.trimmed().isEmpty())
        m_body += QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(text));
}

void HtmlBuilder::labelled(const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_body += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>")
                  .arg(escaped(label), escaped(text));
}

void HtmlBuilder::bullets(const QStringList &items)
{
    QString list;
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            list += QStringLiteral("<li>%1</li>").arg(escaped(item));
    }
    if (!list.isEmpty())
        m_body += QStringLiteral("<ul>%1</ul>").arg(list);
}

void HtmlBuilder::checkbox(const QString &item, const QString &details, bool ticked)
{
    m_body += QStringLiteral("<p class=\"check\">%1&nbsp;&nbsp;%2")
                  .arg(ticked ? QStringLiteral("☑") : QStringLiteral("☐"), escaped(item));
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
        += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\""
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
            m_body += QStringLiteral("<td>%1</td>").arg(escaped(cell));
        m_body += QStringLiteral("</tr>");
    }
    m_body += QStringLiteral("</tbody></table>");
}

void HtmlBuilder::ruledLines(int count)
{
    for (int i = 0; i < count; ++i)
        m_body += QStringLiteral("<hr>");
}

QString HtmlBuilder::html() const
{
    return QStringLiteral("<html><body>%1</body></html>").arg(m_body);
}

} // namespace Mentorbook
