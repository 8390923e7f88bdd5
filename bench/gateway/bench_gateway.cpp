// Gateway benchmark: starts a real lgsp-sandbox (--seed demo), then
//  (a) throughput: as many calls as `--concurrency` connections complete in `--seconds`
//      through /gw/… to a demo upstream that answers at once, and how many the sandbox
//      recorded;
//  (b) added latency: calls at a fixed `--rate` a second, alternately straight to the demo
//      upstream and through the gateway; the difference of the percentiles is what the
//      gateway adds (authentication, checks, forwarding, recording);
//  (c) with Debian's wrk as the load generator (`--connections` connections, two threads):
//      the demo upstream directly, the gateway (and how many it recorded), and an nginx
//      reverse proxy (proxy_pass, keep-alive) in front of the same upstream; the gateway's
//      rate over nginx's is printed.
//
//   bench_gateway [--sandbox PATH] [--seconds N] [--concurrency N] [--rate N]
//                 [--connections N] [--part a|b|c|all]
#include "loadtools.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <functional>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5));
    return values[index];
}

QJsonObject waitJson(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("Path of lgsp-sandbox."), QStringLiteral("path"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lgsp-sandbox")));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Duration of each phase."),
                                           QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Calls in flight in phase (a)."),
                                               QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Calls a second in phase (b)."),
                                        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("wrk's connections in phase (c)."),
                                               QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption partOption(QStringLiteral("part"),
                                        QStringLiteral("a, b, c or all (the default)."),
                                        QStringLiteral("part"), QStringLiteral("all"));
    parser.addOptions({sandboxOption, secondsOption, concurrencyOption, rateOption,
                       connectionsOption, partOption});
    parser.process(app);
    const QString part = parser.value(partOption);
    const auto runs = [&part](const char *name) {
        return part == QLatin1String("all") || part == QLatin1String(name);
    };
    const int seconds = parser.value(secondsOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int rate = parser.value(rateOption).toInt();

    QTemporaryDir data;
    QProcess sandbox;
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(parser.value(sandboxOption),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--data-dir"), data.path(), QStringLiteral("--seed"),
                   QStringLiteral("demo"), QStringLiteral("--rate-limit"),
                   QStringLiteral("100000000")});
    if (!sandbox.waitForReadyRead(20000)) {
        std::fprintf(stderr, "lgsp-sandbox did not start\n");
        return 1;
    }
    const QUrl base(QString::fromUtf8(sandbox.readLine().trimmed().mid(13)));
    QFile bootstrap(data.filePath(QStringLiteral("bootstrap-credentials.json")));
    bootstrap.open(QIODevice::ReadOnly);
    const QJsonObject credentials = QJsonDocument::fromJson(bootstrap.readAll()).object();

    QNetworkAccessManager network;
    QNetworkRequest tokenRequest(base.resolved(QUrl(QStringLiteral("/oauth2/token"))));
    tokenRequest.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    tokenRequest.setRawHeader(
        "Authorization",
        "Basic " + (credentials.value(QStringLiteral("client_id")).toString() + QLatin1Char(':') +
                    credentials.value(QStringLiteral("client_secret")).toString())
                       .toUtf8()
                       .toBase64());
    const QString token = waitJson(network.post(tokenRequest, "grant_type=client_credentials"))
                              .value(QStringLiteral("access_token"))
                              .toString();
    QNetworkRequest keyRequest(base.resolved(QUrl(QStringLiteral("/api/v1/credentials"))));
    keyRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    keyRequest.setRawHeader("Content-Type", "application/json");
    const QByteArray key =
        "ApiKey " +
        waitJson(network.post(keyRequest, "{\"kind\":\"apikey\",\"name\":\"bench\",\"role\":"
                                          "\"viewer\",\"tenantCode\":\"000.00.00.H30\"}"))
            .value(QStringLiteral("key"))
            .toString()
            .toLatin1();
    // A service of its own with a generous SLA, so the benchmark measures the gateway rather
    // than the demo services' rate limit.
    QNetworkRequest serviceRequest(base.resolved(QUrl(QStringLiteral("/api/v1/services"))));
    serviceRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    serviceRequest.setRawHeader("Content-Type", "application/json");
    const QJsonObject service{
        {QStringLiteral("code"), QStringLiteral("bench")},
        {QStringLiteral("name"), QStringLiteral("Benchmark")},
        {QStringLiteral("version"), QStringLiteral("1")},
        {QStringLiteral("tenantCode"), QStringLiteral("000.00.00.G14")},
        {QStringLiteral("protocol"), QStringLiteral("REST")},
        {QStringLiteral("definitionType"), QStringLiteral("OAS3")},
        {QStringLiteral("upstreamUrl"),
         base.resolved(QUrl(QStringLiteral("/upstream/bench"))).toString()},
        {QStringLiteral("consumers"), QJsonArray{QStringLiteral("000.00.00.H30")}},
        {QStringLiteral("sla"), QJsonObject{{QStringLiteral("timeoutMs"), 10000},
                                            {QStringLiteral("rateLimitPerMin"), 1000000}}}};
    const QJsonObject created =
        waitJson(network.post(serviceRequest, QJsonDocument(service).toJson()));
    if (created.value(QStringLiteral("id")).toString().isEmpty()) {
        std::fprintf(stderr, "cannot create the benchmark service: %s\n",
                     QJsonDocument(created).toJson(QJsonDocument::Compact).constData());
        sandbox.terminate();
        sandbox.waitForFinished(5000);
        return 1;
    }
    QNetworkRequest publish(
        base.resolved(QUrl(QStringLiteral("/api/v1/services/000.00.00.G14~bench:publish"))));
    publish.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    waitJson(network.post(publish, QByteArray()));
    const QUrl gateway =
        base.resolved(QUrl(QStringLiteral("/gw/000.00.00.G14/bench/x?demo-latency=0")));
    const QUrl direct = base.resolved(QUrl(QStringLiteral("/upstream/bench/x?demo-latency=0")));

    QNetworkRequest countRequest(base.resolved(
        QUrl(QStringLiteral("/api/v1/transactions?limit=1&service=000.00.00.G14~bench"))));
    countRequest.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const auto recordedSoFar = [&] {
        QThread::msleep(2500); // let the recorder flush (it writes once a second)
        return waitJson(network.get(countRequest)).value(QStringLiteral("total")).toInteger();
    };

    // (a) throughput
    if (runs("a")) {
        qint64 completed = 0;
        qint64 failed = 0;
        QElapsedTimer clock;
        clock.start();
        const qint64 endMs = qint64(seconds) * 1000;
        int inFlight = 0;
        std::function<void()> fire = [&] {
            QNetworkRequest request(gateway);
            request.setRawHeader("Authorization", key);
            QNetworkReply *reply = network.get(request);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                reply->deleteLater();
                --inFlight;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                (status == 200 ? completed : failed)++;
                if (status != 200 && failed == 1)
                    std::fprintf(stderr, "first failure: HTTP %d %s\n", status,
                                 reply->readAll().left(300).constData());
                if (clock.elapsed() < endMs)
                    fire();
                else if (inFlight == 0)
                    QCoreApplication::exit(0);
            });
        };
        for (int i = 0; i < concurrency; ++i)
            fire();
        QTimer::singleShot(endMs + 5000, &app, [] { QCoreApplication::exit(0); });
        app.exec();
        const double elapsed = double(clock.elapsed()) / 1000.0;
        const qint64 recorded = recordedSoFar();
        std::printf(
            "(a) throughput: %lld calls in %.1f s with %d in flight = %.0f calls/s through the "
            "gateway (%lld failed); %lld recorded by the sandbox\n",
            static_cast<long long>(completed), elapsed, concurrency, double(completed) / elapsed,
            static_cast<long long>(failed), static_cast<long long>(recorded));
    }

    // (b) added latency at a fixed rate, alternating direct and gateway calls
    if (runs("b")) {
        std::vector<double> directMs;
        std::vector<double> gatewayMs;
        int sent = 0;
        const int total = rate * seconds;
        QTimer pacer;
        pacer.setTimerType(Qt::PreciseTimer);
        QElapsedTimer phase;
        phase.start();
        int outstanding = 0;
        QObject::connect(&pacer, &QTimer::timeout, &app, [&] {
            // Send every call whose scheduled time has come.
            while (sent < total && phase.nsecsElapsed() >= qint64(sent) * 1000000000LL / rate) {
                const bool viaGateway = sent % 2 == 1;
                QNetworkRequest request(viaGateway ? gateway : direct);
                if (viaGateway)
                    request.setRawHeader("Authorization", key);
                const qint64 start = phase.nsecsElapsed();
                QNetworkReply *reply = network.get(request);
                ++outstanding;
                QObject::connect(reply, &QNetworkReply::finished, reply,
                                 [&, reply, start, viaGateway] {
                                     reply->deleteLater();
                                     (viaGateway ? gatewayMs : directMs)
                                         .push_back(double(phase.nsecsElapsed() - start) / 1e6);
                                     if (--outstanding == 0 && sent >= total)
                                         QCoreApplication::exit(0);
                                 });
                ++sent;
            }
        });
        pacer.start(1);
        app.exec();
        const double p50d = percentile(directMs, 0.5), p99d = percentile(directMs, 0.99);
        const double p50g = percentile(gatewayMs, 0.5), p99g = percentile(gatewayMs, 0.99);
        std::printf(
            "(b) at %d calls/s for %d s: direct to the upstream p50 %.2f ms, p99 %.2f ms; through "
            "the gateway p50 %.2f ms, p99 %.2f ms; added by the gateway: p50 %.2f ms, p99 %.2f "
            "ms\n",
            rate, seconds, p50d, p99d, p50g, p99g, p50g - p50d, p99g - p99d);
    }

    // (c) wrk: the upstream alone, the gateway, nginx in front of the same upstream
    if (runs("c")) {
        const int connections = parser.value(connectionsOption).toInt();
        const auto print = [](const char *what, const bench::WrkResult &r) {
            std::printf("(c) %s: %.0f calls/s (%lld calls, %lld errors), latency p50 %.2f ms, "
                        "p99 %.2f ms\n",
                        what, r.requestsPerSecond, static_cast<long long>(r.requests),
                        static_cast<long long>(r.errors), r.p50Ms, r.p99Ms);
        };
        const std::optional<bench::WrkResult> upstream =
            bench::runWrk(direct, {}, connections, seconds);
        const qint64 before = recordedSoFar();
        const std::optional<bench::WrkResult> viaGateway =
            bench::runWrk(gateway, "Authorization: " + key, connections, seconds);
        const qint64 recorded = recordedSoFar() - before;
        bench::NginxProxy nginx;
        std::optional<bench::WrkResult> viaNginx;
        if (nginx.start(quint16(base.port())))
            viaNginx = bench::runWrk(nginx.url(direct.path() + QLatin1Char('?') + direct.query()),
                                     {}, connections, seconds);
        if (!upstream || !viaGateway || !viaNginx) {
            sandbox.terminate();
            sandbox.waitForFinished(5000);
            return 1;
        }
        std::printf("(c) wrk, %d connections, %d s each:\n", connections, seconds);
        print("the demo upstream alone", *upstream);
        print("through the gateway", *viaGateway);
        std::printf("(c) recorded by the gateway: %lld of %lld calls (%.0f recorded calls/s)\n",
                    static_cast<long long>(recorded), static_cast<long long>(viaGateway->requests),
                    double(recorded) / double(seconds));
        print("through nginx (proxy_pass)", *viaNginx);
        std::printf("(c) gateway / nginx: %.2f; gateway / upstream alone: %.2f\n",
                    viaGateway->requestsPerSecond / viaNginx->requestsPerSecond,
                    viaGateway->requestsPerSecond / upstream->requestsPerSecond);
    }

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return 0;
}
