#pragma once

#include "client/metrics/prometheus/prommapping.h"
#include "protocol/decodeerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace lgsp::client {

// Where a profile's traffic is read, when not from the instance's own Admin API: a
// Prometheus (or Thanos, Mimir, VictoriaMetrics: the same HTTP API) beside the instance.
// Holds no secret: a basic-auth password or bearer token is in the keychain under the
// profile's "metrics-secret".
struct MetricSourceSettings
{
    QString kind = QStringLiteral("instance"); // instance | prometheus
    QUrl url;                                  // the Prometheus base URL, prefix included
    QString auth = QStringLiteral("none");     // none | basic | bearer
    QString user;                              // basic
    QString orgId;                             // sent as X-Scope-OrgID (Grafana Mimir, Cortex)
    QString selector; // label matchers choosing this instance's series: job="lgsp-hg"
    int scrapeIntervalSeconds = 15;
    // Ask for gzip-compressed answers. Worth it over a WAN or a tunnel; on a LAN, Prometheus'
    // own compression costs it more time than the transfer saves (docs/performance.md).
    bool compress = true;
    PromMapping mapping =
        PromMapping::fromPreset(QStringLiteral("lgsp-sandbox")).value_or(PromMapping{});

    bool isPrometheus() const { return kind == QLatin1String("prometheus"); }
    bool needsSecret() const { return isPrometheus() && auth != QLatin1String("none"); }

    static QStringList kinds();
    static QStringList authKinds();

    QJsonObject toJson() const;
    static MetricSourceSettings fromJson(const QJsonObject &object, const QString &pointer,
                                         QList<protocol::DecodeError> *errors);
};

} // namespace lgsp::client
