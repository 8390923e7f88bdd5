#include "ui/charts/transactioncharts.h"

#include "ui/charts/segmentedseries.h"
#include "ui/charts/timechartview.h"
#include "ui/theme/theme.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lgsp::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kLegendColumns = 4;

double niceMax(double value)
{
    if (!(value > 0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double m : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (value * 1.05 <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

// Each line is drawn in this many pieces of the window (see SegmentedSeries): a slide of the
// window lays out two pieces of each line instead of the whole line.
constexpr int kPiecesPerWindow = 6;
// A value axis shrinks only when the data need less than this share of its height.
constexpr double kShrinkBelow = 0.6;

// How a value axis from 0 to `top` (a niceMax) is divided: intervals of a round size (1, 2,
// 2.5 or 5 times a power of ten), labelled with just the decimals they need. Five ticks for
// every top gave 0.375 or 3.75 steps, shown rounded ("0.4", "4") — labels that lie.
struct AxisTicks
{
    int count = 5;
    QString format;
};

AxisTicks ticksFor(double top)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    const double mantissa = top / magnitude;
    int intervals = 4;
    for (const auto &[m, n] :
         {std::pair{1.2, 6}, {1.5, 3}, {2.5, 5}, {3.0, 3}, {5.0, 5}, {6.0, 3}, {10.0, 5}}) {
        if (std::abs(mantissa - m) < 1e-9)
            intervals = n;
    }
    const double step = top / intervals;
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) -
                                    std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return {intervals + 1, QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f')};
}

int columnsOf(const TimeChartView *view)
{
    return std::max(100, int(view->chart()->plotArea().width()));
}

} // namespace

TransactionCharts::TransactionCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int c = 0; c < 3; ++c) {
        // Each chart with its legend below it: one check box per line, to hide or show it.
        auto *panel = new QWidget(this);
        auto *panelLayout = new QVBoxLayout(panel);
        panelLayout->setContentsMargins(0, 0, 0, 4);
        panelLayout->setSpacing(0);
        TimeChartView *view = new TimeChartView(panel);
        m_views[c] = view;
        m_legends[c] = new QWidget(panel);
        auto *legendLayout = new QGridLayout(m_legends[c]);
        legendLayout->setContentsMargins(8, 0, 8, 0);
        legendLayout->setVerticalSpacing(0);
        panelLayout->addWidget(view, 1);
        panelLayout->addWidget(m_legends[c]);
        layout->addWidget(panel, 1);
        // The three plots must line up for the shared time axis to read across them.
        connect(view->chart(), &QChart::plotAreaChanged, this, [this] {
            if (!m_alignQueued) {
                m_alignQueued = true;
                QMetaObject::invokeMethod(this, &TransactionCharts::alignPlots,
                                          Qt::QueuedConnection);
            }
        });
        connect(view, &TimeChartView::rangeSelected, this, &TransactionCharts::zoomTo);
        connect(view, &TimeChartView::resetRequested, this, &TransactionCharts::resetZoom);
        connect(view, &TimeChartView::clicked, this, [this](qint64 timeMs) {
            for (const Scope &s : std::as_const(m_scopes)) {
                if (s.frame && s.frame->slotAt(timeMs / 1000) >= 0) {
                    const qsizetype i = s.frame->slotAt(timeMs / 1000);
                    Q_EMIT slotClicked(s.frame->slots.at(i).t, s.frame->step);
                    return;
                }
            }
        });
    }
    retranslate();
}

TransactionCharts::~TransactionCharts() = default;

void TransactionCharts::setScopes(const QList<Scope> &scopes, const models::ChartWindow &window,
                                  qint64 fromMs, qint64 toMs)
{
    m_scopes = scopes;
    m_window = window;
    m_fromMs = fromMs;
    m_toMs = toMs;
    fill();
}

void TransactionCharts::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < 2000)
        return;
    m_zoomFrom = fromMs;
    m_zoomTo = toMs;
    applyRange();
}

void TransactionCharts::resetZoom()
{
    m_zoomFrom = 0;
    m_zoomTo = 0;
    applyRange();
}

void TransactionCharts::alignPlots()
{
    m_alignQueued = false;
    double left = 0;
    double right = std::numeric_limits<double>::max();
    double naturalLeft[3];
    double naturalRight[3];
    for (int c = 0; c < 3; ++c) {
        const QRectF plot = m_views[c]->chart()->plotArea();
        naturalLeft[c] = plot.left() - m_extraLeft[c];
        naturalRight[c] = plot.right() + m_extraRight[c];
        left = std::max(left, naturalLeft[c]);
        right = std::min(right, naturalRight[c]);
    }
    for (int c = 0; c < 3; ++c) {
        const int extraLeft = int(std::lround(left - naturalLeft[c]));
        const int extraRight = int(std::lround(naturalRight[c] - right));
        if (extraLeft == m_extraLeft[c] && extraRight == m_extraRight[c])
            continue;
        m_extraLeft[c] = extraLeft;
        m_extraRight[c] = extraRight;
        m_views[c]->chart()->setMargins(QMargins(4 + extraLeft, 2, 4 + extraRight, 2));
    }
}

void TransactionCharts::applyRange()
{
    const qint64 from = m_zoomFrom > 0 ? m_zoomFrom : m_fromMs;
    const qint64 to = m_zoomFrom > 0 ? m_zoomTo : m_toMs;
    for (TimeChartView *view : m_views)
        view->setTimeRange(from, to);
}

void TransactionCharts::rebuild(const QList<Scope> &scopes)
{
    for (auto &list : m_series)
        list.clear();
    const bool single = scopes.size() == 1;
    for (const Scope &s : scopes)
        m_series[0].push_back(std::make_unique<SegmentedSeries>(
            m_views[0]->chart(), SegmentedSeries::Kind::Line, s.name, s.colour));
    if (single) {
        const QStringList &codes = m_codes.codes();
        for (const QString &code : codes)
            m_series[1].push_back(
                std::make_unique<SegmentedSeries>(m_views[1]->chart(), SegmentedSeries::Kind::Area,
                                                  StackedCodes::label(code), m_codes.colour(code)));
        if (m_codes.hasOther())
            m_series[1].push_back(
                std::make_unique<SegmentedSeries>(m_views[1]->chart(), SegmentedSeries::Kind::Area,
                                                  tr("Other codes"), StackedCodes::otherColour()));
        const QColor c = scopes.first().colour;
        m_series[2].push_back(
            std::make_unique<SegmentedSeries>(m_views[2]->chart(), SegmentedSeries::Kind::Line,
                                              QStringLiteral("p50"), c.lighter(140), Qt::DotLine));
        m_series[2].push_back(std::make_unique<SegmentedSeries>(
            m_views[2]->chart(), SegmentedSeries::Kind::Line, QStringLiteral("p95"), c));
        m_series[2].push_back(
            std::make_unique<SegmentedSeries>(m_views[2]->chart(), SegmentedSeries::Kind::Line,
                                              QStringLiteral("p99"), c.darker(150), Qt::DashLine));
    } else {
        for (const Scope &s : scopes) {
            m_series[1].push_back(std::make_unique<SegmentedSeries>(
                m_views[1]->chart(), SegmentedSeries::Kind::Line, s.name, s.colour));
            m_series[2].push_back(std::make_unique<SegmentedSeries>(
                m_views[2]->chart(), SegmentedSeries::Kind::Line, s.name, s.colour));
        }
    }
}

void TransactionCharts::rebuildLegends()
{
    for (int c = 0; c < 3; ++c) {
        auto *layout = static_cast<QGridLayout *>(m_legends[c]->layout());
        while (QLayoutItem *item = layout->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        // Four entries a row, centred: long error names stay readable.
        const int perRow = std::min<int>(kLegendColumns, int(m_series[c].size()));
        int position = 0;
        for (const auto &series : m_series[c]) {
            auto *entry = new QCheckBox(series->name(), m_legends[c]);
            QPixmap swatch(12, 12);
            swatch.fill(series->colour());
            entry->setIcon(QIcon(swatch));
            entry->setChecked(!series->isHidden());
            entry->setToolTip(tr("Show or hide this line"));
            SegmentedSeries *target = series.get();
            connect(entry, &QCheckBox::toggled, this, [this, target](bool on) {
                target->setHidden(!on);
                fill(); // the value axis fits what is shown
            });
            layout->addWidget(entry, position / std::max(1, perRow), position % std::max(1, perRow),
                              Qt::AlignHCenter);
            ++position;
        }
    }
}

void TransactionCharts::fill()
{
    const bool single = m_scopes.size() == 1;
    QStringList layout{single ? QStringLiteral("single") : QStringLiteral("compare")};
    for (const Scope &s : std::as_const(m_scopes))
        layout << s.name << s.colour.name();
    if (single && m_scopes.first().frame)
        m_codes.update(m_scopes.first().frame->errorCodes());
    else
        m_codes.clear();
    const QStringList &codes = m_codes.codes();
    layout += codes;
    layout << QString::number(m_codes.hasOther());
    // Error-code and "other" colours come from the theme: a new scheme rebuilds the series.
    layout << QString::number(int(Theme::instance()->scheme()));
    if (layout != m_layout) {
        // Hidden series stay hidden across the rebuild (a new error code appearing, say).
        QSet<QString> hidden;
        for (const auto &list : m_series) {
            for (const auto &s : list) {
                if (s->isHidden())
                    hidden.insert(s->name());
            }
        }
        rebuild(m_scopes);
        for (const auto &list : m_series) {
            for (const auto &s : list)
                s->setHidden(hidden.contains(s->name()));
        }
        m_layout = layout;
        rebuildLegends();
    }
    double maxima[3] = {0, 0, 0};
    const auto track = [&maxima](int chart, double y) {
        if (!std::isnan(y))
            maxima[chart] = std::max(maxima[chart], y);
    };
    const qint64 ratePer = m_window.ratePer;
    QList<TimeChartView::Band> bands;
    for (qsizetype s = 0; s < m_scopes.size(); ++s) {
        const models::TrafficFrame *f = m_scopes.at(s).frame;
        if (!f)
            continue;
        const qsizetype n = f->size();
        // The newest slot of a long step holds only a few seconds at first, so its rate is a
        // noisy guess: it is drawn but the axes are not fitted to it until it is a quarter full.
        const auto fits = [f, n](qsizetype i) {
            return i + 1 < n || f->step < 20 || f->covered.at(i) * 4 >= f->step;
        };
        QList<QPointF> rate(n);
        QList<QPointF> errors(n);
        QList<QPointF> p95(n);
        for (qsizetype i = 0; i < n; ++i) {
            const double x = double(f->slots.at(i).t) * 1000.0;
            const double r = f->rate(i, ratePer);
            const double covered = double(std::max<qint64>(1, f->covered.at(i)));
            const double e = f->present.at(i) ? f->errors(i) * double(ratePer) / covered : kNaN;
            rate[i] = {x, r};
            errors[i] = {x, e};
            p95[i] = {x, f->percentile(i, 0.95)};
            if (!m_series[0].at(s)->isHidden() && fits(i))
                track(0, r);
        }
        const int columns = columnsOf(m_views[0]);
        const double chunkMs = double(m_window.seconds) * 1000.0 / kPiecesPerWindow;
        m_series[0].at(s)->setPoints(rate, {}, columns, chunkMs);
        if (!single) {
            m_series[1].at(s)->setPoints(errors, {}, columns, chunkMs);
            m_series[2].at(s)->setPoints(p95, {}, columns, chunkMs);
            for (qsizetype i = 0; i < n && fits(i); ++i) {
                if (!m_series[1].at(s)->isHidden())
                    track(1, errors.at(i).y());
                if (!m_series[2].at(s)->isHidden())
                    track(2, p95.at(i).y());
            }
        } else {
            // Errors stacked by code, in the unit of the throughput chart.
            const qsizetype shown = qsizetype(m_series[1].size());
            QList<QList<QPointF>> upper(shown, QList<QPointF>(n));
            QList<QList<QPointF>> lower(shown, QList<QPointF>(n));
            for (qsizetype i = 0; i < n; ++i) {
                const double x = double(f->slots.at(i).t) * 1000.0;
                const double scale =
                    double(ratePer) / double(std::max<qint64>(1, f->covered.at(i)));
                double sum = 0;
                double named = 0;
                for (qsizetype k = 0; k < shown; ++k) {
                    double v = 0;
                    if (k < codes.size()) {
                        v = f->errors(i, codes.at(k)) * scale;
                        named += v;
                    } else {
                        v = f->errors(i) * scale - named;
                    }
                    if (m_series[1].at(size_t(k))->isHidden())
                        v = 0;
                    const bool present = f->present.at(i);
                    lower[k][i] = {x, present ? sum : kNaN};
                    sum += present ? std::max(0.0, v) : 0;
                    upper[k][i] = {x, present ? sum : kNaN};
                }
                if (f->present.at(i) && fits(i))
                    track(1, sum);
            }
            for (qsizetype k = 0; k < shown; ++k)
                m_series[1].at(size_t(k))->setPoints(upper.at(k), lower.at(k), columns, chunkMs);
            const double quantiles[] = {0.50, 0.95, 0.99};
            for (int q = 0; q < 3; ++q) {
                QList<QPointF> points(n);
                for (qsizetype i = 0; i < n; ++i) {
                    points[i] = {double(f->slots.at(i).t) * 1000.0, f->percentile(i, quantiles[q])};
                    if (!m_series[2].at(size_t(q))->isHidden() && fits(i))
                        track(2, points.at(i).y());
                }
                m_series[2].at(size_t(q))->setPoints(points, {}, columns, chunkMs);
            }
        }
        for (const models::TrafficGap &g : f->gaps) {
            QString label = gapLabel(g.reason);
            if (!single)
                label = QStringLiteral("%1: %2").arg(m_scopes.at(s).name, label);
            bands.append({g.from * 1000, std::min(g.to * 1000, m_toMs), label,
                          TimeChartView::Band::Kind::Gap});
        }
        // The running slot, once for all scopes (they share the slots).
        qsizetype last = n - 1;
        if (last > 0 && !f->present.at(last))
            --last;
        if (last >= 0 && f->partial(last) &&
            std::none_of(bands.cbegin(), bands.cend(), [](const TimeChartView::Band &b) {
                return b.kind == TimeChartView::Band::Kind::Partial;
            })) {
            const qint64 start = f->slots.at(last).t * 1000;
            bands.append({start, std::min(start + f->step * 1000, m_toMs), tr("Partial"),
                          TimeChartView::Band::Kind::Partial});
        }
    }
    // A live chart's newest slot is young at the start of each slot and its rate swings. An
    // axis that followed every swing would jump up and down, and each change makes Qt Charts
    // lay out every line again. So it grows at once but shrinks only when the data fall well
    // below its top, or when what is shown changes (scopes, window, a line hidden).
    QString fittedFor = m_layout.join(QLatin1Char('|')) + QLatin1Char('|') +
                        QString::number(int(m_window.kind)) + QLatin1Char('|') +
                        QString::number(m_window.seconds);
    for (const auto &list : m_series) {
        for (const auto &s : list)
            fittedFor += s->isHidden() ? QLatin1Char('h') : QLatin1Char('v');
    }
    const bool refit = fittedFor != m_fittedFor;
    m_fittedFor = fittedFor;
    for (int c = 0; c < 3; ++c) {
        QValueAxis *axis = m_views[c]->valueAxis();
        double top = niceMax(maxima[c]);
        if (!refit && top < axis->max() && top > axis->max() * kShrinkBelow)
            top = axis->max();
        if (axis->max() != top || axis->min() != 0)
            axis->setRange(0, top);
        const AxisTicks ticks = ticksFor(top);
        if (axis->tickCount() != ticks.count)
            axis->setTickCount(ticks.count);
        if (axis->labelFormat() != ticks.format)
            axis->setLabelFormat(ticks.format);
        m_views[c]->setBands(bands);
    }
    updateTitles();
    applyRange();
}

QImage TransactionCharts::image() const
{
    QImage out(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(devicePixelRatioF());
    out.fill(palette().color(QPalette::Window));
    QPainter painter(&out);
    for (TimeChartView *view : m_views) {
        QWidget *panel = view->parentWidget(); // the chart with its legend
        panel->render(&painter, panel->pos());
    }
    return out;
}

QStringList TransactionCharts::seriesNames(const TimeChartView *view) const
{
    QStringList names;
    for (int c = 0; c < 3; ++c) {
        if (m_views[c] != view)
            continue;
        for (const auto &s : m_series[c])
            names << s->name();
    }
    return names;
}

qsizetype TransactionCharts::pointCount(const TimeChartView *view) const
{
    qsizetype n = 0;
    for (int c = 0; c < 3; ++c) {
        if (m_views[c] != view)
            continue;
        for (const auto &s : m_series[c])
            n += s->pointCount();
    }
    return n;
}

qint64 TransactionCharts::lastDrawnMs(const TimeChartView *view) const
{
    double last = 0;
    for (int c = 0; c < 3; ++c) {
        if (m_views[c] != view)
            continue;
        for (const auto &s : m_series[c]) {
            const double x = s->lastX();
            if (!std::isnan(x))
                last = std::max(last, x);
        }
    }
    return qint64(last);
}

void TransactionCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TransactionCharts::retranslate()
{
    updateTitles();
    if (!m_layout.isEmpty()) {
        m_layout.clear(); // "Other codes" is a translated name
        fill();
    }
}

void TransactionCharts::updateTitles()
{
    const QString unit = m_window.rateUnit();
    m_views[0]->setTitle(tr("Throughput (%1)").arg(unit));
    m_views[1]->setTitle(m_scopes.size() > 1 ? tr("Errors (%1)").arg(unit)
                                             : tr("Errors by code (%1)").arg(unit));
    m_views[2]->setTitle(m_scopes.size() > 1 ? tr("Latency p95 (ms)")
                                             : tr("Latency p50 / p95 / p99 (ms)"));
}

} // namespace lgsp::ui
