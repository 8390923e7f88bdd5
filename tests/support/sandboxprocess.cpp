#include "sandboxprocess.h"

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtDebug>

namespace lgsp::test {

SandboxProcess::SandboxProcess(const QString &dataDir)
    : m_dataPath(dataDir.isEmpty() ? m_tempDir.path() : dataDir)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--data-dir"), m_dataPath};
    arguments += extraArguments;
    m_process.start(binaryPath(QStringLiteral("lgsp-sandbox")), arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning() << "lgsp-sandbox did not start:" << m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("listening on ")) {
        qWarning() << "unexpected first line from lgsp-sandbox:" << line;
        return false;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(13)));
    return m_baseUrl.isValid();
}

namespace {
QJsonObject bootstrap(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("bootstrap-credentials.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

QString SandboxProcess::bootstrapClientId() const
{
    return bootstrap(m_dataPath).value(QStringLiteral("client_id")).toString();
}

QString SandboxProcess::bootstrapSecret() const
{
    return bootstrap(m_dataPath).value(QStringLiteral("client_secret")).toString();
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

} // namespace lgsp::test
