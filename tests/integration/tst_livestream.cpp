// The live stream client against a real sandbox with simulated traffic: buckets arrive once a
// second in order; when the sandbox is stopped and started again the client reconnects and
// backfills the missed seconds from the metrics endpoint, leaving no silent hole; a server
// that accepts the connection but never upgrades it is detected by the watchdog.
#include "client/connection.h"
#include "client/stream/livestream.h"
#include "sandboxprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using lgsp::client::Connection;
using lgsp::client::ConnectionProfile;
using lgsp::client::LiveStream;
using lgsp::protocol::MetricsBucket;
using lgsp::test::SandboxProcess;

namespace {

ConnectionProfile profileFor(const SandboxProcess &sandbox)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("stream");
    profile.baseUrl = sandbox.baseUrl();
    profile.clientId = sandbox.bootstrapClientId();
    profile.proxy = QStringLiteral("none");
    return profile;
}

struct Received
{
    qint64 t;
    qint64 count;
    bool backfilled;
};

} // namespace

class TestLiveStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsArriveInOrder()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                               QStringLiteral("--simulate"), QStringLiteral("40")}));
        Connection connection(profileFor(sandbox));
        connection.setSecret(sandbox.bootstrapSecret());
        LiveStream stream(&connection);
        QList<Received> received;
        connect(&stream, &LiveStream::bucketReceived, this,
                [&received](const MetricsBucket &b, bool backfilled) {
                    received.append({b.t, b.count, backfilled});
                });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Live, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 4, 15000);
        qint64 total = 0;
        for (qsizetype i = 1; i < received.size(); ++i) {
            QCOMPARE(received.at(i).t, received.at(i - 1).t + 1);
            QVERIFY(!received.at(i).backfilled);
            total += received.at(i).count;
        }
        QVERIFY2(total > 0, "40 calls a second, yet every bucket was empty");
        stream.stop();
        QCOMPARE(stream.state(), LiveStream::State::Stopped);
    }

    void restartedSandboxIsBackfilled()
    {
        QTemporaryDir data;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const QStringList arguments{QStringLiteral("--listen"),   listen,
                                    QStringLiteral("--seed"),     QStringLiteral("demo"),
                                    QStringLiteral("--simulate"), QStringLiteral("50")};
        auto sandbox = std::make_unique<SandboxProcess>(data.path());
        QVERIFY(sandbox->start(arguments));
        Connection connection(profileFor(*sandbox));
        connection.setSecret(sandbox->bootstrapSecret());
        LiveStream stream(&connection);
        // The first reconnection comes 4 to 8 s after the loss: by then the restarted
        // sandbox has recorded traffic the client has not seen, which the backfill must bring.
        stream.setReconnectDelays(std::chrono::seconds(8), std::chrono::seconds(8));
        QList<Received> received;
        QList<QPair<qint64, qint64>> gaps;
        connect(&stream, &LiveStream::bucketReceived, this,
                [&received](const MetricsBucket &b, bool backfilled) {
                    received.append({b.t, b.count, backfilled});
                });
        connect(&stream, &LiveStream::gap, this, [&gaps](qint64 from, qint64 to) {
            gaps.append({from, to});
        });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 3, 15000);

        // Kill it (what it had not flushed is lost), stay away a while, come back.
        sandbox->process().kill();
        QVERIFY(sandbox->process().waitForFinished(5000));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Reconnecting, 15000);
        const qsizetype beforeOutage = received.size();
        QTest::qWait(1000);
        sandbox = std::make_unique<SandboxProcess>(data.path());
        QVERIFY(sandbox->start(arguments));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LiveStream::State::Live, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= beforeOutage + 6, 20000);

        // Every second exactly once, in order, across the outage.
        for (qsizetype i = 1; i < received.size(); ++i)
            QCOMPARE(received.at(i).t, received.at(i - 1).t + 1);
        qint64 backfilledSeconds = 0;
        qint64 backfilledCalls = 0;
        for (const Received &r : std::as_const(received)) {
            if (r.backfilled) {
                ++backfilledSeconds;
                backfilledCalls += r.count;
            }
        }
        QVERIFY2(backfilledSeconds >= 2, qPrintable(QString::number(backfilledSeconds)));
        QVERIFY2(backfilledCalls > 0, "the backfill brought no recorded traffic");
        QVERIFY(gaps.isEmpty());
        QVERIFY(stream.reconnects() >= 1);
    }

    void silentServerIsDetected()
    {
        // Accepts TCP connections and never completes the WebSocket upgrade.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = QStringLiteral("silent");
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        profile.auth = QStringLiteral("none");
        profile.requestTimeoutMs = 1000;
        Connection connection(profile);
        LiveStream stream(&connection);
        QSignalSpy problems(&stream, &LiveStream::problem);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.reconnects() >= 1, 10000);
        QVERIFY(!problems.isEmpty());
        QVERIFY(stream.state() != LiveStream::State::Live);
        stream.stop();
    }
};

QTEST_GUILESS_MAIN(TestLiveStream)
#include "tst_livestream.moc"
