// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "localeformat.h"

#include <QFont>

namespace Mentorbook {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void SearchResultModel::setResult(const SearchResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

const SearchHit *SearchResultModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == GroupRow)
        return nullptr;
    const int group = int(index.internalId()) - 1;
    if (group >= m_result.groups.size() || index.row() >= m_result.groups.at(group).hits.size())
        return nullptr;
    return &m_result.groups.at(group).hits.at(index.row());
}

QModelIndex SearchResultModel::firstHit() const
{
    return m_result.groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupRow);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, GroupRow);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_result.groups.size());
    if (parent.column() != 0 || parent.internalId() != GroupRow)
        return 0;
    return int(m_result.groups.at(parent.row()).hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == GroupRow) {
        const SearchGroup &group = m_result.groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("%1 (%n text(s))", nullptr, int(group.hits.size())).arg(group.menteeName);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case MenteeIdRole:
            return group.menteeId;
        case IsGroupRole:
            return true;
        default:
            return {};
        }
    }
    const SearchHit *hit = hitAt(index);
    if (!hit)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return Search::placeOf(*hit);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return Search::placeOf(*hit) + QStringLiteral(": ")
               + Search::snippetText(hit->snippet, QString(), QString());
    case SnippetHtmlRole:
        return Search::snippetHtml(hit->snippet);
    case WhenRole:
        return hit->when.isValid() ? shortDateText(hit->when.toLocalTime().date()) : QString();
    case MenteeIdRole:
        return hit->menteeId;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A relationship's row heads its hits: it is not itself something to open.
    if (index.internalId() == GroupRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(WhenRole, "when");
    names.insert(MenteeIdRole, "menteeId");
    names.insert(IsGroupRole, "isGroup");
    return names;
}

} // namespace Mentorbook
