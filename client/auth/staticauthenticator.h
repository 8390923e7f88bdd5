#pragma once

#include "client/net/authenticator.h"

#include <QString>

namespace lgsp::client {

// A fixed Authorization header: HTTP basic (user and password) or a bearer token, as put in
// front of a Prometheus by a proxy, or an Elasticsearch API key (its encoded form, sent as
// "ApiKey <key>"), or an X-Road security server's API key ("X-Road-ApiKey token=<key>"). The
// secret comes from the keychain and stays in memory.
class StaticAuthenticator final : public Authenticator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticAuthenticator)

public:
    enum class Scheme { None, Basic, Bearer, ApiKey, XRoadApiKey };

    StaticAuthenticator(Scheme scheme, QString user, QObject *parent = nullptr);
    static Scheme schemeFor(const QString &kind); // none | basic | bearer | apikey

    void setSecret(const QString &secret) { m_secret = secret; }
    bool hasSecret() const { return !m_secret.isEmpty(); }

    void authorize(QObject *context, Callback done) override;
    void invalidate(const QByteArray &) override {}

private:
    Scheme m_scheme;
    QString m_user;
    QString m_secret;
};

} // namespace lgsp::client
