#pragma once

#include "awaitresult.h"
#include "wso2fixture.h"

#include "client/auth/wso2credential.h"
#include "client/backend/backend.h"
#include "client/connection.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>
#include <type_traits>

// Signing the console in to the WSO2 API Manager stand-in and reading whole listings, for the
// tests of the wso2-apim backend. Header-only: for the tests that link the client layer and
// the stand-in.
namespace lgsp::test {

inline client::ConnectionProfile wso2Profile(const Wso2Fixture &fixture,
                                             const QString &user = QStringLiteral("admin"))
{
    client::ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("wso2");
    profile.baseUrl = fixture.url();
    profile.backend = QStringLiteral("wso2-apim");
    profile.auth = QStringLiteral("wso2-user");
    profile.user = user;
    profile.gatewayUrl = fixture.gatewayUrl();
    profile.proxy = QStringLiteral("none");
    profile.requestTimeoutMs = 5000;
    return profile;
}

inline std::optional<client::Wso2Credential> registerWso2(client::Connection &connection,
                                                          const QString &user,
                                                          const QString &password,
                                                          client::ClientError *error = nullptr)
{
    using Answer = QPair<client::Wso2Credential, client::ClientError>;
    const auto answer = awaitResult<Answer>([&](auto done) {
        client::registerWso2Client(
            connection.transport(), user, password, &connection,
            [done](const client::Wso2Credential &c, const client::ClientError &e) {
                done({c, e});
            });
    });
    if (!answer)
        return std::nullopt;
    if (error)
        *error = answer->second;
    return answer->second.isNull() ? std::optional<client::Wso2Credential>(answer->first)
                                   : std::nullopt;
}

// Registers the console's client for `user` (the stand-in's passwords are the user names) and
// gives the connection its keychain entry, with the password when `keepPassword`.
inline bool signInWso2(client::Connection &connection, const QString &user, bool keepPassword)
{
    std::optional<client::Wso2Credential> credential = registerWso2(connection, user, user);
    if (!credential)
        return false;
    if (keepPassword)
        credential->password = user;
    connection.setSecret(credential->toSecret());
    return true;
}

// Every tenant or service, page after page; `pages` counts them, `error` gets a page's error.
template<typename T>
QList<T> everything(client::Backend *backend, client::ClientError *error, int *pages)
{
    QList<T> all;
    *pages = 0;
    QEventLoop loop;
    bool finished = false;
    const auto onPage = [&](const client::Result<protocol::ListPage<T>> &page, bool last) {
        ++*pages;
        if (!page.ok())
            *error = page.error;
        all += page.value.items;
        if (last) {
            finished = true;
            loop.quit();
        }
    };
    if constexpr (std::is_same_v<T, protocol::Tenant>)
        backend->allTenants({}, &loop, onPage);
    else
        backend->allServices({}, &loop, onPage);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    return all;
}

} // namespace lgsp::test
