// A national fleet in the console's own pages (offscreen): N instances, H of them hanging — a
// loopback port that accepts and never answers (H - 1 profiles) and one that never accepts —
// the rest one real lgsp-sandbox. The fleet, health and transactions pages take turns on
// screen (10 s each) while the fleet polls at the profiles' interval. Prints:
//  - the GUI thread's lag: the gaps of a 1 ms timer beyond its period (median, p99, max);
//  - when every instance had its first report, and how long each hung one took to be shown
//    failing (from its poll starting);
//  - the poll queue, the polls holding a slot and the polls in flight, at most;
//  - resident memory over time (a soak: --seconds 1800; growth after the first 5 minutes).
//
//   bench_fleet [--instances 100] [--hanging 20] [--seconds 120] [--interval-ms 30000]
//               [--timeout-ms 15000] [--page fleet|health|transactions|all] [--sandbox PATH]
#include "benchtools.h"
#include "fullbacklog.h"
#include "scriptedserver.h"

#include "client/fleet/fleet.h"
#include "models/traffic/chartwindow.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactionspage.h"
#include "ui/fleet/fleetpage.h"
#include "ui/health/healthpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QStackedWidget>
#include <QTimer>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace lgsp;

namespace {

struct Options
{
    int instances = 100;
    int hanging = 20;
    int seconds = 120;
    int intervalMs = 30000;
    int timeoutMs = 15000;
};

QList<client::ConnectionProfile> makeProfiles(const Options &o, const bench::Sandbox &sandbox,
                                              quint16 silentPort, quint16 fullPort,
                                              QSet<QUuid> *hung)
{
    QList<client::ConnectionProfile> list;
    for (int i = 0; i < o.instances; ++i) {
        client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.proxy = QStringLiteral("none");
        p.pollIntervalMs = o.intervalMs;
        p.requestTimeoutMs = o.timeoutMs;
        // The hung ones spread through the list, as they would be among real provinces.
        const bool hanging =
            o.hanging > 0 && i % (o.instances / o.hanging) == 0 && hung->size() < o.hanging;
        if (hanging) {
            const bool never = hung->isEmpty() && fullPort != 0;
            p.name = never ? QStringLiteral("LGSP %1 (never accepts)").arg(i + 1)
                           : QStringLiteral("LGSP %1 (never answers)").arg(i + 1);
            p.baseUrl =
                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(never ? fullPort : silentPort));
            hung->insert(p.id);
        } else {
            p.name = QStringLiteral("LGSP %1").arg(i + 1);
            p.baseUrl = sandbox.url;
            p.clientId = sandbox.clientId;
        }
        list.append(p);
    }
    return list;
}

// Lags in 10 µs steps up to 100 ms, longer ones kept as they are (rare).
class LagHistogram
{
public:
    void add(double ms)
    {
        ++m_count;
        m_max = std::max(m_max, ms);
        if (ms > 16)
            ++m_over16;
        const auto step = size_t(ms * 100.0);
        if (step < m_steps.size())
            ++m_steps[step];
        else
            m_long.push_back(ms);
    }
    qint64 count() const { return m_count; }
    double max() const { return m_max; }
    qint64 over16() const { return m_over16; }
    double percentile(double q) const
    {
        if (m_count == 0)
            return 0;
        const auto rank = qint64(q * double(m_count - 1));
        qint64 seen = 0;
        for (size_t i = 0; i < m_steps.size(); ++i) {
            seen += m_steps[i];
            if (seen > rank)
                return double(i) / 100.0;
        }
        std::vector<double> rest = m_long;
        std::sort(rest.begin(), rest.end());
        return rest.at(size_t(std::min<qint64>(rank - seen, qint64(rest.size()) - 1)));
    }

private:
    std::vector<qint64> m_steps = std::vector<qint64>(10000, 0);
    std::vector<double> m_long;
    qint64 m_count = 0;
    qint64 m_over16 = 0;
    double m_max = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    bench::useOffscreenByDefault();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sandboxPath = bench::sandboxOption();
    const auto number = [](const char *name, const char *help, int value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("n"), QString::number(value));
    };
    const Options defaults;
    const QCommandLineOption instances = number("instances", "Instances.", defaults.instances);
    const QCommandLineOption hanging = number("hanging", "Hanging instances.", defaults.hanging);
    const QCommandLineOption seconds = number("seconds", "Run time.", defaults.seconds);
    const QCommandLineOption interval =
        number("interval-ms", "Each profile's poll interval.", defaults.intervalMs);
    const QCommandLineOption timeout =
        number("timeout-ms", "Each profile's request timeout.", defaults.timeoutMs);
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("The page on screen: fleet, health, "
                                                 "transactions, or all in turn (10 s each)."),
                                  QStringLiteral("name"), QStringLiteral("all"));
    parser.addOptions({sandboxPath, instances, hanging, seconds, interval, timeout, page});
    parser.process(app);
    Options o;
    o.instances = std::max(1, parser.value(instances).toInt());
    o.hanging = std::clamp(parser.value(hanging).toInt(), 0, o.instances);
    o.seconds = std::max(10, parser.value(seconds).toInt());
    o.intervalMs = parser.value(interval).toInt();
    o.timeoutMs = parser.value(timeout).toInt();

    QTemporaryDir data;
    QProcess process;
    bench::Sandbox sandbox;
    if (!bench::startSandbox(process, parser.value(sandboxPath), data,
                             {QStringLiteral("--seed"), QStringLiteral("demo"),
                              QStringLiteral("--rate-limit"), QStringLiteral("1000000")},
                             &sandbox))
        return 1;
    test::ScriptedServer silent; // accepts, reads, never answers
    test::FullBacklog full;      // never accepts (Unix)
    QSet<QUuid> hung;
    const QList<client::ConnectionProfile> profiles =
        makeProfiles(o, sandbox, silent.serverPort(), full.isFull() ? full.port() : 0, &hung);

    client::Fleet fleet;
    fleet.setProfiles(profiles);
    for (const client::ConnectionProfile &p : profiles) {
        if (!hung.contains(p.id))
            fleet.setSecret(p.id, sandbox.clientSecret);
    }
    QStackedWidget window;
    window.resize(1400, 900);
    auto *fleetPage = new ui::FleetPage(&fleet);
    auto *healthPage = new ui::HealthPage(&fleet);
    auto *transactions = new ui::TransactionsPage(&fleet);
    window.addWidget(fleetPage);
    window.addWidget(healthPage);
    window.addWidget(transactions);
    // Four instances compared on the transactions page, one of them hung.
    QList<QUuid> compared;
    for (const client::ConnectionProfile &p : profiles) {
        if (compared.size() < 3 && !hung.contains(p.id))
            compared.append(p.id);
    }
    if (!hung.isEmpty())
        compared.append(*hung.cbegin());
    transactions->controls()->setWindow(
        models::ChartWindow::preset(models::ChartWindow::FiveMinutes));
    transactions->controls()->setInstances(compared);
    const int fixedPage = QStringList{QStringLiteral("fleet"), QStringLiteral("health"),
                                      QStringLiteral("transactions")}
                              .indexOf(parser.value(page));
    window.setCurrentIndex(std::max(0, fixedPage));
    window.show();

    QElapsedTimer clock;
    const bool printStalls = qEnvironmentVariableIsSet("BENCH_STALLS");
    // The GUI thread's lag: gaps of a 1 ms timer beyond 1 ms, counted in a histogram of a
    // fixed size (a list of every tick grew by 0.5 MiB a minute: the soak measured itself).
    LagHistogram lags;
    qint64 lastTick = -1;
    int maxQueued = 0, maxRunning = 0, maxInFlight = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0 && now > 1'000'000'000LL) { // after the first second
            const double lag = std::max(0.0, double(now - lastTick) / 1e6 - 1.0);
            lags.add(lag);
            if (printStalls && lag > 16)
                std::printf("stall %.1f ms at %.1f s on page %d\n", lag, double(now) / 1e9,
                            window.currentIndex());
        }
        lastTick = now;
        maxQueued = std::max(maxQueued, fleet.queuedProbes());
        maxRunning = std::max(maxRunning, fleet.runningProbes());
        maxInFlight = std::max(maxInFlight, fleet.pollsInFlight());
    });
    QHash<QUuid, qint64> startedAt;
    QHash<QUuid, qint64> firstReport;
    QList<qint64> hungShown; // from the poll starting to its failure shown
    qint64 allReported = -1;
    QObject::connect(&fleet, &client::Fleet::probeStarted,
                     [&](const QUuid &id) { startedAt[id] = clock.elapsed(); });
    QObject::connect(&fleet, &client::Fleet::instanceUpdated, [&](const QUuid &id) {
        if (firstReport.contains(id))
            return;
        firstReport.insert(id, clock.elapsed());
        if (hung.contains(id))
            hungShown.append(clock.elapsed() - startedAt.value(id));
        if (firstReport.size() == profiles.size())
            allReported = clock.elapsed();
    });
    // Memory every 10 s; the page on screen changes every 10 s.
    QList<std::pair<qint64, double>> memory;
    QList<double> heapInUse; // MiB the allocator has handed out and not had back (glibc)
    QTimer sampler;
    sampler.setInterval(10000);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        memory.append({clock.elapsed() / 1000, bench::residentMiB()});
#ifdef __GLIBC__
        heapInUse.append(double(mallinfo2().uordblks) / 1048576.0);
#endif
        if (fixedPage < 0)
            window.setCurrentIndex((window.currentIndex() + 1) % window.count());
    });
    QTimer::singleShot(o.seconds * 1000, &app, &QCoreApplication::quit);
    clock.start();
    ticker.start();
    sampler.start();
    fleet.start();
    app.exec();
    fleet.stop();

    std::printf("%d instances (%lld hanging: %lld accept and never answer, %d never accepts), "
                "poll every %d ms, timeout %d ms, %d s\n",
                o.instances, qint64(hung.size()), qint64(hung.size()) - (full.isFull() ? 1 : 0),
                full.isFull() ? 1 : 0, o.intervalMs, o.timeoutMs, o.seconds);
    std::printf("GUI-thread lag (1 ms timer, %lld ticks): median %.2f ms, p99 %.2f ms, max %.1f "
                "ms, %lld gaps over 16 ms\n",
                lags.count(), lags.percentile(0.5), lags.percentile(0.99), lags.max(),
                lags.over16());
    std::printf("every instance reported by %s; %lld of %d reported\n",
                allReported < 0 ? "never" : qPrintable(QStringLiteral("%1 ms").arg(allReported)),
                qint64(firstReport.size()), o.instances);
    std::vector<double> shown(hungShown.cbegin(), hungShown.cend());
    std::printf("hung instances shown failing after their poll began: median %.0f ms, max %.0f "
                "ms (%lld of %lld)\n",
                bench::median(shown),
                shown.empty() ? 0.0 : *std::max_element(shown.begin(), shown.end()),
                qint64(shown.size()), qint64(hung.size()));
    std::printf("at most: %d queued, %d holding a slot, %d in flight\n", maxQueued, maxRunning,
                maxInFlight);
    for (qsizetype i = 0; i < memory.size(); ++i)
        std::printf("memory at %4lld s: %.1f MiB resident, %.1f MiB of heap in use\n",
                    memory.at(i).first, memory.at(i).second, heapInUse.value(i, -1));
    double atFive = 0;
    for (const auto &[at, mib] : std::as_const(memory)) {
        if (at >= 300 && atFive == 0)
            atFive = mib;
    }
    if (atFive > 0)
        std::printf("growth after the first 5 minutes: %+.1f %% (%.1f → %.1f MiB)\n",
                    (memory.last().second / atFive - 1) * 100, atFive, memory.last().second);
    process.terminate();
    process.waitForFinished(10000);
    return 0;
}
