#include "benchtools.h"

#include "client/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace lgsp::bench {

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
}

double median(const std::vector<double> &values)
{
    return percentile(values, 0.5);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void useOffscreenByDefault()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

QCommandLineOption sandboxOption()
{
    return QCommandLineOption(
        QStringLiteral("sandbox"), QStringLiteral("lgsp-sandbox to run."), QStringLiteral("path"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lgsp-sandbox")));
}

QCommandLineOption servicesOption()
{
    return QCommandLineOption(QStringLiteral("services"), QStringLiteral("Services to seed."),
                              QStringLiteral("n"), QStringLiteral("100000"));
}

bool startScaleSandbox(QProcess &process, const QString &program, const QTemporaryDir &data,
                       const QString &services, Sandbox *sandbox)
{
    return startSandbox(process, program, data,
                        {QStringLiteral("--seed"), QStringLiteral("scale:") + services,
                         QStringLiteral("--rate-limit"), QStringLiteral("1000000")},
                        sandbox);
}

client::ConnectionProfile sandboxProfile(const Sandbox &sandbox, const QString &name)
{
    client::ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = name;
    profile.baseUrl = sandbox.url;
    profile.clientId = sandbox.clientId;
    profile.proxy = QStringLiteral("none");
    profile.requestTimeoutMs = 60000;
    return profile;
}

bool startSandbox(QProcess &process, const QString &program, const QTemporaryDir &data,
                  const QStringList &arguments, Sandbox *sandbox)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--data-dir"), data.path()} +
                               arguments);
    if (!process.waitForReadyRead(120000)) {
        std::fprintf(stderr, "sandbox did not start\n");
        return false;
    }
    const QByteArray line = process.readLine().trimmed();
    sandbox->url = QUrl(QString::fromLatin1(line.mid(QByteArrayLiteral("listening on ").size())));
    QFile credentials(QDir(data.path()).filePath(QStringLiteral("bootstrap-credentials.json")));
    if (!credentials.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject bootstrap = QJsonDocument::fromJson(credentials.readAll()).object();
    sandbox->clientId = bootstrap.value(QStringLiteral("client_id")).toString();
    sandbox->clientSecret = bootstrap.value(QStringLiteral("client_secret")).toString();
    return sandbox->url.isValid();
}

} // namespace lgsp::bench
