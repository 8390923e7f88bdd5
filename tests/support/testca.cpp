#include "testca.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace lgsp::test {

TestCa::TestCa()
{
    m_valid = m_dir.isValid() &&
              run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("ca.key")),
                   QStringLiteral("-out"), caFile(), QStringLiteral("-days"), QStringLiteral("30"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=LGSP Console Test CA")});
}

QString TestCa::caFile() const
{
    return m_dir.filePath(QStringLiteral("ca.pem"));
}

QSslCertificate TestCa::caCertificate() const
{
    return QSslCertificate::fromPath(caFile()).value(0);
}

bool TestCa::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(openssl.readAllStandardError()) + openssl.errorString();
        return false;
    }
    return true;
}

bool TestCa::issueServer(const QString &name, int days, QString *certificateFile, QString *keyFile)
{
    *certificateFile = m_dir.filePath(name + QStringLiteral(".pem"));
    *keyFile = m_dir.filePath(name + QStringLiteral(".key"));
    const QString request = m_dir.filePath(name + QStringLiteral(".csr"));
    const QString extensions = m_dir.filePath(name + QStringLiteral(".ext"));
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "extendedKeyUsage=serverAuth\n");
    ext.close();
    return run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), *keyFile,
                QStringLiteral("-out"), request, QStringLiteral("-subj"),
                QStringLiteral("/CN=127.0.0.1")}) &&
           run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
                QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"),
                m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-out"), *certificateFile, QStringLiteral("-days"),
                QString::number(days), QStringLiteral("-extfile"), extensions});
}

bool TestCa::makePkcs12(const QString &certificateFile, const QString &keyFile,
                        const QString &passphrase, QString *pkcs12File)
{
    *pkcs12File = m_dir.filePath(QFileInfo(certificateFile).baseName() + QStringLiteral(".p12"));
    QProcess openssl;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LGSP_TEST_P12_PASS"), passphrase);
    openssl.setProcessEnvironment(environment);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-in"),
                   certificateFile, QStringLiteral("-inkey"), keyFile, QStringLiteral("-out"),
                   *pkcs12File, QStringLiteral("-passout"),
                   QStringLiteral("env:LGSP_TEST_P12_PASS")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QString::fromLocal8Bit(openssl.readAllStandardError()) + openssl.errorString();
        return false;
    }
    return true;
}

} // namespace lgsp::test
