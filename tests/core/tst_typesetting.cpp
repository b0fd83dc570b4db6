// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/agenda.h"
#include "report/recap.h"
#include "report/relationshipsummary.h"
#include "report/typesetter.h"
#include "sample/samplerelationship.h"
#include "storage/repositories.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractTextDocumentLayout>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace Mentorbook;
using namespace Mentorbook::TestSupport;

namespace {
QString run(const char *tool, const QStringList &arguments)
{
    QProcess process;
    process.start(QString::fromUtf8(tool), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        qFatal("%s failed: %s", tool, process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

/** The PDF's text as pdftotext gives it, page by page: nothing normalised, ligatures would show. */
QStringList pagesOf(const QString &file)
{
    QStringList pages = run(PDFTOTEXT, {file, QStringLiteral("-")}).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/** How often each word occurs, a hyphenated one as one word ("double-counts"). */
QHash<QString, int> wordCounts(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w-]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        while (word.startsWith(QLatin1Char('-')))
            word.remove(0, 1);
        while (word.endsWith(QLatin1Char('-')))
            word.chop(1);
        if (!word.isEmpty())
            ++counts[word];
    }
    return counts;
}

int pageOfLine(const QTextDocument &document, const QTextBlock &block, bool last)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLine line = block.layout()->lineAt(last ? block.layout()->lineCount() - 1 : 0);
    return int((rect.top() + line.y() + line.height() / 2) / document.pageSize().height());
}

/** "row 3 of a table on page 2 ends on page 3", or empty when every row is on one page. */
QString firstSplitRow(const QTextDocument &document)
{
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        for (int row = 0; row < table->rows(); ++row) {
            int first = std::numeric_limits<int>::max();
            int last = 0;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                first = qMin(first,
                             pageOfLine(document, document.findBlock(cell.firstPosition()), false));
                last = qMax(last,
                            pageOfLine(document, document.findBlock(cell.lastPosition()), true));
            }
            if (first != last)
                return QStringLiteral("row %1 of a table on page %2 ends on page %3")
                    .arg(row)
                    .arg(first + 1)
                    .arg(last + 1);
        }
    }
    return {};
}

/** "line 2 of "Some text…" runs from page 3 onto page 4", or empty when none does. */
QString firstLineAcrossPages(const QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        for (int i = 0; i < block.layout()->lineCount() && !block.text().isEmpty(); ++i) {
            const QTextLine line = block.layout()->lineAt(i);
            const qreal top = rect.top() + line.y();
            if (int(top / pageHeight) != int((top + line.height() - 1) / pageHeight))
                return QStringLiteral("line %1 of \"%2…\" runs from page %3 onto the next")
                    .arg(i + 1)
                    .arg(block.text().left(30))
                    .arg(int(top / pageHeight) + 1);
        }
    }
    return {};
}

/** The lines to write on, section by section. */
QList<int> writingLines(const QTextDocument &document)
{
    QList<int> sections;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.userState() != HtmlBuilder::WritingLine)
            continue;
        if (block.previous().userState() != HtmlBuilder::WritingLine)
            sections.append(0);
        ++sections.last();
    }
    return sections;
}
} // namespace

/**
 * How the documents are set in type, read back from the PDF with pdftotext page by page and
 * from the laid-out document: no table row split across pages, small tables whole, headers
 * repeated, one-page agendas on A4 and Letter with every section's lines to write on, every
 * word searchable (no ligatures), links, direction per paragraph, clean metadata. For the
 * sample relationship and for a generated heavy one (300 actions, 20 goals, a 1 MB note).
 */
class TestTypesetting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldNeverSplitATableRow_data();
    void shouldNeverSplitATableRow();
    void shouldKeepEveryAgendaOfTheSampleOnOnePage_data();
    void shouldKeepEveryAgendaOfTheSampleOnOnePage();
    void shouldShortenTheLinesToWriteOnEvenly();
    void shouldKeepSmallTablesWhole();
    void shouldRepeatTheHeaderWhereATableGoesOn();
    void shouldKeepAMeasureOfAboutSeventyFiveCharacters();
    void shouldHangCheckboxItemsAfterTheBox();
    void shouldGiveEachParagraphItsOwnDirection();
    void shouldPrintChineseJapaneseAndKorean();
    void shouldLinkAddresses();
    void shouldWriteCleanMetadata();

private:
    enum Relationship { Sample, Heavy };
    /** The relationship's documents: each agenda and recap, and the summary. */
    QList<ReportDocument> documentsOf(Relationship relationship) const;
    QString writePdf(const ReportDocument &document,
                     const QString &name,
                     const ReportOptions &options = {},
                     std::unique_ptr<Typesetter> *kept = nullptr) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Repositories> m_repositories;
    Id m_sample = 0;
    Id m_heavy = 0;
};

void TestTypesetting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("mentorbook-typesetting-test"));
    installTranslations();
    m_database = openTestDatabase(m_dir);
    m_repositories = std::make_unique<Repositories>(*m_database);
    m_sample = SampleRelationship::add(*m_repositories, today());

    // A heavy relationship: six sessions, 20 goals reviewed at each, 300 actions whose text
    // runs over several lines, a 1 MB note, mixed scripts and addresses.
    Mentee mentee;
    mentee.name = QStringLiteral("Hana Kobayashi");
    mentee.email = QStringLiteral("hana@example.org");
    m_repositories->mentees.add(mentee);
    m_heavy = mentee.id;
    QList<Id> goals;
    for (int i = 1; i <= 20; ++i) {
        Goal goal;
        goal.menteeId = mentee.id;
        goal.title = QStringLiteral("Goal %1: lead the quarterly planning review").arg(i);
        goal.measure = QStringLiteral("Reviews run without help, out of four");
        goal.priority = i;
        m_repositories->goals.add(goal);
        goals << goal.id;
    }
    for (int sequence = 1; sequence <= 6; ++sequence) {
        Session session;
        session.menteeId = mentee.id;
        session.sequence = sequence;
        session.scheduledAt = frozenNow().addDays(14 * (sequence - 6));
        session.status = sequence < 6 ? SessionStatus::Held : SessionStatus::Planned;
        session.stage = sequence == 1 ? Stage::Introductions : Stage::Exercise;
        session.location = QStringLiteral("https://meet.example.org/hana-%1").arg(sequence);
        session.agenda = QStringLiteral("Our first office workflow\nThe flow of the week");
        session.decisions
            = QStringLiteral("We agreed the first step of the office workflow.\n"
                             "قررنا أن نلتقي مرة أخرى الأسبوع المقبل\n"
                             "다음 주에 다시 만나기로 했습니다 — 我们讨论了反馈\n"
                             "Write to hana@example.org or see www.example.org/plan.");
        if (sequence == 3) {
            QString note;
            for (int line = 1; note.size() < 1024 * 1024; ++line)
                note += QStringLiteral("Line %1 of the long note: the mentee told the week in "
                                       "detail, what went well, what did not, and what she "
                                       "wants to try with the team next week.\n")
                            .arg(line);
            session.notes = note + QStringLiteral("END-OF-NOTE");
        } else {
            session.notes = QStringLiteral("What we discussed at session %1.").arg(sequence);
        }
        m_repositories->sessions.add(session);
        for (const Id goal : std::as_const(goals)) {
            GoalReview review;
            review.goalId = goal;
            review.sessionId = session.id;
            review.progress = 10 * sequence;
            review.note = QStringLiteral("Progress noted at session %1.").arg(sequence);
            m_repositories->goalReviews.add(review);
        }
        for (int i = 1; i <= 50; ++i) {
            const int number = (sequence - 1) * 50 + i;
            Action action;
            action.menteeId = mentee.id;
            action.sessionId = session.id;
            action.text
                = QStringLiteral("Row%1start ask a colleague for feedback on the plan, then "
                                 "write down two things to change and %2 Row%1end")
                      .arg(number)
                      .arg(QStringLiteral("agree them with the team ").repeated(number % 4));
            action.withWhom = QStringLiteral("A colleague");
            action.dueOn = today().addDays(number % 30);
            m_repositories->actions.add(action);
        }
    }
}

QList<ReportDocument> TestTypesetting::documentsOf(Relationship relationship) const
{
    const Id mentee = relationship == Sample ? m_sample : m_heavy;
    QList<ReportDocument> documents;
    ReportOptions author;
    author.mentorName = QStringLiteral("Grace Hopper");
    author.mentorEmail = QStringLiteral("grace@example.org");
    for (const Session &session : m_repositories->sessionsOf(mentee)) {
        documents << Agenda::build(*m_repositories, session.id);
        if (Recap::refusal(session).isEmpty())
            documents << Recap::build(*m_repositories, session.id, author);
    }
    documents << RelationshipSummary::build(*m_repositories, mentee, frozenNow());
    return documents;
}

QString TestTypesetting::writePdf(const ReportDocument &document,
                                  const QString &name,
                                  const ReportOptions &options,
                                  std::unique_ptr<Typesetter> *kept) const
{
    const QString path = m_dir.filePath(name);
    auto typesetter = std::make_unique<Typesetter>(document);
    typesetter->writePdf(path, options);
    if (const QByteArray dir = qgetenv("MENTORBOOK_DOCUMENT_DIR"); !dir.isEmpty()) {
        QFile::remove(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
        QFile::copy(path, QString::fromLocal8Bit(dir) + QLatin1Char('/') + name);
    }
    if (kept)
        *kept = std::move(typesetter);
    return path;
}

void TestTypesetting::shouldNeverSplitATableRow_data()
{
    QTest::addColumn<int>("relationship");
    QTest::addColumn<int>("paper");
    QTest::newRow("sample, A4") << int(Sample) << int(QPageSize::A4);
    QTest::newRow("sample, Letter") << int(Sample) << int(QPageSize::Letter);
    QTest::newRow("heavy, A4") << int(Heavy) << int(QPageSize::A4);
}

void TestTypesetting::shouldNeverSplitATableRow()
{
    QFETCH(int, relationship);
    QFETCH(int, paper);
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(paper));
    static const QRegularExpression rowStart(QStringLiteral("Row(\\d+)start"));
    int rowsSeen = 0;
    const QList<ReportDocument> documents = documentsOf(Relationship(relationship));
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const ReportDocument &document = documents.at(i);
        std::unique_ptr<Typesetter> typesetter;
        const QString file
            = writePdf(document,
                       QStringLiteral("rows-%1-%2-%3.pdf").arg(relationship).arg(paper).arg(i),
                       options,
                       &typesetter);
        // WHEN the PDF is read page by page
        const QStringList pages = pagesOf(file);
        // THEN each action's row starts and ends on the same page
        for (int page = 0; page < pages.size(); ++page) {
            for (auto it = rowStart.globalMatch(pages.at(page)); it.hasNext();) {
                const QString number = it.next().captured(1);
                ++rowsSeen;
                QVERIFY2(pages.at(page).contains(QStringLiteral("Row%1end").arg(number)),
                         qPrintable(QStringLiteral("%1: row %2 goes on after page %3")
                                        .arg(document.title, number)
                                        .arg(page + 1)));
            }
        }
        // ... every table row of the laid-out document is on one page, every cell counted
        QCOMPARE(firstSplitRow(typesetter->document()), QString());
        // ... and no line runs over a page's foot, half on one page and half on the next
        QCOMPARE(firstLineAcrossPages(typesetter->document()), QString());
        // ... and every word of the document is in the PDF's text, as typed: no ligature,
        // nothing clipped
        QTextDocument plain;
        HtmlBuilder::load(plain, document.html);
        const QHash<QString, int> expected
            = wordCounts(plain.toPlainText().replace(QChar(QChar::Nbsp), QLatin1Char(' ')));
        QString extracted
            = pages.join(QLatin1Char(' ')).replace(QChar(QChar::Nbsp), QLatin1Char(' '));
        // pdftotext gives Arabic as presentation forms (see the report): compare those
        // letters by their compatibility decomposition, every other word as it is.
        static const QRegularExpression presentation(QStringLiteral("[\\x{FB50}-\\x{FDFF}"
                                                                    "\\x{FE70}-\\x{FEFF}]+"));
        for (auto it = presentation.globalMatch(extracted); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            extracted.replace(match.capturedStart(),
                              match.capturedLength(),
                              match.captured()
                                  .normalized(QString::NormalizationForm_KC)
                                  .leftJustified(match.capturedLength(), QChar(0x200B), true));
        }
        const QHash<QString, int> found = wordCounts(extracted.remove(QChar(0x200B)));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (it.key().front().script() == QChar::Script_Arabic)
                continue; // right-to-left runs come out reordered; checked for letters below
            // pdftotext joins a word hyphenated at a line's end: "double-" "counts" comes
            // out as "doublecounts", "one-to-" "one" as "one-toone".
            int times = found.value(it.key());
            for (qsizetype hyphen = it.key().indexOf(QLatin1Char('-')); hyphen > 0;
                 hyphen = it.key().indexOf(QLatin1Char('-'), hyphen + 1))
                times += found.value(QString(it.key()).remove(hyphen, 1));
            QVERIFY2(times >= it.value(),
                     qPrintable(QStringLiteral("%1: \"%2\" %3 times, found %4")
                                    .arg(document.title, it.key())
                                    .arg(it.value())
                                    .arg(times)));
        }
    }
    if (relationship == Heavy)
        QVERIFY2(rowsSeen >= 300, qPrintable(QString::number(rowsSeen)));
}

void TestTypesetting::shouldKeepEveryAgendaOfTheSampleOnOnePage_data()
{
    QTest::addColumn<int>("paper");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

void TestTypesetting::shouldKeepEveryAgendaOfTheSampleOnOnePage()
{
    QFETCH(int, paper);
    ReportOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(paper));
    for (const Session &session : m_repositories->sessionsOf(m_sample)) {
        std::unique_ptr<Typesetter> typesetter;
        const QString file
            = writePdf(Agenda::build(*m_repositories, session.id),
                       QStringLiteral("agenda-%1-%2.pdf").arg(paper).arg(session.sequence),
                       options,
                       &typesetter);
        const QStringList pages = pagesOf(file);
        QVERIFY2(
            pages.size() == 1,
            qPrintable(
                QStringLiteral("session %1: %2 pages").arg(session.sequence).arg(pages.size())));
        // Every writing section keeps lines to write on: a meeting's two (agreeing actions and
        // the summary), the pre-work's one (questions for the first meeting).
        const QList<int> lines = writingLines(typesetter->document());
        QCOMPARE(lines.size(), session.stage == Stage::Prework ? 1 : 2);
        for (const int count : lines)
            QVERIFY2(count >= 1, qPrintable(session.agenda));
        // AND where it had to be set smaller, not by much (9.5 pt type no smaller than 8.4),
        // and only once its lines to write on were down to one each
        QVERIFY2(typesetter->scale() >= 0.88 - 1e-9,
                 qPrintable(QString::number(typesetter->scale())));
        if (typesetter->scale() < 1)
            QCOMPARE(lines, QList<int>(lines.size(), 1));
        QVERIFY(pages.constFirst().contains(QStringLiteral("first")));
    }
}

void TestTypesetting::shouldShortenTheLinesToWriteOnEvenly()
{
    // GIVEN agendas in order of weight: the sample's lightest meeting (the introductions; the
    // pre-work before it is a preparation sheet), its heaviest, the heavy one's
    const QList<Session> heavy = m_repositories->sessionsOf(m_heavy);
    const Id light = m_repositories->sessionsOf(m_sample).at(1).id;
    const Id full = m_repositories->sessionsOf(m_sample).constLast().id;
    ReportOptions letter;
    letter.pageSize = QPageSize(QPageSize::Letter);
    std::unique_ptr<Typesetter> typesetter;

    // WHEN there is room, every line is there: three to agree actions, two for the summary
    writePdf(Agenda::build(*m_repositories, light), QStringLiteral("light.pdf"), {}, &typesetter);
    QCOMPARE(writingLines(typesetter->document()), (QList<int>{3, 2}));
    QCOMPARE(typesetter->scale(), 1.0);

    // WHEN the page is full, the lines shorten evenly, never below one each
    writePdf(Agenda::build(*m_repositories, full), QStringLiteral("full.pdf"), letter, &typesetter);
    const QList<int> shortened = writingLines(typesetter->document());
    QCOMPARE(shortened.size(), 2);
    QVERIFY2(shortened.at(0) >= shortened.at(1) && shortened.at(0) - shortened.at(1) <= 1
                 && shortened.at(1) >= 1,
             qPrintable(QStringLiteral("%1, %2").arg(shortened.at(0)).arg(shortened.at(1))));

    // WHEN the content runs over pages anyway, no section is left alone on the last page:
    // sections 4 and 5 share it, with all their lines
    const QString file = writePdf(Agenda::build(*m_repositories, heavy.constLast().id),
                                  QStringLiteral("heavy-agenda.pdf"),
                                  {},
                                  &typesetter);
    const QStringList pages = pagesOf(file);
    QVERIFY(pages.size() > 2);
    QVERIFY(pages.constLast().contains(QStringLiteral("4. Agree actions")));
    QVERIFY(pages.constLast().contains(QStringLiteral("5. Summary and next meeting")));
    QCOMPARE(writingLines(typesetter->document()), (QList<int>{3, 2}));
    // AND at its natural size: only what can be one page is set smaller to be one
    QCOMPARE(typesetter->scale(), 1.0);
}

void TestTypesetting::shouldKeepSmallTablesWhole()
{
    // GIVEN a two-row table that would fall across the page's foot, after its heading
    for (int filler = 40; filler <= 70; ++filler) {
        HtmlBuilder html;
        html.title(QStringLiteral("Test"), QStringLiteral("Small tables"), {});
        for (int i = 0; i < filler; ++i)
            html.paragraph(QStringLiteral("Filler paragraph %1.").arg(i));
        html.subheading(QStringLiteral("Goals in focus"));
        html.table({QStringLiteral("Goal"), QStringLiteral("Progress")},
                   {{QStringLiteral("FirstRow"), QStringLiteral("10%")},
                    {QStringLiteral("SecondRow"), QStringLiteral("20%")}},
                   {80, 20});
        ReportDocument document;
        document.title = QStringLiteral("Small tables");
        document.html = html.html();
        // WHEN it is typeset
        const QStringList pages = pagesOf(writePdf(document, QStringLiteral("small.pdf")));
        // THEN the heading and both rows are on one page
        int page = 0;
        while (page < pages.size() && !pages.at(page).contains(QStringLiteral("FirstRow")))
            ++page;
        QVERIFY(page < pages.size());
        QVERIFY2(pages.at(page).contains(QStringLiteral("SecondRow")),
                 qPrintable(QString::number(filler)));
        QVERIFY2(pages.at(page).contains(QStringLiteral("Goals in focus")),
                 qPrintable(QString::number(filler)));
    }
}

void TestTypesetting::shouldRepeatTheHeaderWhereATableGoesOn()
{
    // GIVEN the recap of the heavy relationship's first session: 50 agreed actions
    const Id first = m_repositories->sessionsOf(m_heavy).constFirst().id;
    const QStringList pages
        = pagesOf(writePdf(Recap::build(*m_repositories, first, {}), QStringLiteral("long.pdf")));
    // THEN every page with a row of the table begins it with the header, and at least two
    // rows are on each part of it
    int tablePages = 0;
    static const QRegularExpression rowStart(QStringLiteral("Row\\d+start"));
    for (const QString &page : pages) {
        const qsizetype rows = page.count(rowStart);
        if (rows == 0)
            continue;
        ++tablePages;
        QVERIFY2(rows >= 2, qPrintable(page.left(200)));
        const qsizetype header = page.indexOf(QStringLiteral("By when"));
        QVERIFY2(header >= 0 && header < page.indexOf(rowStart), qPrintable(page.left(200)));
    }
    QVERIFY2(tablePages >= 2, qPrintable(QString::number(tablePages)));
}

void TestTypesetting::shouldKeepAMeasureOfAboutSeventyFiveCharacters()
{
    // GIVEN the heavy note, one paragraph per line of it
    const Id third = m_repositories->sessionsOf(m_heavy).at(2).id;
    ReportDocument recap = Recap::build(*m_repositories, third, {});
    QVERIFY(recap.html.count(QStringLiteral("<p>Line ")) > 1000);
    for (const int paper : {int(QPageSize::A4), int(QPageSize::Letter)}) {
        ReportOptions options;
        options.pageSize = QPageSize(QPageSize::PageSizeId(paper));
        const QString text = pagesOf(writePdf(recap, QStringLiteral("measure.pdf"), options)).at(1);
        // THEN its wrapped lines hold 70 to 80 characters on average, on either paper
        qsizetype characters = 0;
        int lines = 0;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            // the first line of each paragraph is a full one
            if (line.startsWith(QLatin1String("Line "))) {
                characters += line.size();
                ++lines;
            }
        }
        QVERIFY(lines > 20);
        const qreal average = qreal(characters) / lines;
        QVERIFY2(average >= 70 && average <= 80, qPrintable(QString::number(average)));
    }
}

void TestTypesetting::shouldHangCheckboxItemsAfterTheBox()
{
    std::unique_ptr<Typesetter> typesetter;
    writePdf(Agenda::build(*m_repositories, m_repositories->sessionsOf(m_heavy).constLast().id),
             QStringLiteral("hanging.pdf"),
             {},
             &typesetter);
    const QTextDocument &document = typesetter->document();
    int wrapped = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.userState() != HtmlBuilder::CheckboxItem || block.layout()->lineCount() < 2)
            continue;
        ++wrapped;
        // The second line starts where the first line's text does, after "☐  ".
        const QTextLine first = block.layout()->lineAt(0);
        const QTextLine second = block.layout()->lineAt(1);
        const qreal textStart = first.cursorToX(3);
        QVERIFY2(qAbs(second.x() - textStart) < 2, qPrintable(block.text()));
        QVERIFY(second.x() > first.x() + 5);
    }
    QVERIFY(wrapped > 10);
}

void TestTypesetting::shouldGiveEachParagraphItsOwnDirection()
{
    std::unique_ptr<Typesetter> typesetter;
    writePdf(Recap::build(*m_repositories, m_repositories->sessionsOf(m_heavy).at(1).id, {}),
             QStringLiteral("directions.pdf"),
             {},
             &typesetter);
    const QTextDocument &document = typesetter->document();
    int checked = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(QStringLiteral("We agreed the first step"))) {
            QCOMPARE(block.textDirection(), Qt::LeftToRight);
            const QTextBlock arabic = block.next();
            QVERIFY(arabic.text().startsWith(QStringLiteral("قررنا")));
            QCOMPARE(arabic.textDirection(), Qt::RightToLeft);
            // laid out from the right: its line ends at the measure's right edge
            const QTextLine line = arabic.layout()->lineAt(0);
            QVERIFY(line.naturalTextRect().left()
                    > block.layout()->lineAt(0).naturalTextRect().right() / 3);
            QCOMPARE(arabic.next().textDirection(), Qt::LeftToRight);
            ++checked;
        }
    }
    QCOMPARE(checked, 1);
}

void TestTypesetting::shouldPrintChineseJapaneseAndKorean()
{
    const QString file
        = writePdf(Recap::build(*m_repositories, m_repositories->sessionsOf(m_heavy).at(1).id, {}),
                   QStringLiteral("cjk.pdf"));
    const QString text = pagesOf(file).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("다음 주에 다시 만나기로 했습니다")));
    QVERIFY(text.contains(QStringLiteral("我们讨论了反馈")));
    // Printed with a font that has them, embedded: not boxes.
    const QString fonts = run(PDFFONTS, {file});
    QVERIFY2(fonts.contains(QStringLiteral("CJK")), qPrintable(fonts));
}

void TestTypesetting::shouldLinkAddresses()
{
    const Session session = m_repositories->sessionsOf(m_heavy).at(1);
    const QString file
        = writePdf(Recap::build(*m_repositories, session.id, {}), QStringLiteral("links.pdf"));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.contains("/URI (mailto:hana@example.org)"));
    QVERIFY(bytes.contains("/URI (" + session.location.toLatin1() + ")"));
    QVERIFY(bytes.contains("/URI (https://www.example.org/plan)"));
    // A full stop after an address ends the sentence, not the address.
    QVERIFY(!bytes.contains("/URI (https://www.example.org/plan.)"));
}

void TestTypesetting::shouldWriteCleanMetadata()
{
    ReportOptions options;
    options.mentorName = QStringLiteral("Grace Hopper");
    const Session session = m_repositories->sessionsOf(m_sample).at(7);
    ReportDocument document = Recap::build(*m_repositories, session.id, options);
    QCOMPARE(document.language, QLocale().bcp47Name());
    document.language = QStringLiteral("de-DE"); // as if built in German
    const QString file = writePdf(document, QStringLiteral("metadata.pdf"), options);
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    // One information dictionary, one cross-reference table, no incremental update
    QCOMPARE(bytes.count("/Producer"), 1);
    QCOMPARE(bytes.count("startxref"), 1);
    QVERIFY(!bytes.contains("Qt 6."));
    QVERIFY(bytes.contains("/Lang (de-DE)"));
    const QString info = run(PDFINFO, {file});
    QVERIFY(info.contains(QStringLiteral("Author:          Grace Hopper")));
    QVERIFY(info.contains(QStringLiteral("Creator:         Mentorbook")));
    QVERIFY(info.contains(QStringLiteral("Title:           Recap – Session 8 – Priya Raman")));
    const QString check = run(QPDF, {QStringLiteral("--check"), file});
    QVERIFY2(check.contains(QStringLiteral("No syntax or stream encoding errors")),
             qPrintable(check));
    // The mentee's language, where the caller knows it, wins over the document's.
    options.language = QStringLiteral("fr-CA");
    QFile other(writePdf(document, QStringLiteral("metadata-fr.pdf"), options));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QVERIFY(other.readAll().contains("/Lang (fr-CA)"));
}

QTEST_MAIN(TestTypesetting)
#include "tst_typesetting.moc"
