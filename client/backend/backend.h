#pragma once

#include "client/backend/queries.h"
#include "client/clienterror.h"
#include "protocol/auditentry.h"
#include "protocol/configbundle.h"
#include "protocol/configchange.h"
#include "protocol/health.h"
#include "protocol/instanceinfo.h"
#include "protocol/listpage.h"
#include "protocol/metrics.h"
#include "protocol/service.h"
#include "protocol/tenant.h"

#include <QObject>

#include <functional>

namespace lgsp::client {

// The outcome of one typed call: the value, or the error. `etag` is the version to send
// back in If-Match when changing the resource.
template<typename T>
struct Result
{
    T value{};
    ClientError error;
    QByteArray etag;
    bool ok() const { return error.isNull(); }
};

template<typename T>
using Handler = std::function<void(const Result<T> &)>;

// A page of a streamed listing; `last` is true on the final page (or on an error).
template<typename T>
using PageHandler = std::function<void(const Result<protocol::ListPage<T>> &, bool last)>;

struct ServiceDefinition
{
    QByteArray contentType; // application/yaml, application/json, text/xml…
    QByteArray text;
};

// What an instance's API can do, so pages can say plainly what a backend cannot show.
enum class Feature {
    Tenants = 0x1,
    TenantActions = 0x2,
    Services = 0x4,
    ServiceActions = 0x8,
    Metrics = 0x10,
    LiveStream = 0x20,
    Transactions = 0x40,
    Config = 0x80,
    Audit = 0x100,
    ServerHealth = 0x200,
    Consumers = 0x400, // who may call each service (WSO2 keeps that in subscriptions)
};
Q_DECLARE_FLAGS(Features, Feature)
Q_DECLARE_OPERATORS_FOR_FLAGS(Features)

// One kind of LGSP server behind one interface: the LGSP Admin API v1 now, WSO2 API
// Manager later. Every call is asynchronous and answers exactly once through its handler,
// on the caller's thread, unless `context` is destroyed first.
class Backend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)

public:
    using QObject::QObject;
    ~Backend() override = default;

    virtual QString kind() const = 0;
    virtual Features features() const = 0;

    virtual void info(QObject *context, Handler<protocol::InstanceInfo> done) = 0;
    virtual void health(QObject *context, Handler<protocol::HealthReport> done) = 0;

    virtual void tenants(const TenantQuery &query, QObject *context,
                         Handler<protocol::ListPage<protocol::Tenant>> done) = 0;
    // Every page in turn, following nextCursor.
    void allTenants(const TenantQuery &query, QObject *context,
                    PageHandler<protocol::Tenant> onPage);
    virtual void tenant(const QString &code, QObject *context, Handler<protocol::Tenant> done) = 0;
    virtual void createTenant(const protocol::TenantInput &input, QObject *context,
                              Handler<protocol::Tenant> done) = 0;
    virtual void updateTenant(const QString &code, const protocol::TenantInput &changes,
                              const QByteArray &etag, QObject *context,
                              Handler<protocol::Tenant> done) = 0;
    // action: suspend | resume | close
    virtual void tenantAction(const QString &code, const QString &action, const QByteArray &etag,
                              QObject *context, Handler<protocol::Tenant> done) = 0;

    virtual void services(const ServiceQuery &query, QObject *context,
                          Handler<protocol::ListPage<protocol::Service>> done) = 0;
    void allServices(const ServiceQuery &query, QObject *context,
                     PageHandler<protocol::Service> onPage);
    virtual void service(const QString &id, QObject *context, Handler<protocol::Service> done) = 0;
    virtual void serviceDefinition(const QString &id, QObject *context,
                                   Handler<ServiceDefinition> done) = 0;
    virtual void createService(const protocol::ServiceInput &input, QObject *context,
                               Handler<protocol::Service> done) = 0;
    virtual void updateService(const QString &id, const protocol::ServiceInput &changes,
                               const QByteArray &etag, QObject *context,
                               Handler<protocol::Service> done) = 0;
    // action: publish | deprecate | retire
    virtual void serviceAction(const QString &id, const QString &action, const QByteArray &etag,
                               QObject *context, Handler<protocol::Service> done) = 0;

    virtual void metrics(const MetricsQuery &query, QObject *context,
                         Handler<protocol::MetricsResponse> done) = 0;
    virtual void transactions(const TransactionQuery &query, QObject *context,
                              Handler<protocol::ListPage<protocol::Transaction>> done) = 0;

    virtual void exportConfig(QObject *context, Handler<protocol::ConfigBundle> done) = 0;
    virtual void validateConfig(const protocol::ConfigBundle &bundle, QObject *context,
                                Handler<protocol::ConfigValidation> done) = 0;
    // Applies atomically if the instance is still at `baseRevision`; otherwise Precondition.
    virtual void applyConfig(const protocol::ConfigBundle &bundle, qint64 baseRevision,
                             QObject *context, Handler<protocol::ConfigApplyResult> done) = 0;

    virtual void audit(const AuditQuery &query, QObject *context,
                       Handler<protocol::ListPage<protocol::AuditEntry>> done) = 0;
};

} // namespace lgsp::client
