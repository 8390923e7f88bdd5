#include "benchtools.h"

#include "client/fleet/fleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

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

bool startSandbox(QProcess &process, const QString &program, const QTemporaryDir &data,
                  const QStringList &arguments, Sandbox *sandbox)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // Stopped with the benchmark, even when the benchmark is killed.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
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

bool ScaleSandbox::start(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption program = sandboxOption();
    const QCommandLineOption services(QStringLiteral("services"),
                                      QStringLiteral("Services to seed in each instance."),
                                      QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption instances(QStringLiteral("instances"),
                                       QStringLiteral("Instances (sandboxes), loaded at once."),
                                       QStringLiteral("n"), QStringLiteral("1"));
    parser.addOptions({program, services, instances});
    parser.process(app);
    const int count = std::max(1, parser.value(instances).toInt());
    for (int i = 0; i < count; ++i) {
        m_data.push_back(std::make_unique<QTemporaryDir>());
        m_processes.push_back(std::make_unique<QProcess>());
        m_sandboxes.emplace_back();
        if (!startSandbox(*m_processes.back(), parser.value(program), *m_data.back(),
                          {QStringLiteral("--seed"),
                           QStringLiteral("scale:") + parser.value(services),
                           QStringLiteral("--rate-limit"), QStringLiteral("1000000")},
                          &m_sandboxes.back()))
            return false;
    }
    return true;
}

ScaleSandbox::~ScaleSandbox()
{
    for (const auto &process : m_processes)
        process->terminate();
    for (const auto &process : m_processes)
        process->waitForFinished(10000);
}

void ScaleSandbox::addTo(client::Fleet &fleet, const QString &group) const
{
    QList<client::ConnectionProfile> profiles;
    for (size_t i = 0; i < m_sandboxes.size(); ++i) {
        client::ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = i == 0 ? QStringLiteral("scale") : QStringLiteral("scale %1").arg(i + 1);
        profile.group = group;
        profile.baseUrl = m_sandboxes[i].url;
        profile.clientId = m_sandboxes[i].clientId;
        profile.proxy = QStringLiteral("none");
        profile.requestTimeoutMs = 60000;
        profiles.append(profile);
    }
    fleet.setProfiles(profiles);
    for (size_t i = 0; i < m_sandboxes.size(); ++i)
        fleet.setSecret(profiles.at(qsizetype(i)).id, m_sandboxes[i].clientSecret);
}

} // namespace lgsp::bench
