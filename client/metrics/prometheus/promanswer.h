#pragma once

#include "client/metrics/prometheus/prommapping.h"
#include "protocol/metrics.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lgsp::client {

// One answer of Prometheus' HTTP API (/api/v1/query_range or /api/v1/query), decoded.
// Values travel as strings: "NaN", "+Inf" and "-Inf" are kept as such (NaN for a point that
// is not a number).
struct PromAnswer
{
    struct Series
    {
        QHash<QString, QString> labels;
        QList<QPair<qint64, double>> points; // seconds (rounded), value
    };
    QString resultType; // matrix | vector | scalar | string
    QList<Series> series;
    QStringList warnings;

    // The body of a success. A failure ("status": "error") gives nullopt with *errorType
    // (bad_data, timeout, execution…) and *error; a body that is not Prometheus' gives
    // nullopt with *errorType "decode".
    // A success is read straight from the bytes (readPromSuccess); anything else through a
    // JSON document.
    static std::optional<PromAnswer> decode(const QByteArray &body, QString *errorType,
                                            QString *error);
    // The same through a JSON document only (what decode falls back on).
    static std::optional<PromAnswer> decodeDocument(const QByteArray &body, QString *errorType,
                                                    QString *error);
};

// Turns the counters of a query_range at `step` into the console's slots: the calls of slot
// [t, t + step) are the counters' increase from t to t + step (a decrease is a counter reset:
// the increase is then the new value, as Prometheus' increase() counts it). A slot with no
// sample at either end has no data and is left out. Histogram buckets with any `le` (2.x's
// "1" or 3.x's "1.0", in the mapping's unit) are spread onto LatencyHistogram's bounds by
// linear interpolation of the cumulative counts, so slots still merge exactly.
class PromSlots
{
public:
    PromSlots(const PromMapping &mapping, qint64 from, qint64 step, qint64 slots);

    void setRequests(const PromAnswer &answer); // summed by code (or in all)
    void setErrors(const PromAnswer &answer);   // summed: the exporter's failure counter
    void setLatency(const PromAnswer &answer);  // summed by le
    QList<protocol::MetricsBucket> buckets() const;
    // True when the requests query matched no series at all.
    bool empty() const { return m_requests.isEmpty(); }

private:
    using Values = QList<double>; // per point of the range (slots + 1); NaN where absent
    Values align(const PromAnswer::Series &series) const;
    static std::optional<double> increase(const Values &values, qsizetype slot);

    PromMapping m_mapping;
    qint64 m_from;
    qint64 m_step;
    qint64 m_slots;
    QHash<QString, Values> m_requests; // code (empty without a code label) → counter values
    Values m_errors;
    QList<QPair<double, Values>> m_latency; // le in milliseconds (+Inf as infinity), ordered
};

} // namespace lgsp::client
