#include "sandbox/auth/credentialstore.h"

#include "protocol/timestamps.h"
#include "sandbox/logging.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lgsp::sandbox {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          count / int(sizeof(quint32)));
    return bytes;
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding |
                                                           QByteArray::OmitTrailingEquals));
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

CredentialStore::CredentialStore(QSqlDatabase db)
    : m_db(db)
    , m_principal(db, QStringLiteral("SELECT secret_salt, secret_hash, role, tenant_code FROM "
                                     "credentials WHERE id = ? AND kind = ? AND revoked = 0"))
{}

QByteArray CredentialStore::hashSecret(const QByteArray &salt, const QString &secret)
{
    // Secrets are 256-bit random values, so one salted SHA-256 is enough to keep the stored
    // form useless to a reader of the database.
    return QCryptographicHash::hash(QByteArray(salt + secret.toUtf8()), QCryptographicHash::Sha256);
}

bool CredentialStore::isEmpty() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT count(*) FROM credentials")) && query.next() &&
           query.value(0).toLongLong() == 0;
}

std::optional<CredentialStore::Created>
CredentialStore::create(const QString &kind, const QString &name, const QString &role,
                        const QString &tenantCode, QString *error)
{
    Created created;
    const QString prefix =
        kind == QLatin1String("apikey") ? QStringLiteral("key-") : QStringLiteral("client-");
    created.id = prefix + randomToken(12);
    created.secret = randomToken(32);
    const QByteArray salt = randomBytes(16);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO credentials (id, kind, name, secret_salt, secret_hash, role, tenant_code, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(created.id);
    query.addBindValue(kind);
    query.addBindValue(name);
    query.addBindValue(salt);
    query.addBindValue(hashSecret(salt, created.secret));
    query.addBindValue(role);
    query.addBindValue(tenantCode.isEmpty() ? QVariant() : QVariant(tenantCode));
    query.addBindValue(protocol::formatTimestamp(QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    }
    if (kind == QLatin1String("apikey")) {
        // An API key carries its id, so the server can find the row to check it against.
        created.secret = created.id + QLatin1Char('.') + created.secret;
    }
    return created;
}

std::optional<Principal> CredentialStore::principalFor(const QString &id, const QString &secret,
                                                       const QString &kind) const
{
    std::optional<Principal> principal;
    m_principal.run({id, kind}, [&](QSqlQuery &query) {
        if (query.next() && constantTimeEqual(hashSecret(query.value(0).toByteArray(), secret),
                                              query.value(1).toByteArray()))
            principal = Principal{id, query.value(2).toString(), query.value(3).toString()};
    });
    return principal;
}

std::optional<CredentialStore::Token> CredentialStore::issueToken(const QString &clientId,
                                                                  const QString &secret)
{
    const std::optional<Principal> principal =
        principalFor(clientId, secret, QStringLiteral("client"));
    if (!principal)
        return std::nullopt;
    // Drop expired tokens now and then, so the table cannot grow without bound.
    const QDateTime now = m_clock();
    for (auto it = m_tokens.begin(); it != m_tokens.end();)
        it = it->expiresAt <= now ? m_tokens.erase(it) : std::next(it);

    Token token;
    token.accessToken = randomToken(32);
    token.expiresIn = m_tokenLifetimeSeconds;
    token.scope = principal->role;
    m_tokens.insert(
        QCryptographicHash::hash(token.accessToken.toLatin1(), QCryptographicHash::Sha256),
        IssuedToken{*principal, now.addSecs(m_tokenLifetimeSeconds)});
    return token;
}

QString CredentialStore::createSessionKey(const QString &role, const QString &tenantCode)
{
    const QString key = QStringLiteral("session-") + randomToken(32);
    m_sessionKeys.insert(QCryptographicHash::hash(key.toLatin1(), QCryptographicHash::Sha256),
                         Principal{QStringLiteral("session:") + tenantCode, role, tenantCode});
    return key;
}

std::optional<Principal> CredentialStore::authenticate(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.startsWith("Bearer ")) {
        const QByteArray token = value.mid(7).trimmed();
        const auto it =
            m_tokens.constFind(QCryptographicHash::hash(token, QCryptographicHash::Sha256));
        if (it == m_tokens.constEnd() || it->expiresAt <= m_clock())
            return std::nullopt;
        return it->principal;
    }
    if (value.startsWith("ApiKey ")) {
        const auto session = m_sessionKeys.constFind(
            QCryptographicHash::hash(value.mid(7).trimmed(), QCryptographicHash::Sha256));
        if (session != m_sessionKeys.constEnd())
            return session.value();
        const QString key = QString::fromLatin1(value.mid(7).trimmed());
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        if (dot <= 0)
            return std::nullopt;
        return principalFor(key.left(dot), key.mid(dot + 1), QStringLiteral("apikey"));
    }
    return std::nullopt;
}

} // namespace lgsp::sandbox
