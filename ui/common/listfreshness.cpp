#include "ui/common/listfreshness.h"

#include "client/fleet/fleet.h"
#include "models/common/freshness.h"
#include "models/common/listloader.h"
#include "ui/common/freshnesslabel.h"

#include <QLocale>

#include <utility>

namespace lgsp::ui {

using models::Freshness;

ListFreshness::ListFreshness(client::Fleet *fleet, models::ListLoader *loader,
                             FreshnessLabel *label, CountOf countOf, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_loader(loader)
    , m_label(label)
    , m_countOf(std::move(countOf))
{
    m_label->setStaleAfter(Freshness::kSnapshotStaleAfterMs);
    m_label->setReasonSource([this] { return reasons(); });
    connect(loader, &models::ListLoader::started, this, &ListFreshness::onStarted);
    connect(loader, &models::ListLoader::finished, this, &ListFreshness::onFinished);
    connect(fleet, &client::Fleet::instanceUpdated, this, &ListFreshness::onPolled);
    connect(fleet, &client::Fleet::instanceRemoved, this, [this](const QUuid &id) {
        m_baseline.remove(id);
        m_changed.remove(id);
        m_label->refresh();
    });
}

void ListFreshness::onStarted()
{
    m_startedAt = Freshness::now();
    m_cancelled = false;
    m_baseline.clear();
    m_changed.clear();
    m_label->setUpdatedAt({}); // the progress line speaks while loading
}

void ListFreshness::onFinished()
{
    m_cancelled = m_loader->wasCancelled();
    // Polls that finished since the load started count as the baseline now.
    for (const QUuid &id : m_fleet->ids()) {
        if (!m_baseline.contains(id))
            onPolled(id);
    }
    // The rows are as old as the moment the first of them was asked for.
    m_label->setUpdatedAt(m_startedAt);
}

void ListFreshness::onPolled(const QUuid &id)
{
    const client::Fleet::Instance *instance = m_fleet->instance(id);
    if (!instance || !m_startedAt.isValid() || instance->updatedAt < m_startedAt)
        return;
    const std::optional<qint64> count = m_countOf(id);
    if (!count)
        return;
    const auto baseline = m_baseline.constFind(id);
    if (baseline == m_baseline.cend()) {
        m_baseline.insert(id, *count);
        return;
    }
    if (*count == *baseline)
        m_changed.remove(id);
    else
        m_changed.insert(id, Change{*baseline, *count});
    if (!m_loader->isLoading())
        m_label->refresh();
}

QStringList ListFreshness::reasons() const
{
    QStringList why;
    if (m_cancelled)
        why.append(tr("The loading was cancelled: some rows may be missing."));
    for (const QUuid &id : m_fleet->ids()) {
        const auto change = m_changed.constFind(id);
        if (change == m_changed.cend())
            continue;
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        why.append(tr("%1 now counts %2 items, %3 when the list was read: reload to see the "
                      "change.")
                       .arg(instance ? instance->profile.name : id.toString(),
                            QLocale().toString(change->now), QLocale().toString(change->then)));
    }
    return why;
}

} // namespace lgsp::ui
