// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QAbstractItemModel;
class QLabel;

namespace Mentorbook {

/** Shows a view, or a friendly sentence in its place while the view's model is empty. */
class PlaceholderStack : public QStackedWidget
{
    Q_OBJECT

public:
    PlaceholderStack(QWidget *view, const QString &placeholder, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setPlaceholderText(const QString &text);
    QLabel *placeholder() const { return m_placeholder; }

private:
    void update();

    QWidget *m_view;
    QLabel *m_placeholder;
    QAbstractItemModel *m_model = nullptr;
};

} // namespace Mentorbook
