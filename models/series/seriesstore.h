#pragma once

#include "models/series/trafficgap.h"
#include "protocol/metrics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lgsp::models {

// Per-second metric buckets kept on disk (SQLite) so charts survive a restart: by series
// ("<instance id>" or "<instance id>/<service id>"…) and second. Bounded twice: buckets
// older than the retention go, and the oldest go while the file is larger than its limit.
// Not thread-safe; one store per thread.
class SeriesStore final
{
    Q_DECLARE_TR_FUNCTIONS(SeriesStore)
    Q_DISABLE_COPY_MOVE(SeriesStore)

public:
    SeriesStore();
    ~SeriesStore();

    // Opens (and creates) the file; false with *error when it cannot be used. A file that is
    // not a database of this store is left alone and reported.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;

    // Adds or replaces the buckets of `series` (one transaction).
    bool save(const QString &series, const QList<protocol::MetricsBucket> &buckets, QString *error);
    // The buckets of `series` in [from, to), in time order.
    QList<protocol::MetricsBucket> load(const QString &series, qint64 from, qint64 to) const;
    // Records a gap of `series` (replacing one that starts at the same second).
    bool saveGap(const QString &series, const TrafficGap &gap, QString *error);
    bool removeGap(const QString &series, qint64 from);
    // The gaps of `series` that overlap [from, to), in time order.
    QList<TrafficGap> loadGaps(const QString &series, qint64 from, qint64 to) const;
    // Removes what is older than `retentionSeconds` before `now`, then the oldest seconds
    // while the file is over `maxBytes`. Returns how many buckets went.
    qint64 prune(qint64 now, qint64 retentionSeconds, qint64 maxBytes);
    qint64 fileBytes() const;

private:
    QString m_connection;
};

} // namespace lgsp::models
