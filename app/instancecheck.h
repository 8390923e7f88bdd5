#pragma once

#include "commandtargets.h"

#include "client/fleet/trafficfigures.h"
#include "client/health/probereport.h"

#include <QObject>

#include <optional>

namespace lgsp::client {
class Connection;
class HealthProbe;
} // namespace lgsp::client

namespace lgsp::app {

// `--check` on one instance: the health probe, then, when the instance answered and has
// metrics, its traffic figures of the last minutes. cut() ends it at once with what it has.
class InstanceCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstanceCheck)

public:
    InstanceCheck(const CommandTarget &target, QObject *parent = nullptr);
    ~InstanceCheck() override;

    void start();
    // The step in progress fails with `why`; traffic figures still coming are not waited for.
    void cut(const QString &why);
    bool isFinished() const { return m_finished; }
    const client::ProbeReport &report() const { return m_report; }
    // Unset when the figures were not read (no metrics, an earlier step failed, cut).
    const std::optional<client::TrafficFigures> &traffic() const { return m_traffic; }

Q_SIGNALS:
    void finished();

private:
    void onProbeFinished(const client::ProbeReport &report);
    void finish();

    client::Connection *m_connection;
    client::HealthProbe *m_probe;
    client::ProbeReport m_report;
    std::optional<client::TrafficFigures> m_traffic;
    bool m_finished = false;
};

} // namespace lgsp::app
