#include "sandbox/storage/tenantstore.h"

#include "protocol/agencycode.h"
#include "protocol/textfold.h"
#include "protocol/timestamps.h"
#include "sandbox/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace lgsp::sandbox {

using protocol::Tenant;

namespace {

const QString kColumns = QStringLiteral(
    "code, name, name_en, kind, status, ndxp_member_id, contact_name, contact_email, "
    "contact_phone, code_verified, created_at, updated_at, version, "
    "(SELECT count(*) FROM services s WHERE s.tenant_code = tenants.code), "
    "(SELECT count(DISTINCT c.tenant_code) FROM service_consumers c JOIN services s "
    "ON s.id = c.service_id WHERE s.tenant_code = tenants.code)");

TenantStore::Stored fromRow(const QSqlQuery &q)
{
    TenantStore::Stored s;
    Tenant &t = s.tenant;
    t.code = q.value(0).toString();
    t.name = q.value(1).toString();
    t.nameEn = q.value(2).toString();
    t.kind = q.value(3).toString();
    t.status = q.value(4).toString();
    t.ndxpMemberId = q.value(5).toString();
    t.contactName = q.value(6).toString();
    t.contactEmail = q.value(7).toString();
    t.contactPhone = q.value(8).toString();
    t.codeVerified = q.value(9).toBool();
    t.createdAt = protocol::parseTimestamp(q.value(10).toString());
    t.updatedAt = protocol::parseTimestamp(q.value(11).toString());
    s.version = q.value(12).toLongLong();
    t.serviceCount = q.value(13).toLongLong();
    t.consumerCount = q.value(14).toLongLong();
    return s;
}

QString folded(const QString &code, const QString &name, const QString &nameEn)
{
    return protocol::foldForSearch(code + QLatin1Char(' ') + name + QLatin1Char(' ') + nameEn);
}

} // namespace

TenantStore::TenantStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString TenantStore::etagFor(qint64 version)
{
    return makeEtag('t', version);
}

qint64 TenantStore::versionFromEtag(const QByteArray &etag)
{
    return parseEtag('t', etag);
}

protocol::ListPage<Tenant> TenantStore::list(const Filter &filter, QString *error) const
{
    PagedSelect select;
    select.equals(QStringLiteral("status"), filter.status);
    select.equals(QStringLiteral("kind"), filter.kind);
    select.equals(QStringLiteral("code"), filter.onlyTenant);
    select.containsWords(filter.query);
    protocol::ListPage<Tenant> page;
    QSqlQuery rows;
    if (!select.count(m_db, QStringLiteral("tenants"), &page.total, error) ||
        !select.rows(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM tenants"),
                     QStringLiteral("code"), filter.afterCode, filter.limit, &rows, error))
        return page;
    while (rows.next()) {
        if (page.items.size() == filter.limit) {
            page.nextCursor = page.items.last().code;
            break;
        }
        page.items.append(fromRow(rows).tenant);
    }
    return page;
}

std::optional<TenantStore::Stored> TenantStore::find(const QString &code) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + kColumns +
                  QStringLiteral(" FROM tenants WHERE code = ?"));
    query.addBindValue(code);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

TenantStore::Outcome TenantStore::insert(const protocol::TenantInput &in, bool codeVerified,
                                         Stored *out, QString *error)
{
    if (find(in.code))
        return Outcome::AlreadyExists;
    const QString now = protocol::formatTimestamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO tenants (code, name, name_en, name_folded, kind, "
                                 "status, ndxp_member_id, contact_name, contact_email, "
                                 "contact_phone, code_verified, created_at, updated_at) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         QVariantList{in.code, in.name, sqlText(in.nameEn), folded(in.code, in.name, in.nameEn),
                      in.kind, in.status, protocol::ndxpMemberId(in.code, QStringLiteral("lgsp")),
                      sqlText(in.contactName), sqlText(in.contactEmail), sqlText(in.contactPhone),
                      codeVerified, now, now}) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return Outcome::Failed;
    }
    *out = *find(in.code);
    return Outcome::Ok;
}

TenantStore::Outcome TenantStore::update(const QString &code, const protocol::TenantInput &in,
                                         qint64 expectedVersion, Stored *out, QString *error,
                                         bool replace)
{
    const std::optional<Stored> current = find(code);
    if (!current)
        return Outcome::NotFound;
    if (current->version != expectedVersion)
        return Outcome::StaleVersion;
    const Tenant &t = current->tenant;
    const QString name = in.name.isEmpty() ? t.name : in.name;
    const QString nameEn = in.nameEn.isEmpty() && !replace ? t.nameEn : in.nameEn;
    auto pick = [replace](const QString &given, const QString &old) {
        return given.isEmpty() && !replace ? old : given;
    };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE tenants SET name = ?, name_en = ?, name_folded = ?, kind = ?, contact_name = ?, "
        "contact_email = ?, contact_phone = ?, updated_at = ?, version = version + 1 "
        "WHERE code = ? AND version = ?"));
    for (const QVariant &v : QVariantList{
             name, sqlText(nameEn), folded(code, name, nameEn),
             in.kind.isEmpty() ? t.kind : in.kind, sqlText(pick(in.contactName, t.contactName)),
             sqlText(pick(in.contactEmail, t.contactEmail)),
             sqlText(pick(in.contactPhone, t.contactPhone)),
             protocol::formatTimestamp(QDateTime::currentDateTimeUtc()), code, expectedVersion}) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return Outcome::Failed;
    }
    if (query.numRowsAffected() != 1)
        return Outcome::StaleVersion;
    *out = *find(code);
    return Outcome::Ok;
}

TenantStore::Outcome TenantStore::setStatus(const QString &code, const QString &status,
                                            qint64 expectedVersion, Stored *out, QString *error)
{
    const std::optional<Stored> current = find(code);
    if (!current)
        return Outcome::NotFound;
    if (expectedVersion != 0 && current->version != expectedVersion)
        return Outcome::StaleVersion;
    switch (updateStatusRow(m_db, QStringLiteral("tenants"), QStringLiteral("code"),
                            QStringLiteral("version"), code, status, current->version, error)) {
    case RowWrite::Failed:
        return Outcome::Failed;
    case RowWrite::Stale:
        return Outcome::StaleVersion;
    case RowWrite::Ok:
        break;
    }
    *out = *find(code);
    return Outcome::Ok;
}

} // namespace lgsp::sandbox
