#pragma once

#include "client/backend/backend.h"
#include "client/metrics/prometheus/promanswer.h"
#include "client/metrics/prometheus/prommapping.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace lgsp::client {

class PrometheusSource;

// What one instance's range queries gave: the calls counter summed by code, the failure
// counter (when the mapping has one) and the histogram buckets summed by le.
struct PromRangeAnswers
{
    PromAnswer requests;
    std::optional<PromAnswer> errors;
    std::optional<PromAnswer> latency;
    QStringList warnings;
};

// One range asked of a Prometheus: which slots, and the scope inside each instance.
struct PromRange
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 step = 60;
    qint64 slots = 0;
    QString tenant;
    QString service;
    qint64 countedUpTo = 0; // the running slot's "now" when the range ends inside it; else 0
};

// Instances whose traffic is in one Prometheus, told apart by one label (the same address,
// credential, mapping and selector but for instance="…" or job="…"): their ranges are asked in
// one query per counter for up to 20 instances, label=~"a|b|c" summed by that label, and each
// instance gets its own series back. A compared chart (at most 8 instances) is then one query
// per counter, and 60 provinces in one Prometheus 6 queries instead of 120. Ranges asked in the
// same event-loop turn share one query; a short range (the fleet's last minutes, a poll of the
// newest slots) is asked for every member at once and kept for one scrape interval, so the other
// members' polls are answered without asking again. Lives on the GUI thread, like the sources.
class PromBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromBatch)

public:
    // Ranges of at most this many slots are asked for every member.
    static constexpr qint64 kPrefetchSlots = 120;
    // At most this many instances in one query: a query for 60 instances' day is 15 MB of JSON
    // that one worker thread reads and counts while the others wait (2.7–2.9 s in all, and
    // 80–110 ms of the GUI thread to free it, against 2.5 s and 17 ms in chunks of 20 —
    // bench_prometheus --part b). A query still longer than a URL may be goes as a form POST.
    static constexpr int kMaxValues = 20;

    // The batch of `key` (made of everything a query depends on but the label's value), made
    // when the first member joins and gone with the last.
    // Answers are kept for `freshMs` (the scrape interval: nothing newer exists before it).
    static std::shared_ptr<PromBatch> join(const QString &key, const QString &label, qint64 freshMs,
                                           PrometheusSource *member, const QString &value);
    ~PromBatch() override;

    void leave(PrometheusSource *member);
    int memberCount() const { return int(m_members.size()); }
    QString label() const { return m_label; }
    // Range queries sent so far (for tests and benchmarks).
    int queriesSent() const { return m_queriesSent; }

    // The range for the member `asker` (whose label value is `value`), queried with
    // `mapping` and the selector's other matchers `rest`, as the console's slots; `done` runs
    // on `context`'s thread unless it is gone first. The answers are split and counted on a
    // worker thread: for 60 instances' day that is a million values.
    void fetch(PrometheusSource *asker, const PromMapping &mapping, const QString &rest,
               const PromRange &range, QObject *context, Handler<protocol::MetricsResponse> done);

    // Splits an answer summed by `label` into one answer per value of it.
    static QHash<QString, PromAnswer> split(const PromAnswer &answer, const QString &label);

private:
    struct Waiter
    {
        QString value;
        QPointer<QObject> context;
        bool hadContext = false;
        Handler<protocol::MetricsResponse> done;
    };
    struct Ask
    {
        QString key;
        PromRange range;
        PromMapping mapping;
        QString rest;
        QSet<QString> values;
        QList<Waiter> waiters;
        bool sent = false;
        bool answered = false;
        quint64 generation = 0;
        PrometheusSource *carrier = nullptr;
        int waiting = 0;
        ClientError error;
        std::optional<PromAnswer> raw[3]; // requests, errors, latency: for every value
        QHash<QString, protocol::MetricsResponse> counted; // per value, once counted
        QElapsedTimer age;
        QElapsedTimer clock; // since sent: for the debug log
    };

    PromBatch(const QString &key, const QString &label, qint64 freshMs);
    void send(const std::shared_ptr<Ask> &ask);
    void count(const std::shared_ptr<Ask> &ask);
    void finish(const std::shared_ptr<Ask> &ask);
    void deliver(const Waiter &waiter, const Ask &ask);
    void prune();

    QString m_key;
    QString m_label;
    qint64 m_freshMs;
    QHash<PrometheusSource *, QString> m_members;
    QList<std::shared_ptr<Ask>> m_asks;
    int m_queriesSent = 0;
};

} // namespace lgsp::client
