#include "consolerun.h"

#include "testpaths.h"

#include <QProcess>
#include <QTemporaryDir>

namespace lgsp::test {

QProcessEnvironment isolatedEnvironment(const QTemporaryDir &home, const QString &marker)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lgsp.*.info=true"));
    if (!marker.isEmpty())
        env.insert(QStringLiteral("LGSP_TEST_MARKER"), marker);
    return env;
}

ConsoleRun runConsole(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binaryPath(QStringLiteral("lgsp-console")), arguments);
    ConsoleRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.rawOut = process.readAllStandardOutput();
    run.out = QString::fromUtf8(run.rawOut);
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace lgsp::test
