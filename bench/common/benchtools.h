#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
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

// What the benchmarks over one large catalog share: the options --sandbox PATH,
// --services N (100,000 unless given) and --instances M (1 unless given), M sandboxes whose
// catalogs hold N services each (--seed scale:N, no rate limit) with their data in temporary
// folders, and a fleet with one profile for each ("scale", "scale 2"…, no proxy, a one-minute
// timeout: the large pages take a while).
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
    // Puts the sandboxes' profiles, with `group`, and their secrets into `fleet`.
    void addTo(client::Fleet &fleet, const QString &group = {}) const;
    int instances() const { return int(m_sandboxes.size()); }

private:
    std::vector<std::unique_ptr<QTemporaryDir>> m_data;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    std::vector<Sandbox> m_sandboxes;
};

} // namespace lgsp::bench
