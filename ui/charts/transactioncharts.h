#pragma once

#include "models/traffic/chartwindow.h"
#include "models/traffic/trafficseries.h"
#include "ui/charts/stackedcodes.h"

#include <QColor>
#include <QWidget>

#include <memory>
#include <vector>

namespace lgsp::ui {

class SegmentedSeries;
class TimeChartView;

// The three charts of the Transactions page on one time axis: throughput, errors and
// latency. One scope: errors stacked by LGSP error code, latency p50/p95/p99. Several scopes
// (instances compared): one line per scope in its own colour on each chart (errors per
// scope, latency p95).
class TransactionCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionCharts)

public:
    struct Scope
    {
        QString name;
        QColor colour;
        const models::TrafficFrame *frame = nullptr;
    };
    static constexpr int kMaxCodes = StackedCodes::kMax; // stacked by name; the rest "other"

    explicit TransactionCharts(QWidget *parent = nullptr);
    ~TransactionCharts() override;

    // Draws the frames over [fromMs, toMs) (or the zoomed range).
    void setScopes(const QList<Scope> &scopes, const models::ChartWindow &window, qint64 fromMs,
                   qint64 toMs);
    void zoomTo(qint64 fromMs, qint64 toMs);
    void resetZoom();
    bool isZoomed() const { return m_zoomFrom > 0; }
    // What the tooltip shows at a time (every scope's slot there).
    QString describe(qint64 timeMs) const;
    // The three charts as one image, for export.
    QImage image() const;

    TimeChartView *throughputView() const { return m_views[0]; }
    TimeChartView *errorsView() const { return m_views[1]; }
    TimeChartView *latencyView() const { return m_views[2]; }
    // The legend names of a chart's series, in order (tests read the error codes here).
    QStringList seriesNames(const TimeChartView *view) const;
    qsizetype pointCount(const TimeChartView *view) const;
    // The time of the newest point drawn on a chart (0 when none).
    qint64 lastDrawnMs(const TimeChartView *view) const;
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // A slot was clicked: its start (seconds) and length.
    void slotClicked(qint64 startSecond, qint64 step);

private:
    struct Drawn;
    void rebuild(const QList<Scope> &scopes);
    void fill();
    void applyRange();
    void updateTitles();
    void alignPlots();
    void rebuildLegends();
    QString gapLabel(models::TrafficGap::Reason reason) const;

    TimeChartView *m_views[3] = {};
    QWidget *m_legends[3] = {};
    std::vector<std::unique_ptr<SegmentedSeries>> m_series[3];
    QList<Scope> m_scopes;
    QStringList m_layout; // what the series were built for: scope names and error codes
    StackedCodes m_codes; // single instance: the codes stacked by name
    QString m_fittedFor;  // what the value axes were last fitted to (layout, window, hidden)
    models::ChartWindow m_window;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    qint64 m_zoomFrom = 0;
    qint64 m_zoomTo = 0;
    int m_extraLeft[3] = {0, 0, 0};
    int m_extraRight[3] = {0, 0, 0};
    bool m_alignQueued = false;
};

} // namespace lgsp::ui
