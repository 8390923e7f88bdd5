#include "sandbox/tlssetup.h"

#include <QFile>
#include <QNetworkReply>
#include <QSslError>

namespace lgsp::sandbox {

std::optional<TlsMaterial> loadTlsMaterial(const QString &certificateFile, const QString &keyFile,
                                           QString *error)
{
    TlsMaterial material;
    material.chain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    if (material.chain.isEmpty() || material.chain.first().isNull()) {
        *error = QStringLiteral("no PEM certificate could be read from %1").arg(certificateFile);
        return std::nullopt;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key %1: %2").arg(keyFile, file.errorString());
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        material.key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!material.key.isNull())
            return material;
    }
    *error = QStringLiteral("%1 is not an unencrypted PEM RSA or EC private key").arg(keyFile);
    return std::nullopt;
}

void trustOwnCertificate(QNetworkReply *reply, const QSslCertificate &own)
{
    if (own.isNull())
        return;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, own](const QList<QSslError> &errors) {
                         const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                         if (peer == own)
                             reply->ignoreSslErrors(errors);
                     });
}

} // namespace lgsp::sandbox
