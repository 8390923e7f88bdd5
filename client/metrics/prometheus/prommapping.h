#pragma once

#include "protocol/decodeerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lgsp::client {

// How the console's notions (calls, errors by code, latency; instance, tenant, service,
// consumer) are found in a Prometheus: metric names, label names and which codes are
// successes. Presets follow each gateway's documented exporter; "custom" is the person's own.
struct PromMapping
{
    Q_DECLARE_TR_FUNCTIONS(PromMapping)

public:
    QString preset = QStringLiteral("lgsp-sandbox");
    QString requests; // a counter of calls (with the code label, when there is one)
    QString errors;   // optional: a counter of failed calls (for exporters without codes)
    QString latency;  // a histogram's _bucket series
    double latencyUnitMs = 1000; // what one unit of its `le` is, in milliseconds
    QString latencyMatchers;     // fixed matchers for the histogram: type="request"
    QString tenantLabel;         // empty: the exporter has no notion of tenant
    QString serviceLabel;
    QString consumerLabel;
    QString codeLabel;                                  // empty: errors come from `errors`
    QString successCodes = QStringLiteral("[1-3]..");   // a regular expression over whole codes
    QString instanceLabel = QStringLiteral("instance"); // for charts comparing instances

    static QStringList presets(); // lgsp-sandbox, kong, kong-2, apisix, wso2-mi, envoy, custom
    static QString presetName(const QString &preset);
    // The preset's mapping; nullopt for an unknown name. "custom" starts from lgsp-sandbox.
    static std::optional<PromMapping> fromPreset(const QString &preset);

    // A problem that keeps the mapping from being used (no requests metric…), translated;
    // empty when it can be used.
    QString problem() const;
    bool isSuccess(const QString &code) const;

    // The label matchers of a scope, inside braces: the source's selector, then tenant and
    // service (values escaped). *why gets the reason when the mapping cannot filter by one.
    struct Scope
    {
        QString selector; // the source's own matchers: job="lgsp-hau-giang"
        QString tenant;
        QString service;
        // A label the sums keep apart (the instance label, when one query asks for many
        // instances); empty: summed over everything.
        QString by;
    };
    QString matchers(const Scope &scope, const QString &extra, QString *why) const;
    // The queries for slots at a step: counter values, summed by code (or in all when the
    // exporter has no codes), errors, and histogram buckets summed by le. Empty when not
    // mapped (no errors counter, no histogram).
    QString requestsQuery(const Scope &scope, QString *why) const;
    QString errorsQuery(const Scope &scope, QString *why) const;
    QString latencyQuery(const Scope &scope, QString *why) const;
    // Calls per second now and a latency quantile, as a person would write them: rate() over
    // `window` and histogram_quantile() over summed bucket rates (the source's status check
    // shows what they give).
    QString rateQuery(const Scope &scope, const QString &window, QString *why) const;
    QString quantileQuery(const Scope &scope, double quantile, const QString &window,
                          QString *why) const;

    QJsonObject toJson() const;
    static PromMapping fromJson(const QJsonObject &object, const QString &pointer,
                                QList<protocol::DecodeError> *errors);

    friend bool operator==(const PromMapping &a, const PromMapping &b)
    {
        return a.toJson() == b.toJson();
    }
};

// A label value inside double quotes, as PromQL reads it.
QString promQuoted(const QString &value);

} // namespace lgsp::client
