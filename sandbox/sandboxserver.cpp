#include "sandbox/sandboxserver.h"

#include "lgsp_version.h"
#include "sandbox/logging.h"
#include "sandbox/problem.h"

#include <QDir>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUuid>

namespace lgsp::sandbox {

namespace {

constexpr char kCorrelationHeader[] = "X-Correlation-Id";

// A client-supplied id is echoed only when it is short and printable; otherwise a new one.
QByteArray correlationIdFor(const QHttpServerRequest &request)
{
    const QByteArray given = request.value(kCorrelationHeader);
    const bool usable =
        !given.isEmpty() && given.size() <= 128 &&
        std::all_of(given.begin(), given.end(), [](char c) { return c > 32 && c < 127; });
    return usable ? given : QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    registerRoutes();
}

SandboxServer::~SandboxServer() = default;

protocol::InstanceInfo SandboxServer::info() const
{
    protocol::InstanceInfo info;
    info.name = m_options.instanceName;
    info.operatorName = m_options.operatorName;
    info.version = QStringLiteral(LGSP_VERSION_STRING);
    info.apiVersion = QStringLiteral("1.0");
    info.capabilities = QStringList{QStringLiteral("info")};
    info.time = QDateTime::currentDateTimeUtc();
    return info;
}

void SandboxServer::registerRoutes()
{
    m_server.route(QStringLiteral("/api/v1/info"), QHttpServerRequest::Method::Get,
                   [this] { return info().toJson(); });

    m_server.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        response.setHeader(kCorrelationHeader, correlationIdFor(request));
        return std::move(response);
    });

    m_server.setMissingHandler(
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QByteArray body =
                problemBody(404, QStringLiteral("not_found"), QStringLiteral("Not found"),
                            QStringLiteral("No resource at %1").arg(request.url().path()));
            responder.write(body,
                            {{"Content-Type", kProblemMimeType},
                             {kCorrelationHeader, correlationIdFor(request)}},
                            QHttpServerResponder::StatusCode::NotFound);
        });
}

bool SandboxServer::start(QString *error)
{
    if (!m_options.dataDir.isEmpty() && !QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    const quint16 port = m_server.listen(m_options.address, m_options.port);
    if (port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_options.address.toString())
                     .arg(m_options.port);
        return false;
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.address.toString());
    url.setPort(port);
    m_baseUrl = url;
    qCInfo(lcSandbox) << "serving" << m_baseUrl.toString() << "data in" << m_options.dataDir;
    return true;
}

} // namespace lgsp::sandbox
