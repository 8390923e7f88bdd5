#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

class QNetworkReply;

namespace lgsp::sandbox {

struct TlsMaterial
{
    QList<QSslCertificate> chain; // leaf first
    QSslKey key;
};

// Reads a PEM certificate chain and its private key (RSA or EC). On failure returns nothing
// with a sentence that names the file in *error.
std::optional<TlsMaterial> loadTlsMaterial(const QString &certificateFile, const QString &keyFile,
                                           QString *error);

// The sandbox calls itself (gateway → demo upstreams, simulator → gateway). Over HTTPS its
// certificate may come from a CA this process does not trust: accept exactly that
// certificate (a pin) on this one reply, nothing else.
void trustOwnCertificate(QNetworkReply *reply, const QSslCertificate &own);

} // namespace lgsp::sandbox
