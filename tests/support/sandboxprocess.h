#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace lgsp::test {

// A real lgsp-sandbox process on a free loopback port, for integration tests. Blocking waits
// are fine here: this is test code, not the GUI thread of the console.
class SandboxProcess
{
public:
    // dataDir empty: a private temporary directory, removed afterwards.
    explicit SandboxProcess(const QString &dataDir = {});
    ~SandboxProcess();

    // Starts it and waits for "listening on <url>"; returns false (with QProcess output
    // logged) on failure.
    bool start(const QStringList &extraArguments = {});
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QProcess &process() { return m_process; }
    QString dataDir() const { return m_dataPath; }
    // The operator credential the sandbox wrote on its first start.
    QString bootstrapClientId() const;
    QString bootstrapSecret() const;

private:
    QTemporaryDir m_tempDir;
    QString m_dataPath;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace lgsp::test
