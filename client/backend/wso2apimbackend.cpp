#include "client/backend/wso2apimbackend.h"

#include "client/auth/credentialauthenticator.h"
#include "client/backend/wso2codec.h"
#include "client/net/transport.h"
#include "protocol/jsonreader.h"

#include <QTimer>

#include <memory>

namespace lgsp::client {

namespace {

const QString kPublisher = QStringLiteral("/api/am/publisher/v4");
const QString kCatalog = QStringLiteral("/api/am/service-catalog/v1");
const QString kApiView = QStringLiteral("apim:api_view");
const QString kCatalogView = QStringLiteral("service_catalog:service_view");
constexpr int kDefaultLimit = 25;
constexpr int kMaxLimit = 500;

QString segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QUrlQuery pageQuery(qint64 offset, int limit, const QString &state = {})
{
    QUrlQuery query;
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    return query;
}

// Where a listing goes on: "<source>/<offset>/<total>".
struct Cursor
{
    QString source; // active | inactive (tenants), catalog | api (services)
    qint64 offset = 0;
    qint64 total = 0;
    QString toString() const
    {
        return source + QLatin1Char('/') + QString::number(offset) + QLatin1Char('/') +
               QString::number(total);
    }
    static std::optional<Cursor> parse(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char('/'));
        bool okOffset = false, okTotal = false;
        if (parts.size() != 3)
            return std::nullopt;
        Cursor c{parts.at(0), parts.at(1).toLongLong(&okOffset), parts.at(2).toLongLong(&okTotal)};
        if (!okOffset || !okTotal || c.offset < 0)
            return std::nullopt;
        return c;
    }
};

template<typename T>
Result<T> failure(const ClientError &error)
{
    Result<T> r;
    r.error = error;
    return r;
}

ClientError protocolError(const QString &detail)
{
    return ClientError::make(ClientError::Kind::Protocol, detail);
}

// A page of a WSO2 list, decoded item by item with `convert`.
template<typename T, typename Convert>
std::optional<QList<T>> convertAll(const QJsonArray &list, Convert convert, QString *error)
{
    QList<T> items;
    items.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString itemError;
        std::optional<T> item = convert(list.at(i).toObject(), &itemError);
        if (!item) {
            *error = QStringLiteral("/list/%1: %2").arg(i).arg(itemError);
            return std::nullopt;
        }
        items.append(std::move(*item));
    }
    return items;
}

bool matches(const protocol::Service &s, const ServiceQuery &q)
{
    const auto has = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || wanted.compare(value, Qt::CaseInsensitive) == 0;
    };
    return has(q.status, s.status) && has(q.protocol, s.protocol) && has(q.tenant, s.tenantCode) &&
           (q.text.isEmpty() || s.name.contains(q.text, Qt::CaseInsensitive) ||
            s.code.contains(q.text, Qt::CaseInsensitive));
}

} // namespace

Wso2ApimBackend::Wso2ApimBackend(Transport *transport, CredentialAuthenticator *authenticator,
                                 const QUrl &gatewayUrl, QObject *parent)
    : Backend(parent)
    , m_transport(transport)
    , m_authenticator(authenticator)
    , m_gatewayUrl(gatewayUrl)
{
    if (!m_gatewayUrl.isValid() || m_gatewayUrl.host().isEmpty()) {
        m_gatewayUrl = QUrl();
        m_gatewayUrl.setScheme(QStringLiteral("https"));
        m_gatewayUrl.setHost(transport->baseUrl().host());
        m_gatewayUrl.setPort(8243);
    }
}

QStringList Wso2ApimBackend::scopes()
{
    return {kApiView, kCatalogView, QStringLiteral("apim:tenantInfo")};
}

Features Wso2ApimBackend::features() const
{
    return Feature::Tenants | Feature::Services | Feature::ServerHealth;
}

void Wso2ApimBackend::getJson(const QString &path, const QUrlQuery &query, const QString &scope,
                              QObject *context, JsonHandler done)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    QPointer<CredentialAuthenticator> auth = m_authenticator;
    m_transport->send(request, context, [scope, auth, done](const ApiReply &reply) {
        Result<QJsonObject> result;
        result.etag = reply.etag;
        if (!reply.ok()) {
            result.error = reply.error;
            // WSO2 answers 401 both for a bad token and for a good one without the scope;
            // the second is a permission problem and is named as one.
            if (reply.status == 401 && reply.error.detail.contains(QLatin1String("cope"))) {
                result.error.kind = ClientError::Kind::Forbidden;
                result.error.detail =
                    ClientError::tr("the token does not carry the scope %1 (granted: %2). %3")
                        .arg(scope,
                             auth && !auth->grantedScopes().isEmpty()
                                 ? auth->grantedScopes().join(QLatin1Char(' '))
                                 : ClientError::tr("none"),
                             reply.error.detail);
            }
            done(result, reply);
            return;
        }
        protocol::DecodeError error;
        result.value = protocol::parseJsonObject(reply.body, &error);
        if (!error.isNull()) {
            result.error = protocolError(error.toString());
            result.error.httpStatus = reply.status;
            result.error.correlationId = QString::fromLatin1(reply.correlationId);
        }
        done(result, reply);
    });
}

template<typename T>
void Wso2ApimBackend::unsupported(QObject *context, Handler<T> done, const QString &what)
{
    // Answered later, like every other call, never from inside the caller's own call.
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), what] {
        done(failure<T>(ClientError::make(
            ClientError::Kind::Unsupported,
            ClientError::tr("WSO2 API Manager offers no %1 over its REST APIs").arg(what))));
    });
}

void Wso2ApimBackend::tenants(const TenantQuery &query, QObject *context,
                              Handler<protocol::ListPage<protocol::Tenant>> done)
{
    using Page = protocol::ListPage<protocol::Tenant>;
    const int limit = query.limit > 0 ? std::min(query.limit, kMaxLimit) : kDefaultLimit;
    const bool wantActive = query.status.isEmpty() || query.status == QLatin1String("active");
    const bool wantInactive = query.status.isEmpty() || query.status == QLatin1String("inactive");
    std::optional<Cursor> cursor;
    if (!query.cursor.isEmpty()) {
        cursor = Cursor::parse(query.cursor);
        if (!cursor) {
            unsupported(context, std::move(done), ClientError::tr("cursor like this one"));
            return;
        }
    } else if (wantActive || wantInactive) {
        cursor = Cursor{wantActive ? QStringLiteral("active") : QStringLiteral("inactive"), 0, -1};
    }
    if (!cursor) { // a status WSO2 tenants never have
        QTimer::singleShot(0, context ? context : this, [done] { done(Result<Page>{}); });
        return;
    }
    const bool first = query.cursor.isEmpty();
    const QString path = kPublisher + QStringLiteral("/tenants");
    // The first page also asks for the inactive tenants' total, so the count is right at once.
    auto inactiveTotal = std::make_shared<std::optional<qint64>>();
    auto pageResult = std::make_shared<std::optional<Result<QJsonObject>>>();
    auto finish = [=, c = *cursor]() {
        if (!pageResult->has_value() || (first && wantActive && wantInactive && !*inactiveTotal))
            return;
        const Result<QJsonObject> &r = **pageResult;
        if (!r.ok()) {
            done(failure<Page>(r.error));
            return;
        }
        QString error;
        const std::optional<wso2::Page> page = wso2::readPage(r.value, c.offset, &error);
        std::optional<QList<protocol::Tenant>> items;
        if (page)
            items = convertAll<protocol::Tenant>(page->list, &wso2::tenantFrom, &error);
        if (!items) {
            done(failure<Page>(protocolError(error)));
            return;
        }
        Result<Page> result;
        qint64 total = c.total;
        if (first) {
            total = page->total + (c.source == QLatin1String("active") ? 1 : 0) +
                    (wantActive && wantInactive ? inactiveTotal->value_or(0) : 0);
            if (c.source == QLatin1String("active"))
                result.value.items.append(wso2::operatorTenant());
        }
        result.value.items += *items;
        result.value.total = total;
        if (page->hasNext)
            result.value.nextCursor =
                Cursor{c.source, page->offset + page->list.size(), total}.toString();
        else if (c.source == QLatin1String("active") && wantInactive &&
                 total - 1 - page->total > 0) // the operator, the active ones, then the rest
            result.value.nextCursor = Cursor{QStringLiteral("inactive"), 0, total}.toString();
        done(result);
    };
    getJson(path, pageQuery(cursor->offset, limit, cursor->source), {}, context,
            [pageResult, finish](const Result<QJsonObject> &r, const ApiReply &) {
                *pageResult = r;
                finish();
            });
    if (first && wantActive && wantInactive) {
        getJson(path, pageQuery(0, 1, QStringLiteral("inactive")), {}, context,
                [inactiveTotal, finish](const Result<QJsonObject> &r, const ApiReply &) {
                    QString ignored;
                    const std::optional<wso2::Page> page =
                        r.ok() ? wso2::readPage(r.value, 0, &ignored) : std::nullopt;
                    *inactiveTotal = page ? page->total : 0;
                    finish();
                });
    }
}

void Wso2ApimBackend::tenant(const QString &code, QObject *context, Handler<protocol::Tenant> done)
{
    if (code == QLatin1String(wso2::kSuperTenant)) {
        QTimer::singleShot(0, context ? context : this, [done] {
            Result<protocol::Tenant> r;
            r.value = wso2::operatorTenant();
            done(r);
        });
        return;
    }
    // WSO2 has no "one tenant" call that tells its state: look through the lists.
    auto found = std::make_shared<bool>(false);
    allTenants(
        {}, context,
        [code, done, found](const Result<protocol::ListPage<protocol::Tenant>> &page, bool last) {
            if (*found)
                return;
            Result<protocol::Tenant> r;
            r.error = page.error;
            for (const protocol::Tenant &t : page.value.items) {
                if (t.code == code) {
                    *found = true;
                    r.value = t;
                    done(r);
                    return;
                }
            }
            if (last) {
                if (page.ok())
                    r.error = ClientError::make(ClientError::Kind::NotFound, code);
                done(r);
            }
        });
}

void Wso2ApimBackend::services(const ServiceQuery &query, QObject *context,
                               Handler<protocol::ListPage<protocol::Service>> done)
{
    using Page = protocol::ListPage<protocol::Service>;
    const int limit = query.limit > 0 ? std::min(query.limit, kMaxLimit) : kDefaultLimit;
    std::optional<Cursor> cursor =
        query.cursor.isEmpty() ? std::optional<Cursor>(Cursor{QStringLiteral("catalog"), 0, -1})
                               : Cursor::parse(query.cursor);
    if (!cursor) {
        unsupported(context, std::move(done), ClientError::tr("cursor like this one"));
        return;
    }
    const bool first = query.cursor.isEmpty();
    const bool catalog = cursor->source == QLatin1String("catalog");
    const QString path =
        catalog ? kCatalog + QStringLiteral("/services") : kPublisher + QStringLiteral("/apis");
    auto apiTotal = std::make_shared<std::optional<qint64>>();
    auto pageResult = std::make_shared<std::optional<Result<QJsonObject>>>();
    auto finish = [=, c = *cursor]() {
        if (!pageResult->has_value() || (first && !*apiTotal))
            return;
        const Result<QJsonObject> &r = **pageResult;
        if (!r.ok()) {
            done(failure<Page>(r.error));
            return;
        }
        QString error;
        const std::optional<wso2::Page> page = wso2::readPage(r.value, c.offset, &error);
        std::optional<QList<protocol::Service>> items;
        if (page)
            items = catalog ? convertAll<protocol::Service>(page->list, &wso2::catalogServiceFrom,
                                                            &error)
                            : convertAll<protocol::Service>(page->list, &wso2::apiFrom, &error);
        if (!items) {
            done(failure<Page>(protocolError(error)));
            return;
        }
        Result<Page> result;
        const qint64 total = first ? page->total + apiTotal->value_or(0) : c.total;
        for (protocol::Service &s : *items) {
            s.timeoutMs = 0; // WSO2 keeps these in throttling policies, not on the service
            s.rateLimitPerMin = 0;
            if (matches(s, query))
                result.value.items.append(std::move(s));
        }
        result.value.total = total;
        const qint64 seen = page->offset + page->list.size();
        if (page->hasNext)
            result.value.nextCursor = Cursor{c.source, seen, total}.toString();
        else if (catalog && total > seen)
            result.value.nextCursor = Cursor{QStringLiteral("api"), 0, total}.toString();
        done(result);
    };
    getJson(path, pageQuery(cursor->offset, limit), catalog ? kCatalogView : kApiView, context,
            [pageResult, finish](const Result<QJsonObject> &r, const ApiReply &) {
                *pageResult = r;
                finish();
            });
    if (first) {
        getJson(kPublisher + QStringLiteral("/apis"), pageQuery(0, 1), kApiView, context,
                [apiTotal, finish](const Result<QJsonObject> &r, const ApiReply &) {
                    QString ignored;
                    const std::optional<wso2::Page> page =
                        r.ok() ? wso2::readPage(r.value, 0, &ignored) : std::nullopt;
                    *apiTotal = page ? page->total : 0;
                    finish();
                });
    }
}

void Wso2ApimBackend::service(const QString &id, QObject *context, Handler<protocol::Service> done)
{
    QString raw;
    const wso2::Origin origin = wso2::originOf(id, &raw);
    if (origin == wso2::Origin::Unknown || raw.isEmpty()) {
        QTimer::singleShot(0, context ? context : this, [done, id] {
            done(failure<protocol::Service>(ClientError::make(ClientError::Kind::NotFound, id)));
        });
        return;
    }
    const bool catalog = origin == wso2::Origin::Catalog;
    const QString path = catalog ? kCatalog + QStringLiteral("/services/") + segment(raw)
                                 : kPublisher + QStringLiteral("/apis/") + segment(raw);
    getJson(path, {}, catalog ? kCatalogView : kApiView, context,
            [catalog, done](const Result<QJsonObject> &r, const ApiReply &) {
                if (!r.ok()) {
                    done(failure<protocol::Service>(r.error));
                    return;
                }
                QString error;
                std::optional<protocol::Service> s = catalog
                                                         ? wso2::catalogServiceFrom(r.value, &error)
                                                         : wso2::apiFrom(r.value, &error);
                if (!s) {
                    done(failure<protocol::Service>(protocolError(error)));
                    return;
                }
                s->timeoutMs = 0;
                s->rateLimitPerMin = 0;
                Result<protocol::Service> result;
                result.value = *s;
                result.etag = r.etag;
                done(result);
            });
}

void Wso2ApimBackend::serviceDefinition(const QString &id, QObject *context,
                                        Handler<ServiceDefinition> done)
{
    QString raw;
    const wso2::Origin origin = wso2::originOf(id, &raw);
    ApiRequest request;
    request.path =
        origin == wso2::Origin::Catalog
            ? kCatalog + QStringLiteral("/services/") + segment(raw) + QStringLiteral("/definition")
            : kPublisher + QStringLiteral("/apis/") + segment(raw) + QStringLiteral("/swagger");
    request.headers.append(
        {QByteArrayLiteral("Accept"),
         QByteArrayLiteral("application/json, application/yaml, text/xml, */*")});
    m_transport->send(request, context, [done = std::move(done)](const ApiReply &reply) {
        Result<ServiceDefinition> result;
        result.error = reply.error;
        result.value = ServiceDefinition{reply.contentType, reply.body};
        done(result);
    });
}

void Wso2ApimBackend::createTenant(const protocol::TenantInput &, QObject *context,
                                   Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done), ClientError::tr("tenant management"));
}

void Wso2ApimBackend::updateTenant(const QString &, const protocol::TenantInput &,
                                   const QByteArray &, QObject *context,
                                   Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done), ClientError::tr("tenant management"));
}

void Wso2ApimBackend::tenantAction(const QString &, const QString &, const QByteArray &,
                                   QObject *context, Handler<protocol::Tenant> done)
{
    unsupported(context, std::move(done), ClientError::tr("tenant management"));
}

void Wso2ApimBackend::createService(const protocol::ServiceInput &, QObject *context,
                                    Handler<protocol::Service> done)
{
    unsupported(context, std::move(done), ClientError::tr("service changes from this console"));
}

void Wso2ApimBackend::updateService(const QString &, const protocol::ServiceInput &,
                                    const QByteArray &, QObject *context,
                                    Handler<protocol::Service> done)
{
    unsupported(context, std::move(done), ClientError::tr("service changes from this console"));
}

void Wso2ApimBackend::serviceAction(const QString &, const QString &, const QByteArray &,
                                    QObject *context, Handler<protocol::Service> done)
{
    unsupported(context, std::move(done), ClientError::tr("service changes from this console"));
}

void Wso2ApimBackend::metrics(const MetricsQuery &, QObject *context,
                              Handler<protocol::MetricsResponse> done)
{
    unsupported(context, std::move(done), ClientError::tr("transaction metrics"));
}

void Wso2ApimBackend::transactions(const TransactionQuery &, QObject *context,
                                   Handler<protocol::ListPage<protocol::Transaction>> done)
{
    unsupported(context, std::move(done), ClientError::tr("transaction log"));
}

void Wso2ApimBackend::exportConfig(QObject *context, Handler<protocol::ConfigBundle> done)
{
    unsupported(context, std::move(done), ClientError::tr("configuration bundles"));
}

void Wso2ApimBackend::validateConfig(const protocol::ConfigBundle &, QObject *context,
                                     Handler<protocol::ConfigValidation> done)
{
    unsupported(context, std::move(done), ClientError::tr("configuration bundles"));
}

void Wso2ApimBackend::applyConfig(const protocol::ConfigBundle &, qint64, QObject *context,
                                  Handler<protocol::ConfigApplyResult> done)
{
    unsupported(context, std::move(done), ClientError::tr("configuration bundles"));
}

void Wso2ApimBackend::audit(const AuditQuery &, QObject *context,
                            Handler<protocol::ListPage<protocol::AuditEntry>> done)
{
    unsupported(context, std::move(done), ClientError::tr("audit log"));
}

} // namespace lgsp::client
