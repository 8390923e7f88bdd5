// The connection layer against loopback servers that misbehave in ways the sandbox will not:
// overloaded, rate limiting, redirecting, answering slowly, endlessly or with garbage. Every
// case must end in one clear ClientError, never a hang or a crash.
#include "awaitresult.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/net/call.h"
#include "client/net/transport.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using lgsp::client::ClientError;
using lgsp::client::Connection;
using lgsp::client::Handler;
using lgsp::client::Result;
using lgsp::test::ScriptedServer;
using Kind = lgsp::client::ClientError::Kind;
using Answer = ScriptedServer::Answer;

namespace {

template<typename T>
Result<T> run(const std::function<void(Handler<T>)> &start, int ms = 20000)
{
    const std::optional<Result<T>> r = lgsp::test::awaitResult<Result<T>>(start, ms);
    if (r)
        return *r;
    Result<T> timedOut;
    timedOut.error = ClientError::make(Kind::Cancelled, QStringLiteral("the test gave up waiting"));
    return timedOut;
}

QByteArray json(int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    return ScriptedServer::response(status, "application/json", body, headers);
}

const QByteArray kInfo = "{\"name\":\"x\",\"operator\":\"y\",\"version\":\"1\",\"apiVersion\":"
                         "\"1.0\",\"capabilities\":[],\"time\":\"2026-01-01T00:00:00Z\"}";

// A fast retry policy so the tests do not wait for production backoffs.
void fastRetries(Connection &connection)
{
    lgsp::client::RetryPolicy policy;
    policy.base = std::chrono::milliseconds(20);
    policy.cap = std::chrono::milliseconds(100);
    connection.transport()->setRetryPolicy(policy);
}

} // namespace

class TestTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overloadedServerIsRetriedForReads()
    {
        ScriptedServer server;
        server.enqueue(ScriptedServer::raw(json(503, "{}")));
        server.enqueue(ScriptedServer::raw(json(503, "{}")));
        server.enqueue(ScriptedServer::raw(json(200, kInfo)));
        Connection connection(server.url());
        fastRetries(connection);
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(server.received().size(), 3);
        // One correlation id for the call, on every attempt.
        const QByteArray id = server.received().at(0).header("X-Correlation-Id");
        QVERIFY(!id.isEmpty());
        QCOMPARE(server.received().at(2).header("X-Correlation-Id"), id);
    }

    void retriesGiveUpAfterTheLastAttempt()
    {
        ScriptedServer server;
        server.setDefault(ScriptedServer::raw(json(503, "{}")));
        Connection connection(server.url());
        fastRetries(connection);
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QCOMPARE(r.error.kind, Kind::Server);
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(server.received().size(), 3);
    }

    void writesAreNeverRetried()
    {
        ScriptedServer server;
        server.setDefault(ScriptedServer::raw(json(503, "{}")));
        Connection connection(server.url());
        fastRetries(connection);
        lgsp::protocol::TenantInput input;
        input.code = QStringLiteral("000.00.00.H99");
        const auto r = run<lgsp::protocol::Tenant>(
            [&](auto done) { connection.backend()->createTenant(input, &connection, done); });
        QCOMPARE(r.error.kind, Kind::Server);
        QCOMPARE(server.received().size(), 1);
        QCOMPARE(server.received().at(0).method, QByteArray("POST"));
    }

    void rateLimitHonoursRetryAfter()
    {
        ScriptedServer server;
        server.enqueue(ScriptedServer::raw(json(429, "{}", {{"Retry-After", "1"}})));
        server.enqueue(ScriptedServer::raw(json(200, kInfo)));
        Connection connection(server.url());
        fastRetries(connection);
        QElapsedTimer timer;
        timer.start();
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY2(timer.elapsed() >= 900, "the Retry-After of 1 s was not waited for");
    }

    void longRetryAfterGoesToTheCaller()
    {
        ScriptedServer server;
        server.setDefault(ScriptedServer::raw(
            ScriptedServer::response(429, "application/problem+json",
                                     "{\"type\":\"about:blank\",\"title\":\"Too many requests\","
                                     "\"status\":429,\"code\":\"rate_limited\"}",
                                     {{"Retry-After", "600"}})));
        Connection connection(server.url());
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QCOMPARE(r.error.kind, Kind::RateLimited);
        QCOMPARE(r.error.retryAfterSeconds, 600);
        QCOMPARE(r.error.problemCode, QStringLiteral("rate_limited"));
        QCOMPARE(server.received().size(), 1);
        QVERIFY(r.error.message().contains(QLatin1String("600")));
    }

    void slowDripTimesOutWithinTheConfiguredTime()
    {
        ScriptedServer server;
        server.setDefault(Answer{Answer::Mode::Drip, json(200, kInfo)});
        Connection connection(server.url());
        connection.setRequestTimeout(std::chrono::milliseconds(1000));
        connection.transport()->setRetryPolicy(lgsp::client::RetryPolicy{1, {}, {}, {}});
        QElapsedTimer timer;
        timer.start();
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QCOMPARE(r.error.kind, Kind::Timeout);
        // A byte every 200 ms never trips an idle timeout; the call's deadline must.
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void endlessBodyHitsTheSizeCap()
    {
        ScriptedServer server;
        server.setDefault(Answer{Answer::Mode::Endless, {}});
        Connection connection(server.url());
        connection.transport()->setMaxResponseBytes(2 * 1024 * 1024);
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QCOMPARE(r.error.kind, Kind::Protocol);
        QVERIFY(r.error.detail.contains(QLatin1String("MiB")));
    }

    void announcedHugeBodyIsRefusedAtOnce()
    {
        ScriptedServer server;
        server.setDefault(
            ScriptedServer::raw("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                "Content-Length: 99999999999\r\n\r\n{"));
        Connection connection(server.url());
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QCOMPARE(r.error.kind, Kind::Protocol);
    }

    void redirectIsReportedNotFollowed()
    {
        ScriptedServer server;
        server.setDefault(ScriptedServer::raw(
            ScriptedServer::response(301, {}, {}, {{"Location", "https://elsewhere.invalid/"}})));
        Connection connection(server.url());
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QCOMPARE(r.error.kind, Kind::Http);
        QVERIFY(r.error.detail.contains(QLatin1String("elsewhere.invalid")));
    }

    void unknownHostIsADnsError()
    {
        Connection connection(QUrl(QStringLiteral("http://lgsp.no-such-host.invalid:8080")));
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QCOMPARE(r.error.kind, Kind::Dns);
        QVERIFY(!r.error.message().isEmpty());
    }

    void problemDetailsBecomeFieldErrors()
    {
        ScriptedServer server;
        server.setDefault(ScriptedServer::raw(ScriptedServer::response(
            400, "application/problem+json",
            "{\"type\":\"about:blank\",\"title\":\"The tenant is not valid\",\"status\":400,"
            "\"code\":\"validation_failed\",\"errors\":[{\"field\":\"/code\",\"code\":"
            "\"invalid\",\"message\":\"not an agency code\"}]}")));
        Connection connection(server.url());
        const auto r = run<lgsp::protocol::Tenant>([&](auto done) {
            connection.backend()->createTenant(lgsp::protocol::TenantInput{}, &connection, done);
        });
        QCOMPARE(r.error.kind, Kind::Validation);
        QCOMPARE(r.error.problemCode, QStringLiteral("validation_failed"));
        QCOMPARE(r.error.fieldErrors.size(), 1);
        QCOMPARE(r.error.fieldErrors.at(0).field, QStringLiteral("/code"));
    }

    void manualProxyCarriesTheCalls()
    {
        // The scripted server plays an HTTP proxy: it must receive the absolute URL of the
        // instance, which itself is never contacted (its port is closed).
        ScriptedServer proxy;
        proxy.setDefault(ScriptedServer::raw(json(200, kInfo)));
        lgsp::client::ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = QStringLiteral("behind a proxy");
        profile.baseUrl = QUrl(QStringLiteral("http://lgsp.tinh.example.invalid:8280/lgsp"));
        profile.auth = QStringLiteral("none");
        profile.proxy = QStringLiteral("manual");
        profile.proxyHost = QStringLiteral("127.0.0.1");
        profile.proxyPort = proxy.serverPort();
        Connection connection(profile);
        const auto r = run<lgsp::protocol::InstanceInfo>(
            [&](auto done) { connection.backend()->info(&connection, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(proxy.received().size(), 1);
        QCOMPARE(proxy.received().at(0).path,
                 QByteArray("http://lgsp.tinh.example.invalid:8280/lgsp/api/v1/info"));
    }

    void cancelledCallReportsCancelled()
    {
        ScriptedServer server; // silent
        Connection connection(server.url());
        lgsp::client::ApiRequest request;
        request.path = QStringLiteral("/api/v1/info");
        std::optional<lgsp::client::ApiReply> got;
        lgsp::client::Call *call = connection.transport()->send(
            request, this, [&got](const lgsp::client::ApiReply &reply) { got = reply; });
        QTRY_COMPARE(server.received().size(), 1);
        call->abort(); // as a page does when it is closed
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error.kind, Kind::Cancelled);
    }

    // A page of 800 tenants (about 250 KB) is decoded on a worker thread: the answer still
    // comes on the caller's thread, complete, and a bad item deep in it is still named.
    void largePagesAreDecodedOnAWorker()
    {
        QByteArray items;
        for (int i = 0; i < 800; ++i) {
            if (i > 0)
                items += ',';
            const QByteArray code =
                i == 700 ? QByteArray("7") : QByteArray("\"T") + QByteArray::number(i) + '"';
            items += "{\"code\":" + code + ",\"name\":\"Tỉnh số " + QByteArray::number(i) +
                     "\",\"nameEn\":\"Province\",\"kind\":\"province\",\"status\":\"active\","
                     "\"ndxpMemberId\":\"VN:GOV:X:LGSP\",\"contact\":{\"name\":\"Nguyễn Văn "
                     "A\",\"email\":\"a@example.gov.vn\",\"phone\":\"0293\"},\"createdAt\":"
                     "\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-02T00:00:00Z\","
                     "\"serviceCount\":3,\"consumerCount\":2,\"allowedActions\":[\"edit\"]}";
        }
        const QByteArray bad = "{\"items\":[" + items + "],\"total\":800,\"nextCursor\":null}";
        QByteArray good = bad;
        good.replace("{\"code\":7,", "{\"code\":\"T700\",");
        QVERIFY(good.size() > 200 * 1024);

        ScriptedServer server;
        server.enqueue(ScriptedServer::raw(json(200, good)));
        server.enqueue(ScriptedServer::raw(json(200, bad)));
        Connection connection(server.url());
        lgsp::client::Backend *backend = connection.backend();
        QThread *handlerThread = nullptr;
        const auto page = run<lgsp::protocol::ListPage<lgsp::protocol::Tenant>>([&](auto done) {
            backend->tenants({}, &connection, [&, done](const auto &r) {
                handlerThread = QThread::currentThread();
                done(r);
            });
        });
        QVERIFY2(page.ok(), qPrintable(page.error.message()));
        QCOMPARE(handlerThread, QThread::currentThread());
        QCOMPARE(page.value.items.size(), 800);
        QCOMPARE(page.value.items.at(700).code, QStringLiteral("T700"));
        QCOMPARE(page.value.items.at(799).name, QStringLiteral("Tỉnh số 799"));

        const auto broken = run<lgsp::protocol::ListPage<lgsp::protocol::Tenant>>(
            [&](auto done) { backend->tenants({}, &connection, done); });
        QCOMPARE(broken.error.kind, Kind::Protocol);
        QVERIFY2(broken.error.message().contains(QStringLiteral("/items/700/code")),
                 qPrintable(broken.error.message()));
    }

    void malformedBodiesAreProtocolErrors_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field"); // the JSON pointer the error must name; "" = any
        const auto row = [](const char *name, const char *call, const QByteArray &body,
                            const char *field) {
            QTest::newRow(name) << QString::fromLatin1(call) << body << QString::fromLatin1(field);
        };
        row("empty body", "info", "", "");
        row("not json", "info", "<html>captive portal</html>", "");
        row("truncated", "info", "{\"name\":\"x\",", "");
        row("array", "info", "[1,2,3]", "");
        row("invalid utf-8", "info", "{\"name\":\"\xff\xfe\"}", "");
        row("info name is a number", "info", "{\"name\":1}", "/name");
        row("info time is not a timestamp", "info",
            "{\"name\":\"x\",\"operator\":\"y\",\"version\":\"1\",\"apiVersion\":\"1.0\","
            "\"capabilities\":[],\"time\":\"yesterday\"}",
            "/time");
        row("health checks not an array", "health",
            "{\"status\":\"ok\",\"time\":\"2026-01-01T00:00:00Z\",\"checks\":{}}", "/checks");
        row("tenants without items", "tenants", "{\"total\":3}", "/items");
        row("tenant item of the wrong type", "tenants",
            "{\"items\":[42],\"total\":1,\"nextCursor\":null}", "/items/0");
        row("tenant missing its code", "tenants",
            "{\"items\":[{\"name\":\"A\"}],\"total\":1,\"nextCursor\":null}", "/items/0/code");
        row("negative total", "tenants", "{\"items\":[],\"total\":-5,\"nextCursor\":null}",
            "/total");
        row("metrics bucket count is a string", "metrics",
            "{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-01-01T01:00:00Z\",\"step\":60,"
            "\"resolution\":\"1m\",\"series\":[{\"buckets\":[{\"t\":1,\"count\":\"many\"}]}]}",
            "");
        row("huge number", "tenants", "{\"items\":[],\"total\":1e400,\"nextCursor\":null}", "");
        row("deep nesting", "info", QByteArray(5000, '[') + QByteArray(5000, ']'), "");
        row("config without tenants", "config", "{\"schemaVersion\":1}", "");
        row("validation valid is a string", "validate",
            "{\"valid\":\"yes\",\"revision\":1,\"changes\":[],\"errors\":[]}", "/valid");
    }

    void malformedBodiesAreProtocolErrors()
    {
        QFETCH(QString, call);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ScriptedServer server;
        server.setDefault(ScriptedServer::raw(json(200, body)));
        Connection connection(server.url());
        lgsp::client::Backend *backend = connection.backend();
        ClientError error;
        if (call == QLatin1String("info")) {
            error = run<lgsp::protocol::InstanceInfo>([&](auto done) {
                        backend->info(&connection, done);
                    }).error;
        } else if (call == QLatin1String("health")) {
            error = run<lgsp::protocol::HealthReport>([&](auto done) {
                        backend->health(&connection, done);
                    }).error;
        } else if (call == QLatin1String("tenants")) {
            error = run<lgsp::protocol::ListPage<lgsp::protocol::Tenant>>([&](auto done) {
                        backend->tenants({}, &connection, done);
                    }).error;
        } else if (call == QLatin1String("metrics")) {
            error = run<lgsp::protocol::MetricsResponse>([&](auto done) {
                        backend->metrics({}, &connection, done);
                    }).error;
        } else if (call == QLatin1String("config")) {
            error = run<lgsp::protocol::ConfigBundle>([&](auto done) {
                        backend->exportConfig(&connection, done);
                    }).error;
        } else if (call == QLatin1String("validate")) {
            error = run<lgsp::protocol::ConfigValidation>([&](auto done) {
                        backend->validateConfig({}, &connection, done);
                    }).error;
        } else {
            QFAIL("unknown call in the data table");
        }
        QCOMPARE(error.kind, Kind::Protocol);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.correlationId.isEmpty());
        if (!field.isEmpty())
            QVERIFY2(error.detail.startsWith(field), qPrintable(error.detail));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
