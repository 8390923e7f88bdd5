#include "client/net/call.h"

#include "client/logging.h"
#include "client/net/authenticator.h"
#include "client/net/gzip.h"
#include "protocol/jsonreader.h"
#include "protocol/problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace lgsp::client {

namespace {

using Kind = ClientError::Kind;

Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 412:
    case 428:
        return Kind::Precondition;
    case 413:
        return Kind::Validation;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    return status >= 500 ? Kind::Server : Kind::Http;
}

// The server's explanation from an error body: an RFC 7807 problem, an OAuth2 error or a
// WSO2-style {code, message, description}. Fills detail, problem code and field errors.
void readErrorBody(const QByteArray &body, ClientError *error)
{
    if (body.isEmpty())
        return;
    protocol::DecodeError parseError;
    const QJsonObject object = protocol::parseJsonObject(body, &parseError);
    if (!parseError.isNull())
        return;
    protocol::DecodeError problemError;
    if (const std::optional<protocol::Problem> problem =
            protocol::Problem::fromJson(object, &problemError)) {
        error->problemCode = problem->code;
        error->detail = problem->detail.isEmpty()
                            ? problem->title
                            : problem->title + QStringLiteral(": ") + problem->detail;
        error->fieldErrors = problem->errors;
        return;
    }
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    const QJsonObject errorInfo = object.value(QLatin1String("error")).toObject();
    if (!errorInfo.value(QLatin1String("code")).toString().isEmpty()) {
        // X-Road's ErrorInfo: {status, error: {code, metadata[]}}.
        error->problemCode = errorInfo.value(QLatin1String("code")).toString();
        QStringList metadata;
        for (const QJsonValue &v : errorInfo.value(QLatin1String("metadata")).toArray())
            metadata << v.toString();
        error->detail = metadata.isEmpty() ? error->problemCode
                                           : error->problemCode + QStringLiteral(": ") +
                                                 metadata.join(QStringLiteral(", "));
    } else if (!text("error").isEmpty()) { // RFC 6749 §5.2
        error->problemCode = text("error");
        error->detail =
            text("error_description").isEmpty() ? text("error") : text("error_description");
    } else if (!text("message").isEmpty()) { // WSO2's ErrorDTO
        error->problemCode = object.value(QLatin1String("code")).toVariant().toString();
        error->detail = text("description").isEmpty()
                            ? text("message")
                            : text("message") + QStringLiteral(": ") + text("description");
        // error[]: ErrorListItemDTO {code, message, description} for each bad field.
        const QJsonArray items = object.value(QLatin1String("error")).toArray();
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            const QString message = item.value(QLatin1String("message")).toString();
            const QString description = item.value(QLatin1String("description")).toString();
            error->fieldErrors.append({{},
                                       item.value(QLatin1String("code")).toVariant().toString(),
                                       description.isEmpty() || description == message
                                           ? message
                                           : message + QStringLiteral(": ") + description});
            if (error->fieldErrors.size() >= 50)
                break;
        }
    }
    error->detail.truncate(2000);
}

// RFC 9110's IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"): Qt reads RFC 2822 dates but
// not the "GMT" zone every HTTP server writes, so it is given as +0000.
QDateTime httpDate(QByteArray value)
{
    value = value.trimmed();
    if (value.endsWith(" GMT") || value.endsWith(" UTC"))
        value = value.chopped(4) + " +0000";
    return value.isEmpty() ? QDateTime()
                           : QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
}

bool isRetryable(const ClientError &error)
{
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        return error.httpStatus == 502 || error.httpStatus == 503 || error.httpStatus == 504;
    default:
        return false;
    }
}

// The query of the rel="next" target of a Link header ("<url>; rel=\"next\", <…>; rel=…"),
// if there is one.
std::optional<QUrlQuery> nextLink(const QByteArray &header)
{
    for (const QByteArray &link : header.split(',')) {
        const qsizetype open = link.indexOf('<');
        const qsizetype close = link.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        const QByteArray params = link.mid(close + 1).simplified().toLower();
        if (!params.contains("rel=\"next\"") && !params.contains("rel=next"))
            continue;
        const QUrl target(QString::fromLatin1(link.mid(open + 1, close - open - 1)));
        if (target.isValid())
            return QUrlQuery(target);
    }
    return std::nullopt;
}

} // namespace

Call::Call(Transport *transport, ApiRequest request, QObject *context, Transport::Callback done)
    : QObject(transport)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_done(std::move(done))
    , m_correlationId(Transport::newCorrelationId())
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (QNetworkReply *reply = m_reply.data()) {
            m_abortReason = AbortReason::Deadline;
            reply->abort();
        }
    });
    connect(&m_backoff, &QTimer::timeout, this, &Call::authorizeAndSend);
}

Call::~Call()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Call::start()
{
    authorizeAndSend();
}

void Call::abort()
{
    if (m_delivered)
        return;
    m_abortReason = AbortReason::Caller;
    if (QNetworkReply *reply = m_reply.data()) {
        reply->abort(); // onFinished delivers Cancelled
        return;
    }
    m_backoff.stop();
    ApiReply reply;
    reply.correlationId = m_correlationId;
    reply.attempts = m_attempt;
    reply.error = ClientError::make(Kind::Cancelled);
    reply.error.correlationId = QString::fromLatin1(m_correlationId);
    deliver(reply);
}

void Call::authorizeAndSend()
{
    if (!m_transport->configurationError().isNull()) {
        ApiReply reply;
        reply.correlationId = m_correlationId;
        reply.error = m_transport->configurationError();
        reply.error.correlationId = QString::fromLatin1(m_correlationId);
        deliver(reply);
        return;
    }
    Authenticator *authenticator = m_transport->authenticator();
    if (!m_request.authenticated || !authenticator) {
        send({});
        return;
    }
    authenticator->authorize(
        this, [this](const QByteArray &authorization, const ClientError &error) {
            if (m_delivered)
                return;
            if (!error.isNull()) {
                ApiReply reply;
                reply.correlationId = m_correlationId;
                reply.attempts = m_attempt;
                reply.error = error;
                if (reply.error.correlationId.isEmpty())
                    reply.error.correlationId = QString::fromLatin1(m_correlationId);
                deliver(reply);
                return;
            }
            send(authorization);
        });
}

void Call::send(const QByteArray &authorization)
{
    ++m_attempt;
    m_authorization = authorization;
    m_abortReason = AbortReason::None;
    m_tlsProblem = ClientError::TlsProblem::None;
    m_tlsDetail.clear();
    QNetworkRequest request =
        m_transport->prepare(m_transport->urlFor(m_request.path, m_request.query), m_correlationId);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PUT" ||
        m_request.method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        request.setRawHeader(name, value);

    qCDebug(lcClient).noquote() << m_request.method << m_request.path << "attempt" << m_attempt
                                << "correlation id" << m_correlationId;
    m_elapsed.start();
    QNetworkAccessManager *network = m_transport->network();
    m_reply = m_request.method == "GET"
                  ? network->get(request)
                  : network->sendCustomRequest(request, m_request.method, m_request.body);
    QNetworkReply *reply = m_reply;
    const qint64 cap = m_transport->maxResponseBytes();
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > cap) {
            m_abortReason = AbortReason::TooLarge;
            reply->abort();
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_request.onNextLink && !m_nextLinkSeen && status >= 200 && status < 300 &&
            (!m_hadContext || m_context)) {
            if (const std::optional<QUrlQuery> next = nextLink(reply->rawHeader("Link"))) {
                m_nextLinkSeen = true;
                m_request.onNextLink(*next);
            }
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply, cap](qint64 received, qint64) {
                if (received > cap) {
                    m_abortReason = AbortReason::TooLarge;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const TlsPolicy &tls = m_transport->tlsPolicy();
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (tls.hasPin() && !tls.pinMatches(peer)) {
            m_tlsProblem = ClientError::TlsProblem::PinMismatch;
            m_tlsDetail = tr("the server presented %1").arg(TlsPolicy::fingerprint(peer));
            return;
        }
        if (tls.mayIgnore(errors, peer, &m_tlsProblem, &m_tlsDetail))
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        const TlsPolicy &tls = m_transport->tlsPolicy();
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (tls.hasPin() && !tls.pinMatches(peer)) {
            m_tlsProblem = ClientError::TlsProblem::PinMismatch;
            m_tlsDetail = tr("the server presented %1").arg(TlsPolicy::fingerprint(peer));
            m_abortReason = AbortReason::PinMismatch;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &Call::onFinished);
    m_deadline.start(m_transport->timeout());
}

void Call::onFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    ApiReply out;
    out.correlationId = m_correlationId;
    out.attempts = m_attempt;
    out.elapsedMs = m_elapsed.elapsed();
    out.error = classify(reply, &out);
    out.error.correlationId = QString::fromLatin1(m_correlationId);

    if (out.error.kind == Kind::Unauthorized && m_request.authenticated &&
        m_transport->authenticator() && !m_reauthorized) {
        // The token may have expired on the server before we expected: one fresh token,
        // one more try.
        m_reauthorized = true;
        m_transport->authenticator()->invalidate(m_authorization);
        qCInfo(lcClient).noquote()
            << m_request.method << m_request.path
            << "refused with 401; renewing the credential, correlation id" << m_correlationId;
        authorizeAndSend();
        return;
    }
    retryOrDeliver(out);
}

ClientError Call::classify(QNetworkReply *reply, ApiReply *out) const
{
    ClientError error;
    out->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error.httpStatus = out->status;
    out->contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out->etag = reply->rawHeader("ETag");
    out->serverDate = httpDate(reply->rawHeader("Date"));

    switch (m_abortReason) {
    case AbortReason::Caller:
        return ClientError::make(Kind::Cancelled);
    case AbortReason::Deadline:
        return ClientError::make(Kind::Timeout,
                                 tr("no complete answer within %1 s")
                                     .arg(double(m_transport->timeout().count()) / 1000.0));
    case AbortReason::TooLarge:
        return ClientError::make(
            Kind::Protocol,
            tr("the response is larger than %1 MiB").arg(m_transport->maxResponseBytes() >> 20));
    case AbortReason::PinMismatch: {
        ClientError e = ClientError::make(Kind::Tls, m_tlsDetail);
        e.tls = ClientError::TlsProblem::PinMismatch;
        return e;
    }
    case AbortReason::None:
        break;
    }

    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::SslHandshakeFailedError ||
        (code != QNetworkReply::NoError && m_tlsProblem != ClientError::TlsProblem::None)) {
        error.kind = Kind::Tls;
        error.tls = m_tlsProblem == ClientError::TlsProblem::None
                        ? ClientError::TlsProblem::Handshake
                        : m_tlsProblem;
        error.detail = m_tlsDetail.isEmpty() ? reply->errorString() : m_tlsDetail;
        if (error.tls == ClientError::TlsProblem::Handshake &&
            !m_transport->tlsPolicy().configuration().localCertificate().isNull() &&
            reply->errorString().contains(QLatin1String("certificate"), Qt::CaseInsensitive))
            error.tls = ClientError::TlsProblem::ClientCertificate;
        return error;
    }
    if (code == QNetworkReply::HostNotFoundError) {
        error.kind = Kind::Dns;
        error.detail = reply->errorString();
        return error;
    }
    if (code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError) {
        // OperationCanceled without our own reason: Qt's transfer timeout.
        error.kind = Kind::Timeout;
        return error;
    }
    if (out->status == 0) {
        error.kind = Kind::Network;
        error.detail = reply->errorString();
        return error;
    }
    out->body = reply->readAll();
    const bool askedEncoding =
        std::any_of(m_request.headers.cbegin(), m_request.headers.cend(), [](const auto &h) {
            return h.first.compare("Accept-Encoding", Qt::CaseInsensitive) == 0;
        });
    if (askedEncoding &&
        reply->rawHeader("Content-Encoding").trimmed().compare("gzip", Qt::CaseInsensitive) == 0) {
        // Qt leaves the body as it came when the request chose its own encodings.
        if (out->status < 300) {
            out->contentEncoding = "gzip";
            return error;
        }
        QString why;
        std::optional<QByteArray> plain = gunzip(out->body, m_transport->maxResponseBytes(), &why);
        out->body = plain ? *plain : QByteArray();
    }
    if (out->status >= 300 && out->status < 400) {
        error.kind = Kind::Http;
        error.detail = tr("the server redirects to %1; update the profile's address")
                           .arg(QString::fromUtf8(reply->rawHeader("Location")).left(300));
        return error;
    }
    if (out->status >= 400) {
        error.kind = kindForStatus(out->status);
        readErrorBody(out->body, &error);
        // X-Road names each answer in its logs; the id lets its administrator find this one.
        const QByteArray serverId = reply->rawHeader("x-road-ui-correlation-id");
        if (!serverId.isEmpty())
            error.detail =
                (error.detail.isEmpty() ? QString() : error.detail + QStringLiteral(" ")) +
                tr("(x-road-ui-correlation-id %1)").arg(QString::fromLatin1(serverId.left(64)));
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        if (!retryAfter.isEmpty()) {
            bool ok = false;
            const int seconds = retryAfter.trimmed().toInt(&ok);
            if (ok)
                error.retryAfterSeconds = std::clamp(seconds, 0, 86400);
        }
        return error;
    }
    return error;
}

void Call::retryOrDeliver(ApiReply reply)
{
    if (m_abortReason != AbortReason::Caller && m_request.retryable && m_request.isIdempotent() &&
        isRetryable(reply.error)) {
        const std::chrono::milliseconds wait = m_transport->retryPolicy().delayBefore(
            m_attempt, reply.error.retryAfterSeconds, QRandomGenerator::global()->generateDouble());
        if (wait.count() >= 0) {
            qCInfo(lcClient).noquote()
                << m_request.method << m_request.path << "failed:" << reply.error.summary()
                << "- retrying in" << wait.count() << "ms, correlation id" << m_correlationId;
            m_backoff.start(wait);
            return;
        }
    }
    deliver(std::move(reply));
}

void Call::deliver(ApiReply reply)
{
    if (m_delivered)
        return;
    m_delivered = true;
    if (!reply.error.isNull() && reply.error.kind != Kind::Cancelled) {
        qCWarning(lcClient).noquote()
            << m_request.method << m_request.path << "failed after" << m_attempt
            << "attempt(s):" << ClientError::kindName(reply.error.kind) << reply.error.httpStatus
            << reply.error.detail.left(300) << "correlation id" << m_correlationId;
    }
    if (m_done && (!m_hadContext || m_context))
        m_done(reply);
    Q_EMIT finished();
    deleteLater();
}

} // namespace lgsp::client
