#pragma once

#include "protocol/listpage.h"
#include "protocol/tenant.h"

#include <QSqlDatabase>

#include <optional>

namespace lgsp::sandbox {

// Tenants in SQLite. Every row carries a version that is its ETag; updates name the version
// they were based on and fail when it is stale.
class TenantStore final
{
public:
    explicit TenantStore(QSqlDatabase db);

    struct Filter
    {
        QString status;
        QString kind;
        QString query;      // diacritic-insensitive words, all must match
        QString onlyTenant; // tenant-scoped callers see only their own
        int limit = 50;
        QString afterCode; // keyset cursor
    };
    struct Stored
    {
        protocol::Tenant tenant;
        qint64 version = 0;
    };

    enum class Outcome { Ok, NotFound, AlreadyExists, StaleVersion, Failed };

    protocol::ListPage<protocol::Tenant> list(const Filter &filter, QString *error) const;
    std::optional<Stored> find(const QString &code) const;
    Outcome insert(const protocol::TenantInput &input, bool codeVerified, Stored *out,
                   QString *error);
    // `replace`: empty input fields are written as empty (a config apply); otherwise they keep
    // the stored value (a PATCH).
    Outcome update(const QString &code, const protocol::TenantInput &input, qint64 expectedVersion,
                   Stored *out, QString *error, bool replace = false);
    // expectedVersion 0: no precondition.
    Outcome setStatus(const QString &code, const QString &status, qint64 expectedVersion,
                      Stored *out, QString *error);

    static QString etagFor(qint64 version);
    // Parses an If-Match value produced by etagFor(); 0 when it is not one of ours.
    static qint64 versionFromEtag(const QByteArray &etag);

private:
    QSqlDatabase m_db;
};

} // namespace lgsp::sandbox
