#pragma once

#include <QUrl>

#include <vector>

// Prometheus' own share of bench_prometheus (b): the very queries the console sends for N
// instances' day (20 instances a query, one per counter), sent at once by a bare
// QNetworkAccessManager and read to the last byte without decoding. What the console adds is
// the rest.
namespace lgsp::bench {

struct PrometheusAlone
{
    int queries = 0;
    double bytes = 0;          // as received, after any decompression
    std::vector<double> times; // ms, one a run
};

PrometheusAlone timePrometheusAlone(const QUrl &prometheus, int instances, qint64 from, qint64 to,
                                    qint64 step, bool compress, int runs);

} // namespace lgsp::bench
