// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/search.h"

#include <QAbstractItemModel>

namespace Mentorbook {

/**
 * What a search found, as a tree: one row per relationship (its name and how many texts),
 * under it one row per text, newest first (where it is and when; the snippet as a role).
 */
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        SnippetHtmlRole = Qt::UserRole + 1, ///< the snippet, escaped, the words found bold
        WhenRole,                           ///< the hit's date as text, or empty for a group
        MenteeIdRole,
        IsGroupRole,
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject *parent = nullptr);

    void setResult(const SearchResult &result);
    const SearchResult &result() const { return m_result; }
    /** The hit at index, or nullptr for a relationship's row. */
    const SearchHit *hitAt(const QModelIndex &index) const;
    /** The first hit, for Enter in the search box. */
    QModelIndex firstHit() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    /** An index's internal id: 0 for a relationship's row, else its group's row plus one. */
    static constexpr quintptr GroupRow = 0;

    SearchResult m_result;
};

} // namespace Mentorbook
