#pragma once

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

namespace lgsp::test {

// A certificate authority made at test time with the openssl command, and server
// certificates it signs for 127.0.0.1 / localhost. Nothing is committed or reused.
class TestCa
{
public:
    TestCa();
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }

    QString caFile() const;
    QSslCertificate caCertificate() const;
    // Issues a server certificate valid for `days`; returns false on failure.
    bool issueServer(const QString &name, int days, QString *certificateFile, QString *keyFile);

    // Packs a certificate and its key into a PKCS#12 file protected by `passphrase` (given
    // to openssl through its environment, not its command line).
    bool makePkcs12(const QString &certificateFile, const QString &keyFile,
                    const QString &passphrase, QString *pkcs12File);

private:
    bool run(const QStringList &arguments);

    QTemporaryDir m_dir;
    bool m_valid = false;
    QString m_error;
};

} // namespace lgsp::test
