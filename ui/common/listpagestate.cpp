// ListPageBase's view state: what the person set on a list page, kept between sessions.
#include "ui/common/listpagebase.h"

#include "models/common/roles.h"
#include "models/common/tablefilterproxy.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QTreeView>

#include <algorithm>

namespace lgsp::ui {

QJsonObject ListPageBase::viewState() const
{
    QJsonObject filters;
    for (auto it = m_filterColumns.cbegin(); it != m_filterColumns.cend(); ++it) {
        const QString value = it.key()->currentData().toString();
        if (!value.isEmpty() && it.key()->isVisible())
            filters.insert(QString::number(it.value()), value);
    }
    QJsonObject state{{QStringLiteral("search"), m_search->text()},
                      {QStringLiteral("instance"), shownInstance()},
                      {QStringLiteral("filters"), filters}};
    const QModelIndex current = m_view->currentIndex();
    const QString selected = current.isValid()
                                 ? current.siblingAtColumn(0).data(models::IdentityRole).toString()
                                 : m_pendingSelection;
    if (!selected.isEmpty())
        state.insert(QStringLiteral("selected"), selected);
    return state;
}

void ListPageBase::restoreViewState(const QJsonObject &state)
{
    // Wrong types read as empty: a damaged settings file opens the page as new.
    m_search->setText(state.value(QLatin1String("search")).toString());
    const QJsonObject filters = state.value(QLatin1String("filters")).toObject();
    for (auto it = m_filterColumns.cbegin(); it != m_filterColumns.cend(); ++it) {
        const int index = it.key()->findData(filters.value(QString::number(it.value())).toString());
        it.key()->setCurrentIndex(std::max(0, index));
    }
    const QString instance = state.value(QLatin1String("instance")).toString();
    m_pendingInstance.clear();
    if (instance.isEmpty())
        showAllInstances();
    else if (m_instances->findData(instance) >= 0)
        showOnlyInstance(instance);
    else
        m_pendingInstance = instance; // shown when the fleet has it
    m_pendingSelection = state.value(QLatin1String("selected")).toString();
    if (!m_pendingSelection.isEmpty() && selectIdentity(m_pendingSelection))
        m_pendingSelection.clear();
}

bool ListPageBase::reveal(const QString &identity)
{
    m_pendingSelection.clear();
    if (selectIdentity(identity))
        return true;
    // Hidden by what the person set, or not loaded yet: show every row and look again.
    m_search->clear();
    for (auto it = m_filterColumns.cbegin(); it != m_filterColumns.cend(); ++it)
        it.key()->setCurrentIndex(0);
    showAllInstances();
    if (selectIdentity(identity))
        return true;
    m_pendingSelection = identity;
    return false;
}

bool ListPageBase::selectIdentity(const QString &identity, int first, int last)
{
    const int end = last < 0 ? m_proxy->rowCount() - 1 : std::min(last, m_proxy->rowCount() - 1);
    for (int row = std::max(0, first); row <= end; ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(models::IdentityRole).toString() == identity) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

} // namespace lgsp::ui
