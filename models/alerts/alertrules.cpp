#include "models/alerts/alertrules.h"

#include "client/xroad/xroadchecks.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lgsp::models {

using Kind = AlertCondition::Kind;
using Severity = AlertCondition::Severity;
using Status = client::ProbeCheck::Status;

QList<int> AlertThresholds::defaultCertificateDays()
{
    return QList<int>() << 30 << 14 << 7;
}

QJsonObject AlertThresholds::toJson() const
{
    QJsonArray days;
    for (const int d : certificateDays)
        days.append(d);
    return QJsonObject{{QStringLiteral("unreachable"), unreachable},
                       {QStringLiteral("errorRatePercent"), errorRatePercent},
                       {QStringLiteral("p95LatencyMs"), p95LatencyMs},
                       {QStringLiteral("certificateDays"), days},
                       {QStringLiteral("clockSkewSeconds"), clockSkewSeconds},
                       {QStringLiteral("ndxpLink"), ndxpLink}};
}

AlertThresholds AlertThresholds::fromJson(const QJsonObject &object)
{
    AlertThresholds t;
    const auto number = [&object](const char *key, double fallback, double max) {
        const QJsonValue v = object.value(QLatin1String(key));
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= max ? v.toDouble() : fallback;
    };
    if (object.value(QStringLiteral("unreachable")).isBool())
        t.unreachable = object.value(QStringLiteral("unreachable")).toBool();
    if (object.value(QStringLiteral("ndxpLink")).isBool())
        t.ndxpLink = object.value(QStringLiteral("ndxpLink")).toBool();
    t.errorRatePercent = number("errorRatePercent", t.errorRatePercent, 100);
    t.p95LatencyMs = number("p95LatencyMs", t.p95LatencyMs, 600000);
    t.clockSkewSeconds = number("clockSkewSeconds", t.clockSkewSeconds, 86400);
    if (object.value(QStringLiteral("certificateDays")).isArray()) {
        QList<int> days;
        for (const QJsonValue &v : object.value(QStringLiteral("certificateDays")).toArray()) {
            if (v.isDouble() && v.toInt() > 0 && v.toInt() <= 3650)
                days.append(v.toInt());
        }
        std::sort(days.begin(), days.end(), std::greater<int>());
        t.certificateDays = days;
    }
    return t;
}

QList<AlertCondition> AlertRules::evaluate(const client::Fleet::Instance &instance,
                                           const AlertThresholds &thresholds)
{
    QList<AlertCondition> out;
    const client::ProbeReport &report = instance.lastReport;
    if (instance.polls == 0 || report.checks.isEmpty())
        return out;
    const QLocale locale;
    const auto failed = [&report](const QString &id) {
        const client::ProbeCheck *c = report.check(id);
        return c && c->status == Status::Fail ? c : nullptr;
    };
    if (thresholds.unreachable) {
        for (const QString &id : {QStringLiteral("dns"), QStringLiteral("connect"),
                                  QStringLiteral("tls"), QStringLiteral("version")}) {
            if (const client::ProbeCheck *c = failed(id)) {
                out.append({Kind::Unreachable, Severity::Critical, c->detail});
                break;
            }
        }
    }
    if (thresholds.ndxpLink) {
        if (const client::ProbeCheck *c = failed(QStringLiteral("server.ndxp-link")))
            out.append({Kind::NdxpLink, Severity::Critical, c->detail});
        // The security server's own checks, each an alert of its own (its level tells them
        // apart): a failure is critical, a warning (a certificate within 30 days, a stale
        // OCSP answer, a late global configuration) a warning. A certificate's alert is new
        // again at each threshold it crosses (30, 14 and 7 days by default).
        const QStringList securityServer = client::XRoadChecks::ids();
        for (qsizetype i = 0; i < securityServer.size(); ++i) {
            const client::ProbeCheck *c = report.check(securityServer.at(i));
            if (!c || (c->status != Status::Fail && c->status != Status::Warn))
                continue;
            int level = int(i) + 1;
            const QJsonValue daysLeft = c->serverParams.value(QLatin1String("daysLeft"));
            if (daysLeft.isDouble()) {
                int crossed = 0;
                for (const int d : thresholds.certificateDays) {
                    if (daysLeft.toDouble() <= d)
                        crossed = d;
                }
                level = level * 10000 + crossed;
            }
            out.append({Kind::NdxpLink,
                        c->status == Status::Fail ? Severity::Critical : Severity::Warning,
                        tr("%1: %2").arg(c->currentTitle(), c->detail), level});
        }
    }
    if (thresholds.errorRatePercent > 0 && instance.errorRate &&
        *instance.errorRate * 100 > thresholds.errorRatePercent) {
        out.append({Kind::ErrorRate, Severity::Warning,
                    tr("%1 % of calls failed over the last 15 minutes (threshold %2 %)")
                        .arg(locale.toString(*instance.errorRate * 100, 'f', 1),
                             locale.toString(thresholds.errorRatePercent))});
    }
    if (thresholds.p95LatencyMs > 0 && instance.p95LatencyMs &&
        *instance.p95LatencyMs > thresholds.p95LatencyMs) {
        out.append({Kind::Latency, Severity::Warning,
                    tr("p95 latency %1 ms over the last 15 minutes (threshold %2 ms)")
                        .arg(locale.toString(*instance.p95LatencyMs, 'f', 0),
                             locale.toString(thresholds.p95LatencyMs))});
    }
    if (report.certificateDaysLeft && !thresholds.certificateDays.isEmpty()) {
        const int left = *report.certificateDaysLeft;
        // The smallest threshold crossed names the alert; the last one is critical.
        int crossed = 0;
        for (const int d : thresholds.certificateDays) {
            if (left <= d)
                crossed = d;
        }
        if (crossed > 0) {
            const int smallest = *std::min_element(thresholds.certificateDays.begin(),
                                                   thresholds.certificateDays.end());
            out.append({Kind::Certificate,
                        crossed == smallest ? Severity::Critical : Severity::Warning,
                        tr("the server certificate expires in %n day(s) (within %1)", nullptr, left)
                            .arg(tr("%n day(s)", nullptr, crossed)),
                        crossed});
        }
    }
    if (thresholds.clockSkewSeconds > 0 && report.clockSkewMs &&
        std::abs(double(*report.clockSkewMs)) > thresholds.clockSkewSeconds * 1000) {
        out.append({Kind::ClockSkew, Severity::Warning,
                    tr("the server's clock is %1 s off (threshold %2 s)")
                        .arg(locale.toString(double(*report.clockSkewMs) / 1000, 'f', 1),
                             locale.toString(thresholds.clockSkewSeconds))});
    }
    return out;
}

QString AlertRules::title(Kind kind)
{
    switch (kind) {
    case Kind::Unreachable:
        return tr("Instance unreachable");
    case Kind::ErrorRate:
        return tr("Error rate high");
    case Kind::Latency:
        return tr("Latency high");
    case Kind::Certificate:
        return tr("Certificate expiring");
    case Kind::ClockSkew:
        return tr("Clock skew");
    case Kind::NdxpLink:
        return tr("Link to NDXP");
    }
    return {};
}

QString AlertRules::severityText(Severity severity)
{
    return severity == Severity::Critical ? tr("Critical") : tr("Warning");
}

} // namespace lgsp::models
