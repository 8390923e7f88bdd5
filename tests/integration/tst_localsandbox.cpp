// The console's child sandbox: it starts, answers, stops, and never outlives the console.
#include "client/localsandbox.h"
#include "testpaths.h"

#include <QSignalSpy>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using lgsp::client::LocalSandbox;

namespace {
bool processAlive(qint64 pid)
{
#ifdef Q_OS_LINUX
    // A zombie (reaped later by its parent) no longer runs: read its state too.
    QFile status(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = status.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && stat.at(close + 2) != 'Z';
#else
    Q_UNUSED(pid);
    return false;
#endif
}
} // namespace

class TestLocalSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LGSP_SANDBOX_PROGRAM",
                lgsp::test::binaryPath(QStringLiteral("lgsp-sandbox")).toLocal8Bit());
    }

    void startsAndStopsWhenDestroyed()
    {
        qint64 pid = 0;
        {
            LocalSandbox sandbox;
            QSignalSpy ready(&sandbox, &LocalSandbox::ready);
            sandbox.start();
            QVERIFY(ready.wait(20000));
            QVERIFY(sandbox.baseUrl().port() > 0);
            QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
            pid = sandbox.processId();
            QVERIFY(pid > 0);
#ifdef Q_OS_LINUX
            QVERIFY(processAlive(pid));
#endif
        }
#ifdef Q_OS_LINUX
        QVERIFY2(!processAlive(pid), "the sandbox outlived its LocalSandbox");
#endif
    }

    void stopIsAsynchronousAndClean()
    {
        LocalSandbox sandbox;
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        QSignalSpy stopped(&sandbox, &LocalSandbox::stopped);
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QVERIFY(ready.wait(20000));
        sandbox.stop();
        QVERIFY(stopped.wait(10000));
        QVERIFY(!sandbox.isRunning());
        QCOMPARE(failed.count(), 0);
    }

    void missingProgramIsAClearFailure()
    {
        LocalSandbox sandbox;
        sandbox.setProgram(QStringLiteral("/nonexistent/lgsp-sandbox"));
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        sandbox.start();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("/nonexistent")));
    }

    void programThatIsNotASandboxFails()
    {
#ifdef Q_OS_UNIX
        // /bin/echo prints its arguments: a first line that is not "listening on …".
        LocalSandbox sandbox;
        sandbox.setProgram(QStringLiteral("/bin/echo"));
        QSignalSpy failed(&sandbox, &LocalSandbox::failed);
        QSignalSpy ready(&sandbox, &LocalSandbox::ready);
        sandbox.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(ready.count(), 0);
#else
        QSKIP("needs /bin/echo");
#endif
    }
};

QTEST_GUILESS_MAIN(TestLocalSandbox)
#include "tst_localsandbox.moc"
