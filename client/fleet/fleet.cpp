#include "client/fleet/fleet.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/trafficfigures.h"
#include "client/health/healthprobe.h"
#include "client/logging.h"
#include "client/metrics/metricsource.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lgsp::client {

struct Fleet::Entry
{
    Instance instance;
    std::unique_ptr<Connection> connection;
    std::unique_ptr<HealthProbe> probe;
    QString secret;
    QString metricSourceSecret;
    QString securityServerKey;
    QTimer timer;
    // Started with the poll: when it fires and the poll still waits on its own instance, it
    // gives its slot back.
    QTimer slow;
    bool queued = false;
    bool holdsSlot = false; // counted in m_active
    ProbeCheck::Status previousStatus = ProbeCheck::Status::Skipped;
};

Fleet::Fleet(QObject *parent)
    : QObject(parent)
{}

Fleet::~Fleet()
{
    m_running = false;
    for (const auto &entry : std::as_const(m_entries)) {
        entry->timer.stop();
        if (entry->probe)
            entry->probe->disconnect(this);
    }
}

void Fleet::setProfiles(const QList<ConnectionProfile> &profiles)
{
    QList<QUuid> wanted;
    for (const ConnectionProfile &profile : profiles) {
        wanted.append(profile.id);
        std::shared_ptr<Entry> &entry = m_entries[profile.id];
        const bool added = !entry;
        if (!added && entry->instance.profile == profile)
            continue;
        if (added)
            entry = std::make_shared<Entry>();
        if (entry->probe)
            entry->probe->disconnect(this);
        releaseSlot(*entry);
        entry->slow.stop();
        entry->probe.reset();
        entry->instance = Instance();
        entry->instance.profile = profile;
        entry->connection = std::make_unique<Connection>(profile);
        entry->connection->setSecret(entry->secret);
        entry->connection->setMetricSourceSecret(entry->metricSourceSecret);
        entry->connection->setSecurityServerKey(entry->securityServerKey);
        entry->timer.setSingleShot(true);
        const QUuid id = profile.id;
        entry->timer.disconnect(this);
        connect(&entry->timer, &QTimer::timeout, this, [this, id] { enqueue(id); });
        entry->slow.setSingleShot(true);
        entry->slow.disconnect(this);
        connect(&entry->slow, &QTimer::timeout, this, [this, id] {
            const auto it = m_entries.constFind(id);
            if (it == m_entries.constEnd() || !(*it)->holdsSlot)
                return;
            // Waiting on a server other LGSPs share (the metric source, the security server,
            // whose reads are paced and shared): freeing the slot would only send more polls
            // to queue there.
            const HealthProbe *probe = (*it)->probe.get();
            if (probe && probe->isRunning() && probe->waitsOnSharedServer())
                return;
            qCInfo(lcClient).noquote() << (*it)->instance.profile.name << "still polling after"
                                       << kSlowPoll.count() << "ms: its slot goes to the next";
            releaseSlot(**it);
            pump();
        });
        if (added) {
            m_order.append(id);
            Q_EMIT instanceAdded(id);
        }
        if (m_running)
            schedule(*entry, std::chrono::milliseconds(0));
    }
    const QList<QUuid> existing = m_order;
    for (const QUuid &id : existing) {
        if (wanted.contains(id))
            continue;
        const std::shared_ptr<Entry> entry = m_entries.take(id);
        if (entry->probe)
            entry->probe->disconnect(this);
        releaseSlot(*entry);
        m_order.removeAll(id);
        m_queue.removeAll(id);
        Q_EMIT instanceRemoved(id);
    }
    m_order = wanted;
    pump();
}

void Fleet::setSecret(const QUuid &id, const QString &secret)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return;
    (*it)->secret = secret;
    (*it)->connection->setSecret(secret);
}

void Fleet::setMetricSourceSecret(const QUuid &id, const QString &secret)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return;
    (*it)->metricSourceSecret = secret;
    (*it)->connection->setMetricSourceSecret(secret);
}

void Fleet::setSecurityServerKey(const QUuid &id, const QString &key)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return;
    (*it)->securityServerKey = key;
    (*it)->connection->setSecurityServerKey(key);
}

void Fleet::start()
{
    if (m_running)
        return;
    m_running = true;
    // Stagger the first polls: instance i after i × stagger, never later than its interval.
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        Entry &entry = *m_entries.value(m_order.at(i));
        schedule(entry,
                 std::min(intervalOf(entry), std::chrono::milliseconds(m_stagger.count() * i)));
    }
}

void Fleet::stop()
{
    m_running = false;
    m_queue.clear();
    for (const auto &entry : std::as_const(m_entries)) {
        entry->timer.stop();
        entry->queued = false;
    }
}

void Fleet::refreshNow(const QUuid &id)
{
    if (!id.isNull()) {
        enqueue(id);
        return;
    }
    for (const QUuid &each : std::as_const(m_order))
        enqueue(each);
}

const Fleet::Instance *Fleet::instance(const QUuid &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &(*it)->instance;
}

Connection *Fleet::connection(const QUuid &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : (*it)->connection.get();
}

std::chrono::milliseconds Fleet::intervalOf(const Entry &entry) const
{
    return std::max(kMinimumInterval,
                    std::chrono::milliseconds(entry.instance.profile.pollIntervalMs));
}

void Fleet::releaseSlot(Entry &entry)
{
    if (!entry.holdsSlot)
        return;
    entry.holdsSlot = false;
    --m_active;
}

int Fleet::pollsInFlight() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const auto &e) { return e->instance.polling; }));
}

void Fleet::schedule(Entry &entry, std::chrono::milliseconds delay)
{
    entry.timer.start(delay);
}

void Fleet::enqueue(const QUuid &id)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return;
    Entry &entry = **it;
    entry.timer.stop();
    if (entry.queued || entry.instance.polling)
        return;
    entry.queued = true;
    m_queue.append(id);
    pump();
}

void Fleet::pump()
{
    while (m_active < m_maxConcurrent && !m_queue.isEmpty()) {
        const QUuid id = m_queue.takeFirst();
        const auto it = m_entries.constFind(id);
        if (it == m_entries.constEnd())
            continue;
        const std::shared_ptr<Entry> entry = *it;
        entry->queued = false;
        entry->instance.polling = true;
        entry->holdsSlot = true;
        ++m_active;
        entry->slow.start(kSlowPoll);
        entry->probe = std::make_unique<HealthProbe>(entry->connection.get());
        connect(entry->probe.get(), &HealthProbe::finished, this,
                [this, id](const ProbeReport &report) { onProbeFinished(id, report); });
        Q_EMIT probeStarted(id);
        entry->probe->start();
    }
}

void Fleet::onProbeFinished(const QUuid &id, const ProbeReport &report)
{
    const auto found = m_entries.constFind(id);
    if (found == m_entries.constEnd())
        return;
    Entry &e = **found;
    e.previousStatus =
        e.instance.polls > 0 ? e.instance.lastReport.overall() : ProbeCheck::Status::Skipped;
    e.instance.lastReport = report;
    e.instance.updatedAt = report.finishedAt;
    // The probe object is done; delete it once its signal has returned.
    e.probe.release()->deleteLater();
    const ProbeCheck *auth = report.check(QStringLiteral("auth"));
    const ProbeCheck *version = report.check(QStringLiteral("version"));
    const bool reachable = version && version->status == ProbeCheck::Status::Ok;
    const bool allowed = auth && auth->status != ProbeCheck::Status::Fail;
    if (reachable && allowed)
        readFigures(id);
    else
        finishPoll(id);
}

void Fleet::readFigures(const QUuid &id)
{
    const std::shared_ptr<Entry> entry = m_entries.value(id);
    Backend *backend = entry->connection->backend();
    // Answers for an entry that was replaced or removed meanwhile are dropped.
    const std::weak_ptr<Entry> weak = entry;
    const auto current = [this, id, weak]() -> Entry * {
        const std::shared_ptr<Entry> e = weak.lock();
        return e && m_entries.value(id) == e ? e.get() : nullptr;
    };
    // Three calls at once (two when the server has no metrics); the poll finishes when the
    // last answers.
    // Only what the kind of server has (a security server alone has none of them).
    MetricSource *source = entry->connection->metricSource();
    const bool metrics = source && source->available();
    const bool hasTenants = backend->features().testFlag(Feature::Tenants);
    const bool hasServices = backend->features().testFlag(Feature::Services);
    entry->instance.hasMetrics = metrics;
    auto pending = std::make_shared<int>(int(metrics) + int(hasTenants) + int(hasServices));
    if (*pending == 0) {
        finishPoll(id);
        return;
    }
    const auto done = [this, id, pending, current] {
        if (--*pending == 0 && current())
            finishPoll(id);
    };
    if (hasTenants) {
        TenantQuery tenants;
        tenants.limit = 1;
        backend->tenants(tenants, this, [current, done](const auto &r) {
            if (Entry *e = current())
                e->instance.tenantCount =
                    r.ok() ? std::optional<qint64>(r.value.total) : std::nullopt;
            done();
        });
    }
    if (hasServices) {
        ServiceQuery services;
        services.limit = 1;
        backend->services(services, this, [current, done](const auto &r) {
            if (Entry *e = current())
                e->instance.serviceCount =
                    r.ok() ? std::optional<qint64>(r.value.total) : std::nullopt;
            done();
        });
    }
    if (!metrics)
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    source->metrics(TrafficFigures::query(now), this, [current, done, now](const auto &r) {
        if (Entry *e = current()) {
            const TrafficFigures figures =
                r.ok() ? TrafficFigures::from(r.value, now) : TrafficFigures{};
            e->instance.callsPerMinute = figures.callsPerMinute;
            e->instance.callsLastMinute = figures.callsLastMinute;
            e->instance.errorRate = figures.errorRate;
            e->instance.p95LatencyMs = figures.p95LatencyMs;
        }
        done();
    });
}

void Fleet::finishPoll(const QUuid &id)
{
    const auto found = m_entries.constFind(id);
    if (found == m_entries.constEnd())
        return;
    Entry &e = **found;
    e.instance.polling = false;
    ++e.instance.polls;
    e.slow.stop();
    releaseSlot(e);
    if (m_running) {
        // ±10 % so instances with one interval drift apart instead of polling in lockstep.
        const auto interval = intervalOf(e);
        const auto jitter = std::chrono::milliseconds(
            QRandomGenerator::global()->bounded(int(interval.count() / 5) + 1) -
            interval.count() / 10);
        schedule(e, interval + jitter);
    }
    Q_EMIT instanceUpdated(id);
    const ProbeCheck::Status status = e.instance.lastReport.overall();
    if (status != e.previousStatus)
        Q_EMIT statusChanged(id, status);
    pump();
}

} // namespace lgsp::client
