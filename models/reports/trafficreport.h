#pragma once

#include "models/reports/reportperiod.h"
#include "protocol/latencyhistogram.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace lgsp::client {
class Backend;
class MetricSource;
struct MetricsQuery;
} // namespace lgsp::client

namespace lgsp::protocol {
struct MetricsResponse;
}

namespace lgsp::models {

// The traffic of one instance or several over a period, as a ministry's report gives it: per
// tenant (provider) its transactions, errors, success rate, p95, share and change on the
// period before; per service; per day; the top ministries and provinces. Read from each
// instance's per-hour metrics (GET /metrics/transactions, step 1h, in chunks), grouped into
// days of the officer's time zone; a tenant's figures are summed over the instances by its
// agency code; percentiles from the merged histograms, never averaged. Days no instance holds
// anything for (before it began recording, or past its retention) are missing, listed, and
// not counted as zero; days some instance holds only in part are partial.
class TrafficReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficReport)

public:
    struct Figures
    {
        qint64 calls = 0;
        qint64 errors = 0;
        protocol::LatencyHistogram histogram;
        void add(const Figures &other);
        double successRate() const; // 0..1; 1 when there were no calls
        double p95() const { return histogram.percentile(0.95); }
        // Whether the source gave the calls' latencies (a Prometheus mapping may have none).
        bool hasLatency() const { return histogram.total() > 0; }
    };
    struct Tenant
    {
        QString code;
        QString name;
        QString kind;
        Figures period;
        Figures previous;
    };
    struct Service
    {
        QString instance; // the instance's name, as the source was named
        QString id;
        QString name;
        QString provider;
        Figures period;
        // Calls in the period by consumer (its tenant code); not known from a source that
        // cannot group by consumer (Prometheus).
        QHash<QString, qint64> consumers;
        bool consumersKnown = false;
    };
    struct Day
    {
        QDate date;
        bool missing = true; // the source held no hour of it
        int hoursHeld = 0;   // hours the source held (fewer than the day's: partly held)
        Figures figures;
    };

    explicit TrafficReport(QObject *parent = nullptr);
    ~TrafficReport() override;

    struct Source
    {
        QString instance;                   // its name for people (the profile's)
        client::Backend *backend = nullptr; // the tenants and services, and by default traffic
        // Where the traffic is read when not from the instance's own API (Prometheus' or
        // WSO2's analytics, the profile's metric source): such a source cannot group by tenant
        // or service, so it is asked once per tenant and once per service.
        client::MetricSource *metrics = nullptr;
    };

    void build(const QList<Source> &sources, const ReportPeriod &period, const QTimeZone &zone);
    void build(client::Backend *backend, const ReportPeriod &period, const QTimeZone &zone)
    {
        build({Source{QString(), backend}}, period, zone);
    }
    void cancel();
    bool isBusy() const { return m_busy; }
    QString error() const { return m_error; }

    ReportPeriod period() const { return m_period; }
    QStringList instances() const;
    // Tenants with calls in the period or the one before, most calls first (ties by name).
    QList<Tenant> tenants() const;
    QList<Service> services() const; // most calls first
    QList<Day> days() const { return m_days; }
    QList<QDate> missingDays() const;
    // Days the source held only some hours of (it began recording, or its retention ends,
    // inside them); their figures count what was held.
    QList<QDate> partialDays() const;
    Figures total() const;
    Figures previousTotal() const;
    // Whether the period before was fully held by the source (else no change is given).
    bool previousComplete() const { return m_previousComplete; }
    // The first `n` tenants of a kind ("ministry", "province") by calls.
    QList<Tenant> top(const QString &kind, int n) const;
    // The `n` consumers of a service with the most calls, named (their code when the instance
    // does not list them), most first.
    QList<std::pair<QString, qint64>> topConsumers(const Service &service, int n) const;

    // One paragraph in the language in use, numbers written as it writes them.
    QString summary() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished(bool ok);

private:
    void step();
    void fail(const QString &message);
    void take(int source, int query, const protocol::MetricsResponse &response,
              const QString &tenant = {}, const QString &service = {});
    void addSteps(int source);
    // Per tenant and per service of `source`, for a source that cannot group; run next.
    // `services`: each service's id and provider.
    void addOneByOneSteps(int source, const QStringList &tenants,
                          const QList<QStringList> &services);
    void ask(int source, int query, const client::MetricsQuery &question,
             const QString &tenant = {}, const QString &service = {});

    struct Held
    {
        QString instance;
        QPointer<client::Backend> backend;
        QPointer<client::MetricSource> metrics; // null: the backend's own API
        bool groups = true;                     // the source answers grouped by tenant or service
    };
    QList<Held> m_sources;
    ReportPeriod m_period;
    QTimeZone m_zone;
    QObject *m_calls = nullptr;
    bool m_busy = false;
    QString m_error;
    QList<std::function<void()>> m_steps;
    int m_done = 0;
    QHash<QString, Tenant> m_tenants;
    QHash<QString, Service> m_services;
    QList<Day> m_days;
    bool m_previousComplete = false;
    QHash<QDate, QList<int>> m_previousDays; // day of the period before → sources holding it
};

} // namespace lgsp::models
