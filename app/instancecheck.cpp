#include "instancecheck.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/health/healthprobe.h"
#include "client/metrics/metricsource.h"

#include <QDateTime>

namespace lgsp::app {

InstanceCheck::InstanceCheck(const CommandTarget &target, QObject *parent)
    : QObject(parent)
    , m_connection(new client::Connection(target.profile, this))
    , m_probe(new client::HealthProbe(m_connection, this))
{
    m_connection->setSecret(target.secret);
    m_connection->setMetricSourceSecret(target.metricSourceSecret);
    m_connection->setSecurityServerKey(target.securityServerKey);
    connect(m_probe, &client::HealthProbe::finished, this, &InstanceCheck::onProbeFinished);
}

InstanceCheck::~InstanceCheck() = default;

void InstanceCheck::start()
{
    m_probe->start();
}

void InstanceCheck::cut(const QString &why)
{
    if (m_finished)
        return;
    if (m_probe->isRunning()) {
        m_probe->cut(why); // finishes through onProbeFinished
        if (m_finished)
            return;
    }
    finish();
}

void InstanceCheck::onProbeFinished(const client::ProbeReport &report)
{
    m_report = report;
    using Status = client::ProbeCheck::Status;
    const client::ProbeCheck *version = report.check(QStringLiteral("version"));
    const client::ProbeCheck *auth = report.check(QStringLiteral("auth"));
    // After a version answer, a skipped authentication means the profile has no credential.
    const bool answered =
        version && version->status == Status::Ok && auth && auth->status != Status::Fail;
    client::MetricSource *source = m_connection->metricSource();
    if (!answered || !source || !source->available()) {
        finish();
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    source->metrics(client::TrafficFigures::query(now), this,
                    [this, now](const client::Result<protocol::MetricsResponse> &r) {
                        if (m_finished)
                            return;
                        m_traffic = r.ok() ? client::TrafficFigures::from(r.value, now)
                                           : client::TrafficFigures{};
                        finish();
                    });
}

void InstanceCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace lgsp::app
