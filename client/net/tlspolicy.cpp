#include "client/net/tlspolicy.h"

#include "client/profiles/connectionprofile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace lgsp::client {

namespace {

ClientError fileError(const QString &what, const QString &path, const QString &why)
{
    return ClientError::make(ClientError::Kind::Configuration,
                             ClientError::tr("%1 %2: %3").arg(what, path, why));
}

bool readFile(const QString &path, QByteArray *data, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    if (file.size() > 1024 * 1024) {
        *why = ClientError::tr("larger than 1 MiB, not a certificate file");
        return false;
    }
    *data = file.readAll();
    return true;
}

// A PEM private key in `pem` (RSA, EC or PKCS#8 of either).
QSslKey pemKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

} // namespace

TlsPolicy TlsPolicy::fromProfile(const ConnectionProfile &profile,
                                 const QString &clientCertificatePassphrase, ClientError *error)
{
    TlsPolicy policy;
    *error = {};
    for (const QString &path : profile.caFiles) {
        QByteArray data;
        QString why;
        if (!readFile(path, &data, &why)) {
            *error = fileError(ClientError::tr("CA certificate file"), path, why);
            return {};
        }
        QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(data, QSsl::Der);
        if (certificates.isEmpty()) {
            *error = fileError(ClientError::tr("CA certificate file"), path,
                               ClientError::tr("no PEM or DER certificate in it"));
            return {};
        }
        policy.m_caCertificates.append(certificates);
    }
    if (!profile.pinSha256.trimmed().isEmpty()) {
        policy.m_pin = parsePin(profile.pinSha256);
        if (policy.m_pin.isEmpty()) {
            *error = ClientError::make(
                ClientError::Kind::Configuration,
                ClientError::tr("the certificate pin is not a SHA-256 fingerprint (64 "
                                "hexadecimal digits)"));
            return {};
        }
    }
    const QString clientFile = profile.clientCertificateFile;
    if (!clientFile.isEmpty()) {
        QByteArray data;
        QString why;
        const QString what = ClientError::tr("Client certificate file");
        if (!readFile(clientFile, &data, &why)) {
            *error = fileError(what, clientFile, why);
            return {};
        }
        const QByteArray passphrase = clientCertificatePassphrase.toUtf8();
        if (clientFile.endsWith(QLatin1String(".p12"), Qt::CaseInsensitive) ||
            clientFile.endsWith(QLatin1String(".pfx"), Qt::CaseInsensitive)) {
            QFile file(clientFile);
            if (!file.open(QIODevice::ReadOnly) ||
                !QSslCertificate::importPkcs12(&file, &policy.m_clientKey,
                                               &policy.m_clientCertificate, &policy.m_clientChain,
                                               passphrase)) {
                *error = fileError(what, clientFile,
                                   ClientError::tr("not a PKCS#12 file, or the passphrase in "
                                                   "the keychain is wrong"));
                return {};
            }
        } else {
            const QList<QSslCertificate> chain = QSslCertificate::fromData(data, QSsl::Pem);
            policy.m_clientKey = pemKey(data, passphrase);
            if (chain.isEmpty() || policy.m_clientKey.isNull()) {
                *error = fileError(what, clientFile,
                                   ClientError::tr("expected a PEM certificate and its private "
                                                   "key in the same file"));
                return {};
            }
            policy.m_clientCertificate = chain.first();
            policy.m_clientChain = chain.mid(1);
        }
    }
    return policy;
}

QSslConfiguration TlsPolicy::configuration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_caCertificates.isEmpty())
        configuration.addCaCertificates(m_caCertificates);
    if (!m_clientCertificate.isNull()) {
        configuration.setLocalCertificate(m_clientCertificate);
        configuration.setPrivateKey(m_clientKey);
        if (!m_clientChain.isEmpty())
            configuration.setLocalCertificateChain(QList<QSslCertificate>{m_clientCertificate} +
                                                   m_clientChain);
    }
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

bool TlsPolicy::pinMatches(const QSslCertificate &certificate) const
{
    return !m_pin.isEmpty() && !certificate.isNull() &&
           certificate.digest(QCryptographicHash::Sha256) == m_pin;
}

bool TlsPolicy::mayIgnore(const QList<QSslError> &errors, const QSslCertificate &peer,
                          ClientError::TlsProblem *problem, QString *detail) const
{
    QStringList texts;
    bool onlyTrust = true;
    *problem = ClientError::TlsProblem::Handshake;
    for (const QSslError &e : errors) {
        texts.append(e.errorString());
        if (isTrustError(e.error()))
            continue;
        onlyTrust = false;
        if (e.error() == QSslError::HostNameMismatch)
            *problem = ClientError::TlsProblem::HostnameMismatch;
        else if (e.error() == QSslError::CertificateExpired ||
                 e.error() == QSslError::CertificateNotYetValid)
            *problem = ClientError::TlsProblem::Expired;
    }
    if (onlyTrust && pinMatches(peer)) {
        *problem = ClientError::TlsProblem::None;
        return true;
    }
    if (onlyTrust)
        *problem = ClientError::TlsProblem::Untrusted;
    *detail = texts.join(QStringLiteral("; "));
    return false;
}

QString TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)));
    return pairs.join(QLatin1Char(':'));
}

QByteArray TlsPolicy::parsePin(const QString &text)
{
    QString hex = text.trimmed();
    if (hex.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    static const QRegularExpression kHex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!kHex.match(hex).hasMatch())
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace lgsp::client
