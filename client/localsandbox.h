#pragma once

#include <QLockFile>
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
// Its data lives in a private "lgsp-console-demo-*" folder of the temporary directory, locked
// by this process; a folder whose process is gone (the console was killed) is removed at the
// next start. The operator credential comes over the child's stdout and stays in memory.
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
    // Past traffic for reports: the sandbox writes this many days before today (--history),
    // the same on every machine, before it answers. 0 (the default): none.
    void setHistoryDays(int days) { m_historyDays = days; }
    // Removes the demo folders in tempPath whose console is no longer running; returns how
    // many. start() calls it on QDir::tempPath().
    static int removeStaleDemoFolders(const QString &tempPath);

    void start();
    // Asks the child to shut down (SIGTERM), then kills it if it has not exited in time.
    void stop();
    bool isRunning() const;
    qint64 processId() const;
    QUrl baseUrl() const { return m_baseUrl; }
    // Where the running sandbox keeps its data.
    QString dataDirectory() const { return m_activeDataDir; }
    // The operator credential the sandbox handed over on its first start (never written to
    // a file); false if it did not hand one over.
    bool readBootstrapCredentials(QString *clientId, QString *secret) const;

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason);
    void stopped();

private:
    void readStandardOutput();
    bool readLine(const QByteArray &line);
    bool makeDemoFolder();
    void fail(const QString &reason);

    QString m_program;
    int m_historyDays = 0;
    QString m_activeDataDir;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QLockFile> m_lock; // after m_tempDir: released before the folder goes
    QString m_clientId;
    QString m_secret;
    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_stdoutBuffer;
    QUrl m_baseUrl;
    bool m_failureReported = false;
};

} // namespace lgsp::client
