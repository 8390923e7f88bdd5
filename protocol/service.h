#pragma once

#include "protocol/decodeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lgsp::protocol {

// A service published through an LGSP: provided by one tenant, called by its consumers
// through the gateway path.
struct Service
{
    QString id;
    QString code;    // unique within the provider tenant: lower case, digits, '-'
    QString name;    // NFC
    QString version; // "1.0"
    QString tenantCode;
    QString protocol;       // REST | SOAP
    QString definitionType; // OAS3 | OAS2 | WSDL1 | WSDL2
    QString upstreamUrl;
    QString gatewayPath; // "/gw/<tenant>/<code>"
    QString status;      // draft | published | deprecated | retired
    QString visibility;  // tenant | instance | ndxp
    QStringList consumers;
    qint64 timeoutMs = 10000;
    qint64 rateLimitPerMin = 600;
    QDateTime updatedAt;
    QStringList allowedActions;

    static QStringList protocols();
    static QStringList definitionTypes();
    static QStringList statuses();
    static QStringList visibilities();

    QJsonObject toJson() const;
    static std::optional<Service> fromJson(const QJsonObject &object, DecodeError *error);

    friend bool operator==(const Service &a, const Service &b) { return a.toJson() == b.toJson(); }
};

// What a client may send to create or update a service. Every problem is collected.
struct ServiceInput
{
    QString code;
    QString name;
    QString version;
    QString tenantCode;
    QString protocol;
    QString definitionType;
    QString upstreamUrl;
    QString visibility;
    std::optional<QStringList> consumers;
    std::optional<qint64> timeoutMs;
    std::optional<qint64> rateLimitPerMin;
    QString definition; // optional OpenAPI or WSDL text

    static std::optional<ServiceInput> fromJson(const QJsonObject &object, bool forUpdate,
                                                QList<DecodeError> *errors);
    // Only the fields that are set, so the same object serves create and partial update.
    QJsonObject toJson() const;
    static bool isValidCode(const QString &code);
};

} // namespace lgsp::protocol
