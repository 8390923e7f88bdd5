#include "client/clienterror.h"

namespace lgsp::client {

namespace {

QString tlsSentence(ClientError::TlsProblem problem)
{
    using P = ClientError::TlsProblem;
    switch (problem) {
    case P::Untrusted:
        return ClientError::tr("The instance's certificate is not trusted: its issuer is not a "
                               "known certificate authority. Add the CA certificate to the "
                               "profile if it is a government CA.");
    case P::PinMismatch:
        return ClientError::tr("The instance's certificate does not match the certificate "
                               "pinned in the profile.");
    case P::HostnameMismatch:
        return ClientError::tr("The instance's certificate was issued for another host name.");
    case P::Expired:
        return ClientError::tr("The instance's certificate has expired or is not yet valid.");
    case P::ClientCertificate:
        return ClientError::tr("The client certificate of the profile could not be used.");
    case P::None:
    case P::Handshake:
        break;
    }
    return ClientError::tr("The secure connection to the instance failed.");
}

} // namespace

QString ClientError::metricSourceSummary() const
{
    switch (kind) {
    case Kind::Dns:
        return tr("The metric source's host name could not be resolved.");
    case Kind::Network:
        return tr("The metric source could not be reached.");
    case Kind::Timeout:
        return tr("The metric source did not answer in time.");
    case Kind::Unauthorized:
        return tr("The metric source did not accept the credential (wrong, missing or "
                  "expired).");
    case Kind::NotFound:
        return tr("The metric source has no such address: check its URL and path prefix.");
    case Kind::Server:
        return tr("The metric source reported an internal error (HTTP %1).").arg(httpStatus);
    case Kind::Protocol:
        return tr("The metric source sent a response the console does not understand.");
    case Kind::Http:
        return tr("The metric source answered with an unexpected status (HTTP %1).")
            .arg(httpStatus);
    default:
        return {};
    }
}

QString ClientError::summary() const
{
    if (subject == Subject::MetricSource) {
        const QString sentence = metricSourceSummary();
        if (!sentence.isEmpty())
            return sentence;
    }
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Configuration:
        return tr("The connection profile cannot be used as it is.");
    case Kind::Dns:
        return tr("The instance's host name could not be resolved.");
    case Kind::Network:
        return tr("The instance could not be reached.");
    case Kind::Timeout:
        return tr("The instance did not answer in time.");
    case Kind::Tls:
        return tlsSentence(tls);
    case Kind::Unauthorized:
        return tr("The instance did not accept the credential (wrong, missing or expired).");
    case Kind::Forbidden:
        return tr("The credential is not allowed to do this.");
    case Kind::NotFound:
        return tr("The instance has no such resource.");
    case Kind::Conflict:
        return tr("The instance refused the change in its current state.");
    case Kind::Precondition:
        return tr("Someone changed this on the instance since it was loaded. Reload and try "
                  "again.");
    case Kind::Validation:
        return tr("The instance found %n invalid field(s).", nullptr,
                  int(std::max<qsizetype>(1, fieldErrors.size())));
    case Kind::RateLimited:
        return retryAfterSeconds > 0
                   ? tr("Too many requests; the instance asks to wait %n second(s).", nullptr,
                        retryAfterSeconds)
                   : tr("Too many requests; the instance asks to slow down.");
    case Kind::Server:
        return tr("The instance reported an internal error (HTTP %1).").arg(httpStatus);
    case Kind::Protocol:
        return tr("The instance sent a response the console does not understand.");
    case Kind::Incompatible:
        return tr("The instance speaks an API version this console does not support.");
    case Kind::Http:
        return tr("The instance answered with an unexpected status (HTTP %1).").arg(httpStatus);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Unsupported:
        return tr("This kind of server does not offer this.");
    case Kind::QueryRejected:
        return tr("The metric source could not answer the query.");
    }
    return {};
}

QString ClientError::message() const
{
    const QString sentence = summary();
    if (sentence.isEmpty() || detail.isEmpty())
        return sentence;
    return tr("%1 Detail: %2").arg(sentence, detail);
}

QString ClientError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Dns:
        return QStringLiteral("dns");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::Precondition:
        return QStringLiteral("precondition");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Incompatible:
        return QStringLiteral("incompatible");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::QueryRejected:
        return QStringLiteral("query-rejected");
    }
    return {};
}

} // namespace lgsp::client
