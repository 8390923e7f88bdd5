#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace lgsp::sandbox {

// SQLite stores a null QString as NULL; bind text for NOT NULL columns through this.
inline QString sqlText(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// A LIKE pattern that finds `word` anywhere; %, _ and \ in the word are data, never
// wildcards. Use with ESCAPE '\'.
QString sqlContainsPattern(const QString &word);

// A filtered, keyset-paged list: conditions with their bound values, the total count, then
// up to limit + 1 rows after a key (the extra row tells there is a next page).
struct PagedSelect
{
    QStringList where;
    QVariantList binds;

    void equals(const QString &column, const QString &value); // skipped when value is empty
    void containsWords(const QString &query);                 // folded search on name_folded
    bool count(QSqlDatabase db, const QString &table, qint64 *total, QString *error) const;
    // `select` is "SELECT <columns> FROM <table>"; rows come ordered by `keyColumn`.
    bool rows(QSqlDatabase db, const QString &select, const QString &keyColumn,
              const QString &afterKey, int limit, QSqlQuery *query, QString *error) const;

private:
    QString whereSql(const QStringList &extra) const;
};

// Row versions travel as strong ETags: "t7" for a tenant at version 7, "s3" for a service.
QString makeEtag(char kind, qint64 version);
// 0 when the value is not an ETag of that kind.
qint64 parseEtag(char kind, const QByteArray &etag);

// The sandbox's SQLite database (WAL mode) with versioned schema migrations. Admin mutations
// commit with synchronous=FULL, so an acknowledged change survives a crash or kill -9.
// A nestable transaction (SQLite SAVEPOINT): released explicitly, rolled back otherwise.
class Savepoint final
{
public:
    Savepoint(QSqlDatabase db, const QString &name);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    bool isOpen() const { return m_open; }
    bool release();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_open = false;
};

// Sets a row's lifecycle status if it is still at `version`, raising the version:
// UPDATE <table> SET status, updated_at, <versionColumn> + 1 WHERE <keyColumn> AND version.
enum class RowWrite { Ok, Stale, Failed };
RowWrite updateStatusRow(QSqlDatabase db, const QString &table, const QString &keyColumn,
                         const QString &versionColumn, const QString &key, const QString &status,
                         qint64 version, QString *error);

// The configuration revision: raised by every change to tenants, services and consumers.
qint64 configRevision(QSqlDatabase db);

class Database final
{
public:
    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Opens (creating if needed) DIR/lgsp-sandbox.sqlite and migrates it to the current
    // schema. On failure returns false with the reason in *error.
    bool open(const QString &dataDir, QString *error);
    QSqlDatabase handle() const { return QSqlDatabase::database(m_connectionName); }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // True when a trivial query succeeds (the health check).
    bool isHealthy(qint64 *tenants, QString *error) const;

private:
    bool migrate(QString *error);

    QString m_connectionName;
};

} // namespace lgsp::sandbox
