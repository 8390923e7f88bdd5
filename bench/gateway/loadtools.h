// Debian's wrk (HTTP load generator) and nginx (a reverse proxy to compare the gateway with),
// run as child processes for bench_gateway.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace bench {

struct WrkResult
{
    double requestsPerSecond = 0;
    qint64 requests = 0;
    qint64 errors = 0; // non-2xx answers and socket errors
    double p50Ms = 0;
    double p99Ms = 0;
};

// Runs `wrk --latency` against `url` with one header, two threads, `connections` connections,
// for `seconds`; nullopt (and a line on stderr) when wrk is missing or its output unreadable.
std::optional<WrkResult> runWrk(const QUrl &url, const QByteArray &header, int connections,
                                int seconds);

// nginx as a reverse proxy on a free loopback port (proxy_pass with keep-alive connections to
// the upstream, no access log, one worker per core), from a configuration in a temporary
// folder; stopped when destroyed.
class NginxProxy
{
public:
    NginxProxy() = default;
    ~NginxProxy();
    NginxProxy(const NginxProxy &) = delete;
    NginxProxy &operator=(const NginxProxy &) = delete;

    // False (and a line on stderr) when nginx is missing or does not start.
    bool start(quint16 upstreamPort);
    QUrl url(const QString &pathAndQuery) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace bench
