#pragma once

#include "client/stream/livestream.h"
#include "models/series/seriesstore.h"
#include "models/traffic/trafficscope.h"
#include "models/traffic/trafficseries.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace lgsp::client {
class Fleet;
}

namespace lgsp::models {

// Collects the traffic the Transactions page draws: for each scope shown, a live stream
// (with backfill), the server's history for the chosen window, and the local chart history
// (SeriesStore) so charts survive a restart. Gaps are recorded when seconds are lost and when
// the instance was not running (told by the server's startedAt after it comes back).
class TrafficMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficMonitor)

public:
    // The clock, in seconds since the epoch; tests and benchmarks may replace it.
    using Clock = std::function<qint64()>;

    explicit TrafficMonitor(client::Fleet *fleet, QObject *parent = nullptr);
    ~TrafficMonitor() override;

    // The chart history file (by default chart-history.sqlite in the application data
    // folder). A file that cannot be used is reported by storeProblem(); charts then only
    // hold this run's data.
    void setStorePath(const QString &path);
    QString storeProblem() const { return m_storeProblem; }
    void setRetention(qint64 seconds, qint64 maxBytes);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    // The scopes to follow (at most kMaxScopes); streams of scopes no longer shown stop.
    static constexpr int kMaxScopes = 8;
    void setScopes(const QList<TrafficScope> &scopes);
    QList<TrafficScope> scopes() const { return m_order; }
    // The window the charts show: history is fetched from the server for it, at `step`.
    // `end` (seconds) fixes the range [end - seconds, end) in the past; 0 follows now.
    void setWindow(qint64 seconds, qint64 step, qint64 end = 0);
    // Asks the server again for the window's history.
    void reloadHistory();

    TrafficSeries *series(const TrafficScope &scope);
    client::LiveStream::State streamState(const TrafficScope &scope) const;
    // True while any followed scope has lost its stream.
    bool reconnecting() const;
    // False for an instance whose kind of server offers no transaction metrics (WSO2 API
    // Manager 4.x keeps its analytics outside the product): nothing is asked of it.
    bool hasMetrics(const QUuid &instance) const;
    // The step the charts use for a wanted `step`: never finer than the followed sources
    // give (a Prometheus' scrape interval), and a multiple of it.
    qint64 stepFor(qint64 step) const;
    // True when the instance's traffic is read from a source that keeps the history
    // (Prometheus): the chart history file is not used for it.
    bool keepsHistory(const QUuid &instance) const;
    // The metric source's address when it is not the instance's own API.
    QString sourceLocation(const QUuid &instance) const;
    // The instance's metric source said to people (MetricSource::describe()), and its kind.
    QString sourceDescription(const QUuid &instance) const;
    QString sourceKind(const QUuid &instance) const;
    // A history request still running (or the last one's error).
    bool loadingHistory() const { return m_pendingHistory > 0; }
    QString historyProblem() const { return m_historyProblem; }
    // What the sources said about the last history answers (Prometheus' warnings, a mapping
    // that matched no series).
    QStringList historyWarnings() const { return m_historyWarnings; }
    // Writes the seconds received so far to the chart history (also done every few seconds).
    void flush();
    // Polls of the newest slots asked of sources without a pushed tail so far.
    quint64 pollsAsked() const { return m_pollsAsked; }

Q_SIGNALS:
    // New data or gaps for `scope` (many seconds may be batched into one signal).
    void seriesChanged(const lgsp::models::TrafficScope &scope);
    void streamStateChanged(const lgsp::models::TrafficScope &scope);
    void historyLoaded();

private:
    struct Follow;
    void follow(const TrafficScope &scope);
    void loadStored(Follow &f);
    void fetchHistory(Follow &f);
    void onStreamState(Follow &f, client::LiveStream::State state);
    void checkRestart(Follow &f, qint64 lostFrom);
    void pollNewest(Follow &f);
    QString problemText(const Follow &f, const client::ClientError &error) const;
    void recordGap(Follow &f, const TrafficGap &gap);
    Follow *find(const QString &key) const;

    client::Fleet *m_fleet;
    QHash<QString, std::shared_ptr<Follow>> m_follows;
    QList<TrafficScope> m_order;
    SeriesStore m_store;
    QString m_storeProblem;
    qint64 m_retention = 7 * 24 * 3600;
    qint64 m_maxBytes = qint64(256) * 1024 * 1024;
    qint64 m_window = 3600;
    qint64 m_end = 0; // a fixed range's end; 0: now
    qint64 m_step = 1;
    int m_pendingHistory = 0;
    quint64 m_pollsAsked = 0;
    quint64 m_historyGeneration = 0;
    QString m_historyProblem;
    QStringList m_historyWarnings;
    QTimer m_flushTimer;
    Clock m_clock;
};

} // namespace lgsp::models
