#pragma once

#include "client/clienterror.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace lgsp::client {

// Gives the Authorization header for a request, asynchronously (a token may have to be
// fetched first). The transport asks before each attempt and, after a 401, invalidates the
// header it sent and asks once more.
class Authenticator : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Authenticator)

public:
    using Callback = std::function<void(const QByteArray &authorization, const ClientError &)>;

    using QObject::QObject;
    ~Authenticator() override = default;

    // Calls `done` (unless `context` is gone) with the header, or with the error that
    // prevents authenticating (no secret, token endpoint refused…).
    virtual void authorize(QObject *context, Callback done) = 0;
    // The server refused `authorization`: forget it so the next authorize() gets a new one.
    virtual void invalidate(const QByteArray &authorization) = 0;
};

} // namespace lgsp::client
