#pragma once

#include "protocol/decodeerror.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace lgsp::protocol {

// Latencies travel as histograms over fixed log-scale bounds, so histograms of seconds,
// services, tenants and instances merge exactly and percentiles are computed from the merged
// counts — never by averaging percentiles.
//
// counts[i] counts latencies <= bounds[i] (and > bounds[i-1]); the last count is everything
// above the last bound.
class LatencyHistogram
{
public:
    LatencyHistogram();

    // Milliseconds: 1 2 5 10 20 50 100 200 500 1000 2000 5000 10000 30000, then overflow.
    static const QList<double> &bounds();

    void add(double latencyMs, qint64 count = 1);
    void merge(const LatencyHistogram &other);
    qint64 total() const { return m_total; }
    const QList<qint64> &counts() const { return m_counts; }

    // The latency below which `quantile` (0..1) of the samples fall, interpolated linearly
    // inside the bucket; 0 when empty. The overflow bucket reports the last bound.
    double percentile(double quantile) const;

    QJsonObject toJson() const; // {bounds: [...], counts: [...]}
    static std::optional<LatencyHistogram> fromJson(const QJsonObject &object, DecodeError *error);
    // Compact storage form: counts only, comma-separated.
    QByteArray toCompact() const;
    static LatencyHistogram fromCompact(const QByteArray &text);

    friend bool operator==(const LatencyHistogram &a, const LatencyHistogram &b)
    {
        return a.m_counts == b.m_counts;
    }

private:
    QList<qint64> m_counts;
    qint64 m_total = 0;
};

} // namespace lgsp::protocol
