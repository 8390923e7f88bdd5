#pragma once

#include "sandbox/traffic/trafficrecorder.h"

#include <QByteArray>
#include <QString>

namespace lgsp::sandbox {

// GET /metrics: the sandbox's figures in the Prometheus text exposition format 0.0.4, or in
// OpenMetrics 1.0 when the scraper asks for it (Prometheus does by default).
//   lgsp_gateway_calls_total{tenant, service, consumer, code}   counter ("OK" or LGSP code);
//     tenant: the provider's agency code, service: the service's code under it
//   lgsp_gateway_call_duration_seconds{tenant, service}          histogram, the API's bounds
//   lgsp_sandbox_tenants, lgsp_sandbox_services, lgsp_sandbox_database_size_bytes   gauges
//   lgsp_sandbox_build_info{version, api_version}                1
//   process_start_time_seconds, process_cpu_seconds_total, process_resident_memory_bytes
class MetricsExposition
{
public:
    enum class Format { Text, OpenMetrics };

    struct Figures
    {
        const TrafficRecorder::Totals *traffic = nullptr;
        QString tenantScope; // non-empty: only the traffic of services this tenant provides
        qint64 tenants = 0;
        qint64 services = 0;
        qint64 databaseBytes = 0;
        double startTimeSeconds = 0;
        QString version;
        QString apiVersion;
    };

    // OpenMetrics when the Accept header names it, else the text format.
    static Format negotiate(const QByteArray &accept);
    static QByteArray contentType(Format format);
    static QByteArray render(const Figures &figures, Format format);
    // `value` with backslash, double quote and line feed escaped, for a label.
    static QByteArray escapeLabel(const QString &value);
};

} // namespace lgsp::sandbox
