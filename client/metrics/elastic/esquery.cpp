#include "client/metrics/elastic/esquery.h"

#include "protocol/latencyhistogram.h"

#include <QJsonArray>
#include <QUrl>

namespace lgsp::client::esquery {

namespace {

// How many status codes, error types and error codes a slot may hold: far more than a
// gateway gives in one slot; the rest is still in the slot's count.
constexpr int kCodes = 50;
constexpr int kErrorTypes = 10;

QJsonObject term(const QString &field, const QString &value)
{
    return {{QStringLiteral("term"), QJsonObject{{field, value}}}};
}

QJsonObject filtered(const Wso2Analytics &a, const EsScope &scope, const EsRange &range)
{
    QJsonArray filters;
    filters.append(QJsonObject{
        {QStringLiteral("range"),
         QJsonObject{{a.timeField,
                      QJsonObject{{QStringLiteral("gte"), range.from * 1000},
                                  {QStringLiteral("lt"), range.to * 1000},
                                  {QStringLiteral("format"), QStringLiteral("epoch_millis")}}}}}});
    if (!scope.tenant.isEmpty())
        filters.append(term(a.keyword(Wso2Analytics::tenantField()), scope.tenant));
    if (scope.service.startsWith(QLatin1String("api:")))
        filters.append(term(a.keyword(Wso2Analytics::apiIdField()), scope.service.mid(4)));
    else if (!scope.service.isEmpty())
        filters.append(term(a.keyword(Wso2Analytics::apiNameField()), scope.service));
    if (!scope.consumer.isEmpty())
        filters.append(term(a.keyword(Wso2Analytics::consumerField()), scope.consumer));
    if (!a.filter.isEmpty())
        filters.append(QJsonObject{
            {QStringLiteral("query_string"), QJsonObject{{QStringLiteral("query"), a.filter}}}});
    return {{QStringLiteral("bool"), QJsonObject{{QStringLiteral("filter"), filters}}}};
}

QJsonObject slots(const Wso2Analytics &a, const EsRange &range, const QJsonObject &inside)
{
    const QJsonObject histogram{
        {QStringLiteral("field"), a.timeField},
        {QStringLiteral("fixed_interval"), QString(QString::number(range.step) + QLatin1Char('s'))},
        {QStringLiteral("min_doc_count"), 0},
        {QStringLiteral("extended_bounds"),
         QJsonObject{{QStringLiteral("min"), range.from * 1000},
                     {QStringLiteral("max"), (range.to - range.step) * 1000}}},
    };
    return {{QStringLiteral("slots"), QJsonObject{{QStringLiteral("date_histogram"), histogram},
                                                  {QStringLiteral("aggs"), inside}}}};
}

// The first event the indices hold at all (of the analytics filter, any tenant, any time):
// slots before it are not held (before the analytics began, or past the indices' retention),
// not slots without traffic. A global aggregation ignores the query; the cluster answers a
// date field's minimum from its index structures without reading the events.
QJsonObject heldSince(const Wso2Analytics &a)
{
    const QJsonObject which = a.filter.isEmpty()
                                  ? QJsonObject{{QStringLiteral("match_all"), QJsonObject()}}
                                  : QJsonObject{{QStringLiteral("query_string"),
                                                 QJsonObject{{QStringLiteral("query"), a.filter}}}};
    const QJsonObject first{
        {QStringLiteral("min"), QJsonObject{{QStringLiteral("field"), a.timeField}}}};
    const QJsonObject since{
        {QStringLiteral("filter"), which},
        {QStringLiteral("aggs"), QJsonObject{{QStringLiteral("first"), first}}}};
    return {{QStringLiteral("global"), QJsonObject()},
            {QStringLiteral("aggs"), QJsonObject{{QStringLiteral("since"), since}}}};
}

QJsonObject search(const Wso2Analytics &a, const EsScope &scope, const EsRange &range,
                   const QJsonObject &inside)
{
    QJsonObject aggs = slots(a, range, inside);
    aggs.insert(QStringLiteral("held"), heldSince(a));
    return {
        {QStringLiteral("size"), 0},
        {QStringLiteral("track_total_hits"), false},
        {QStringLiteral("query"), filtered(a, scope, range)},
        {QStringLiteral("aggs"), aggs},
    };
}

QJsonObject terms(const QString &field, int size)
{
    return {{QStringLiteral("terms"),
             QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("size"), size}}}};
}

} // namespace

double rangeEdge(double bound)
{
    return bound + 0.5;
}

QJsonObject responseSearch(const Wso2Analytics &a, const EsScope &scope, const EsRange &range)
{
    QJsonArray ranges;
    double previous = -1;
    for (double bound : protocol::LatencyHistogram::bounds()) {
        QJsonObject r{{QStringLiteral("to"), rangeEdge(bound)}};
        if (previous >= 0)
            r.insert(QStringLiteral("from"), rangeEdge(previous));
        ranges.append(r);
        previous = bound;
    }
    ranges.append(QJsonObject{{QStringLiteral("from"), rangeEdge(previous)}});
    const QJsonObject inside{
        {QStringLiteral("codes"), terms(Wso2Analytics::statusField(), kCodes)},
        {QStringLiteral("latency"),
         QJsonObject{
             {QStringLiteral("range"), QJsonObject{{QStringLiteral("field"), a.latencyField},
                                                   {QStringLiteral("ranges"), ranges}}}}},
    };
    return search(a, scope, range, inside);
}

QJsonObject faultySearch(const Wso2Analytics &a, const EsScope &scope, const EsRange &range)
{
    QJsonObject types = terms(a.keyword(Wso2Analytics::errorTypeField()), kErrorTypes);
    types.insert(
        QStringLiteral("aggs"),
        QJsonObject{{QStringLiteral("codes"), terms(Wso2Analytics::errorCodeField(), kCodes)}});
    return search(a, scope, range, {{QStringLiteral("types"), types}});
}

QString searchPath(const QString &indexPattern)
{
    // Commas and stars are allowed in a path segment; anything else is encoded.
    return QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(indexPattern, QByteArrayLiteral(",*"))) +
           QStringLiteral("/_search");
}

} // namespace lgsp::client::esquery
