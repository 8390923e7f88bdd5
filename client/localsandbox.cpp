#include "client/localsandbox.h"

#include "client/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace lgsp::client {

namespace {
constexpr int kStartTimeoutMs = 20000;
constexpr int kStopGraceMs = 3000;
} // namespace

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // The sandbox's own log lines go to our stderr, so a person running the demo sees them.
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.setInputChannelMode(QProcess::ManagedInputChannel);
#ifdef Q_OS_LINUX
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            &LocalSandbox::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray text = m_process.readAllStandardError();
        for (const QByteArray &line : text.split('\n')) {
            if (!line.trimmed().isEmpty())
                qCInfo(lcClient).noquote() << "sandbox:" << QString::fromUtf8(line);
        }
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The sandbox program %1 could not be started: %2")
                     .arg(QDir::toNativeSeparators(m_program), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        m_startTimeout.stop();
        if (m_baseUrl.isEmpty())
            fail(tr("The sandbox stopped before it was ready (exit code %1).").arg(exitCode));
        m_baseUrl.clear();
        Q_EMIT stopped();
    });
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The sandbox did not start within %n second(s).", nullptr, kStartTimeoutMs / 1000));
        m_process.kill();
    });
}

LocalSandbox::~LocalSandbox()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Teardown: the event loop may already be gone, so wait here, briefly and bounded.
    m_process.blockSignals(true);
    m_process.terminate();
    if (!m_process.waitForFinished(kStopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString LocalSandbox::defaultProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("LGSP_SANDBOX_PROGRAM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("lgsp-sandbox.exe");
#else
    const QString name = QStringLiteral("lgsp-sandbox");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

void LocalSandbox::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    QString dataDir = m_dataDir;
    if (dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        if (!m_tempDir->isValid()) {
            fail(tr("No temporary directory for the sandbox: %1").arg(m_tempDir->errorString()));
            return;
        }
        dataDir = m_tempDir->path();
    }
    m_activeDataDir = dataDir;
    if (!QFileInfo(m_program).isExecutable()) {
        fail(tr("The sandbox program was not found at %1.")
                 .arg(QDir::toNativeSeparators(m_program)));
        return;
    }
    m_stdoutBuffer.clear();
    m_baseUrl.clear();
    m_failureReported = false;
    const QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--data-dir"), dataDir, QStringLiteral("--seed"),
                                QStringLiteral("demo"),
                                // Live traffic, so the demo's charts and figures move.
                                QStringLiteral("--simulate"), QStringLiteral("12")};
    qCInfo(lcClient).noquote() << "starting" << m_program << arguments.join(QLatin1Char(' '));
    m_startTimeout.start(kStartTimeoutMs);
    m_process.start(m_program, arguments);
}

void LocalSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    QTimer::singleShot(kStopGraceMs, this, [this] {
        if (m_process.state() != QProcess::NotRunning)
            m_process.kill();
    });
}

bool LocalSandbox::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

qint64 LocalSandbox::processId() const
{
    return m_process.processId();
}

void LocalSandbox::readStandardOutput()
{
    m_stdoutBuffer += m_process.readAllStandardOutput();
    if (!m_baseUrl.isEmpty()) {
        m_stdoutBuffer.clear();
        return;
    }
    const qsizetype newline = m_stdoutBuffer.indexOf('\n');
    if (newline < 0) {
        if (m_stdoutBuffer.size() > 4096)
            fail(tr("The sandbox printed an unexpected first line."));
        return;
    }
    const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
    m_stdoutBuffer.clear();
    static constexpr char kPrefix[] = "listening on ";
    const QUrl url(QString::fromUtf8(line.mid(int(sizeof(kPrefix)) - 1)));
    if (!line.startsWith(kPrefix) || !url.isValid() || url.port() <= 0) {
        fail(tr("The sandbox printed an unexpected first line: %1")
                 .arg(QString::fromUtf8(line.left(200))));
        m_process.kill();
        return;
    }
    m_startTimeout.stop();
    m_baseUrl = url;
    qCInfo(lcClient).noquote() << "sandbox ready at" << url.toString() << "pid"
                               << m_process.processId();
    Q_EMIT ready(url);
}

void LocalSandbox::fail(const QString &reason)
{
    m_startTimeout.stop();
    if (m_failureReported)
        return; // one start, one failure report
    m_failureReported = true;
    qCWarning(lcClient).noquote() << reason;
    Q_EMIT failed(reason);
}

bool LocalSandbox::readBootstrapCredentials(QString *clientId, QString *secret) const
{
    QFile file(QDir(m_activeDataDir).filePath(QStringLiteral("bootstrap-credentials.json")));
    if (m_activeDataDir.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    *clientId = object.value(QStringLiteral("client_id")).toString();
    *secret = object.value(QStringLiteral("client_secret")).toString();
    return !clientId->isEmpty() && !secret->isEmpty();
}

} // namespace lgsp::client
