#pragma once

#include "client/clienterror.h"

#include <QObject>
#include <QString>

#include <functional>

namespace lgsp::client {

class Transport;
struct ConnectionProfile;

// What the keychain keeps for a wso2-apim profile, as one entry (compact JSON): the OAuth
// client registered for the officer through WSO2's dynamic client registration, and the
// officer's password only when they asked the console to remember it.
struct Wso2Credential
{
    QString clientId;
    QString clientSecret;
    QString password; // empty unless the person asked to keep it

    bool isValid() const { return !clientId.isEmpty() && !clientSecret.isEmpty(); }
    QString toSecret() const;
    // An unreadable entry gives an invalid credential.
    static Wso2Credential fromSecret(const QString &secret);
};

// Registers an OAuth client for `user` with POST /client-registration/v0.17/register (HTTP
// Basic with the user's password), allowed the password, client-credentials and
// refresh-token grants. `done` gets the client (password empty) or the error; it runs once,
// unless `context` is destroyed first.
void registerWso2Client(Transport *transport, const QString &user, const QString &password,
                        QObject *context,
                        std::function<void(const Wso2Credential &, const ClientError &)> done);

// The same for a wso2-apim profile, over a connection made from it (its TLS and proxy
// settings): `done` gets the keychain entry to keep — the client, and the password too when
// `keepPassword` — or the error. The connection is a child of `context` while it works.
void registerWso2Profile(const ConnectionProfile &profile, const QString &password,
                         bool keepPassword, QObject *context,
                         std::function<void(const QString &secret, const ClientError &)> done);

} // namespace lgsp::client
