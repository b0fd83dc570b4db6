// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibletabbar.h"

#include "formwidgets.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QTabBar>

namespace Mentorbook::AccessibleTabBar {

namespace {

QString mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    return key.isEmpty() ? QString() : key.toString(QKeySequence::NativeText);
}

/** One tab of a tab bar: it has no QObject of its own. */
class Tab : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    Tab(QTabBar *bar, int index)
        : m_bar(bar)
        , m_index(index)
    {}

    bool isValid() const override { return m_bar && m_index < m_bar->count(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return parent() ? parent()->window() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_bar ? QAccessible::queryAccessibleInterface(m_bar.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::PageTab; }

    QString text(QAccessible::Text kind) const override
    {
        if (!isValid())
            return {};
        switch (kind) {
        case QAccessible::Name: {
            const QString name = m_bar->accessibleTabName(m_index);
            return name.isEmpty() ? plainLabel(m_bar->tabText(m_index)) : name;
        }
        case QAccessible::Accelerator:
            return mnemonicOf(m_bar->tabText(m_index));
        case QAccessible::Description:
            return m_bar->tabToolTip(m_index);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect tab = m_bar->tabRect(m_index);
        return QRect(m_bar->mapToGlobal(tab.topLeft()), tab.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid()) {
            state.invalid = true;
            return state;
        }
        const bool current = m_index == m_bar->currentIndex();
        state.selectable = true;
        state.selected = current;
        state.focusable = true;
        state.focused = current && m_bar->hasFocus();
        state.disabled = !m_bar->isTabEnabled(m_index);
        state.invisible = !m_bar->isVisible() || !m_bar->isTabVisible(m_index);
        return state;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && isValid())
            m_bar->setCurrentIndex(m_index);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<QTabBar> m_bar;
    int m_index;
};

/** Tells screen readers which tab stopped and which started being the selected one. */
class SelectionAnnouncer : public QObject
{
public:
    explicit SelectionAnnouncer(QTabBar *bar)
        : QObject(bar)
        , m_bar(bar)
        , m_current(bar->currentIndex())
    {
        connect(bar, &QTabBar::currentChanged, this, &SelectionAnnouncer::announce);
    }

private:
    void announce(int current);

    QTabBar *m_bar;
    int m_current;
};

/** The tab bar: its tabs first, then its own child widgets (the scroll buttons). */
class Bar : public QAccessibleWidget
{
public:
    explicit Bar(QTabBar *bar)
        : QAccessibleWidget(bar, QAccessible::PageTabList)
    {
        new SelectionAnnouncer(bar);
    }

    ~Bar() override
    {
        for (const QAccessible::Id id : std::as_const(m_tabs))
            QAccessible::deleteAccessibleInterface(id);
    }

    QTabBar *tabBar() const { return static_cast<QTabBar *>(widget()); }

    int childCount() const override { return tabBar()->count() + QAccessibleWidget::childCount(); }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0)
            return nullptr;
        if (index >= tabBar()->count())
            return QAccessibleWidget::child(index - tabBar()->count());
        if (const auto id = m_tabs.value(index))
            return QAccessible::accessibleInterface(id);
        auto *tab = new Tab(tabBar(), index);
        m_tabs.insert(index, QAccessible::registerAccessibleInterface(tab));
        return tab;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (!child)
            return -1;
        for (auto at = m_tabs.cbegin(); at != m_tabs.cend(); ++at) {
            if (QAccessible::accessibleInterface(at.value()) == child)
                return at.key() < tabBar()->count() ? at.key() : -1;
        }
        const int widgetIndex = QAccessibleWidget::indexOfChild(child);
        return widgetIndex < 0 ? -1 : widgetIndex + tabBar()->count();
    }

    QAccessibleInterface *focusChild() const override
    {
        return tabBar()->hasFocus() && tabBar()->currentIndex() >= 0
                   ? child(tabBar()->currentIndex())
                   : QAccessibleWidget::focusChild();
    }

private:
    mutable QHash<int, QAccessible::Id> m_tabs;
};

void SelectionAnnouncer::announce(int current)
{
    QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(m_bar);
    if (!bar)
        return;
    QAccessible::State selection;
    selection.selected = true;
    for (const int index : {m_current, current}) {
        if (index < 0 || index >= m_bar->count())
            continue;
        QAccessibleStateChangeEvent event(bar->child(index), selection);
        QAccessible::updateAccessibility(&event);
    }
    m_current = current;
}

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("QTabBar"))
        return new Bar(static_cast<QTabBar *>(object));
    return nullptr;
}

} // namespace

void install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace Mentorbook::AccessibleTabBar
