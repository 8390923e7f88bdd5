#pragma once

#include "client/clienterror.h"

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>

namespace lgsp::client {

struct ConnectionProfile;

// The TLS options of one profile: extra CA certificates (government roots are not in public
// trust stores), an optional SHA-256 pin of the server certificate and an optional client
// certificate. A pinned certificate is trusted even when its chain is not, as long as the
// host name matches and it is in its validity period.
class TlsPolicy
{
public:
    TlsPolicy() = default;

    // Loads the files the profile names. A missing or unreadable file is a Configuration
    // error naming it; the policy is then unusable.
    static TlsPolicy fromProfile(const ConnectionProfile &profile,
                                 const QString &clientCertificatePassphrase, ClientError *error);

    // Qt's default configuration plus the extra CAs and the client certificate.
    QSslConfiguration configuration() const;

    bool hasPin() const { return !m_pin.isEmpty(); }
    // The same policy for another server of the profile (its metric source): the pin is the
    // instance's certificate and does not apply there.
    TlsPolicy withoutPin() const
    {
        TlsPolicy p = *this;
        p.m_pin.clear();
        return p;
    }
    // The same policy for another server of the profile with a pin of its own (an X-Road
    // security server's self-signed certificate); `hex` empty: no pin.
    TlsPolicy withPin(const QString &hex) const
    {
        TlsPolicy p = *this;
        p.m_pin = hex.isEmpty() ? QByteArray() : parsePin(hex);
        return p;
    }
    bool pinMatches(const QSslCertificate &certificate) const;
    const QList<QSslCertificate> &extraCaCertificates() const { return m_caCertificates; }

    // Decides what to do about the errors Qt reported for `peer`: true when they may be
    // ignored (only chain-trust errors, and the certificate is the pinned one); otherwise
    // *problem says what failed and *detail lists the errors.
    bool mayIgnore(const QList<QSslError> &errors, const QSslCertificate &peer,
                   ClientError::TlsProblem *problem, QString *detail) const;

    // "AB:CD:…" SHA-256 of the DER certificate, as browsers show it.
    static QString fingerprint(const QSslCertificate &certificate);
    // Accepts hex with or without colons or spaces; empty on anything else.
    static QByteArray parsePin(const QString &text);

private:
    QList<QSslCertificate> m_caCertificates;
    QByteArray m_pin; // 32 bytes, or empty
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    QList<QSslCertificate> m_clientChain;
};

} // namespace lgsp::client
