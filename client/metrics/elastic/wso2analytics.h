#pragma once

#include "protocol/decodeerror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lgsp::client {

// Where a WSO2 API Manager's gateway events are in Elasticsearch or OpenSearch, as WSO2's
// on-premises analytics ("ELK" and "OpenSearch" modes, 4.1+) ships them: one document per call
// in the response index and one per fault (an authentication failure, throttling, a backend
// that cannot be reached) in the faulty index, with WSO2's own field names.
struct Wso2Analytics
{
    Q_DECLARE_TR_FUNCTIONS(Wso2Analytics)

public:
    QString responseIndex = QStringLiteral("apim_event_response*");
    QString faultyIndex = QStringLiteral("apim_event_faulty*");
    // The event's own time (WSO2 writes it as an ISO 8601 text that the cluster maps as a
    // date); "@timestamp" is the time Logstash or Fluent Bit took the event in.
    QString timeField = QStringLiteral("requestTimestamp");
    // The whole time at the gateway in milliseconds ("responseLatency"), or the backend's share
    // of it ("backendLatency").
    QString latencyField = QStringLiteral("responseLatency");
    // Text fields indexed without a template are "text" with a "keyword" sub-field, and only
    // that sub-field can be counted by; empty when the index template maps them as keywords.
    QString keywordSuffix = QStringLiteral(".keyword");
    // Optional: a query_string choosing this instance's events in a cluster several API
    // Managers write to, e.g. regionId:"hau-giang".
    QString filter;

    // The field names WSO2 gives its events.
    static QString tenantField() { return QStringLiteral("apiCreatorTenantDomain"); }
    static QString apiIdField() { return QStringLiteral("apiId"); }
    static QString apiNameField() { return QStringLiteral("apiName"); }
    static QString consumerField() { return QStringLiteral("applicationName"); }
    static QString statusField() { return QStringLiteral("proxyResponseCode"); }
    static QString errorCodeField() { return QStringLiteral("errorCode"); }
    static QString errorTypeField() { return QStringLiteral("errorType"); }

    // A text field's name as it can be counted or matched exactly by.
    QString keyword(const QString &field) const { return field + keywordSuffix; }

    // What makes these settings unusable, translated; empty when none.
    QString problem() const;

    QJsonObject toJson() const;
    static Wso2Analytics fromJson(const QJsonObject &object, const QString &pointer,
                                  QList<protocol::DecodeError> *errors);
};

} // namespace lgsp::client
