// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/search.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeView;

namespace Mentorbook {

class Database;
class SearchResultModel;

/**
 * Find in All Mentees: one box over every text the mentor wrote, the texts found grouped by
 * relationship, newest first, the words found bold in each snippet. The search runs a moment
 * after typing pauses, so typing never waits for it; Enter opens the current hit (the first
 * one from the box), Up and Down move through the hits from the box.
 */
class SearchDialog : public QDialog
{
    Q_OBJECT

public:
    SearchDialog(const Database &database, QWidget *parent = nullptr);

    /** What the search leaves out (presenting: private notes, the other relationships). */
    void setOptions(const Search::Options &options);
    /** Focuses the box with its text selected, and searches again (the texts may have changed). */
    void activate();
    /** Searches at once, without waiting for typing to pause. */
    void searchNow();
    SearchResultModel *results() const { return m_results; }

    /** How long typing must pause before the search runs. */
    static constexpr int TypingPauseMs = 150;

signals:
    /** The mentor chose a hit: open it in place, the terms highlighted. */
    void openRequested(const Mentorbook::SearchHit &hit, const QStringList &terms);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &index);
    void moveCurrent(int step);

    const Database &m_database;
    Search::Options m_options;
    QLineEdit *m_box;
    QTreeView *m_view;
    QLabel *m_state;
    SearchResultModel *m_results;
    QTimer m_typingPause;
};

} // namespace Mentorbook
