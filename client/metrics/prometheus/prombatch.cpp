#include "client/metrics/prometheus/prombatch.h"

#include "client/logging.h"
#include "client/metrics/prometheus/prometheussource.h"
#include "client/metrics/prometheus/promselector.h"

#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>

namespace lgsp::client {

namespace {

// The batches alive, by key; only touched on the thread the sources live on.
QHash<QString, std::weak_ptr<PromBatch>> &registry()
{
    static QHash<QString, std::weak_ptr<PromBatch>> batches;
    return batches;
}

QString rangeKey(const PromRange &r)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(r.from)
        .arg(r.to)
        .arg(r.step)
        .arg(r.tenant, r.service);
}

} // namespace

PromBatch::PromBatch(const QString &key, const QString &label, qint64 freshMs)
    : m_key(key)
    , m_label(label)
    , m_freshMs(std::max<qint64>(1000, freshMs))
{}

PromBatch::~PromBatch()
{
    auto &batches = registry();
    const auto it = batches.constFind(m_key);
    if (it != batches.constEnd() && it->expired())
        batches.erase(it);
}

std::shared_ptr<PromBatch> PromBatch::join(const QString &key, const QString &label, qint64 freshMs,
                                           PrometheusSource *member, const QString &value)
{
    auto &batches = registry();
    std::shared_ptr<PromBatch> batch = batches.value(key).lock();
    if (!batch) {
        batch.reset(new PromBatch(key, label, freshMs));
        batches.insert(key, batch);
    }
    batch->m_members.insert(member, value);
    return batch;
}

void PromBatch::leave(PrometheusSource *member)
{
    m_members.remove(member);
    // Queries carried by the member's transport die with it: sent again through another.
    for (const std::shared_ptr<Ask> &ask : std::as_const(m_asks)) {
        if (ask->carrier != member || !ask->sent || ask->answered || ask->waiting == 0)
            continue;
        ++ask->generation;
        ask->carrier = nullptr;
        ask->sent = false;
        send(ask);
    }
}

void PromBatch::fetch(PrometheusSource *asker, const PromMapping &mapping, const QString &rest,
                      const PromRange &range, QObject *context,
                      Handler<protocol::MetricsResponse> done)
{
    Q_ASSERT(QThread::currentThread() == thread());
    prune();
    const QString value = m_members.value(asker);
    const QString key = rangeKey(range);
    Waiter waiter{value, context, context != nullptr, std::move(done)};
    for (const std::shared_ptr<Ask> &ask : std::as_const(m_asks)) {
        if (ask->key != key || !(ask->mapping == mapping) || ask->rest != rest)
            continue;
        if (ask->answered && ask->values.contains(value)) {
            // Kept from a moment ago: answered on the next turn, as a query would be.
            QTimer::singleShot(0, this, [this, waiter, ask] { deliver(waiter, *ask); });
            return;
        }
        if (ask->values.contains(value) && !ask->answered) {
            ask->waiters.append(std::move(waiter));
            return;
        }
        if (!ask->sent && ask->values.size() < kMaxValues) {
            ask->values.insert(value);
            ask->waiters.append(std::move(waiter));
            return;
        }
    }
    auto ask = std::make_shared<Ask>();
    ask->key = key;
    ask->range = range;
    ask->mapping = mapping;
    ask->rest = rest;
    ask->carrier = asker;
    ask->values.insert(value);
    ask->waiters.append(std::move(waiter));
    m_asks.append(ask);
    // Sent on the next turn: every chart of a compared view asks in the same turn.
    QTimer::singleShot(0, this, [this, ask] {
        if (!ask->sent)
            send(ask);
    });
}

void PromBatch::send(const std::shared_ptr<Ask> &ask)
{
    if (!ask->carrier || !m_members.contains(ask->carrier))
        ask->carrier = m_members.isEmpty() ? nullptr : m_members.constBegin().key();
    if (!ask->carrier) {
        ask->error = ClientError::make(ClientError::Kind::Cancelled);
        ask->error.subject = ClientError::Subject::MetricSource;
        ask->answered = true;
        finish(ask);
        return;
    }
    ask->sent = true;
    if (ask->range.slots <= kPrefetchSlots) {
        // A short range: the members nobody has asked it for yet come along (the fleet's
        // figures, polls of the newest slots), so their own asks find it kept.
        for (const QString &other : std::as_const(m_members)) {
            if (ask->values.size() >= kMaxValues)
                break;
            const bool elsewhere =
                std::any_of(m_asks.cbegin(), m_asks.cend(), [&](const std::shared_ptr<Ask> &a) {
                    return a != ask && a->key == ask->key && a->values.contains(other);
                });
            if (!elsewhere)
                ask->values.insert(other);
        }
    }
    QStringList values(ask->values.cbegin(), ask->values.cend());
    std::sort(values.begin(), values.end());
    QStringList alternatives;
    for (const QString &v : std::as_const(values))
        alternatives.append(promRegexLiteral(v));
    QStringList selector;
    if (!ask->rest.isEmpty())
        selector.append(ask->rest);
    selector.append(m_label + QStringLiteral("=~") +
                    promQuoted(alternatives.join(QLatin1Char('|'))));
    const PromMapping::Scope scope{selector.join(QLatin1Char(',')), ask->range.tenant,
                                   ask->range.service, m_label};
    const QString requests = ask->mapping.requestsQuery(scope, nullptr);
    const QString errors = ask->mapping.errorsQuery(scope, nullptr);
    const QString latency = ask->mapping.latencyQuery(scope, nullptr);
    qCDebug(lcClient).noquote() << "one query for" << values.size() << "instances by" << m_label;

    const quint64 generation = ask->generation;
    ask->clock.start();
    ask->waiting = 0;
    ask->error = {};
    for (std::optional<PromAnswer> &raw : ask->raw)
        raw.reset();
    const auto query = [&](const QString &promql, int which) {
        if (promql.isEmpty())
            return;
        ++ask->waiting;
        ++m_queriesSent;
        ask->carrier->range(promql, ask->range.from, ask->range.to, ask->range.step, this,
                            [this, ask, generation, which](const Result<PromAnswer> &r) {
                                if (ask->generation != generation)
                                    return;
                                qCDebug(lcClient) << "query" << which << "answered after"
                                                  << ask->clock.elapsed() << "ms";
                                if (!r.ok()) {
                                    if (ask->error.isNull())
                                        ask->error = r.error;
                                } else {
                                    ask->raw[which] = r.value;
                                }
                                if (--ask->waiting == 0)
                                    count(ask);
                            });
    };
    query(requests, 0);
    query(errors, 1);
    query(latency, 2);
}

void PromBatch::count(const std::shared_ptr<Ask> &ask)
{
    const quint64 generation = ask->generation;
    const auto done = [this, ask, generation](const QHash<QString, protocol::MetricsResponse> &c) {
        if (ask->generation != generation)
            return;
        ask->counted = c;
        ask->answered = true;
        qCDebug(lcClient) << "counted for" << c.size() << "instances after" << ask->clock.elapsed()
                          << "ms";
        ask->age.start();
        finish(ask);
    };
    if (!ask->error.isNull()) {
        done({});
        return;
    }
    // Split by the label and counted per instance on a worker; back on this thread. The raw
    // answers (megabytes for many instances) go with the work and are freed there, not kept
    // with the counted slots nor freed on this thread.
    std::array<std::optional<PromAnswer>, 3> raw;
    for (int which = 0; which < 3; ++which)
        raw[which] = std::exchange(ask->raw[which], std::nullopt);
    QtConcurrent::run([raw = std::move(raw), values = ask->values, mapping = ask->mapping,
                       range = ask->range, label = m_label] {
        QHash<QString, PromRangeAnswers> answers;
        for (int which = 0; which < 3; ++which) {
            if (!raw[which])
                continue;
            const QHash<QString, PromAnswer> parts = split(*raw[which], label);
            for (const QString &v : values) {
                PromRangeAnswers &a = answers[v];
                const PromAnswer part = parts.value(v);
                if (which == 0)
                    a.requests = part;
                else if (which == 1)
                    a.errors = part;
                else
                    a.latency = part;
                for (const QString &w : raw[which]->warnings) {
                    if (!a.warnings.contains(w))
                        a.warnings.append(w);
                }
            }
        }
        QHash<QString, protocol::MetricsResponse> counted;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            counted.insert(it.key(), PrometheusSource::counted(mapping, range, it.value()));
        return counted;
    }).then(this, done);
}

void PromBatch::finish(const std::shared_ptr<Ask> &ask)
{
    const QList<Waiter> waiters = std::exchange(ask->waiters, {});
    if (!ask->error.isNull())
        m_asks.removeOne(ask); // a failure is not kept: the next poll asks again
    for (const Waiter &w : waiters)
        deliver(w, *ask);
}

void PromBatch::deliver(const Waiter &waiter, const Ask &ask)
{
    if (waiter.hadContext && !waiter.context)
        return;
    Result<protocol::MetricsResponse> r;
    if (!ask.error.isNull())
        r.error = ask.error;
    else
        r.value = ask.counted.value(waiter.value);
    waiter.done(r);
}

void PromBatch::prune()
{
    m_asks.removeIf([this](const std::shared_ptr<Ask> &ask) {
        return ask->answered && ask->waiters.isEmpty() && ask->age.elapsed() >= m_freshMs;
    });
}

QHash<QString, PromAnswer> PromBatch::split(const PromAnswer &answer, const QString &label)
{
    QHash<QString, PromAnswer> parts;
    for (const PromAnswer::Series &series : answer.series) {
        PromAnswer &part = parts[series.labels.value(label)];
        part.resultType = answer.resultType;
        PromAnswer::Series own = series;
        own.labels.remove(label);
        part.series.append(std::move(own));
    }
    return parts;
}

} // namespace lgsp::client
