#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace lgsp::client {

// Runs lgsp-sandbox as a child process on a free loopback port for "Try LGSP" (--demo).
// The child never outlives the console: it is stopped when this object is destroyed, and on
// Linux the kernel also sends it SIGTERM if the console dies without cleaning up.
class LocalSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalSandbox)

public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // lgsp-sandbox next to the running executable, unless LGSP_SANDBOX_PROGRAM names one.
    static QString defaultProgram();

    void setProgram(const QString &program) { m_program = program; }
    // Directory for the sandbox's data; a private temporary directory when not set.
    void setDataDir(const QString &dir) { m_dataDir = dir; }

    void start();
    // Asks the child to shut down (SIGTERM), then kills it if it has not exited in time.
    void stop();
    bool isRunning() const;
    qint64 processId() const;
    QUrl baseUrl() const { return m_baseUrl; }
    // Where the running sandbox keeps its data.
    QString dataDirectory() const { return m_activeDataDir; }
    // The operator credential the sandbox wrote on its first start (its owner-only
    // bootstrap-credentials.json). Read into memory only; false if it cannot be read.
    bool readBootstrapCredentials(QString *clientId, QString *secret) const;

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason);
    void stopped();

private:
    void readStandardOutput();
    void fail(const QString &reason);

    QString m_program;
    QString m_dataDir;
    QString m_activeDataDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_stdoutBuffer;
    QUrl m_baseUrl;
    bool m_failureReported = false;
};

} // namespace lgsp::client
