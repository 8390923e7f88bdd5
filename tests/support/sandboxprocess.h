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
    SandboxProcess();
    ~SandboxProcess();

    // Starts it and waits for "listening on <url>"; returns false (with QProcess output
    // logged) on failure.
    bool start(const QStringList &extraArguments = {});
    void stop();
    QUrl baseUrl() const { return m_baseUrl; }
    QProcess &process() { return m_process; }
    QString dataDir() const { return m_dataDir.path(); }

private:
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QUrl m_baseUrl;
};

} // namespace lgsp::test
