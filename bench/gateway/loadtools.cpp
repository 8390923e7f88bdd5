#include "loadtools.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>

namespace bench {

namespace {

// "1.23ms", "850.00us", "1.01s" in milliseconds.
double wrkDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9.]+)(us|ms|s|m)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("us"))
        return value / 1000.0;
    if (unit == QLatin1String("s"))
        return value * 1000.0;
    if (unit == QLatin1String("m"))
        return value * 60000.0;
    return value;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed when probe goes; nginx takes it next
}

} // namespace

std::optional<WrkResult> runWrk(const QUrl &url, const QByteArray &header, int connections,
                                int seconds)
{
    const QString wrk = QStandardPaths::findExecutable(QStringLiteral("wrk"));
    if (wrk.isEmpty()) {
        std::fprintf(stderr, "wrk is not installed (Debian package wrk)\n");
        return std::nullopt;
    }
    QStringList arguments{QStringLiteral("--latency"),
                          QStringLiteral("-t2"),
                          QStringLiteral("-c%1").arg(connections),
                          QStringLiteral("-d%1s").arg(seconds),
                          QStringLiteral("--timeout"),
                          QStringLiteral("5s")};
    if (!header.isEmpty())
        arguments << QStringLiteral("-H") << QString::fromUtf8(header);
    arguments << url.toString();
    QProcess process;
    process.start(wrk, arguments);
    if (!process.waitForFinished((seconds + 30) * 1000)) {
        std::fprintf(stderr, "wrk did not finish\n");
        process.kill();
        return std::nullopt;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    WrkResult result;
    bool sawRate = false;
    for (const QString &raw : output.split(QLatin1Char('\n'))) {
        const QStringList f = raw.simplified().split(QLatin1Char(' '));
        if (f.size() >= 2 && f.at(0) == QLatin1String("Requests/sec:")) {
            result.requestsPerSecond = f.at(1).toDouble();
            sawRate = true;
        } else if (f.size() >= 2 && f.at(0) == QLatin1String("50%")) {
            result.p50Ms = wrkDurationMs(f.at(1));
        } else if (f.size() >= 2 && f.at(0) == QLatin1String("99%")) {
            result.p99Ms = wrkDurationMs(f.at(1));
        } else if (f.size() >= 2 && f.at(1) == QLatin1String("requests")) {
            result.requests = f.at(0).toLongLong(); // "12345 requests in 10.00s, ..."
        } else if (raw.contains(QLatin1String("Non-2xx or 3xx responses:"))) {
            result.errors += f.last().toLongLong();
        } else if (raw.contains(QLatin1String("Socket errors:"))) {
            // "Socket errors: connect 0, read 0, write 0, timeout 0"
            static const QRegularExpression numbers(QStringLiteral("(\\d+)"));
            for (auto it = numbers.globalMatch(raw); it.hasNext();)
                result.errors += it.next().captured(1).toLongLong();
        }
    }
    if (!sawRate) {
        std::fprintf(stderr, "wrk's output was not understood:\n%s%s\n", qPrintable(output),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    return result;
}

NginxProxy::~NginxProxy()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool NginxProxy::start(quint16 upstreamPort)
{
    QString nginx = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (nginx.isEmpty())
        nginx =
            QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    if (nginx.isEmpty()) {
        std::fprintf(stderr, "nginx is not installed (Debian package nginx)\n");
        return false;
    }
    m_port = freePort();
    const QString dir = m_dir.path();
    const QByteArray config =
        QStringLiteral(
            "worker_processes auto;\n"
            "pid %1/nginx.pid;\n"
            "error_log %1/error.log warn;\n"
            "events { worker_connections 4096; }\n"
            "http {\n"
            "  access_log off;\n"
            "  client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
            "  fastcgi_temp_path %1/fastcgi; uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;\n"
            "  upstream lgsp { server 127.0.0.1:%2; keepalive 64; }\n"
            "  server {\n"
            "    listen 127.0.0.1:%3;\n"
            "    location / {\n"
            "      proxy_pass http://lgsp;\n"
            "      proxy_http_version 1.1;\n"
            "      proxy_set_header Connection \"\";\n"
            "    }\n"
            "  }\n"
            "}\n")
            .arg(dir)
            .arg(upstreamPort)
            .arg(m_port)
            .toUtf8();
    QFile file(dir + QStringLiteral("/nginx.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size()) {
        std::fprintf(stderr, "cannot write the nginx configuration\n");
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    // In the foreground, so it stops with this process; -e: no default error log first.
    m_process.start(nginx, {QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName(),
                            QStringLiteral("-e"), dir + QStringLiteral("/error.log"),
                            QStringLiteral("-g"), QStringLiteral("daemon off;")});
    if (!m_process.waitForStarted(5000)) {
        std::fprintf(stderr, "nginx did not start\n");
        return false;
    }
    for (int i = 0; i < 100; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50);
    }
    QFile log(dir + QStringLiteral("/error.log"));
    log.open(QIODevice::ReadOnly);
    std::fprintf(stderr, "nginx does not answer on port %u: %s\n", unsigned(m_port),
                 log.readAll().constData());
    return false;
}

QUrl NginxProxy::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

} // namespace bench
