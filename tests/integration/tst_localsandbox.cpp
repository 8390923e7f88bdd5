// The console's child sandbox: it starts, answers, stops, never outlives the console, and
// leaves neither a secret nor its data behind, even when the console is killed.
#include "childprocesses.h"
#include "client/localsandbox.h"
#include "consolerun.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using lgsp::client::LocalSandbox;
using lgsp::test::processAlive;

namespace {

QStringList demoFolders(const QString &tempPath)
{
    return QDir(tempPath).entryList({QStringLiteral("lgsp-console-demo-*")},
                                    QDir::Dirs | QDir::NoDotAndDotDot);
}

// Every file under the folder whose name or content shows a credential.
QStringList filesHoldingSecrets(const QString &folder, const QByteArray &secret = {})
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        if (path.endsWith(QLatin1String("bootstrap-credentials.json")) ||
            content.contains("client_secret") || (!secret.isEmpty() && content.contains(secret)))
            found.append(path);
    }
    return found;
}

// Points QDir::tempPath() of this process (and its children) at a private folder.
class ScopedTempPath
{
public:
    explicit ScopedTempPath(const QString &path)
        : m_previous(qgetenv("TMPDIR"))
        , m_wasSet(qEnvironmentVariableIsSet("TMPDIR"))
    {
        qputenv("TMPDIR", path.toLocal8Bit());
    }
    ~ScopedTempPath()
    {
        if (m_wasSet)
            qputenv("TMPDIR", m_previous);
        else
            qunsetenv("TMPDIR");
    }
    Q_DISABLE_COPY_MOVE(ScopedTempPath)

private:
    QByteArray m_previous;
    bool m_wasSet;
};

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

    void theCredentialStaysInMemoryAndTheDataGoesWithIt()
    {
        QTemporaryDir temp;
        const ScopedTempPath scoped(temp.path());
        QString folder;
        {
            LocalSandbox sandbox;
            QSignalSpy ready(&sandbox, &LocalSandbox::ready);
            sandbox.start();
            QVERIFY(ready.wait(20000));
            QString clientId;
            QString secret;
            QVERIFY(sandbox.readBootstrapCredentials(&clientId, &secret));
            QVERIFY(!clientId.isEmpty() && secret.size() >= 16);
            QCOMPARE(demoFolders(temp.path()).size(), 1);
            folder = temp.filePath(demoFolders(temp.path()).first());
            QVERIFY(sandbox.dataDirectory().startsWith(folder));
            QVERIFY(QFileInfo::exists(sandbox.dataDirectory()));
            QCOMPARE(filesHoldingSecrets(folder, secret.toUtf8()), QStringList());
        }
        QVERIFY2(!QFileInfo::exists(folder), "the demo's data outlived it");
    }

    void aKilledConsoleLeavesNoSecretAndItsFolderGoesAtTheNextStart()
    {
#ifdef Q_OS_LINUX
        QTemporaryDir home;
        QTemporaryDir temp;
        const QString marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcessEnvironment env = lgsp::test::isolatedEnvironment(home, marker);
        env.insert(QStringLiteral("TMPDIR"), temp.path());
        QProcess console;
        console.setProcessEnvironment(env);
        console.start(lgsp::test::binaryPath(QStringLiteral("lgsp-console")),
                      {QStringLiteral("--demo")});
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(console.readAllStandardError()),
                                  lgsp::test::sandboxPidFromLog(log) > 0),
                                 30000);
        const qint64 sandboxPid = lgsp::test::sandboxPidFromLog(log);
        QCOMPARE(lgsp::test::processesWithMarker(marker).size(), 2); // console and sandbox
        QCOMPARE(demoFolders(temp.path()).size(), 1);
        const QString stale = temp.filePath(demoFolders(temp.path()).first());
        QCOMPARE(filesHoldingSecrets(stale), QStringList());

        ::kill(pid_t(console.processId()), SIGKILL); // no chance to clean up
        QVERIFY(console.waitForFinished(5000));
        // The kernel stops the sandbox with its parent (PR_SET_PDEATHSIG).
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(sandboxPid), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(lgsp::test::processesWithMarker(marker).isEmpty(), 5000);
        QVERIFY(QFileInfo::exists(stale));                   // nothing could remove it yet…
        QCOMPARE(filesHoldingSecrets(stale), QStringList()); // …but it holds no secret

        // A folder of a console that may be starting right now (no lock yet) is kept.
        QVERIFY(QDir(temp.path()).mkdir(QStringLiteral("lgsp-console-demo-fresh")));
        const ScopedTempPath scoped(temp.path());
        LocalSandbox next;
        QSignalSpy ready(&next, &LocalSandbox::ready);
        next.start();
        QVERIFY(ready.wait(20000));
        QVERIFY2(!QFileInfo::exists(stale), "the killed console's folder was not removed");
        QVERIFY(QFileInfo::exists(temp.filePath(QStringLiteral("lgsp-console-demo-fresh"))));
        QCOMPARE(demoFolders(temp.path()).size(), 2);
        // A running console's folder is never removed by another.
        QCOMPARE(LocalSandbox::removeStaleDemoFolders(temp.path()), 0);
        QVERIFY(QFileInfo::exists(next.dataDirectory()));
#else
        QSKIP("relies on Linux's parent-death signal");
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
