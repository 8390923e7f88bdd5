#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

namespace lgsp::client {
class Fleet;
}
class QCoreApplication;

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

// What the benchmarks over one large catalog share: the options --sandbox PATH and
// --services N (100,000 unless given), a sandbox whose catalog holds N services
// (--seed scale:N, no rate limit) with its data in a temporary folder, and a fleet with one
// profile for it ("scale", no proxy, a one-minute timeout: the large pages take a while).
class ScaleSandbox
{
public:
    ScaleSandbox() = default;
    ScaleSandbox(const ScaleSandbox &) = delete;
    ScaleSandbox &operator=(const ScaleSandbox &) = delete;
    // Stops the sandbox (waiting up to 10 s) before its data folder is removed.
    ~ScaleSandbox();
    // Parses the command line of `app` (exits on --help) and starts the sandbox; false when
    // it could not start (said on standard error).
    bool start(const QCoreApplication &app);
    // Puts the sandbox's profile, with `group`, and its secret into `fleet`.
    void addTo(client::Fleet &fleet, const QString &group = {}) const;

private:
    QTemporaryDir m_data;
    QProcess m_process;
    Sandbox m_sandbox;
};

} // namespace lgsp::bench
