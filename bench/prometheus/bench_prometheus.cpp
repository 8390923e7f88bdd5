// Traffic from Prometheus benchmark. Debian's real Prometheus is loaded with 24 hours of
// traffic for N instances (one sample a minute, as a 60 s scrape would leave: calls by code
// and a latency histogram, `instance` label lgsp-001…) by promtool, then:
//  (a) the Transactions page (offscreen) opens one instance's 24-hour window: time from
//      choosing it to the three charts drawn with the data (median of runs);
//  (b) the charts' monitor loads 8 instances' 24-hour windows at once (the most the page
//      compares) from that one Prometheus, then 60 instances' windows are asked of their
//      metric sources at once (shared queries, 20 instances a query): time until all are in,
//      and the GUI thread's longest stall;
//  (c) 100 Prometheus-backed instances in the fleet (their Admin API is one real lgsp-sandbox,
//      their traffic Prometheus), the fleet polling every 30 s and the page following 8 of them
//      at a 15 s scrape interval: the GUI thread's CPU share.
//
//      (b) also times Prometheus alone: the same queries, read without decoding (promalone.cpp),
//      and prints the console's time over it;
//
//   bench_prometheus [--instances N] [--seconds S] [--runs R] [--part a|b|c] [--uncompressed]
//                    [--sandbox PATH]
#include "benchtools.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/metrics/metricsource.h"
#include "client/metrics/prometheus/prometheussource.h"
#include "models/traffic/chartwindow.h"
#include "models/traffic/trafficmonitor.h"
#include "promalone.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactionspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace lgsp;
using bench::median;

namespace {

constexpr qint64 kDay = 86400;
// --uncompressed: the profiles' metric sources ask for answers as they are (no gzip).
bool compressAnswers = true;

QString instanceName(int i)
{
    return QStringLiteral("lgsp-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

// 24 hours a minute apart, per instance: OK and one error code, and a latency histogram
// (seconds) whose buckets fill with a daily rhythm.
bool writeHistory(const QString &path, int instances, qint64 to)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const qint64 from = to - kDay;
    const QList<QByteArray> bounds{"0.05", "0.1", "0.25", "0.5", "1", "+Inf"};
    const QList<double> shares{0.30, 0.65, 0.85, 0.95, 0.99, 1.0};
    file.write("# TYPE lgsp_gateway_calls counter\n");
    for (int i = 0; i < instances; ++i) {
        const QByteArray labels =
            "job=\"lgsp\",instance=\"" + instanceName(i).toLatin1() + "\",tenant=\"000.00.00.H29\"";
        for (const auto &[code, share] :
             {std::pair<QByteArray, double>{"OK", 0.97}, {"201", 0.03}}) {
            double total = 0;
            QByteArray block;
            for (qint64 t = from; t <= to; t += 60) {
                const double hour = double((t / 3600) % 24);
                total += std::floor(share * 60 * (20 + 15 * std::sin((hour - 6) / 24 * 2 * M_PI)));
                block += "lgsp_gateway_calls_total{" + labels + ",code=\"" + code + "\"} " +
                         QByteArray::number(qint64(total)) + ' ' + QByteArray::number(t) + '\n';
            }
            file.write(block);
        }
    }
    file.write("# TYPE lgsp_gateway_call_duration_seconds histogram\n");
    for (int i = 0; i < instances; ++i) {
        const QByteArray labels =
            "job=\"lgsp\",instance=\"" + instanceName(i).toLatin1() + "\",tenant=\"000.00.00.H29\"";
        for (qsizetype b = 0; b < bounds.size(); ++b) {
            double total = 0;
            QByteArray block;
            for (qint64 t = from; t <= to; t += 60) {
                const double hour = double((t / 3600) % 24);
                total += std::floor(shares.at(b) * 60 *
                                    (20 + 15 * std::sin((hour - 6) / 24 * 2 * M_PI)));
                block += "lgsp_gateway_call_duration_seconds_bucket{" + labels + ",le=\"" +
                         bounds.at(b) + "\"} " + QByteArray::number(qint64(total)) + ' ' +
                         QByteArray::number(t) + '\n';
            }
            file.write(block);
        }
    }
    file.write("# EOF\n");
    return true;
}

bool run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, arguments);
    return p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit &&
           p.exitCode() == 0;
}

QUrl startPrometheus(QProcess &process, const QTemporaryDir &dir)
{
    QFile config(dir.filePath(QStringLiteral("prometheus.yml")));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write("global:\n  scrape_interval: 60s\n");
    config.close();
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStandardPaths::findExecutable(QStringLiteral("prometheus")),
                  {QStringLiteral("--config.file=") + config.fileName(),
                   QStringLiteral("--storage.tsdb.path=") + dir.filePath(QStringLiteral("data")),
                   QStringLiteral("--storage.tsdb.retention.time=400d"),
                   QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                   QStringLiteral("--log.level=warn")});
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        QNetworkReply *reply =
            network.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/-/ready")))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const bool ready =
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        if (ready)
            return url;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return {};
}

client::ConnectionProfile profileFor(int i, const QUrl &prometheus, const bench::Sandbox &sandbox)
{
    client::ConnectionProfile p;
    p.id = QUuid::createUuid();
    p.name = QStringLiteral("LGSP %1").arg(i + 1, 3, 10, QLatin1Char('0'));
    p.baseUrl = sandbox.url.isValid() ? sandbox.url : QUrl(QStringLiteral("http://127.0.0.1:9"));
    p.clientId = sandbox.clientId;
    p.proxy = QStringLiteral("none");
    p.metrics.kind = QStringLiteral("prometheus");
    p.metrics.url = prometheus;
    p.metrics.selector = QStringLiteral("job=\"lgsp\",instance=\"%1\"").arg(instanceName(i));
    p.metrics.scrapeIntervalSeconds = 15;
    p.metrics.compress = compressAnswers;
    return p;
}

// Runs the event loop until `done` is true (checked every `everyMs`) or `timeoutMs` pass. The
// thread sleeps between events, as the console's does: a loop of processEvents() would spin
// and take one of the machine's two cores from Prometheus and the decoding workers.
void waitUntil(const std::function<bool()> &done, int timeoutMs, int everyMs = 5)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer check;
    check.setInterval(everyMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
}

// The largest gap between ticks of a 1 ms timer while `done` is false, and how much of it the
// GUI thread spent running (the rest it waited for a core: the machine's two are shared with
// Prometheus and the decoding workers).
struct Stall
{
    double wallMs = 0;
    double cpuMs = 0;
};

Stall longestStall(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer tick;
    Stall worst;
    double cpuAtTick = bench::threadCpuMs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double cpu = bench::threadCpuMs();
        const double gap = double(tick.nsecsElapsed()) / 1e6;
        if (gap > worst.wallMs)
            worst = {gap, cpu - cpuAtTick};
        tick.restart();
        cpuAtTick = cpu;
    });
    tick.start();
    probe.start();
    waitUntil(done, timeoutMs, 1);
    return worst;
}

void pageOpensOneDay(const QUrl &prometheus, int runs)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        client::Fleet fleet;
        const client::ConnectionProfile p = profileFor(r, prometheus, {});
        fleet.setProfiles({p});
        ui::TransactionsPage page(&fleet);
        page.resize(1400, 900);
        page.show();
        page.controls()->setWindow(models::ChartWindow::preset(models::ChartWindow::OneDay));
        bool loaded = false;
        QObject::connect(page.monitor(), &models::TrafficMonitor::historyLoaded, &page,
                         [&loaded] { loaded = true; });
        QElapsedTimer clock;
        clock.start();
        page.controls()->setInstances({p.id});
        waitUntil([&loaded] { return loaded; }, 30000);
        // Drawn: the page's own redraw of the new history, then a paint of the window.
        QCoreApplication::processEvents();
        page.redraw();
        page.repaint();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("(a) one instance, 24 h at 1 min from Prometheus: charts drawn after median "
                "%.0f ms (%d runs; min %.0f, max %.0f)\n",
                median(times), runs, *std::min_element(times.begin(), times.end()),
                *std::max_element(times.begin(), times.end()));
}

void sixtyCompared(const QUrl &prometheus, int count, int runs)
{
    std::vector<double> times;
    std::vector<double> stalls;
    for (int r = 0; r < runs; ++r) {
        client::Fleet fleet;
        QList<client::ConnectionProfile> profiles;
        QList<models::TrafficScope> scopes;
        for (int i = 0; i < count; ++i) {
            profiles.append(profileFor(i, prometheus, {}));
            scopes.append({profiles.last().id, {}, {}});
        }
        fleet.setProfiles(profiles);
        models::TrafficMonitor monitor(&fleet);
        monitor.setWindow(kDay, 60);
        bool loaded = false;
        QObject::connect(&monitor, &models::TrafficMonitor::historyLoaded, &monitor,
                         [&loaded] { loaded = true; });
        QElapsedTimer clock;
        const double cpuBefore = bench::threadCpuMs();
        clock.start();
        monitor.setScopes(scopes);
        const double inCall = double(clock.nsecsElapsed()) / 1e6;
        const double stall = std::max(inCall, longestStall([&] { return loaded; }, 60000).wallMs);

        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        stalls.push_back(stall);
        if (r == 0)
            std::printf("    (first run: GUI thread CPU %.0f ms of %.0f ms)\n",
                        bench::threadCpuMs() - cpuBefore, times.back());
        int withData = 0;
        for (const models::TrafficScope &s : std::as_const(scopes))
            withData += monitor.series(s) && monitor.series(s)->historyStep() == 60 ? 1 : 0;
        if (r == 0)
            std::printf("    (%d of %d instances' histories in)\n", withData, count);
        (void)inCall;
    }
    std::printf("(b) %d instances compared on the page's charts (its maximum), 24 h each, one "
                "Prometheus: all in after median %.0f ms (%d runs); GUI thread's longest stall "
                "median %.1f ms, max %.1f ms\n",
                count, median(times), runs, median(stalls),
                *std::max_element(stalls.begin(), stalls.end()));
}

// 60 instances' 24-hour windows asked of their metric sources at once (three queries each).
void sixtyFetched(const QUrl &prometheus, int count, int runs)
{
    std::vector<double> times;
    std::vector<double> stalls;
    Stall worstStall;
    int complete = 0;
    int queries = 0;
    for (int r = 0; r < runs; ++r) {
        client::Fleet fleet;
        QList<client::ConnectionProfile> profiles;
        for (int i = 0; i < count; ++i)
            profiles.append(profileFor(i, prometheus, {}));
        fleet.setProfiles(profiles);
        const qint64 to = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        client::MetricsQuery q;
        q.from = QDateTime::fromSecsSinceEpoch(to - kDay, Qt::UTC);
        q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        q.step = QStringLiteral("60s");
        int waiting = count;
        complete = 0;
        QObject context;
        const auto *shared = qobject_cast<const client::PrometheusSource *>(
            fleet.connection(profiles.first().id)->metricSource());
        const int sentBefore = shared && shared->batch() ? shared->batch()->queriesSent() : 0;
        QElapsedTimer clock;
        clock.start();
        for (const client::ConnectionProfile &p : std::as_const(profiles)) {
            fleet.connection(p.id)->metricSource()->metrics(
                q, &context, [&](const client::Result<protocol::MetricsResponse> &result) {
                    --waiting;
                    complete += result.ok() && !result.value.series.isEmpty() &&
                                        result.value.series.first().buckets.size() >= 1400
                                    ? 1
                                    : 0;
                });
        }
        const Stall stall = longestStall([&] { return waiting == 0; }, 60000);
        stalls.push_back(stall.wallMs);
        if (stall.wallMs >= worstStall.wallMs)
            worstStall = stall;
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        queries =
            shared && shared->batch() ? shared->batch()->queriesSent() - sentBefore : 2 * count;
    }
    std::printf("(b) %d instances' 24 h windows from their metric sources at once (%d range "
                "queries to one Prometheus, %s): all in after median %.0f ms (%d runs; %d of %d "
                "complete); GUI thread's longest stall median %.1f ms, max %.1f ms (running "
                "%.1f ms of it)\n",
                count, queries, compressAnswers ? "compressed" : "uncompressed", median(times),
                runs, complete, count, median(stalls), worstStall.wallMs, worstStall.cpuMs);
    const qint64 to = QDateTime::currentSecsSinceEpoch() / 60 * 60;
    const bench::PrometheusAlone alone =
        bench::timePrometheusAlone(prometheus, count, to - kDay, to, 60, compressAnswers, runs);
    std::printf("    Prometheus alone, the same %d queries read without decoding (%.1f MB): "
                "median %.0f ms; the console takes %.2f× that\n",
                alone.queries, alone.bytes / 1e6, median(alone.times),
                median(times) / median(alone.times));
}

int pollCost(const QString &sandboxProgram, const QUrl &prometheus, int count, int seconds)
{
    QTemporaryDir data;
    QProcess process;
    bench::Sandbox sandbox;
    if (!bench::startSandbox(process, sandboxProgram, data,
                             {QStringLiteral("--seed"), QStringLiteral("demo")}, &sandbox))
        return 1;
    client::Fleet fleet;
    QList<client::ConnectionProfile> profiles;
    for (int i = 0; i < count; ++i)
        profiles.append(profileFor(i, prometheus, sandbox));
    fleet.setProfiles(profiles);
    for (const client::ConnectionProfile &p : std::as_const(profiles))
        fleet.setSecret(p.id, sandbox.clientSecret);
    QTemporaryDir history;
    ui::TransactionsPage page(&fleet);
    page.monitor()->setStorePath(history.filePath(QStringLiteral("chart-history.sqlite")));
    page.resize(1400, 900);
    page.show();
    QList<QUuid> shown;
    for (int i = 0; i < 8; ++i)
        shown.append(profiles.at(i).id);
    page.controls()->setInstances(shown);
    fleet.start();
    // Warm up: every instance polled once.
    qint64 updated = 0;
    QObject::connect(&fleet, &client::Fleet::instanceUpdated, &fleet, [&updated] { ++updated; });
    waitUntil([&] { return updated >= count; }, 60000, 20);
    const qint64 before = updated;
    const double cpuBefore = bench::threadCpuMs();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    const double cpu = bench::threadCpuMs() - cpuBefore;
    int withTraffic = 0;
    for (const client::ConnectionProfile &p : std::as_const(profiles)) {
        const client::Fleet::Instance *instance = fleet.instance(p.id);
        withTraffic += instance && instance->callsLastMinute ? 1 : 0;
    }
    std::printf("(c) %d Prometheus-backed instances in the fleet for %d s (+ the page following "
                "8): GUI thread %.1f %% of one core; %lld polls done, %d of %d with traffic "
                "figures\n",
                count, seconds, 100.0 * cpu / double(wall.elapsed()), updated - before, withTraffic,
                count);
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
                                             QStringLiteral("Instances in (c)."),
                                             QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("How long (c) measures."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of (a) and (b)."), QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption partOption(QStringLiteral("part"), QStringLiteral("a, b, c or all."),
                                        QStringLiteral("part"), QStringLiteral("all"));
    const QCommandLineOption uncompressedOption(
        QStringLiteral("uncompressed"),
        QStringLiteral("Ask Prometheus for uncompressed answers (the profile option off)."));
    parser.addOptions({sandboxOption, instancesOption, secondsOption, runsOption, partOption,
                       uncompressedOption});
    parser.process(app);
    compressAnswers = !parser.isSet(uncompressedOption);
    const int instances = std::max(60, parser.value(instancesOption).toInt());
    if (QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty()) {
        std::fprintf(stderr, "prometheus is not installed (apt install prometheus)\n");
        return 1;
    }
    QTemporaryDir dir;
    const qint64 to = QDateTime::currentSecsSinceEpoch() / 60 * 60;
    QElapsedTimer clock;
    clock.start();
    const QString om = dir.filePath(QStringLiteral("history.om"));
    if (!writeHistory(om, instances, to) ||
        !run(QStandardPaths::findExecutable(QStringLiteral("promtool")),
             {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"),
              QStringLiteral("openmetrics"), QStringLiteral("--max-block-duration=744h"), om,
              dir.filePath(QStringLiteral("data"))},
             600000)) {
        std::fprintf(stderr, "could not load the history into Prometheus' storage\n");
        return 1;
    }
    std::printf("%d instances × 24 h loaded with promtool in %.1f s (%.0f MB of OpenMetrics)\n",
                instances, double(clock.elapsed()) / 1000, double(QFileInfo(om).size()) / 1e6);
    QProcess prometheus;
    const QUrl url = startPrometheus(prometheus, dir);
    if (!url.isValid()) {
        std::fprintf(stderr, "prometheus did not start\n");
        return 1;
    }
    const int runs = parser.value(runsOption).toInt();
    const QString part = parser.value(partOption);
    const auto wanted = [&part](const char *name) {
        return part == QLatin1String("all") || part == QLatin1String(name);
    };
    if (wanted("a"))
        pageOpensOneDay(url, runs);
    if (wanted("b")) {
        sixtyCompared(url, models::TrafficMonitor::kMaxScopes, runs);
        sixtyFetched(url, 60, runs);
    }
    const int rc = wanted("c") ? pollCost(parser.value(sandboxOption), url, instances,
                                          parser.value(secondsOption).toInt())
                               : 0;
    prometheus.terminate();
    prometheus.waitForFinished(10000);
    return rc;
}
