#include "client/secrets/secretstore.h"

#include "client/logging.h"

#include <qt6keychain/keychain.h>

#include <memory>

namespace lgsp::client {

namespace {

bool keychainUnreachable(QKeychain::Error error)
{
    // Without a Secret Service, QtKeychain on Linux reports OtherError, not
    // NoBackendAvailable: both mean "no keychain here".
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::NotImplemented;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString SecretStore::keyFor(const QUuid &profile, const QString &kind)
{
    return profile.toString(QUuid::WithoutBraces) + QLatin1Char('/') + kind;
}

void SecretStore::setState(State state, const QString &reason)
{
    if (state == State::Unavailable)
        m_reason = reason;
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Unavailable)
        qCWarning(lcClient).noquote() << "keychain unavailable:" << reason;
    Q_EMIT stateChanged(state);
}

void SecretStore::write(const QUuid &profile, const QString &kind, const QString &secret)
{
    const QString key = keyFor(profile, kind);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, secret] {
        if (job->error() == QKeychain::NoError) {
            setState(State::Available);
            m_sessionSecrets.remove(key);
            Q_EMIT written(key, true);
        } else if (keychainUnreachable(job->error())) {
            setState(State::Unavailable, job->errorString());
            m_sessionSecrets.insert(key, secret);
            Q_EMIT written(key, false);
        } else {
            Q_EMIT failed(key, job->errorString());
        }
    });
    job->start();
}

void SecretStore::readOnce(const QUuid &profile, const QString &kind, QObject *context,
                           std::function<void(const QString &)> done)
{
    const QString key = keyFor(profile, kind);
    auto *once = new QObject(context);
    auto answered = std::make_shared<bool>(false);
    const auto answer = [once, answered, done = std::move(done), key](const QString &k,
                                                                      const QString &secret) {
        if (k != key || *answered)
            return;
        *answered = true;
        once->deleteLater();
        done(secret);
    };
    connect(this, &SecretStore::secretRead, once, answer);
    connect(this, &SecretStore::missing, once,
            [answer](const QString &k) { answer(k, QString()); });
    connect(this, &SecretStore::failed, once,
            [answer](const QString &k, const QString &) { answer(k, QString()); });
    read(profile, kind);
}

void SecretStore::read(const QUuid &profile, const QString &kind)
{
    const QString key = keyFor(profile, kind);
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            setState(State::Available);
            Q_EMIT secretRead(key, job->textData());
        } else if (job->error() == QKeychain::EntryNotFound) {
            setState(State::Available);
            Q_EMIT missing(key);
        } else if (keychainUnreachable(job->error())) {
            setState(State::Unavailable, job->errorString());
            if (m_sessionSecrets.contains(key))
                Q_EMIT secretRead(key, m_sessionSecrets.value(key));
            else
                Q_EMIT missing(key);
        } else {
            Q_EMIT failed(key, job->errorString());
        }
    });
    job->start();
}

QStringList SecretStore::kinds()
{
    return {QStringLiteral("client-secret"),
            QStringLiteral("api-key"),
            QStringLiteral("client-certificate-passphrase"),
            QStringLiteral("wso2-client"),
            QStringLiteral("metrics-secret"),
            QStringLiteral("xroad-key")};
}

void SecretStore::remove(const QUuid &profile, const QString &kind)
{
    const QString key = keyFor(profile, kind);
    m_sessionSecrets.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            Q_EMIT removed(key);
        } else if (keychainUnreachable(job->error())) {
            setState(State::Unavailable, job->errorString());
            Q_EMIT removed(key);
        } else {
            Q_EMIT failed(key, job->errorString());
        }
    });
    job->start();
}

} // namespace lgsp::client
