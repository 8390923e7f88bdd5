#pragma once

#include "client/metrics/elastic/wso2analytics.h"
#include "client/metrics/prometheus/prommapping.h"
#include "protocol/decodeerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace lgsp::client {

// Where a profile's traffic is read, when not from the instance's own Admin API: a
// Prometheus (or Thanos, Mimir, VictoriaMetrics: the same HTTP API) beside the instance, or
// the Elasticsearch or OpenSearch cluster WSO2 API Manager's analytics write to.
// Holds no secret: a basic-auth password, bearer token or API key is in the keychain under the
// profile's "metrics-secret".
struct MetricSourceSettings
{
    QString kind = QStringLiteral("instance"); // instance | prometheus | wso2-analytics
    QUrl url;                                  // the Prometheus or cluster URL, prefix included
    QString auth = QStringLiteral("none");     // none | basic | bearer | apikey
    QString user;                              // basic
    QString orgId;                             // sent as X-Scope-OrgID (Grafana Mimir, Cortex)
    QString selector; // label matchers choosing this instance's series: job="lgsp-hg"
    int scrapeIntervalSeconds = 15;
    // Ask for gzip-compressed answers. Worth it over a WAN or a tunnel; on a LAN, Prometheus'
    // own compression costs it more time than the transfer saves (docs/performance.md).
    bool compress = true;
    PromMapping mapping =
        PromMapping::fromPreset(QStringLiteral("lgsp-sandbox")).value_or(PromMapping{});

    // WSO2's gateway events in Elasticsearch or OpenSearch: where and how they are indexed.
    Wso2Analytics analytics;

    bool isPrometheus() const { return kind == QLatin1String("prometheus"); }
    bool isAnalytics() const { return kind == QLatin1String("wso2-analytics"); }
    bool isSeparate() const { return isPrometheus() || isAnalytics(); }
    bool needsSecret() const { return isSeparate() && auth != QLatin1String("none"); }

    static QStringList kinds();
    static QStringList authKinds();

    QJsonObject toJson() const;
    static MetricSourceSettings fromJson(const QJsonObject &object, const QString &pointer,
                                         QList<protocol::DecodeError> *errors);
};

} // namespace lgsp::client
