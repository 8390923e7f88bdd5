#pragma once

#include "client/backend/backend.h"
#include "client/clienterror.h"
#include "client/net/tlspolicy.h"
#include "client/stream/livestream.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace lgsp::client {

// What a metric source says about itself for the health page and `--check`.
struct MetricSourceStatus
{
    bool ready = false;
    QString version; // the engine's version (Prometheus' buildinfo), when it says
    qint64 elapsedMs = 0;
    // How many series of the mapping's calls counter and latency histogram the selector
    // matches now; -1 when not asked (or the mapping has no histogram).
    qint64 callSeries = -1;
    qint64 latencySeries = -1;
    QString callMetric;
    QString latencyMetric;
    // What the mapping's queries give now: calls a second (rate() over four scrape intervals)
    // and p95 latency (histogram_quantile() over the summed bucket rates).
    std::optional<double> callsPerSecond;
    std::optional<double> p95Ms;
    ClientError error;
};

// Where an instance's traffic is read: counts, errors by code and a mergeable latency
// histogram per time slot, for the instance or one tenant or service of it, over a range at a
// step, and a live tail. The instance's own Admin API is one source; a Prometheus (or a
// server speaking its HTTP API) beside the instance is another. The Transactions page, the
// fleet's figures, alerts and exports read only this.
class MetricSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricSource)

public:
    using QObject::QObject;
    ~MetricSource() override = default;

    // "lgsp-v1" (the instance's own API), "prometheus" or "wso2-analytics".
    virtual QString kind() const = 0;
    // False when there is nothing to read (a WSO2 API Manager with no metric source).
    virtual bool available() const = 0;
    // True when the source itself keeps the long history (Prometheus): the console's chart
    // history file is not needed for it.
    virtual bool keepsHistory() const = 0;
    // The finest slot the source can give, in seconds (Prometheus' scrape interval).
    virtual qint64 minimumStep() const = 0;
    // Where the source is, for people ("Prometheus at https://…"); empty for the instance's
    // own API.
    virtual QString location() const = 0;
    // Where the traffic comes from, said to people ("Prometheus at https://…"); empty for the
    // instance's own API.
    virtual QString describe() const { return location(); }

    // The traffic of `query` (from, to, step, tenant, service); one series in the answer.
    virtual void metrics(const MetricsQuery &query, QObject *context,
                         Handler<protocol::MetricsResponse> done) = 0;
    // A pushed live tail (the Admin API's WebSocket stream), or null when the source is
    // polled instead: then pollInterval() says how often the newest slots are asked again.
    virtual std::unique_ptr<LiveStream> liveTail(const LiveStream::Filter &filter) = 0;
    virtual std::chrono::milliseconds pollInterval() const = 0;
    // Is the source up, and which version (not asked of the instance's own API: its health
    // is the instance's).
    virtual void status(QObject *context, Handler<MetricSourceStatus> done) = 0;

    // The source's own password, token or API key (from the keychain), and the TLS policy of
    // the profile (its CA files and client certificate); the instance's own API has none.
    virtual void setSecret(const QString &secret) { Q_UNUSED(secret) }
    virtual void setTlsPolicy(const TlsPolicy &tls) { Q_UNUSED(tls) }

    // The step of a MetricsQuery ("15s", "1m", "1h") in seconds; 0 when it cannot be read.
    static qint64 stepSeconds(const QString &step);

protected:
    // The slots a query asks of a source that keeps the history: from and to on a step
    // boundary (the step the query's, never finer than the source's, 60 s when unreadable;
    // an hour back when the query names no start). A range that ends inside a slot gets that
    // running slot, holding what is counted so far: `countedUpTo` is then the range's end.
    struct SlotRange
    {
        qint64 from = 0;
        qint64 to = 0;
        qint64 step = 60;
        qint64 countedUpTo = 0; // 0 when every slot is whole
        qint64 slots() const { return std::max<qint64>(0, (to - from) / step); }
    };
    SlotRange slotRange(const MetricsQuery &query) const;
    static qint64 alignDown(qint64 t, qint64 step) { return t - ((t % step) + step) % step; }
    // `done` gets `error` on the next turn of `context`'s event loop, as an answer would.
    template<typename T>
    static void failLater(QObject *context, Handler<T> done, const ClientError &error)
    {
        QTimer::singleShot(0, context, [done = std::move(done), error] {
            Result<T> r;
            r.error = error;
            done(r);
        });
    }
};

} // namespace lgsp::client
