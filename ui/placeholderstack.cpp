// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderstack.h"

#include <QAbstractItemModel>
#include <QLabel>

namespace Mentorbook {

PlaceholderStack::PlaceholderStack(QWidget *view, const QString &placeholder, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(view)
    , m_placeholder(new QLabel(placeholder, this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    addWidget(m_view);
    addWidget(m_placeholder);
    update();
}

void PlaceholderStack::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &PlaceholderStack::update);
    connect(model, &QAbstractItemModel::modelReset, this, &PlaceholderStack::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PlaceholderStack::update);
    update();
}

void PlaceholderStack::setPlaceholderText(const QString &text)
{
    m_placeholder->setText(text);
}

void PlaceholderStack::update()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_view);
}

} // namespace Mentorbook
