#include "models/traffic/trafficmonitor.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/metrics/metricsource.h"
#include "models/logging.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QStandardPaths>

#include <limits>

namespace lgsp::models {

namespace {

constexpr qint64 kOpenEnd = std::numeric_limits<qint64>::max() / 4;
// The server answers at most this many buckets per metrics request.
constexpr qint64 kMaxBucketsPerRequest = 1500;
// Prometheus answers at most this many points per series.
constexpr qint64 kMaxPromPoints = 11000;

qint64 alignDown(qint64 t, qint64 step)
{
    return t - ((t % step) + step) % step;
}

// Where an answer's slots are complete up to: the end of its running slot when it has one.
qint64 upToOf(const protocol::MetricsResponse &r, qint64 whole, qint64 step)
{
    return r.countedUpTo > 0 ? std::max(whole, alignDown(r.countedUpTo, step) + step) : whole;
}

} // namespace

struct TrafficMonitor::Follow
{
    TrafficScope scope;
    QString key;
    TrafficSeries series;
    std::unique_ptr<client::LiveStream> stream;
    QPointer<client::Connection> connection;
    QPointer<client::MetricSource> source;
    // What the source said when the scope was followed.
    bool sourceKeepsHistory = false;
    qint64 sourceStep = 1;
    QString sourceLocation;
    QTimer poll; // a source without a pushed tail (Prometheus): its newest slots, again
    bool pollFailed = false;
    // A poll's answer is awaited: the next tick asks nothing (a source that hangs gets one
    // question at a time, not one more every tick until its timeout).
    bool polling = false;
    QList<protocol::MetricsBucket> unsaved;
    qint64 lostFrom = 0; // first second missing since the stream left Live; 0 while live
    bool wasLive = false;
    bool historyFailed = false;
    client::LiveStream::State state = client::LiveStream::State::Stopped;
};

TrafficMonitor::TrafficMonitor(client::Fleet *fleet, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    m_flushTimer.setInterval(5000);
    connect(&m_flushTimer, &QTimer::timeout, this, &TrafficMonitor::flush);
    m_flushTimer.start();
    // A changed profile gets a new connection: follow the instance on the new one.
    connect(m_fleet, &client::Fleet::instanceAdded, this, [this] { setScopes(m_order); });
    connect(m_fleet, &client::Fleet::instanceUpdated, this, [this](const QUuid &id) {
        for (const auto &f : std::as_const(m_follows)) {
            if (f->scope.instance == id && f->connection != m_fleet->connection(id)) {
                setScopes(m_order);
                return;
            }
        }
    });
}

TrafficMonitor::~TrafficMonitor()
{
    flush();
    // A gap still open ends now: what comes after is unknown to this run, not lost.
    for (const auto &f : std::as_const(m_follows)) {
        if (f->lostFrom > 0 && m_store.isOpen() && !f->sourceKeepsHistory) {
            QString error;
            m_store.saveGap(f->key, {f->lostFrom, now(), TrafficGap::Reason::StreamLost}, &error);
        }
    }
}

void TrafficMonitor::setStorePath(const QString &path)
{
    flush();
    m_storeProblem.clear();
    if (!m_store.open(path, &m_storeProblem))
        qCWarning(lcModels).noquote() << "chart history:" << m_storeProblem;
    else
        m_store.prune(now(), m_retention, m_maxBytes);
    // Scopes followed before the file was open start again from what it holds.
    m_follows.clear();
    setScopes(m_order);
}

void TrafficMonitor::setRetention(qint64 seconds, qint64 maxBytes)
{
    m_retention = std::max<qint64>(3600, seconds);
    m_maxBytes = std::max<qint64>(1024 * 1024, maxBytes);
    if (m_store.isOpen())
        m_store.prune(now(), m_retention, m_maxBytes);
}

void TrafficMonitor::setScopes(const QList<TrafficScope> &scopes)
{
    QList<TrafficScope> wanted = scopes.mid(0, kMaxScopes);
    QSet<QString> keys;
    for (const TrafficScope &s : std::as_const(wanted))
        keys.insert(s.key());
    flush();
    for (auto it = m_follows.begin(); it != m_follows.end();) {
        Follow &f = **it;
        const bool stale =
            f.connection.isNull() || f.connection != m_fleet->connection(f.scope.instance);
        if (!keys.contains(it.key()) || stale)
            it = m_follows.erase(it);
        else
            ++it;
    }
    m_order = wanted;
    for (const TrafficScope &s : std::as_const(wanted)) {
        if (!m_follows.contains(s.key()))
            follow(s);
    }
}

void TrafficMonitor::follow(const TrafficScope &scope)
{
    auto f = std::make_shared<Follow>();
    f->scope = scope;
    f->key = scope.key();
    m_follows.insert(f->key, f);
    client::Connection *connection = m_fleet->connection(scope.instance);
    client::MetricSource *source = connection ? connection->metricSource() : nullptr;
    // A source that keeps the history itself (Prometheus) is not copied into the chart
    // history file.
    if (!source || !source->keepsHistory())
        loadStored(*f);
    if (connection && source && source->available()) {
        f->connection = connection;
        f->source = source;
        f->sourceKeepsHistory = source->keepsHistory();
        f->sourceStep = std::max<qint64>(1, source->minimumStep());
        f->sourceLocation = source->location();
        Follow *raw = f.get();
        // The connection goes when its profile changes or is removed: never keep a stream
        // on a dead one.
        connect(connection, &QObject::destroyed, this, [this, key = f->key] {
            if (Follow *gone = find(key)) {
                gone->stream.reset();
                gone->poll.stop();
                QTimer::singleShot(0, this, [this] { setScopes(m_order); });
            }
        });
        f->stream = source->liveTail({scope.tenant, scope.service});
        if (f->stream) {
            connect(f->stream.get(), &client::LiveStream::bucketReceived, this,
                    [this, raw](const protocol::MetricsBucket &bucket, bool) {
                        raw->series.appendSecond(bucket);
                        raw->unsaved.append(bucket);
                        Q_EMIT seriesChanged(raw->scope);
                    });
            connect(f->stream.get(), &client::LiveStream::gap, this,
                    [this, raw](qint64 from, qint64 to) {
                        recordGap(*raw, {from, to, TrafficGap::Reason::StreamLost});
                    });
            connect(f->stream.get(), &client::LiveStream::stateChanged, this,
                    [this, raw](client::LiveStream::State state) { onStreamState(*raw, state); });
            f->stream->start();
        } else {
            f->state = client::LiveStream::State::Connecting;
            f->poll.setInterval(source->pollInterval());
            connect(&f->poll, &QTimer::timeout, this, [this, raw] { pollNewest(*raw); });
            f->poll.start();
        }
    }
    fetchHistory(*f);
}

qint64 TrafficMonitor::stepFor(qint64 step) const
{
    qint64 finest = 1;
    for (const auto &f : std::as_const(m_follows)) {
        finest = std::max(finest, f->sourceStep);
    }
    step = std::max<qint64>(1, step);
    return (step + finest - 1) / finest * finest;
}

bool TrafficMonitor::keepsHistory(const QUuid &instance) const
{
    const client::Connection *connection = m_fleet->connection(instance);
    return connection && connection->metricSource() && connection->metricSource()->keepsHistory();
}

QString TrafficMonitor::sourceDescription(const QUuid &instance) const
{
    const client::Connection *connection = m_fleet->connection(instance);
    return connection && connection->metricSource() ? connection->metricSource()->describe()
                                                    : QString();
}

QString TrafficMonitor::sourceKind(const QUuid &instance) const
{
    const client::Connection *connection = m_fleet->connection(instance);
    return connection && connection->metricSource() ? connection->metricSource()->kind()
                                                    : QString();
}

QString TrafficMonitor::sourceLocation(const QUuid &instance) const
{
    const client::Connection *connection = m_fleet->connection(instance);
    return connection && connection->metricSource() ? connection->metricSource()->location()
                                                    : QString();
}

void TrafficMonitor::pollNewest(Follow &f)
{
    client::MetricSource *source = f.source;
    if (!source || f.polling)
        return;
    f.polling = true;
    ++m_pollsAsked;
    const qint64 step = stepFor(m_step);
    const qint64 at = now();
    const qint64 to = alignDown(at, step);
    // The last few slots (a slot is complete one scrape after its end) and the running one,
    // counted so far.
    const qint64 from = to - 3 * step;
    client::MetricsQuery query;
    query.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
    query.to = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    query.step = QString::number(step) + QLatin1Char('s');
    query.tenant = f.scope.tenant;
    query.service = f.scope.service;
    const QString key = f.key;
    source->metrics(
        query, this, [this, key, step, to](const client::Result<protocol::MetricsResponse> &r) {
            Follow *target = find(key);
            if (!target)
                return;
            target->polling = false;
            using State = client::LiveStream::State;
            if (!r.ok()) {
                target->pollFailed = true;
                m_historyProblem = problemText(*target, r.error);
                onStreamState(*target, State::Reconnecting);
                return;
            }
            if (target->pollFailed) {
                // Prometheus kept what was scraped meanwhile: ask for the window.
                target->pollFailed = false;
                m_historyProblem.clear();
                fetchHistory(*target);
            }
            if (!r.value.series.isEmpty() && target->series.historyStep() == step)
                target->series.mergeHistory(r.value.series.first().buckets,
                                            upToOf(r.value, to, step), r.value.countedUpTo);
            if (target->state != State::Live)
                onStreamState(*target, State::Live);
            Q_EMIT seriesChanged(target->scope);
        });
}

QString TrafficMonitor::problemText(const Follow &f, const client::ClientError &error) const
{
    const QString &where = f.sourceLocation;
    return where.isEmpty() ? error.message() : tr("%1: %2").arg(where, error.message());
}

bool TrafficMonitor::hasMetrics(const QUuid &instance) const
{
    const client::Connection *connection = m_fleet->connection(instance);
    return !connection || !connection->metricSource() || connection->metricSource()->available();
}

TrafficMonitor::Follow *TrafficMonitor::find(const QString &key) const
{
    const auto it = m_follows.constFind(key);
    return it == m_follows.cend() ? nullptr : it->get();
}

void TrafficMonitor::loadStored(Follow &f)
{
    if (!m_store.isOpen())
        return;
    const qint64 to = now() + 1;
    const qint64 from = to - TrafficSeries::kFineCapacity;
    for (const protocol::MetricsBucket &b : m_store.load(f.key, from, to))
        f.series.appendSecond(b);
    for (const TrafficGap &g : m_store.loadGaps(f.key, from, to)) {
        // A gap left open by a console that did not stop cleanly ends where its data does.
        if (g.reason == TrafficGap::Reason::Reconnecting)
            f.series.addGap({g.from, std::max(g.from + 1, f.series.lastSecond() + 1),
                             TrafficGap::Reason::StreamLost});
        else
            f.series.addGap(g);
    }
}

void TrafficMonitor::setWindow(qint64 seconds, qint64 step, qint64 end)
{
    m_window = std::max<qint64>(60, seconds);
    m_step = std::max<qint64>(1, step);
    m_end = std::max<qint64>(0, end);
    reloadHistory();
}

void TrafficMonitor::reloadHistory()
{
    ++m_historyGeneration;
    m_pendingHistory = 0;
    m_historyProblem.clear();
    m_historyWarnings.clear();
    for (const auto &f : std::as_const(m_follows))
        fetchHistory(*f);
}

void TrafficMonitor::fetchHistory(Follow &f)
{
    client::Connection *connection = m_fleet->connection(f.scope.instance);
    client::MetricSource *source = connection ? connection->metricSource() : nullptr;
    if (!source || !source->available())
        return;
    // Whole slots only: the slot still filling comes from the live stream (or, for a polled
    // source, with its answer). A fixed range in the past is fetched where it is.
    const qint64 step = stepFor(m_step);
    const qint64 latest = alignDown(now(), step);
    const qint64 to = m_end > 0 ? std::min(latest, alignDown(m_end + step - 1, step)) : latest;
    const qint64 from = alignDown(to - m_window, step);
    // A polled source following now also gives the running slot, counted so far (partial).
    const qint64 askTo = m_end == 0 && !f.stream && source->keepsHistory() ? now() : to;
    // One request per chunk the server accepts; the answers are put together in order.
    struct Collect
    {
        QMap<qint64, protocol::MetricsBucket> buckets;
        int waiting = 0;
        bool failed = false;
        qint64 upTo = 0;
        qint64 countedUpTo = 0;
    };
    auto collect = std::make_shared<Collect>();
    const qint64 chunk =
        (source->keepsHistory() ? kMaxPromPoints - 1 : kMaxBucketsPerRequest) * step;
    const quint64 generation = m_historyGeneration;
    const QString key = f.key;
    for (qint64 start = from; start < askTo; start += chunk) {
        client::MetricsQuery query;
        query.from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        query.to = QDateTime::fromSecsSinceEpoch(std::min(askTo, start + chunk), Qt::UTC);
        query.step = QString::number(step) + QLatin1Char('s');
        query.tenant = f.scope.tenant;
        query.service = f.scope.service;
        ++collect->waiting;
        ++m_pendingHistory;
        source->metrics(
            query, this,
            [this, collect, generation, key, step,
             to](const client::Result<protocol::MetricsResponse> &r) {
                if (generation != m_historyGeneration)
                    return;
                --m_pendingHistory;
                --collect->waiting;
                if (!r.ok()) {
                    collect->failed = true;
                    if (Follow *target = find(key)) {
                        target->historyFailed = true;
                        m_historyProblem = problemText(*target, r.error);
                    } else {
                        m_historyProblem = r.error.message();
                    }
                } else {
                    for (const QString &w : r.value.warnings) {
                        if (!m_historyWarnings.contains(w))
                            m_historyWarnings.append(w);
                    }
                    if (!r.value.series.isEmpty()) {
                        for (const protocol::MetricsBucket &b : r.value.series.first().buckets)
                            collect->buckets.insert(b.t, b);
                    }
                    collect->upTo = std::max(collect->upTo, upToOf(r.value, to, step));
                    collect->countedUpTo = std::max(collect->countedUpTo, r.value.countedUpTo);
                }
                if (collect->waiting > 0)
                    return;
                if (Follow *target = find(key); target && !collect->failed) {
                    target->historyFailed = false;
                    target->series.setHistory(collect->buckets.values(), step,
                                              std::max(to, collect->upTo), collect->countedUpTo);
                    // A polled source's history is its first answer: it is live.
                    if (!target->stream && target->state == client::LiveStream::State::Connecting)
                        onStreamState(*target, client::LiveStream::State::Live);
                    Q_EMIT seriesChanged(target->scope);
                }
                if (m_pendingHistory == 0)
                    Q_EMIT historyLoaded();
            });
    }
}

void TrafficMonitor::onStreamState(Follow &f, client::LiveStream::State state)
{
    const client::LiveStream::State before = f.state;
    f.state = state;
    using State = client::LiveStream::State;
    if (state == State::Reconnecting && before != State::Reconnecting) {
        // The gap starts after the last second the chart holds.
        f.lostFrom = f.series.lastSecond() > 0 ? f.series.lastSecond() + 1 : now();
        recordGap(f, {f.lostFrom, kOpenEnd, TrafficGap::Reason::Reconnecting});
    } else if (state == State::Live) {
        // The open gap ends: the backfill brings what the server kept.
        f.series.closeReconnecting();
        if (f.lostFrom > 0 && !f.sourceKeepsHistory) {
            if (m_store.isOpen())
                m_store.removeGap(f.key, f.lostFrom);
            checkRestart(f, f.lostFrom);
        }
        f.lostFrom = 0;
        // History asked before the instance could answer (the secret was not there yet, the
        // instance was down): ask again now that it does.
        if (f.historyFailed) {
            f.historyFailed = false;
            m_historyProblem.clear();
            fetchHistory(f);
        }
        f.wasLive = true;
        Q_EMIT seriesChanged(f.scope);
    }
    Q_EMIT streamStateChanged(f.scope);
}

void TrafficMonitor::checkRestart(Follow &f, qint64 lostFrom)
{
    client::Connection *connection = f.connection;
    if (!connection || !connection->backend())
        return;
    // Seconds before the server's start were not served at all: a gap, whatever zeros the
    // backfill brought for them.
    const QString key = f.key;
    connection->backend()->info(
        this, [this, key, lostFrom](const client::Result<protocol::InstanceInfo> &r) {
            Follow *target = find(key);
            if (!target || !r.ok() || !r.value.startedAt.isValid())
                return;
            const qint64 started = r.value.startedAt.toSecsSinceEpoch();
            if (started > lostFrom)
                recordGap(*target, {lostFrom, started, TrafficGap::Reason::InstanceDown});
        });
}

void TrafficMonitor::recordGap(Follow &f, const TrafficGap &gap)
{
    f.series.addGap(gap);
    if (m_store.isOpen() && !f.sourceKeepsHistory) {
        QString error;
        if (!m_store.saveGap(f.key, gap, &error))
            qCWarning(lcModels).noquote() << "chart history: gap not saved:" << error;
    }
    Q_EMIT seriesChanged(f.scope);
}

TrafficSeries *TrafficMonitor::series(const TrafficScope &scope)
{
    Follow *f = find(scope.key());
    return f ? &f->series : nullptr;
}

client::LiveStream::State TrafficMonitor::streamState(const TrafficScope &scope) const
{
    const Follow *f = find(scope.key());
    return f ? f->state : client::LiveStream::State::Stopped;
}

bool TrafficMonitor::reconnecting() const
{
    for (const auto &f : m_follows) {
        if (f->state == client::LiveStream::State::Reconnecting)
            return true;
    }
    return false;
}

void TrafficMonitor::flush()
{
    if (!m_store.isOpen())
        return;
    for (const auto &f : std::as_const(m_follows)) {
        if (f->unsaved.isEmpty())
            continue;
        QString error;
        if (!m_store.save(f->key, f->unsaved, &error))
            qCWarning(lcModels).noquote() << "chart history: not saved:" << error;
        f->unsaved.clear();
    }
}

} // namespace lgsp::models
