#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QTemporaryDir;

namespace lgsp::test {

// One run of the lgsp-console executable, as a person or a script runs it.
struct ConsoleRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
    QByteArray rawOut;
    qint64 elapsedMs = -1; // from the start of the process to its end
};

// The system's environment with the offscreen platform, settings and data under `home`,
// and, when given, a marker that lets a test find the processes the console started.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home, const QString &marker = {});
ConsoleRun runConsole(const QStringList &arguments, const QProcessEnvironment &env,
                      int timeoutMs = 60000);
// The same, but the test's event loop runs meanwhile, so servers inside the test answer.
ConsoleRun runConsoleServing(const QStringList &arguments, const QProcessEnvironment &env,
                             int timeoutMs = 60000);

} // namespace lgsp::test
