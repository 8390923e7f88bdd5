#pragma once

#include "client/fleet/fleet.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lgsp::models {

// When the console raises an alert, editable by the officer. The defaults are what a
// provincial data centre would want to hear about.
struct AlertThresholds
{
    bool unreachable = true;
    double errorRatePercent = 5.0;                         // 0: off
    double p95LatencyMs = 3000;                            // 0: off
    QList<int> certificateDays = defaultCertificateDays(); // 30, 14, 7
    double clockSkewSeconds = 2.0;                         // 0: off
    bool ndxpLink = true;

    static QList<int> defaultCertificateDays();
    QJsonObject toJson() const;
    // Unknown or wrong fields keep their defaults.
    static AlertThresholds fromJson(const QJsonObject &object);
};

// One condition that holds for an instance now.
struct AlertCondition
{
    enum class Kind { Unreachable, ErrorRate, Latency, Certificate, ClockSkew, NdxpLink };
    enum class Severity { Warning, Critical };
    Kind kind = Kind::Unreachable;
    Severity severity = Severity::Warning;
    QString detail; // translated
    int level =
        0; // certificates: the threshold crossed (30, 14, 7 days); a new level is a new alert
};

// The alert conditions that hold for an instance after its last poll.
class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(AlertRules)

public:
    static QList<AlertCondition> evaluate(const client::Fleet::Instance &instance,
                                          const AlertThresholds &thresholds);
    static QString title(AlertCondition::Kind kind);
    static QString severityText(AlertCondition::Severity severity);
};

} // namespace lgsp::models
