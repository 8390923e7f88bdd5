#pragma once

#include "protocol/listpage.h"
#include "protocol/service.h"
#include "sandbox/storage/preparedquery.h"

#include <QSqlDatabase>

#include <optional>

namespace lgsp::sandbox {

// Services, their consumers and definitions in SQLite. A service's id is
// "<provider tenant code>~<service code>": stable, unique and URL-safe.
class ServiceStore final
{
public:
    explicit ServiceStore(QSqlDatabase db);

    struct Filter
    {
        QString tenant;   // provider
        QString consumer; // allowed to call it
        QString status;
        QString protocol;
        QString visibility;
        QString query;     // folded words
        QString visibleTo; // tenant-scoped callers: services they provide or consume
        int limit = 50;
        QString afterId;
    };
    struct Stored
    {
        protocol::Service service;
        qint64 version = 0;
    };
    enum class Outcome { Ok, NotFound, AlreadyExists, StaleVersion, BadReference, Failed };

    static QString idFor(const QString &tenantCode, const QString &code);

    protocol::ListPage<protocol::Service> list(const Filter &filter, QString *error) const;
    std::optional<Stored> find(const QString &id) const;
    // The definition text; empty when the service has none.
    QString definition(const QString &id) const;
    // *error names the missing tenant for BadReference.
    Outcome insert(const protocol::ServiceInput &input, const QString &status, Stored *out,
                   QString *error);
    // `replace`: empty input fields are written as empty (a config apply); otherwise they keep
    // the stored value (a PATCH).
    Outcome update(const QString &id, const protocol::ServiceInput &input, qint64 expectedVersion,
                   Stored *out, QString *error, bool replace = false);
    Outcome setStatus(const QString &id, const QString &status, qint64 expectedVersion, Stored *out,
                      QString *error);
    // Points the upstream of every service at `url` + "/upstream/<code>" when it is one of
    // the sandbox's own demo upstreams (after a restart on another port).
    void rebaseDemoUpstreams(const QString &baseUrl);

    static QString etagFor(qint64 version);
    static qint64 versionFromEtag(const QByteArray &etag);

private:
    bool writeConsumers(const QString &id, const QStringList &consumers, QString *error);
    QStringList consumersOf(const QString &id) const;
    QString missingTenant(const QStringList &codes) const;

    QSqlDatabase m_db;
    // The gateway's lookups, run for every call.
    mutable PreparedQuery m_find;
    mutable PreparedQuery m_consumers;
};

} // namespace lgsp::sandbox
