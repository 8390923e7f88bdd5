#pragma once

#include <QCoreApplication>
#include <QString>

namespace lgsp::client {

// One error type for every failure of a call to an instance.
struct ClientError
{
    Q_DECLARE_TR_FUNCTIONS(ClientError)

public:
    enum class Kind {
        None,
        Network,      // refused, reset, host unreachable
        Timeout,      // no complete answer within the request's time limit
        Tls,          // handshake or certificate failure
        Server,       // 5xx
        Protocol,     // the body is malformed or not what the API promises
        Incompatible, // the server speaks another major API version
        Http,         // another unexpected HTTP status
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail;        // technical detail (parser message, server's problem detail)
    QString correlationId; // the id sent with the request, for the server's logs

    bool isNull() const { return kind == Kind::None; }
    // A translated sentence a person understands, with the detail appended.
    QString message() const;
};

} // namespace lgsp::client
