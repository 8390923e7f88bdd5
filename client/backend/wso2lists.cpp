// Wso2ApimBackend: the paged lists (tenants, services) and the lookups built on them.
#include "client/backend/wso2apimbackend.h"

#include "client/backend/wso2codec.h"

#include <memory>

namespace lgsp::client {

namespace {

using wso2::kApiView;
using wso2::kCatalog;
using wso2::kCatalogView;
using wso2::kPublisher;

constexpr int kDefaultLimit = 25;
constexpr int kMaxLimit = 500;

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

template<typename T>
struct Decoded
{
    wso2::Page page;
    QList<T> items;
};

// One answer of a list call: its envelope and items, or the error (the server's, or what in
// the body is wrong).
template<typename T, typename Convert>
std::optional<Decoded<T>> decodePage(const Result<QJsonObject> &r, qint64 offset, Convert convert,
                                     ClientError *error)
{
    if (!r.ok()) {
        *error = r.error;
        return std::nullopt;
    }
    QString problem;
    const std::optional<wso2::Page> page = wso2::readPage(r.value, offset, &problem);
    std::optional<QList<T>> items;
    if (page)
        items = convertAll<T>(page->list, convert, &problem);
    if (!items) {
        *error = protocolError(problem);
        return std::nullopt;
    }
    return Decoded<T>{*page, std::move(*items)};
}

bool matchesEverything(const ServiceQuery &q)
{
    return q.text.isEmpty() && q.tenant.isEmpty() && q.status.isEmpty() && q.protocol.isEmpty();
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
        ClientError error;
        const std::optional<Decoded<protocol::Tenant>> decoded =
            decodePage<protocol::Tenant>(**pageResult, c.offset, &wso2::tenantFrom, &error);
        if (!decoded) {
            done(failure<Page>(error));
            return;
        }
        const wso2::Page *page = &decoded->page;
        QList<protocol::Tenant> items = decoded->items;
        // WSO2 lists carbon.super among the active tenants once there are others (and not
        // when it is alone): it is shown once, as the operator, first.
        const qsizetype before = items.size();
        items.removeIf(
            [](const protocol::Tenant &t) { return t.code == QLatin1String(wso2::kSuperTenant); });
        const bool listedSuper = items.size() < before;
        Result<Page> result;
        qint64 total = c.total;
        if (first) {
            const bool active = c.source == QLatin1String("active");
            total = page->total + (active && !listedSuper ? 1 : 0) +
                    (wantActive && wantInactive ? inactiveTotal->value_or(0) : 0);
            if (active)
                result.value.items.append(wso2::operatorTenant());
        }
        result.value.items += items;
        result.value.total = total;
        if (page->hasNext)
            result.value.nextCursor =
                Cursor{c.source, page->offset + page->list.size(), total}.toString();
        else if (c.source == QLatin1String("active") && wantInactive &&
                 (!first || inactiveTotal->value_or(0) > 0)) // then the inactive ones
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
    if (!query.consumer.isEmpty()) {
        unsupported(context, std::move(done), ClientError::tr("list of who may call a service"));
        return;
    }
    if (query.cursor.isEmpty() && !matchesEverything(query)) {
        // WSO2 filters none of these: walk the listing here and answer with the matches, so
        // counts ("…and 12 more") stay true.
        filteredServices(query, context, std::move(done));
        return;
    }
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
    const QString tenant = catalogTenant();
    auto finish = [=, c = *cursor]() {
        if (!pageResult->has_value() || (first && !*apiTotal))
            return;
        ClientError error;
        std::optional<Decoded<protocol::Service>> decoded = decodePage<protocol::Service>(
            **pageResult, c.offset, catalog ? &wso2::catalogServiceFrom : &wso2::apiFrom, &error);
        if (!decoded) {
            done(failure<Page>(error));
            return;
        }
        const wso2::Page *page = &decoded->page;
        QList<protocol::Service> *items = &decoded->items;
        Result<Page> result;
        const qint64 total = first ? page->total + apiTotal->value_or(0) : c.total;
        for (protocol::Service &s : *items) {
            s.timeoutMs = 0; // WSO2 keeps these in throttling policies, not on the service
            s.rateLimitPerMin = 0;
            if (catalog) // the catalog of the signed-in user's tenant
                s.tenantCode = tenant;
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

void Wso2ApimBackend::filteredServices(const ServiceQuery &query, QObject *context,
                                       Handler<protocol::ListPage<protocol::Service>> done)
{
    auto matched = std::make_shared<protocol::ListPage<protocol::Service>>();
    ServiceQuery everything;
    everything.limit = 100;
    allServices(everything, context,
                [query, matched, done](const Result<protocol::ListPage<protocol::Service>> &page,
                                       bool last) {
                    if (!page.ok()) {
                        done(failure<protocol::ListPage<protocol::Service>>(page.error));
                        return;
                    }
                    for (const protocol::Service &s : page.value.items) {
                        if (!matches(s, query))
                            continue;
                        ++matched->total;
                        if (query.limit <= 0 || matched->items.size() < query.limit)
                            matched->items.append(s);
                    }
                    if (last) {
                        Result<protocol::ListPage<protocol::Service>> result;
                        result.value = *matched;
                        done(result);
                    }
                });
}

} // namespace lgsp::client
