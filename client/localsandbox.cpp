#include "client/localsandbox.h"

#include "client/logging.h"

#include "protocol/jsonreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace lgsp::client {

namespace {
constexpr int kStartTimeoutMs = 20000;
constexpr int kStopGraceMs = 3000;
constexpr char kFolderPrefix[] = "lgsp-console-demo-";
constexpr char kLockName[] = "console.lock";
// A folder with no lock yet may be one another console is creating right now.
constexpr qint64 kUnlockedGraceSeconds = 120;
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
    if (!makeDemoFolder())
        return;
    if (!QFileInfo(m_program).isExecutable()) {
        fail(tr("The sandbox program was not found at %1.")
                 .arg(QDir::toNativeSeparators(m_program)));
        return;
    }
    m_stdoutBuffer.clear();
    m_baseUrl.clear();
    m_clientId.clear();
    m_secret.clear();
    m_failureReported = false;
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                          QStringLiteral("--data-dir"), m_activeDataDir,
                          QStringLiteral("--credentials-to-stdout"), QStringLiteral("--seed"),
                          QStringLiteral("demo"),
                          // Live traffic, so the demo's charts and figures move.
                          QStringLiteral("--simulate"), QStringLiteral("12")};
    if (m_historyDays > 0)
        arguments << QStringLiteral("--history") << QString::number(m_historyDays);
    qCInfo(lcClient).noquote() << "starting" << m_program << arguments.join(QLatin1Char(' '));
    // Writing past days takes time before the sandbox answers (≈ 0.1 s a day here).
    m_startTimeout.start(kStartTimeoutMs + m_historyDays * 150);
    m_process.start(m_program, arguments);
}

bool LocalSandbox::makeDemoFolder()
{
    const QString tempPath = QDir::tempPath();
    const int removed = removeStaleDemoFolders(tempPath);
    if (removed > 0)
        qCInfo(lcClient) << "removed" << removed << "demo folder(s) left by consoles that died";
    m_lock.reset();
    m_tempDir = std::make_unique<QTemporaryDir>(
        QDir(tempPath).filePath(QLatin1String(kFolderPrefix) + QLatin1String("XXXXXX")));
    if (!m_tempDir->isValid()) {
        fail(tr("No temporary directory for the sandbox: %1").arg(m_tempDir->errorString()));
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_tempDir->filePath(QLatin1String(kLockName)));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, however old
    if (!m_lock->tryLock(0)) {
        fail(tr("The sandbox's folder %1 could not be locked.")
                 .arg(QDir::toNativeSeparators(m_tempDir->path())));
        return false;
    }
    m_activeDataDir = m_tempDir->filePath(QStringLiteral("sandbox"));
    return true;
}

int LocalSandbox::removeStaleDemoFolders(const QString &tempPath)
{
    int removed = 0;
    const QFileInfoList folders =
        QDir(tempPath).entryInfoList({QLatin1String(kFolderPrefix) + QLatin1Char('*')},
                                     QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &folder : folders) {
        const QString lockPath = QDir(folder.filePath()).filePath(QLatin1String(kLockName));
        if (QFileInfo::exists(lockPath)) {
            QLockFile lock(lockPath);
            lock.setStaleLockTime(0);
            if (!lock.tryLock(0))
                continue; // its console runs (or the lock cannot be judged): keep it
            lock.unlock();
        } else if (folder.lastModified().secsTo(QDateTime::currentDateTime()) <
                   kUnlockedGraceSeconds) {
            continue;
        }
        if (QDir(folder.filePath()).removeRecursively())
            ++removed;
        else
            qCWarning(lcClient).noquote()
                << "could not remove the stale demo folder" << folder.filePath();
    }
    return removed;
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
    while (m_baseUrl.isEmpty()) {
        const qsizetype newline = m_stdoutBuffer.indexOf('\n');
        if (newline < 0) {
            if (m_stdoutBuffer.size() > 4096)
                fail(tr("The sandbox printed an unexpected first line."));
            return;
        }
        const QByteArray line = m_stdoutBuffer.left(newline).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (!readLine(line)) {
            m_process.kill();
            return;
        }
    }
    m_stdoutBuffer.clear();
}

// The sandbox's start-up lines: an optional "credentials {json}", then "listening on <url>".
bool LocalSandbox::readLine(const QByteArray &line)
{
    static constexpr char kCredentials[] = "credentials ";
    if (line.startsWith(kCredentials) && m_clientId.isEmpty()) {
        protocol::DecodeError error;
        const QJsonObject object =
            protocol::parseJsonObject(line.mid(int(sizeof(kCredentials)) - 1), &error);
        m_clientId = object.value(QStringLiteral("client_id")).toString();
        m_secret = object.value(QStringLiteral("client_secret")).toString();
        return true;
    }
    static constexpr char kPrefix[] = "listening on ";
    const QUrl url(QString::fromUtf8(line.mid(int(sizeof(kPrefix)) - 1)));
    if (!line.startsWith(kPrefix) || !url.isValid() || url.port() <= 0) {
        fail(tr("The sandbox printed an unexpected first line: %1")
                 .arg(QString::fromUtf8(line.left(200))));
        return false;
    }
    m_startTimeout.stop();
    m_baseUrl = url;
    qCInfo(lcClient).noquote() << "sandbox ready at" << url.toString() << "pid"
                               << m_process.processId();
    Q_EMIT ready(url);
    return true;
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
    if (m_clientId.isEmpty() || m_secret.isEmpty())
        return false;
    *clientId = m_clientId;
    *secret = m_secret;
    return true;
}

} // namespace lgsp::client
