#pragma once

#include "client/profiles/connectionprofile.h"
#include "sandboxprocess.h"

namespace lgsp::test {

// A connection profile for a sandbox's bootstrap operator: loopback, no proxy, the sandbox's
// client id (its secret is given to the fleet or connection, never put in the profile).
// Header-only: for the tests that link the client layer.
inline client::ConnectionProfile sandboxProfile(const SandboxProcess &sandbox, const QString &name,
                                                const QUuid &id = QUuid::createUuid())
{
    client::ConnectionProfile p;
    p.id = id;
    p.name = name;
    p.baseUrl = sandbox.baseUrl();
    p.clientId = sandbox.bootstrapClientId();
    p.proxy = QStringLiteral("none");
    return p;
}

} // namespace lgsp::test
