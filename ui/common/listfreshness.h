#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUuid>

#include <functional>
#include <optional>

namespace lgsp::client {
class Fleet;
}
namespace lgsp::models {
class ListLoader;
}

namespace lgsp::ui {

class FreshnessLabel;

// The freshness of a list page (tenants, catalog): when its rows were read, and why they may
// be out of date — read more than 15 minutes ago, the loading cancelled, or an instance's
// count of items (as its polls report it) changed since. The count the first poll after
// the load reports is the baseline, so a difference in how a server counts (WSO2's catalog
// merged with its published APIs) is never taken for a change; a change between the load
// and that first poll goes unnoticed.
class ListFreshness final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFreshness)

public:
    // How many items an instance's last poll counted (tenants, services), if it said.
    using CountOf = std::function<std::optional<qint64>(const QUuid &instance)>;

    ListFreshness(client::Fleet *fleet, models::ListLoader *loader, FreshnessLabel *label,
                  CountOf countOf, QObject *parent = nullptr);

private:
    void onStarted();
    void onFinished();
    void onPolled(const QUuid &id);
    QStringList reasons() const;

    client::Fleet *m_fleet;
    models::ListLoader *m_loader;
    FreshnessLabel *m_label;
    CountOf m_countOf;
    QDateTime m_startedAt;
    bool m_cancelled = false;
    QHash<QUuid, qint64> m_baseline;
    struct Change
    {
        qint64 then = 0;
        qint64 now = 0;
    };
    QHash<QUuid, Change> m_changed;
};

} // namespace lgsp::ui
