#include "sandbox/api/trafficapi.h"

#include "protocol/metrics.h"
#include "protocol/timestamps.h"
#include "sandbox/api/paging.h"
#include "sandbox/api/problems.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace lgsp::sandbox {

namespace {

// ?from= and ?to= as RFC 3339; `fallback` when absent. Problems go to *errors.
qint64 timeParameter(const ApiRequest &request, const QString &name, qint64 fallback,
                     QJsonArray *errors)
{
    const QString text = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (text.isEmpty())
        return fallback;
    const QDateTime time = protocol::parseTimestamp(text);
    if (!time.isValid()) {
        Paging::addError(errors, name, QStringLiteral("not an RFC 3339 timestamp"));
        return fallback;
    }
    return time.toSecsSinceEpoch();
}

ApiResponse queryProblem(const QJsonArray &errors)
{
    return ApiResponse::problem(400, QStringLiteral("validation_failed"),
                                QStringLiteral("The query is not valid"), QString(), errors);
}

// The tenant a request may look at: its own when tenant-scoped (another one is refused).
bool scopeTenant(const ApiRequest &request, QString *tenant)
{
    const QString own = request.principal->tenantCode;
    if (own.isEmpty())
        return true;
    if (!tenant->isEmpty() && *tenant != own)
        return false;
    *tenant = own;
    return true;
}

} // namespace

TrafficApi::TrafficApi(QSqlDatabase db)
    : m_db(db)
    , m_metrics(db)
{}

ApiResponse TrafficApi::metrics(const ApiRequest &request)
{
    QJsonArray errors;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    MetricsQuery::Request r;
    r.to = timeParameter(request, QStringLiteral("to"), now, &errors);
    r.from = timeParameter(request, QStringLiteral("from"), r.to - 3600, &errors);
    const QString step = request.query.queryItemValue(QStringLiteral("step"));
    r.step = step.isEmpty() ? 60 : MetricsQuery::parseStep(step);
    if (r.step == 0)
        Paging::addError(&errors, QStringLiteral("step"),
                         QStringLiteral("from 1s to 1d, e.g. 1s, 30s, 5m, 1h, 1d"));
    r.tenant = request.query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded);
    r.service = request.query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    r.groupBy = Paging::choice(
        request, QStringLiteral("groupBy"),
        {QStringLiteral("tenant"), QStringLiteral("service"), QStringLiteral("consumer")}, &errors);
    if (!errors.isEmpty())
        return queryProblem(errors);
    if (!scopeTenant(request, &r.tenant))
        return problems::notFound(QStringLiteral("tenant_not_found"),
                                  QStringLiteral("No tenant with code %1.").arg(r.tenant));
    QString error;
    const std::optional<QJsonObject> body = m_metrics.run(r, now, &error);
    if (!body) {
        Paging::addError(&errors, QStringLiteral("step"), error);
        return queryProblem(errors);
    }
    return ApiResponse::json(200, *body);
}

ApiResponse TrafficApi::transactions(const ApiRequest &request)
{
    QJsonArray errors;
    const Paging paging = Paging::fromQuery(request, &errors);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 to = timeParameter(request, QStringLiteral("to"), now + 1, &errors);
    const qint64 from = timeParameter(request, QStringLiteral("from"), to - 3600, &errors);
    QString tenant = request.query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded);
    const QString service =
        request.query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    const QString status = Paging::choice(request, QStringLiteral("status"),
                                          {QStringLiteral("ok"), QStringLiteral("error")}, &errors);
    bool cursorOk = true;
    const qint64 beforeId = paging.after.isEmpty() ? 0 : paging.after.toLongLong(&cursorOk);
    if (!cursorOk)
        Paging::addError(&errors, QStringLiteral("cursor"),
                         QStringLiteral("not a cursor from this server"));
    if (!errors.isEmpty())
        return queryProblem(errors);
    if (!scopeTenant(request, &tenant))
        return problems::notFound(QStringLiteral("tenant_not_found"),
                                  QStringLiteral("No tenant with code %1.").arg(tenant));

    QStringList where{QStringLiteral("at_ms >= ?"), QStringLiteral("at_ms < ?")};
    QVariantList binds{from * 1000, to * 1000};
    if (!tenant.isEmpty()) {
        where << QStringLiteral("tenant_code = ?");
        binds << tenant;
    }
    if (!service.isEmpty()) {
        where << QStringLiteral("service_id = ?");
        binds << service;
    }
    if (status == QLatin1String("ok"))
        where << QStringLiteral("error_code = ''");
    else if (status == QLatin1String("error"))
        where << QStringLiteral("error_code <> ''");
    const QString whereSql = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) FROM transactions") + whereSql);
    for (const QVariant &b : std::as_const(binds))
        count.addBindValue(b);
    const qint64 total = count.exec() && count.next() ? count.value(0).toLongLong() : 0;

    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, at_ms, consumer, tenant_code, service_id, status, "
                                "latency_ms, error_code, correlation_id FROM transactions") +
                 whereSql + (beforeId > 0 ? QStringLiteral(" AND id < ?") : QString()) +
                 QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant &b : std::as_const(binds))
        rows.addBindValue(b);
    if (beforeId > 0)
        rows.addBindValue(beforeId);
    rows.addBindValue(paging.limit + 1);
    QJsonArray items;
    QString next;
    if (rows.exec()) {
        while (rows.next()) {
            if (items.size() == paging.limit) {
                next = Paging::cursorFor(QString::number(
                    items.last().toObject().value(QStringLiteral("id")).toInteger()));
                break;
            }
            protocol::Transaction t;
            t.id = rows.value(0).toLongLong();
            t.time = QDateTime::fromMSecsSinceEpoch(rows.value(1).toLongLong(), Qt::UTC);
            t.consumer = rows.value(2).toString();
            t.tenantCode = rows.value(3).toString();
            t.serviceId = rows.value(4).toString();
            t.status = rows.value(5).toInt();
            t.latencyMs = rows.value(6).toDouble();
            t.errorCode = rows.value(7).toString();
            t.correlationId = rows.value(8).toString();
            items.append(t.toJson());
        }
    }
    return ApiResponse::json(200,
                             QJsonObject{
                                 {QStringLiteral("items"), items},
                                 {QStringLiteral("nextCursor"),
                                  next.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(next)},
                                 {QStringLiteral("total"), total},
                             });
}

} // namespace lgsp::sandbox
