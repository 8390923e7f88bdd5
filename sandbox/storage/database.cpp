#include "sandbox/storage/database.h"

#include "protocol/textfold.h"
#include "protocol/timestamps.h"
#include "sandbox/logging.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lgsp::sandbox {

namespace {

// Each entry migrates the schema from version i to i + 1. Never edit a released entry:
// append a new one.
const char *const kMigrations[] = {
    // 1: tenants, credentials, audit log, instance metadata
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE tenants (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    name_folded TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ministry','province','agency')),
    status TEXT NOT NULL CHECK (status IN ('trial','active','suspended','closed')),
    ndxp_member_id TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    code_verified INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE credentials (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('client','apikey')),
    name TEXT NOT NULL,
    secret_salt BLOB NOT NULL,
    secret_hash BLOB NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('operator','tenant-admin','viewer')),
    tenant_code TEXT,
    created_at TEXT NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    credential_id TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    tenant_code TEXT,
    outcome TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_at ON audit (at);
)sql",
    // 2: services, their consumers and definitions
    R"sql(
CREATE TABLE services (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    version TEXT NOT NULL,
    tenant_code TEXT NOT NULL REFERENCES tenants (code),
    protocol TEXT NOT NULL CHECK (protocol IN ('REST','SOAP')),
    definition_type TEXT NOT NULL,
    upstream_url TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft','published','deprecated','retired')),
    visibility TEXT NOT NULL CHECK (visibility IN ('tenant','instance','ndxp')),
    timeout_ms INTEGER NOT NULL,
    rate_limit_per_min INTEGER NOT NULL,
    definition TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (tenant_code, code)
);
CREATE INDEX services_tenant ON services (tenant_code);
CREATE TABLE service_consumers (
    service_id TEXT NOT NULL REFERENCES services (id) ON DELETE CASCADE,
    tenant_code TEXT NOT NULL REFERENCES tenants (code),
    PRIMARY KEY (service_id, tenant_code)
);
CREATE INDEX service_consumers_tenant ON service_consumers (tenant_code);
)sql",
    // 3: the transaction log and per-second / per-minute metrics
    R"sql(
CREATE TABLE transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms INTEGER NOT NULL,
    consumer TEXT NOT NULL,
    tenant_code TEXT NOT NULL,
    service_id TEXT NOT NULL,
    status INTEGER NOT NULL,
    latency_ms REAL NOT NULL,
    error_code TEXT NOT NULL,
    correlation_id TEXT NOT NULL
);
CREATE INDEX transactions_at ON transactions (at_ms);
CREATE TABLE metrics_1s (
    t INTEGER NOT NULL,
    tenant_code TEXT NOT NULL,
    service_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    errors_by_code TEXT NOT NULL,
    histogram TEXT NOT NULL,
    PRIMARY KEY (t, service_id)
);
CREATE TABLE metrics_1m (
    t INTEGER NOT NULL,
    tenant_code TEXT NOT NULL,
    service_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    errors_by_code TEXT NOT NULL,
    histogram TEXT NOT NULL,
    PRIMARY KEY (t, service_id)
);
)sql",
    // 4: the configuration revision, raised by every change to tenants and services
    R"sql(
INSERT OR IGNORE INTO meta (key, value) VALUES ('revision', '1');
CREATE TRIGGER revision_tenants_insert AFTER INSERT ON tenants BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_tenants_update AFTER UPDATE ON tenants BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_services_insert AFTER INSERT ON services BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_services_update AFTER UPDATE ON services BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_consumers_insert AFTER INSERT ON service_consumers BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
CREATE TRIGGER revision_consumers_delete AFTER DELETE ON service_consumers BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision';
END;
)sql",
    // 5: when traffic recording began: no metrics exist before it (not even zeros)
    R"sql(
INSERT OR IGNORE INTO meta (key, value) VALUES ('recording_since', CAST(strftime('%s', 'now') AS TEXT));
)sql",
    // 6: per-hour metrics, kept 400 days, for reports over months and years; a database
    // recording before this has no hours before it (missing, not zero)
    R"sql(
CREATE TABLE metrics_1h (
    t INTEGER NOT NULL,
    tenant_code TEXT NOT NULL,
    service_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    errors_by_code TEXT NOT NULL,
    histogram TEXT NOT NULL,
    PRIMARY KEY (t, service_id)
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('hourly_since', CAST(strftime('%s', 'now') AS TEXT));
)sql",
    // 7: calls per hour by service and consumer, kept 400 days, for a report's top consumers
    // of each service
    R"sql(
CREATE TABLE metrics_consumers_1h (
    t INTEGER NOT NULL,
    tenant_code TEXT NOT NULL,
    service_id TEXT NOT NULL,
    consumer TEXT NOT NULL,
    count INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    PRIMARY KEY (t, service_id, consumer)
);
)sql",
};

// Splits a script on the semicolons between statements, not those inside a trigger's
// BEGIN … END body.
QStringList splitStatements(const QString &script)
{
    static const QRegularExpression token(QStringLiteral("\\b(BEGIN|END)\\b|;"),
                                          QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    int depth = 0;
    qsizetype start = 0;
    for (auto it = token.globalMatch(script); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString word = m.captured(0).toUpper();
        if (word == QLatin1String("BEGIN")) {
            ++depth;
        } else if (word == QLatin1String("END")) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            statements << script.mid(start, m.capturedStart() - start);
            start = m.capturedEnd();
        }
    }
    statements << script.mid(start);
    return statements;
}

bool execScript(QSqlDatabase db, const QString &script, QString *error)
{
    const QStringList statements = splitStatements(script);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

QString sqlContainsPattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

void PagedSelect::equals(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return;
    where << column + QStringLiteral(" = ?");
    binds << value;
}

void PagedSelect::containsWords(const QString &query)
{
    const QStringList words =
        protocol::foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        where << QStringLiteral("name_folded LIKE ? ESCAPE '\\'");
        binds << sqlContainsPattern(word);
    }
}

QString PagedSelect::whereSql(const QStringList &extra) const
{
    const QStringList all = where + extra;
    return all.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

bool PagedSelect::count(QSqlDatabase db, const QString &table, qint64 *total, QString *error) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM ") + table + whereSql({}));
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *total = query.value(0).toLongLong();
    return true;
}

bool PagedSelect::rows(QSqlDatabase db, const QString &select, const QString &keyColumn,
                       const QString &afterKey, int limit, QSqlQuery *query, QString *error) const
{
    const QStringList extra =
        afterKey.isEmpty() ? QStringList() : QStringList{keyColumn + QStringLiteral(" > ?")};
    *query = QSqlQuery(db);
    query->setForwardOnly(true);
    query->prepare(select + whereSql(extra) + QStringLiteral(" ORDER BY ") + keyColumn +
                   QStringLiteral(" LIMIT ?"));
    for (const QVariant &b : binds)
        query->addBindValue(b);
    if (!afterKey.isEmpty())
        query->addBindValue(afterKey);
    query->addBindValue(limit + 1);
    if (!query->exec()) {
        *error = query->lastError().text();
        return false;
    }
    return true;
}

QString makeEtag(char kind, qint64 version)
{
    return QStringLiteral("\"%1%2\"").arg(QLatin1Char(kind)).arg(version);
}

qint64 parseEtag(char kind, const QByteArray &etag)
{
    QByteArray value = etag.trimmed();
    if (value.startsWith("W/"))
        value = value.mid(2);
    if (value.size() < 4 || value.at(0) != '"' || value.at(1) != kind || !value.endsWith('"'))
        return 0;
    bool ok = false;
    const qint64 version = value.mid(2, value.size() - 3).toLongLong(&ok);
    return ok ? version : 0;
}

Savepoint::Savepoint(QSqlDatabase db, const QString &name)
    : m_db(std::move(db))
    , m_name(name)
{
    m_open = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_name);
}

Savepoint::~Savepoint()
{
    if (m_open)
        rollback();
}

bool Savepoint::release()
{
    if (!m_open)
        return false;
    m_open = false;
    return QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name);
}

void Savepoint::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO ") + m_name);
    QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name);
}

RowWrite updateStatusRow(QSqlDatabase db, const QString &table, const QString &keyColumn,
                         const QString &versionColumn, const QString &key, const QString &status,
                         qint64 version, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE %1 SET status = ?, updated_at = ?, %3 = %3 + 1 "
                                 "WHERE %2 = ? AND %3 = ?")
                      .arg(table, keyColumn, versionColumn));
    query.addBindValue(status);
    query.addBindValue(protocol::formatTimestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(key);
    query.addBindValue(version);
    if (!query.exec()) {
        *error = query.lastError().text();
        return RowWrite::Failed;
    }
    return query.numRowsAffected() == 1 ? RowWrite::Ok : RowWrite::Stale;
}

qint64 configRevision(QSqlDatabase db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'revision'")) &&
                   query.next()
               ? query.value(0).toLongLong()
               : 0;
}

Database::Database()
    : m_connectionName(QStringLiteral("sandbox-") + QUuid::createUuid().toString())
{}

Database::~Database()
{
    {
        QSqlDatabase db = handle();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

bool Database::open(const QString &dataDir, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        *error = QStringLiteral("the Qt SQLite driver (QSQLITE) is not available");
        return false;
    }
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("lgsp-sandbox.sqlite")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery pragma(db);
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          // Reads from memory: listing 100,000 services page by page otherwise spends a
          // tenth of its time in read() system calls for pages SQLite dropped from its cache.
          "PRAGMA cache_size=-65536", "PRAGMA mmap_size=268435456"}) {
        if (!pragma.exec(QString::fromLatin1(statement))) {
            *error = pragma.lastError().text();
            return false;
        }
    }
    return migrate(error);
}

int Database::schemaVersion() const
{
    QSqlQuery query(handle());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        *error = QStringLiteral("cannot read the schema version");
        return false;
    }
    if (current > latestSchemaVersion()) {
        *error = QStringLiteral("the database has schema version %1, newer than this sandbox "
                                "(%2); refusing to touch it")
                     .arg(current)
                     .arg(latestSchemaVersion());
        return false;
    }
    QSqlDatabase db = handle();
    for (int version = current; version < latestSchemaVersion(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QString stepError;
        const bool ok =
            execScript(db, QString::fromUtf8(kMigrations[version]), &stepError) &&
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!ok || !db.commit()) {
            db.rollback();
            *error = QStringLiteral("migration to schema %1 failed: %2")
                         .arg(version + 1)
                         .arg(stepError.isEmpty() ? db.lastError().text() : stepError);
            return false;
        }
        qCInfo(lcSandbox) << "database migrated to schema version" << version + 1;
    }
    return true;
}

bool Database::isHealthy(qint64 *tenants, QString *error) const
{
    QSqlQuery query(handle());
    if (query.exec(QStringLiteral("SELECT count(*) FROM tenants")) && query.next()) {
        *tenants = query.value(0).toLongLong();
        return true;
    }
    *error = query.lastError().text();
    return false;
}

} // namespace lgsp::sandbox
