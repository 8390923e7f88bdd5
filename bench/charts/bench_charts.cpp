// Transaction charts benchmark.
//  (a) 24 hours of per-second data (86,400 seconds) for 4 instances compared on the three
//      charts (throughput, errors, latency p95 — 3 series × 4 instances): time per live update
//      (one new second for each instance: frames, thinning, series replaced) and per repaint
//      of the three charts. Measured as the page draws a 24-hour window (one slot a minute)
//      and with every second drawn (86,400 slots thinned to two points per pixel).
//  (b) 100 instances streaming at 1 Hz from one real lgsp-sandbox (100 live streams, each
//      into its traffic series) while the Transactions page charts 8 of them live: the GUI
//      thread's CPU share, the event loop's lag (p50/p99 of a 10 ms timer's lateness) and
//      resident memory.
//
//   bench_charts [--part a|b|both] [--sandbox PATH] [--instances N] [--seconds S]
#include "benchtools.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/stream/livestream.h"
#include "models/traffic/trafficmonitor.h"
#include "models/traffic/trafficseries.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/timechartview.h"
#include "ui/charts/transactioncharts.h"
#include "ui/charts/transactionspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace lgsp;
using bench::median;
using bench::percentile;

namespace {

const QString kCodes[] = {QStringLiteral("201"), QStringLiteral("100"),
                          QStringLiteral("GW-TIMEOUT"), QStringLiteral("500"),
                          QStringLiteral("106")};

protocol::MetricsBucket syntheticSecond(qint64 t, QRandomGenerator &random)
{
    protocol::MetricsBucket b;
    b.t = t;
    // A daily rhythm with noise, a rare spike; about 2 % errors; log-normal-ish latency.
    const double hour = double((t / 3600) % 24);
    const double base = 20 + 15 * std::sin((hour - 6) / 24 * 2 * M_PI);
    const int calls =
        std::max(0, int(base + random.bounded(10) - 5 + (random.bounded(5000) == 0 ? 400 : 0)));
    for (int i = 0; i < calls; ++i) {
        const double latency = std::exp(3.5 + random.generateDouble() * 2.5);
        const QString code = random.bounded(50) == 0 ? kCodes[random.bounded(5)] : QString();
        b.add(latency, code);
    }
    return b;
}

void benchDrawing(int instances, int columnsWide)
{
    QRandomGenerator random(42);
    const qint64 day = 24 * 3600;
    qint64 now = QDateTime::currentSecsSinceEpoch();
    std::vector<std::unique_ptr<models::TrafficSeries>> series;
    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < instances; ++i) {
        auto s = std::make_unique<models::TrafficSeries>();
        for (qint64 t = now - day; t < now; ++t)
            s->appendSecond(syntheticSecond(t, random));
        series.push_back(std::move(s));
    }
    std::printf("(a) %d instances × %lld s of per-second data made in %.1f s, %.0f MiB resident\n",
                instances, day, double(fill.elapsed()) / 1000, bench::residentMiB());

    ui::TransactionCharts charts;
    charts.resize(columnsWide, 900);
    charts.show();
    QCoreApplication::processEvents();

    struct Mode
    {
        const char *name;
        models::ChartWindow window;
        int scopes; // instances drawn: 1 is the single-instance layout (errors stacked by code)
    };
    models::ChartWindow everySecond = models::ChartWindow::preset(models::ChartWindow::OneDay);
    everySecond.step = 1;
    everySecond.ratePer = 1;
    const models::ChartWindow oneDay = models::ChartWindow::preset(models::ChartWindow::OneDay);
    const Mode modes[] = {
        {"24 h window, one slot a minute (as the page draws it), 4 instances compared", oneDay,
         instances},
        {"24 h window, one slot a minute, one instance (errors stacked by code, p50/p95/p99)",
         oneDay, 1},
        {"24 h window, every second drawn (86,400 slots thinned), 4 instances", everySecond,
         instances}};
    const bool showSlow = qEnvironmentVariableIsSet("BENCH_SLOW_UPDATES");
    const QColor colours[] = {Qt::blue, Qt::red, Qt::darkGreen, Qt::magenta};
    for (const Mode &mode : modes) {
        const auto draw = [&] {
            QList<ui::TransactionCharts::Scope> scopes;
            for (int i = 0; i < mode.scopes; ++i) {
                const models::TrafficFrame &f =
                    series[size_t(i)]->frame(now + 1 - day, now + 1, mode.window.step);
                scopes.append({QStringLiteral("LGSP %1").arg(i + 1), colours[i % 4], &f});
            }
            charts.setScopes(scopes, mode.window, (now + 1 - day) * 1000, (now + 1) * 1000);
        };
        QElapsedTimer first;
        first.start();
        draw();
        const double firstMs = double(first.nsecsElapsed()) / 1e6;
        QCoreApplication::processEvents();
        std::vector<double> updates;
        std::vector<double> repaints;
        std::vector<double> frames;
        for (int round = 0; round < 60; ++round) {
            ++now;
            QElapsedTimer clock;
            clock.start();
            for (auto &s : series)
                s->appendSecond(syntheticSecond(now - 1, random));
            for (auto &s : series)
                s->frame(now + 1 - day, now + 1, mode.window.step);
            frames.push_back(double(clock.nsecsElapsed()) / 1e6);
            draw();
            updates.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (showSlow && updates.back() > 4)
                std::printf("    slow update at round %d: %.2f ms (now %% step = %lld)\n", round,
                            updates.back(), now % mode.window.step);
            clock.restart();
            for (ui::TimeChartView *view :
                 {charts.throughputView(), charts.errorsView(), charts.latencyView()})
                view->viewport()->repaint();
            repaints.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
        // BENCH_IMAGES=DIR saves what each mode drew, to look at.
        if (const QString dir = qEnvironmentVariable("BENCH_IMAGES"); !dir.isEmpty())
            charts.image().save(
                QDir(dir).filePath(QStringLiteral("charts-%1.png").arg(&mode - modes)));
        std::printf("  %s\n", mode.name);
        std::printf("    first draw             %.1f ms (frames computed from nothing)\n", firstMs);
        std::printf("    live update            median %.2f ms, p95 %.2f ms, max %.2f ms\n",
                    median(updates), percentile(updates, 0.95), percentile(updates, 1.0));
        std::printf("      of which frames      median %.2f ms (new second + slots recomputed)\n",
                    median(frames));
        std::printf("    repaint of 3 charts    median %.2f ms, p95 %.2f ms\n", median(repaints),
                    percentile(repaints, 0.95));
        std::printf("    points drawn           %lld, %lld, %lld (throughput, errors, latency)\n",
                    qint64(charts.pointCount(charts.throughputView())),
                    qint64(charts.pointCount(charts.errorsView())),
                    qint64(charts.pointCount(charts.latencyView())));
    }
    std::printf("  resident memory          %.0f MiB\n", bench::residentMiB());
}

int benchStreaming(const QString &sandboxPath, int instances, int seconds)
{
    QTemporaryDir data;
    QProcess process;
    bench::Sandbox sandbox;
    if (!bench::startSandbox(process, sandboxPath, data,
                             {QStringLiteral("--seed"), QStringLiteral("demo"),
                              QStringLiteral("--simulate"), QStringLiteral("50"),
                              QStringLiteral("--rate-limit"), QStringLiteral("1000000")},
                             &sandbox))
        return 1;
    const double rssBefore = bench::residentMiB();
    client::Fleet fleet;
    QList<client::ConnectionProfile> profiles;
    for (int i = 0; i < instances; ++i) {
        client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("LGSP %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        p.baseUrl = sandbox.url;
        p.clientId = sandbox.clientId;
        p.proxy = QStringLiteral("none");
        profiles.append(p);
    }
    fleet.setProfiles(profiles);
    for (const client::ConnectionProfile &p : std::as_const(profiles))
        fleet.setSecret(p.id, sandbox.clientSecret);

    // Every instance streams into its series, as the model layer keeps them.
    std::vector<std::unique_ptr<client::LiveStream>> streams;
    std::vector<std::unique_ptr<models::TrafficSeries>> series;
    qint64 buckets = 0;
    for (const client::ConnectionProfile &p : std::as_const(profiles)) {
        auto stream = std::make_unique<client::LiveStream>(fleet.connection(p.id));
        auto s = std::make_unique<models::TrafficSeries>();
        models::TrafficSeries *raw = s.get();
        QObject::connect(stream.get(), &client::LiveStream::bucketReceived, stream.get(),
                         [raw, &buckets](const protocol::MetricsBucket &b) {
                             raw->appendSecond(b);
                             ++buckets;
                         });
        stream->start();
        streams.push_back(std::move(stream));
        series.push_back(std::move(s));
    }
    // And the page charts eight of them, live.
    QTemporaryDir history;
    ui::TransactionsPage page(&fleet);
    page.monitor()->setStorePath(history.filePath(QStringLiteral("chart-history.sqlite")));
    page.resize(1400, 900);
    page.show();
    QList<QUuid> shown;
    for (int i = 0; i < std::min(8, instances); ++i)
        shown.append(profiles.at(i).id);
    page.controls()->setInstances(shown);

    // Warm up until every stream delivers, then measure.
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        int live = 0;
        for (const auto &s : streams)
            live += s->state() == client::LiveStream::State::Live ? 1 : 0;
        if (live == instances && buckets >= instances * 2)
            break;
    }
    std::vector<double> lags;
    QElapsedTimer wall;
    QElapsedTimer tick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lags.push_back(std::max(0.0, double(tick.nsecsElapsed()) / 1e6 - 10));
        tick.restart();
    });
    const qint64 bucketsBefore = buckets;
    const double cpuBefore = bench::threadCpuMs();
    wall.start();
    tick.start();
    probe.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    const double cpu = bench::threadCpuMs() - cpuBefore;
    int live = 0;
    for (const auto &s : streams)
        live += s->state() == client::LiveStream::State::Live ? 1 : 0;
    std::printf("(b) %d instances streaming at 1 Hz for %d s (+ the page charting %lld of them)\n",
                instances, seconds, qint64(shown.size()));
    std::printf("    streams live           %d of %d; %lld seconds received (%.1f per second)\n",
                live, instances, buckets - bucketsBefore,
                double(buckets - bucketsBefore) / seconds);
    std::printf("    GUI thread CPU         %.1f %% of one core\n",
                100.0 * cpu / double(wall.elapsed()));
    std::printf("    event loop lag         p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                percentile(lags, 0.5), percentile(lags, 0.99), percentile(lags, 1.0));
    std::printf("    resident memory        %.0f MiB (%.0f MiB before the streams)\n",
                bench::residentMiB(), rssBefore);
    process.terminate();
    process.waitForFinished(5000);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    lgsp::bench::useOffscreenByDefault();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sandboxOption = lgsp::bench::sandboxOption();
    const QCommandLineOption instancesOption(QStringLiteral("instances"),
                                             QStringLiteral("Instances streaming in (b)."),
                                             QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long (b) measures."),
                                           QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption partOption(QStringLiteral("part"),
                                        QStringLiteral("a, b or both (each is best run alone: "
                                                       "the memory figures then mean what "
                                                       "they say)."),
                                        QStringLiteral("part"), QStringLiteral("both"));
    parser.addOptions({sandboxOption, instancesOption, secondsOption, partOption});
    parser.process(app);
    const QString part = parser.value(partOption);
    if (part != QLatin1String("b"))
        benchDrawing(4, 1400);
    if (part == QLatin1String("a"))
        return 0;
    return benchStreaming(parser.value(sandboxOption), parser.value(instancesOption).toInt(),
                          parser.value(secondsOption).toInt());
}
