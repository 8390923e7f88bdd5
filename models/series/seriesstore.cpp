#include "models/series/seriesstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lgsp::models {

namespace {

constexpr int kSchema = 2; // 2: gaps

// Text columns are NOT NULL; an empty QString can be null, which SQLite stores as NULL.
QString text(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QStringLiteral("") : QString::fromLatin1(bytes);
}

} // namespace

SeriesStore::SeriesStore()
    : m_connection(QStringLiteral("lgsp-series-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SeriesStore::~SeriesStore()
{
    close();
}

bool SeriesStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection).isOpen();
}

void SeriesStore::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SeriesStore::open(const QString &path, QString *error)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = tr("Cannot open the chart history %1: %2")
                         .arg(QDir::toNativeSeparators(path), db.lastError().text());
        } else {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            q.exec(QStringLiteral("PRAGMA user_version"));
            const int version = q.next() ? q.value(0).toInt() : -1;
            const bool created =
                q.exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS buckets (series TEXT NOT NULL, t INTEGER NOT "
                    "NULL, count INTEGER NOT NULL, errors INTEGER NOT NULL, codes TEXT NOT "
                    "NULL, histogram TEXT NOT NULL, PRIMARY KEY (series, t)) WITHOUT ROWID")) &&
                q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS buckets_t ON buckets (t)")) &&
                q.exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS gaps (series TEXT NOT NULL, from_t INTEGER NOT "
                    "NULL, to_t INTEGER NOT NULL, reason INTEGER NOT NULL, PRIMARY KEY "
                    "(series, from_t)) WITHOUT ROWID"));
            if (!created || version < 0 || version > kSchema) {
                *error = tr("%1 is not a chart history of this version of the console; it is "
                            "left as it is.")
                             .arg(QDir::toNativeSeparators(path));
            } else {
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchema));
                return true;
            }
        }
    }
    close();
    return false;
}

bool SeriesStore::save(const QString &series, const QList<protocol::MetricsBucket> &buckets,
                       QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.isOpen() || !db.transaction()) {
        *error = tr("The chart history is not open.");
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO buckets VALUES (?, ?, ?, ?, ?, ?)"));
    for (const protocol::MetricsBucket &b : buckets) {
        q.addBindValue(series);
        q.addBindValue(b.t);
        q.addBindValue(b.count);
        q.addBindValue(b.errors);
        q.addBindValue(text(b.errorsCompact()));
        q.addBindValue(text(b.histogram.toCompact()));
        if (!q.exec()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool SeriesStore::saveGap(const QString &series, const TrafficGap &gap, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO gaps VALUES (?, ?, ?, ?)"));
    q.addBindValue(series);
    q.addBindValue(gap.from);
    q.addBindValue(gap.to);
    q.addBindValue(int(gap.reason));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool SeriesStore::removeGap(const QString &series, qint64 from)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM gaps WHERE series = ? AND from_t = ?"));
    q.addBindValue(series);
    q.addBindValue(from);
    return q.exec();
}

QList<TrafficGap> SeriesStore::loadGaps(const QString &series, qint64 from, qint64 to) const
{
    QList<TrafficGap> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT from_t, to_t, reason FROM gaps WHERE series = ? AND to_t > ? "
                             "AND from_t < ? ORDER BY from_t"));
    q.addBindValue(series);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return out;
    while (q.next()) {
        const int reason = q.value(2).toInt();
        if (reason < 0 || reason > int(TrafficGap::Reason::Reconnecting))
            continue;
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), TrafficGap::Reason(reason)});
    }
    return out;
}

QList<protocol::MetricsBucket> SeriesStore::load(const QString &series, qint64 from,
                                                 qint64 to) const
{
    QList<protocol::MetricsBucket> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t, count, errors, codes, histogram FROM buckets WHERE "
                             "series = ? AND t >= ? AND t < ? ORDER BY t"));
    q.addBindValue(series);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return out;
    while (q.next()) {
        protocol::MetricsBucket b;
        b.t = q.value(0).toLongLong();
        b.count = q.value(1).toLongLong();
        b.errors = q.value(2).toLongLong();
        b.setErrorsCompact(q.value(3).toString().toLatin1());
        b.histogram = protocol::LatencyHistogram::fromCompact(q.value(4).toString().toLatin1());
        out.append(b);
    }
    return out;
}

qint64 SeriesStore::fileBytes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
        return 0;
    const qint64 pages = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next())
        return 0;
    return pages * q.value(0).toLongLong();
}

qint64 SeriesStore::prune(qint64 now, qint64 retentionSeconds, qint64 maxBytes)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.isOpen())
        return 0;
    QSqlQuery q(db);
    qint64 removed = 0;
    q.prepare(QStringLiteral("DELETE FROM buckets WHERE t < ?"));
    q.addBindValue(now - retentionSeconds);
    if (q.exec())
        removed += q.numRowsAffected();
    q.prepare(QStringLiteral("DELETE FROM gaps WHERE to_t < ?"));
    q.addBindValue(now - retentionSeconds);
    q.exec();
    // Over the size limit: the oldest tenth of what is left, until it fits (the file shrinks
    // only once its free pages are given back).
    for (int round = 0; round < 20 && fileBytes() > maxBytes; ++round) {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM buckets")) || !count.next() ||
            count.value(0).toLongLong() == 0)
            break;
        const qint64 drop = std::max<qint64>(1, count.value(0).toLongLong() / 10);
        count.finish(); // VACUUM refuses to run beside an open statement
        QSqlQuery oldest(db);
        oldest.prepare(QStringLiteral("DELETE FROM buckets WHERE (series, t) IN (SELECT series, "
                                      "t FROM buckets ORDER BY t LIMIT ?)"));
        oldest.addBindValue(drop);
        if (!oldest.exec())
            break;
        removed += oldest.numRowsAffected();
        oldest.finish();
        QSqlQuery(db).exec(QStringLiteral("VACUUM"));
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return removed;
}

} // namespace lgsp::models
