#include "client/backend/wso2codec.h"

#include <QCoreApplication>

namespace lgsp::client::wso2 {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// WSO2 writes times as ISO 8601 strings or as epoch milliseconds in a string.
QDateTime timeFrom(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    const QString s = value.toString();
    bool number = false;
    const qint64 ms = s.toLongLong(&number);
    if (number)
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

bool missing(const QJsonObject &object, const char *key, QString *error)
{
    if (object.value(QLatin1String(key)).isString() &&
        !object.value(QLatin1String(key)).toString().isEmpty())
        return false;
    if (error)
        *error =
            QCoreApplication::translate("lgsp::client::wso2", "%1: expected a non-empty string")
                .arg(QLatin1String(key));
    return true;
}

} // namespace

std::optional<Page> readPage(const QJsonObject &object, qint64 requestedOffset, QString *error)
{
    const QJsonValue list = object.value(QLatin1String("list"));
    if (!list.isArray()) {
        if (error)
            *error = QCoreApplication::translate("lgsp::client::wso2", "/list: expected an array");
        return std::nullopt;
    }
    Page page;
    page.list = list.toArray();
    const QJsonObject pagination = object.value(QLatin1String("pagination")).toObject();
    page.offset = pagination.value(QLatin1String("offset")).toInteger(requestedOffset);
    const qint64 count = object.value(QLatin1String("count")).toInteger(page.list.size());
    page.total = std::max<qint64>(pagination.value(QLatin1String("total")).toInteger(count),
                                  page.offset + page.list.size());
    // An empty page ends the listing even when the totals disagree, so a server that
    // miscounts cannot make the console ask forever.
    page.hasNext = !page.list.isEmpty() && (!text(pagination, "next").isEmpty() ||
                                            page.offset + page.list.size() < page.total);
    return page;
}

QString tenantOfUser(const QString &user)
{
    const qsizetype at = user.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? user.mid(at + 1).trimmed() : QString();
    return domain.contains(QLatin1Char('.')) ? domain.toLower() : QLatin1String(kSuperTenant);
}

protocol::Tenant operatorTenant()
{
    protocol::Tenant t;
    t.code = QLatin1String(kSuperTenant);
    t.name = t.code; // WSO2's own name; the kind says it is the operator
    t.kind = QStringLiteral("operator");
    t.status = QStringLiteral("active");
    t.serviceCount = -1;
    t.consumerCount = -1;
    return t;
}

std::optional<protocol::Tenant> tenantFrom(const QJsonObject &object, QString *error)
{
    if (missing(object, "domain", error))
        return std::nullopt;
    protocol::Tenant t;
    t.code = text(object, "domain");
    t.name = t.code;
    t.kind = QStringLiteral("domain");
    t.serviceCount = -1; // WSO2 does not count a tenant's services or consumers
    t.consumerCount = -1;
    t.status = text(object, "status").toLower();
    if (t.status.isEmpty())
        t.status = QStringLiteral("active");
    return t;
}

Origin originOf(const QString &id, QString *rawId)
{
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    const QString prefix = id.left(colon);
    if (rawId)
        *rawId = colon < 0 ? QString() : id.mid(colon + 1);
    if (colon > 0 && prefix == QLatin1String("catalog"))
        return Origin::Catalog;
    if (colon > 0 && prefix == QLatin1String("api"))
        return Origin::Api;
    return Origin::Unknown;
}

QString protocolFor(const QString &type)
{
    const QString t = type.toUpper();
    if (t.startsWith(QLatin1String("OAS")) || t == QLatin1String("HTTP"))
        return QStringLiteral("REST");
    if (t.startsWith(QLatin1String("WSDL")) || t.startsWith(QLatin1String("SOAP")))
        return QStringLiteral("SOAP");
    if (t.startsWith(QLatin1String("GRAPHQL")))
        return QStringLiteral("GraphQL");
    if (t == QLatin1String("WS") || t == QLatin1String("WEBSUB") || t == QLatin1String("SSE") ||
        t == QLatin1String("ASYNC") || t == QLatin1String("ASYNC_API"))
        return QStringLiteral("AsyncAPI");
    return type;
}

QString statusForLifecycle(const QString &lifeCycleStatus)
{
    const QString s = lifeCycleStatus.toUpper();
    if (s == QLatin1String("CREATED"))
        return QStringLiteral("draft");
    if (s == QLatin1String("PUBLISHED"))
        return QStringLiteral("published");
    if (s == QLatin1String("DEPRECATED"))
        return QStringLiteral("deprecated");
    if (s == QLatin1String("RETIRED"))
        return QStringLiteral("retired");
    if (s == QLatin1String("PROTOTYPED"))
        return QStringLiteral("prototyped");
    if (s == QLatin1String("BLOCKED"))
        return QStringLiteral("blocked");
    return lifeCycleStatus.toLower();
}

std::optional<protocol::Service> catalogServiceFrom(const QJsonObject &object, QString *error)
{
    if (missing(object, "id", error) || missing(object, "name", error))
        return std::nullopt;
    protocol::Service s;
    s.id = QStringLiteral("catalog:") + text(object, "id");
    s.code = text(object, "serviceKey");
    s.name = text(object, "name");
    s.version = text(object, "version");
    s.tenantCode = QLatin1String(kSuperTenant); // the signed-in user's, said by the backend
    s.definitionType = text(object, "definitionType");
    s.protocol = protocolFor(s.definitionType);
    s.upstreamUrl = text(object, "serviceUrl");
    s.status = QStringLiteral("registered");
    s.updatedAt = timeFrom(object.value(QLatin1String("lastUpdatedTime")));
    return s;
}

std::optional<protocol::Service> apiFrom(const QJsonObject &object, QString *error)
{
    if (missing(object, "id", error) || missing(object, "name", error))
        return std::nullopt;
    protocol::Service s;
    s.id = QStringLiteral("api:") + text(object, "id");
    s.name = text(object, "name");
    s.version = text(object, "version");
    s.gatewayPath = text(object, "context");
    s.code = s.gatewayPath.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
    // A provider "officer@haugiang.gov.vn" belongs to that tenant domain.
    s.tenantCode = tenantOfUser(text(object, "provider"));
    s.protocol = protocolFor(text(object, "type"));
    s.definitionType = s.protocol == QLatin1String("SOAP")   ? QStringLiteral("WSDL1")
                       : s.protocol == QLatin1String("REST") ? QStringLiteral("OAS3")
                                                             : QString();
    s.status = statusForLifecycle(text(object, "lifeCycleStatus"));
    s.updatedAt = timeFrom(object.value(QLatin1String("updatedTime")));
    return s;
}

} // namespace lgsp::client::wso2
