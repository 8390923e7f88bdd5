#pragma once

#include "protocol/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lgsp::client {

// One error type for every failure of a call to an instance, whatever the backend.
struct ClientError
{
    Q_DECLARE_TR_FUNCTIONS(ClientError)

public:
    enum class Kind {
        None,
        Configuration, // the profile cannot be used as it is (CA file missing, no secret…)
        Dns,           // the host name does not resolve
        Network,       // refused, reset, host unreachable, proxy failure
        Timeout,       // no complete answer within the request's time limit
        Tls,           // handshake or certificate failure; see tls
        Unauthorized,  // 401: missing, wrong or expired credential
        Forbidden,     // 403: the credential may not do this
        NotFound,      // 404
        Conflict,      // 409: the state does not allow it (invalid transition, apply failed)
        Precondition,  // 412/428: someone changed it since it was read
        Validation,    // 400/422: the input is invalid; see fieldErrors
        RateLimited,   // 429; see retryAfterSeconds
        Server,        // 5xx
        Protocol,      // the body is malformed, too large or not what the API promises
        Incompatible,  // the server speaks another major API version
        Http,          // another unexpected HTTP status (redirects included)
        Cancelled,     // the caller aborted the call
        Unsupported,   // this kind of server does not offer it (WSO2 has no config bundles)
        QueryRejected, // a metric source (Prometheus) refused or failed the query; see detail
    };

    // What exactly went wrong with TLS, so the message can say which.
    enum class TlsProblem {
        None,
        Untrusted,         // the chain does not lead to a trusted CA (add the CA to the profile)
        PinMismatch,       // the certificate is not the pinned one
        HostnameMismatch,  // the certificate is for another name
        Expired,           // or not yet valid
        ClientCertificate, // the server refused ours, or ours could not be loaded
        Handshake,         // anything else
    };

    // Which server the error is about: the instance, or its separate metric source (a
    // Prometheus), so the sentence names the right one.
    enum class Subject { Instance, MetricSource };

    Kind kind = Kind::None;
    Subject subject = Subject::Instance;
    TlsProblem tls = TlsProblem::None;
    int httpStatus = 0;
    QString detail;      // technical detail (parser message, server's problem detail)
    QString problemCode; // the API's stable error code ("tenant_not_found")
    QList<protocol::Problem::FieldError> fieldErrors;
    int retryAfterSeconds = 0; // from Retry-After, for RateLimited and 503
    QString correlationId;     // the id sent with the request, for the server's logs

    static ClientError make(Kind kind, const QString &detail = {})
    {
        ClientError e;
        e.kind = kind;
        e.detail = detail;
        return e;
    }

    bool isNull() const { return kind == Kind::None; }
    // A translated sentence a person understands, with the detail appended.
    QString message() const;
    // The translated sentence alone.
    QString summary() const;
    // The sentence for a metric source's error, where it differs; empty otherwise.
    QString metricSourceSummary() const;
    // A stable English identifier of the kind, for logs and JSON output ("tls", "timeout").
    static QString kindName(Kind kind);
};

} // namespace lgsp::client
