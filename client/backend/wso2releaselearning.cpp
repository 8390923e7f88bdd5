// Wso2ApimBackend: which release answers, learnt once before the first call that needs it.
#include "client/backend/wso2apimbackend.h"

#include "client/backend/wso2codec.h"
#include "client/logging.h"
#include "client/net/transport.h"

namespace lgsp::client {

void Wso2ApimBackend::withRelease(QObject *context, ReleaseHandler then)
{
    if (m_release) {
        then(*m_release);
        return;
    }
    m_releaseWaiters.append(ReleaseWaiter{context, context != nullptr, std::move(then)});
    if (std::exchange(m_learningRelease, true))
        return;
    // Carbon's Version admin service says the release without a credential, where the
    // deployment has not hidden it.
    ApiRequest request;
    request.path = QStringLiteral("/services/Version");
    request.authenticated = false;
    request.retryable = false;
    request.headers.append({QByteArrayLiteral("Accept"),
                            QByteArrayLiteral("application/xml, text/xml, text/plain, */*")});
    m_transport->send(request, this, [this](const ApiReply &reply) {
        if (reply.ok()) {
            if (const std::optional<wso2::Release> r =
                    wso2::Release::fromVersionAnswer(reply.body)) {
                releaseLearnt(*r, true);
                return;
            }
        }
        qCDebug(lcClient) << "WSO2 release not announced (HTTP" << reply.status
                          << "); asking each release's Publisher API";
        probeRelease(wso2::Release::families());
    });
}

void Wso2ApimBackend::probeRelease(QList<wso2::Release> left)
{
    if (left.isEmpty()) {
        // Nothing answered as a Publisher API: the calls go to the newest and say what is wrong.
        wso2::Release newest = wso2::Release::families().first();
        newest.source = wso2::Release::Source::Assumed;
        releaseLearnt(newest, false);
        return;
    }
    const wso2::Release candidate = left.takeFirst();
    ApiRequest request;
    request.path = candidate.publisher() + QStringLiteral("/apis");
    request.query = QUrlQuery{{QStringLiteral("limit"), QStringLiteral("1")}};
    m_transport->send(request, this, [this, candidate, left](const ApiReply &reply) {
        if (reply.status == 404) { // no such API version in this release
            probeRelease(left);
            return;
        }
        // Any other answer comes from the API itself (a 401 too: WSO2 checks the credential
        // inside the API). No answer at all proves nothing: learnt again next time.
        releaseLearnt(candidate, reply.status != 0);
    });
}

void Wso2ApimBackend::releaseLearnt(const wso2::Release &release, bool keep)
{
    if (keep)
        m_release = release;
    m_learningRelease = false;
    qCInfo(lcClient).noquote() << "WSO2 API Manager" << release.display() << "-"
                               << release.apiVersions();
    const QList<ReleaseWaiter> waiters = std::exchange(m_releaseWaiters, {});
    for (const ReleaseWaiter &w : waiters) {
        if (w.hadContext && !w.context)
            continue;
        w.then(release);
    }
}

QString Wso2ApimBackend::versioned(const QString &path, const wso2::Release &release)
{
    if (path.startsWith(wso2::kPublisher))
        return release.publisher() + path.mid(wso2::kPublisher.size());
    if (path.startsWith(wso2::kCatalog))
        return release.catalog() + path.mid(wso2::kCatalog.size());
    return path;
}

void Wso2ApimBackend::sendVersioned(ApiRequest request, QObject *context,
                                    std::function<void(const ApiReply &)> done)
{
    withRelease(context, [this, request, context,
                          done = std::move(done)](const wso2::Release &release) mutable {
        request.path = versioned(request.path, release);
        m_transport->send(request, context, std::move(done));
    });
}

} // namespace lgsp::client
