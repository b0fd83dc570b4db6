// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchdialog.h"

#include "error.h"
#include "model/searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace Mentorbook {

namespace {
/** A hit in two lines: where it is and when, then the snippet with the words found bold. */
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        if (index.data(SearchResultModel::IsGroupRole).toBool()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString place = item.text;
        item.text.clear();
        QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

        const bool selected = item.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const QRect area = item.rect.adjusted(Margin, Margin, -Margin, -Margin);
        const QFontMetrics metrics(item.font);
        painter->save();
        painter->setPen(item.palette.color(QPalette::Active, textRole));
        const QString when = index.data(SearchResultModel::WhenRole).toString();
        const int whenWidth = when.isEmpty() ? 0 : metrics.horizontalAdvance(when) + Margin * 2;
        const QRect firstLine(area.left(), area.top(), area.width() - whenWidth, metrics.height());
        painter->drawText(firstLine,
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(place, Qt::ElideRight, firstLine.width()));
        painter->drawText(QRect(area.right() - whenWidth, area.top(), whenWidth, metrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter,
                          when);
        QTextDocument snippet;
        snippet.setDefaultFont(item.font);
        snippet.setDocumentMargin(0);
        snippet.setTextWidth(area.width());
        snippet.setHtml(index.data(SearchResultModel::SnippetHtmlRole).toString());
        painter->translate(area.left(), area.top() + metrics.height() + Spacing);
        painter->setClipRect(QRect(0, 0, area.width(), metrics.height() * SnippetLines));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = item.palette;
        context.palette.setColor(QPalette::Text, item.palette.color(QPalette::Active, textRole));
        snippet.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (!index.data(SearchResultModel::IsGroupRole).toBool()) {
            const QFontMetrics metrics(option.font);
            size.setHeight(metrics.height() * (1 + SnippetLines) + Spacing + Margin * 2);
        }
        return size;
    }

private:
    static constexpr int Margin = 4;
    static constexpr int Spacing = 2;
    static constexpr int SnippetLines = 2;
};
} // namespace

SearchDialog::SearchDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_box(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_state(new QLabel(this))
    , m_results(new SearchResultModel(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Find in All Mentees"));
    m_box->setObjectName(QStringLiteral("searchBox"));
    m_box->setPlaceholderText(tr("Words, the start of a word, or a \"phrase\""));
    m_box->setAccessibleName(tr("Find in all mentees"));
    m_box->setAccessibleDescription(
        tr("Finds every text that holds all the words, in every relationship"));
    m_box->setClearButtonEnabled(true);
    m_box->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_results);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Texts found"));
    m_state->setObjectName(QStringLiteral("searchState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_box);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);
    resize(640, 520);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &SearchDialog::searchNow);
    connect(m_box, &QLineEdit::textChanged, this, [this] { m_typingPause.start(); });
    connect(m_view, &QAbstractItemView::activated, this, &SearchDialog::open);
    connect(m_results, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    searchNow();
}

void SearchDialog::setOptions(const Search::Options &options)
{
    m_options = options;
    searchNow();
}

void SearchDialog::activate()
{
    searchNow();
    show();
    raise();
    activateWindow();
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void SearchDialog::searchNow()
{
    m_typingPause.stop();
    const QString typed = m_box->text();
    SearchResult result;
    try {
        result = Search::find(m_database, typed, m_options);
    } catch (const Error &error) {
        m_state->setText(tr("The search failed: %1").arg(error.message()));
        m_results->setResult({});
        return;
    }
    m_results->setResult(result);
    if (Search::matchExpression(typed).isEmpty()) {
        if (!typed.trimmed().isEmpty())
            m_state->setText(tr("Type a word to search for: letters or digits."));
        else if (m_options.menteeId > 0)
            m_state->setText(tr("Type words to find them in this mentee's sessions, goals, "
                                "actions, reviews, profile and files."));
        else
            m_state->setText(tr("Type words to find them in every session, goal, action, "
                                "review, profile and file."));
    } else if (result.hitCount == 0) {
        m_state->setText(tr("No text holds \"%1\".").arg(typed.trimmed()));
    } else if (result.truncated) {
        m_state->setText(tr(
            "More than %n texts hold it: add words to narrow it down.", nullptr, result.hitCount));
    } else {
        m_state->setText(tr("%n text(s) in %1", nullptr, result.hitCount)
                             .arg(tr("%n relationship(s)", nullptr, int(result.groups.size()))));
    }
    const QModelIndex first = m_results->firstHit();
    if (first.isValid())
        m_view->setCurrentIndex(first);
}

void SearchDialog::open(const QModelIndex &index)
{
    // Out of the way of what it opens; Ctrl+K brings it back as it was.
    if (const SearchHit *hit = m_results->hitAt(index)) {
        const SearchHit chosen = *hit; // a copy: opening it may search again
        hide();
        emit openRequested(chosen, Search::terms(m_box->text()));
    }
}

void SearchDialog::moveCurrent(int step)
{
    // Through the hits only: the relationships' rows are headings.
    QModelIndex current = m_view->currentIndex();
    for (int guard = 0; guard < m_results->result().hitCount + 2 * m_results->rowCount(); ++guard) {
        current = step > 0 ? m_view->indexBelow(current.isValid() ? current : QModelIndex())
                           : m_view->indexAbove(current);
        if (!current.isValid())
            return;
        if (m_results->hitAt(current)) {
            m_view->setCurrentIndex(current);
            return;
        }
    }
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_typingPause.isActive())
                searchNow();
            open(m_view->currentIndex().isValid() ? m_view->currentIndex() : m_results->firstHit());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Mentorbook
