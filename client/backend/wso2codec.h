#pragma once

#include "protocol/service.h"
#include "protocol/tenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lgsp::client::wso2 {

// WSO2 API Manager 4.x JSON as the console's protocol types. Pure functions; the shapes are
// those of the Publisher v4 and Service Catalog v1 REST APIs.

inline constexpr char kSuperTenant[] = "carbon.super";
// Where the two REST APIs live in the newest releases, and the scopes that read them. Paths
// are written with these prefixes and sent with those of the release that answers
// (Wso2ApimBackend::versioned; wso2release.h).
inline const QString kPublisher = QStringLiteral("/api/am/publisher/v4");
inline const QString kCatalog = QStringLiteral("/api/am/service-catalog/v1");
inline const QString kApiView = QStringLiteral("apim:api_view");
inline const QString kCatalogView = QStringLiteral("service_catalog:service_view");

// A list envelope: {count?, list: [...], pagination: {offset, limit, total, next, previous}}.
struct Page
{
    QJsonArray list;
    qint64 offset = 0;
    qint64 total = 0;
    bool hasNext = false; // pagination.next is a link, or offset + list < total
};
// nullopt with *error set when `list` is missing or not an array.
std::optional<Page> readPage(const QJsonObject &object, qint64 requestedOffset, QString *error);

// carbon.super: the organisation that runs the API Manager, shown as the operator.
protocol::Tenant operatorTenant();
// The tenant a WSO2 user belongs to: "admin@haugiang.gov.vn" → haugiang.gov.vn, "admin" →
// carbon.super. The Service Catalog and the Publisher show only that tenant's.
QString tenantOfUser(const QString &user);
// TenantDTO {domain, status: active | inactive}.
std::optional<protocol::Tenant> tenantFrom(const QJsonObject &object, QString *error);

// Service ids carry their origin: "catalog:<uuid>" (Service Catalog) or "api:<uuid>"
// (Publisher). `rawId` gets the WSO2 id.
enum class Origin { Unknown, Catalog, Api };
Origin originOf(const QString &id, QString *rawId);

// ServiceDTO of the Service Catalog: a backend registered in the catalog.
std::optional<protocol::Service> catalogServiceFrom(const QJsonObject &object, QString *error);
// APIInfoDTO / APIDTO of the Publisher: an API published (or being published) on the gateway.
std::optional<protocol::Service> apiFrom(const QJsonObject &object, QString *error);

// Publisher lifecycle states as the console's service statuses.
QString statusForLifecycle(const QString &lifeCycleStatus);
// A definition type (OAS3, WSDL1, GRAPHQL_SDL, ASYNC_API) or an API type (HTTP, SOAP,
// GRAPHQL, WS…) as the protocol shown.
QString protocolFor(const QString &type);

} // namespace lgsp::client::wso2
