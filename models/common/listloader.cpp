#include "models/common/listloader.h"

#include "client/connection.h"
#include "client/fleet/fleet.h"

namespace lgsp::models {

ListLoader::ListLoader(client::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
{
    m_drain.setSingleShot(true);
    m_drain.setInterval(0);
    connect(&m_drain, &QTimer::timeout, this, &ListLoader::drainOne);
}

void ListLoader::enqueue(std::function<void()> append)
{
    m_queue.append(std::move(append));
    if (!m_drain.isActive())
        m_drain.start();
}

void ListLoader::drainOne()
{
    if (m_queue.isEmpty())
        return;
    const std::function<void()> append = m_queue.takeFirst();
    // Started again first: the append may reload or cancel, which empties the queue.
    if (!m_queue.isEmpty())
        m_drain.start();
    append();
}

ListLoader::~ListLoader() = default;

qint64 ListLoader::expected() const
{
    qint64 sum = 0;
    for (const qint64 total : m_totals)
        sum += total;
    return sum;
}

void ListLoader::cancel()
{
    m_context.reset();
    m_queue.clear();
    m_drain.stop();
    if (m_pending > 0) {
        m_pending = 0;
        m_cancelled = true;
        Q_EMIT finished();
    }
}

void ListLoader::reload()
{
    m_context = std::make_unique<QObject>();
    m_queue.clear();
    m_drain.stop();
    clearModel();
    m_totals.clear();
    m_failures.clear();
    m_collectionActions.clear();
    m_loaded = 0;
    m_pending = 0;
    m_cancelled = false;
    Q_EMIT started();
    for (const QUuid &id : m_fleet->ids()) {
        client::Connection *connection = m_fleet->connection(id);
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        // A kind of server without this list (a security server alone) is left out.
        if (!connection || !instance ||
            !connection->backend()->features().testFlag(requiredFeature()))
            continue;
        ++m_pending;
        fetch(connection->backend(), m_context.get(), id, instance->profile.name,
              instance->profile.readOnly, [this, id](const Page &page) {
                  if (page.error.isNull()) {
                      m_totals.insert(id, page.total);
                      m_collectionActions.insert(id, page.allowedActions);
                      m_loaded += page.items;
                  } else {
                      m_failures.insert(id, page.error.message());
                  }
                  Q_EMIT progress(m_loaded, expected());
                  if (page.last && --m_pending == 0)
                      Q_EMIT finished();
              });
    }
    if (m_pending == 0)
        Q_EMIT finished();
}

} // namespace lgsp::models
