#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

namespace lgsp::client {
struct ConnectionProfile;
}

// Small helpers the benchmark programs share.
namespace lgsp::bench {

double percentile(std::vector<double> values, double q);
double median(const std::vector<double> &values);
// CPU time of the calling thread, in milliseconds.
double threadCpuMs();
double residentMiB();

// Benchmarks draw offscreen unless QT_QPA_PLATFORM says otherwise. Call before QApplication.
void useOffscreenByDefault();
// --sandbox PATH, by default the lgsp-sandbox next to the benchmark.
QCommandLineOption sandboxOption();

// A real lgsp-sandbox on a free loopback port with its data in `data`.
struct Sandbox
{
    QUrl url;
    QString clientId;
    QString clientSecret;
};
bool startSandbox(QProcess &process, const QString &program, const QTemporaryDir &data,
                  const QStringList &arguments, Sandbox *sandbox);
// --services N (100,000 unless given): the catalog's size for the benchmarks over one.
QCommandLineOption servicesOption();
// A sandbox whose catalog holds `services` services (--seed scale:N), with no rate limit.
bool startScaleSandbox(QProcess &process, const QString &program, const QTemporaryDir &data,
                       const QString &services, Sandbox *sandbox);
// A profile for `sandbox` named `name`, without a proxy, with a one-minute timeout (the
// large catalogs' pages take a while); its secret is sandbox.clientSecret.
client::ConnectionProfile sandboxProfile(const Sandbox &sandbox, const QString &name);

} // namespace lgsp::bench
