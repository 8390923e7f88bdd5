#include "sandbox/storage/servicestore.h"

#include "protocol/textfold.h"
#include "protocol/timestamps.h"
#include "sandbox/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace lgsp::sandbox {

using protocol::Service;

namespace {

const QString kColumns = QStringLiteral(
    "id, code, name, version, tenant_code, protocol, definition_type, upstream_url, status, "
    "visibility, timeout_ms, rate_limit_per_min, updated_at, row_version");

Service fromRow(const QSqlQuery &q, qint64 *version)
{
    Service s;
    s.id = q.value(0).toString();
    s.code = q.value(1).toString();
    s.name = q.value(2).toString();
    s.version = q.value(3).toString();
    s.tenantCode = q.value(4).toString();
    s.protocol = q.value(5).toString();
    s.definitionType = q.value(6).toString();
    s.upstreamUrl = q.value(7).toString();
    s.status = q.value(8).toString();
    s.visibility = q.value(9).toString();
    s.timeoutMs = q.value(10).toLongLong();
    s.rateLimitPerMin = q.value(11).toLongLong();
    s.updatedAt = protocol::parseTimestamp(q.value(12).toString());
    s.gatewayPath = QStringLiteral("/gw/%1/%2").arg(s.tenantCode, s.code);
    if (version)
        *version = q.value(13).toLongLong();
    return s;
}

} // namespace

ServiceStore::ServiceStore(QSqlDatabase db)
    : m_db(db)
    , m_find(db,
             QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM services WHERE id = ?"))
    , m_consumers(db, QStringLiteral("SELECT tenant_code FROM service_consumers WHERE service_id = "
                                     "? ORDER BY tenant_code"))
{}

QString ServiceStore::idFor(const QString &tenantCode, const QString &code)
{
    return tenantCode + QLatin1Char('~') + code;
}

QString ServiceStore::etagFor(qint64 version)
{
    return makeEtag('s', version);
}

qint64 ServiceStore::versionFromEtag(const QByteArray &etag)
{
    return parseEtag('s', etag);
}

QStringList ServiceStore::consumersOf(const QString &id) const
{
    QStringList codes;
    m_consumers.run({id}, [&codes](QSqlQuery &query) {
        while (query.next())
            codes << query.value(0).toString();
    });
    return codes;
}

QString ServiceStore::missingTenant(const QStringList &codes) const
{
    for (const QString &code : codes) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT 1 FROM tenants WHERE code = ?"));
        query.addBindValue(code);
        if (!query.exec() || !query.next())
            return code;
    }
    return {};
}

protocol::ListPage<Service> ServiceStore::list(const Filter &filter, QString *error) const
{
    PagedSelect select;
    select.equals(QStringLiteral("tenant_code"), filter.tenant);
    select.equals(QStringLiteral("status"), filter.status);
    select.equals(QStringLiteral("protocol"), filter.protocol);
    select.equals(QStringLiteral("visibility"), filter.visibility);
    if (!filter.consumer.isEmpty()) {
        select.where << QStringLiteral(
            "id IN (SELECT service_id FROM service_consumers WHERE tenant_code = ?)");
        select.binds << filter.consumer;
    }
    if (!filter.visibleTo.isEmpty()) {
        select.where << QStringLiteral("(tenant_code = ? OR id IN (SELECT service_id FROM "
                                       "service_consumers WHERE tenant_code = ?))");
        select.binds << filter.visibleTo << filter.visibleTo;
    }
    select.containsWords(filter.query);
    protocol::ListPage<Service> page;
    QSqlQuery rows;
    const QString columns = QStringLiteral("SELECT ") + kColumns +
                            QStringLiteral(", (SELECT group_concat(tenant_code, ' ') FROM "
                                           "service_consumers WHERE service_id = services.id) "
                                           "FROM services");
    if (!select.count(m_db, QStringLiteral("services"), &page.total, error) ||
        !select.rows(m_db, columns, QStringLiteral("id"), filter.afterId, filter.limit, &rows,
                     error))
        return page;
    while (rows.next()) {
        if (page.items.size() == filter.limit) {
            page.nextCursor = page.items.last().id;
            break;
        }
        Service s = fromRow(rows, nullptr);
        s.consumers = rows.value(14).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        s.consumers.sort();
        page.items.append(std::move(s));
    }
    return page;
}

std::optional<ServiceStore::Stored> ServiceStore::find(const QString &id) const
{
    std::optional<Stored> stored;
    m_find.run({id}, [&stored](QSqlQuery &query) {
        if (!query.next())
            return;
        stored.emplace();
        stored->service = fromRow(query, &stored->version);
    });
    if (stored)
        stored->service.consumers = consumersOf(id);
    return stored;
}

QString ServiceStore::definition(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT definition FROM services WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool ServiceStore::writeConsumers(const QString &id, const QStringList &consumers, QString *error)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM service_consumers WHERE service_id = ?"));
    clear.addBindValue(id);
    if (!clear.exec()) {
        *error = clear.lastError().text();
        return false;
    }
    for (const QString &code : consumers) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO service_consumers (service_id, tenant_code) VALUES (?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(code);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

ServiceStore::Outcome ServiceStore::insert(const protocol::ServiceInput &in, const QString &status,
                                           Stored *out, QString *error)
{
    const QString id = idFor(in.tenantCode, in.code);
    if (find(id))
        return Outcome::AlreadyExists;
    QStringList references{in.tenantCode};
    references += in.consumers.value_or(QStringList());
    const QString missing = missingTenant(references);
    if (!missing.isEmpty()) {
        *error = missing;
        return Outcome::BadReference;
    }
    Savepoint savepoint(m_db, QStringLiteral("service_insert"));
    if (!savepoint.isOpen()) {
        *error = m_db.lastError().text();
        return Outcome::Failed;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO services (id, code, name, name_folded, version, tenant_code, protocol, "
        "definition_type, upstream_url, status, visibility, timeout_ms, rate_limit_per_min, "
        "definition, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{
             id, in.code, in.name, protocol::foldForSearch(in.code + QLatin1Char(' ') + in.name),
             sqlText(in.version), in.tenantCode, in.protocol, in.definitionType, in.upstreamUrl,
             status, in.visibility, in.timeoutMs.value_or(10000), in.rateLimitPerMin.value_or(600),
             sqlText(in.definition), protocol::formatTimestamp(QDateTime::currentDateTimeUtc())}) {
        query.addBindValue(v);
    }
    if (!query.exec() || !writeConsumers(id, in.consumers.value_or(QStringList()), error) ||
        !savepoint.release()) {
        if (error->isEmpty())
            *error = query.lastError().text();
        return Outcome::Failed;
    }
    *out = *find(id);
    return Outcome::Ok;
}

ServiceStore::Outcome ServiceStore::update(const QString &id, const protocol::ServiceInput &in,
                                           qint64 expectedVersion, Stored *out, QString *error,
                                           bool replace)
{
    const std::optional<Stored> current = find(id);
    if (!current)
        return Outcome::NotFound;
    if (current->version != expectedVersion)
        return Outcome::StaleVersion;
    if (in.consumers) {
        const QString missing = missingTenant(*in.consumers);
        if (!missing.isEmpty()) {
            *error = missing;
            return Outcome::BadReference;
        }
    }
    const Service &s = current->service;
    auto pick = [](const QString &given, const QString &old) {
        return given.isEmpty() ? old : given;
    };
    const QString name = pick(in.name, s.name);
    Savepoint savepoint(m_db, QStringLiteral("service_update"));
    if (!savepoint.isOpen()) {
        *error = m_db.lastError().text();
        return Outcome::Failed;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE services SET name = ?, name_folded = ?, version = ?, protocol = ?, "
        "definition_type = ?, upstream_url = ?, visibility = ?, timeout_ms = ?, "
        "rate_limit_per_min = ?, definition = CASE WHEN ? THEN ? ELSE definition END, "
        "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant &v : QVariantList{
             name, protocol::foldForSearch(s.code + QLatin1Char(' ') + name),
             pick(in.version, s.version), pick(in.protocol, s.protocol),
             pick(in.definitionType, s.definitionType), pick(in.upstreamUrl, s.upstreamUrl),
             pick(in.visibility, s.visibility), in.timeoutMs.value_or(s.timeoutMs),
             in.rateLimitPerMin.value_or(s.rateLimitPerMin), replace || !in.definition.isEmpty(),
             sqlText(in.definition), protocol::formatTimestamp(QDateTime::currentDateTimeUtc()), id,
             expectedVersion}) {
        query.addBindValue(v);
    }
    if (!query.exec() || query.numRowsAffected() != 1) {
        if (query.lastError().isValid()) {
            *error = query.lastError().text();
            return Outcome::Failed;
        }
        return Outcome::StaleVersion;
    }
    if ((in.consumers && !writeConsumers(id, *in.consumers, error)) || !savepoint.release())
        return Outcome::Failed;
    *out = *find(id);
    return Outcome::Ok;
}

ServiceStore::Outcome ServiceStore::setStatus(const QString &id, const QString &status,
                                              qint64 expectedVersion, Stored *out, QString *error)
{
    const std::optional<Stored> current = find(id);
    if (!current)
        return Outcome::NotFound;
    if (expectedVersion != 0 && current->version != expectedVersion)
        return Outcome::StaleVersion;
    switch (updateStatusRow(m_db, QStringLiteral("services"), QStringLiteral("id"),
                            QStringLiteral("row_version"), id, status, current->version, error)) {
    case RowWrite::Failed:
        return Outcome::Failed;
    case RowWrite::Stale:
        return Outcome::StaleVersion;
    case RowWrite::Ok:
        break;
    }
    *out = *find(id);
    return Outcome::Ok;
}

void ServiceStore::rebaseDemoUpstreams(const QString &baseUrl)
{
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT id, code, upstream_url FROM services")))
        return;
    QList<QPair<QString, QString>> changes;
    while (select.next()) {
        const QUrl url(select.value(2).toString());
        const bool demo = (url.host() == QLatin1String("127.0.0.1") ||
                           url.host() == QLatin1String("localhost")) &&
                          url.path().startsWith(QLatin1String("/upstream/"));
        const QString wanted = baseUrl + url.path();
        if (demo && select.value(2).toString() != wanted)
            changes.append({select.value(0).toString(), wanted});
    }
    for (const auto &change : changes) {
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral("UPDATE services SET upstream_url = ? WHERE id = ?"));
        update.addBindValue(change.second);
        update.addBindValue(change.first);
        update.exec();
    }
}

} // namespace lgsp::sandbox
