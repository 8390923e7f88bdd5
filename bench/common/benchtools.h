#pragma once

#include <QCommandLineOption>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <vector>

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

} // namespace lgsp::bench
