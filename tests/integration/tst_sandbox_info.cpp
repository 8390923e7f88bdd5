// The console's connection against a real lgsp-sandbox process, and against loopback servers
// that misbehave: silent, refusing, answering garbage.
#include "client/connection.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using lgsp::client::ClientError;
using lgsp::client::Connection;
using lgsp::protocol::InstanceInfo;

namespace {

// A loopback HTTP server that answers every request with one fixed raw response, or never.
class RawServer final : public QTcpServer
{
public:
    explicit RawServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    if (!m_response.isEmpty())
                        socket->write(m_response);
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    QByteArray m_response;
};

QByteArray rawResponse(int status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

ClientError fetchExpectingError(Connection &connection)
{
    QSignalSpy failed(&connection, &Connection::failed);
    QSignalSpy received(&connection, &Connection::infoReceived);
    connection.fetchInfo();
    if (!failed.wait(10000) || received.count() != 0)
        return {};
    return failed.first().first().value<ClientError>();
}

} // namespace

class TestSandboxInfo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ClientError>(); }

    void infoFromARealSandbox()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--name"), QStringLiteral("LGSP thử nghiệm"),
                               QStringLiteral("--operator"), QStringLiteral("Bộ Xây dựng")}));
        QVERIFY(sandbox.baseUrl().port() > 0);

        Connection connection(sandbox.baseUrl());
        QSignalSpy received(&connection, &Connection::infoReceived);
        connection.fetchInfo();
        QVERIFY(received.wait(10000));
        const auto info = received.first().first().value<InstanceInfo>();
        QCOMPARE(info.name, QStringLiteral("LGSP thử nghiệm"));
        QCOMPARE(info.operatorName, QStringLiteral("Bộ Xây dựng"));
        QVERIFY(info.isCompatible());
        QVERIFY(qAbs(info.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void unknownRouteIsAProblemWithCorrelationId()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        QNetworkAccessManager network;
        QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(QStringLiteral("/nope"))));
        request.setRawHeader("X-Correlation-Id", "test-correlation-42");
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(QLatin1String("application/problem+json")));
        QCOMPARE(reply->rawHeader("X-Correlation-Id"), QByteArray("test-correlation-42"));
        const QJsonObject problem = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 404);
        QCOMPARE(problem.value(QStringLiteral("code")).toString(), QStringLiteral("not_found"));
        reply->deleteLater();
    }

    void sandboxStopsOnSigterm()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        sandbox.process().terminate();
        QVERIFY(sandbox.process().waitForFinished(5000));
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 0);
    }

    void silentServerTimesOut()
    {
        RawServer silent{QByteArray()};
        Connection connection(silent.url());
        connection.setRequestTimeout(std::chrono::milliseconds(500));
        QElapsedTimer timer;
        timer.start();
        const ClientError error = fetchExpectingError(connection);
        QCOMPARE(error.kind, ClientError::Kind::Timeout);
        QVERIFY2(timer.elapsed() < 5000, "the timeout was not honoured");
        QVERIFY(!error.correlationId.isEmpty());
        QVERIFY(!error.message().isEmpty());
    }

    void refusedConnectionIsANetworkError()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        Connection connection(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QCOMPARE(fetchExpectingError(connection).kind, ClientError::Kind::Network);
    }

    void badAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("kind");
        QTest::newRow("html page") << rawResponse(200, "text/html", "<html>oops</html>")
                                   << int(ClientError::Kind::Protocol);
        QTest::newRow("wrong types")
            << rawResponse(200, "application/json", "{\"name\":1,\"operator\":[]}")
            << int(ClientError::Kind::Protocol);
        QTest::newRow("other major version")
            << rawResponse(
                   200, "application/json",
                   "{\"name\":\"x\",\"operator\":\"y\",\"version\":\"9\",\"apiVersion\":\"2.0\","
                   "\"capabilities\":[],\"time\":\"2026-01-01T00:00:00Z\"}")
            << int(ClientError::Kind::Incompatible);
        QTest::newRow("server error")
            << rawResponse(503, "text/plain", "busy") << int(ClientError::Kind::Server);
        QTest::newRow("not found")
            << rawResponse(404, "text/plain", "no") << int(ClientError::Kind::NotFound);
    }

    void badAnswers()
    {
        QFETCH(QByteArray, response);
        QFETCH(int, kind);
        RawServer server(response);
        Connection connection(server.url());
        const ClientError error = fetchExpectingError(connection);
        QCOMPARE(int(error.kind), kind);
        QVERIFY(!error.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxInfo)
#include "tst_sandbox_info.moc"
