// Cold start of lgsp-console to its first painted window (offscreen platform), and its
// resident memory once idle. Runs the real executable N times and prints medians. With
// --profiles N the console starts with N saved connection profiles (loopback addresses where
// nothing listens: each poll is refused at once), as an officer's national view would.
//
// --memory-map also prints, for the last run, where the resident memory is: each mapped
// file and the anonymous memory (heap), largest first (Linux).
//
//   bench_startup [--runs N] [--idle-ms MS] [--profiles N] [--memory-map] [--console PATH]
#include "client/profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// VmRSS of a Linux process in KiB, 0 elsewhere.
qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Resident KiB of a Linux process by what is mapped: each file, and "[anonymous]" for the
// heap and anonymous mappings. Largest first.
std::vector<std::pair<QString, qint64>> residentByMapping(qint64 pid)
{
    QFile smaps(QStringLiteral("/proc/%1/smaps").arg(pid));
    std::vector<std::pair<QString, qint64>> result;
    if (!smaps.open(QIODevice::ReadOnly))
        return result;
    QHash<QString, qint64> byName;
    QString current;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        if (!line.contains(':') || line.indexOf(' ') < line.indexOf(':')) {
            // "start-end perms offset dev inode [name]"
            const QList<QByteArray> fields = line.simplified().split(' ');
            current = fields.size() >= 6 ? QString::fromUtf8(fields.at(5)) : QString();
            if (current.isEmpty() || current == QLatin1String("[heap]"))
                current = QStringLiteral("[anonymous]");
            continue;
        }
        if (line.startsWith("Rss:"))
            byName[current] += line.mid(4).trimmed().split(' ').first().toLongLong();
        // The process's own pages (written relocations, heap), in the same table.
        if (line.startsWith("Private_Clean:") || line.startsWith("Private_Dirty:"))
            byName[QStringLiteral("(private, all mappings)")] +=
                line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong();
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        result.emplace_back(it.key(), it.value());
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up benchmark of lgsp-console."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."),
                                        QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption idleOption(QStringLiteral("idle-ms"),
                                        QStringLiteral("Idle time before reading memory."),
                                        QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption consoleOption(
        QStringLiteral("console"), QStringLiteral("Path of lgsp-console."), QStringLiteral("path"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("lgsp-console")));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QStringLiteral("Saved connection profiles."),
                                            QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption mapOption(QStringLiteral("memory-map"),
                                       QStringLiteral("Print where the last run's memory is."));
    parser.addOptions({runsOption, idleOption, profilesOption, mapOption, consoleOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int idleMs = parser.value(idleOption).toInt();
    const int profiles = std::max(0, parser.value(profilesOption).toInt());

    std::vector<double> wallMs, insideMs, rssMiB;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home; // fresh settings: a first start every time
        if (profiles > 0) {
            // Where the console keeps them: <config>/lgsp-console/lgsp-console/profiles.json.
            lgsp::client::ProfileStore store(
                QDir(home.path())
                    .filePath(QStringLiteral("lgsp-console/lgsp-console/profiles.json")));
            for (int i = 0; i < profiles; ++i) {
                lgsp::client::ConnectionProfile p;
                p.id = QUuid::createUuid();
                p.name = QStringLiteral("LGSP %1").arg(i + 1);
                p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(1 + i % 5));
                p.proxy = QStringLiteral("none");
                p.group = i < 22 ? QStringLiteral("Bộ") : QStringLiteral("Tỉnh");
                store.upsert(p);
            }
            if (!store.save()) {
                std::fprintf(stderr, "cannot write the profiles\n");
                return 1;
            }
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        QProcess console;
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        console.start(parser.value(consoleOption),
                      {QStringLiteral("--report-first-paint"), QStringLiteral("--lang"),
                       QStringLiteral("en")});
        QByteArray line;
        while (!line.startsWith("first-paint") && console.waitForReadyRead(30000))
            line = console.readLine().trimmed();
        const double wall = double(timer.nsecsElapsed()) / 1e6;
        if (!line.startsWith("first-paint")) {
            std::fprintf(stderr, "run %d: no first paint reported\n", run);
            return 1;
        }
        QThread::msleep(idleMs);
        const qint64 rss = residentKiB(console.processId());
        if (parser.isSet(mapOption) && run == runs - 1) {
            std::printf("resident memory by mapping (KiB):\n");
            int shown = 0;
            for (const auto &[name, kib] : residentByMapping(console.processId())) {
                if (++shown > 60)
                    break;
                std::printf("  %8lld  %s\n", static_cast<long long>(kib), qPrintable(name));
            }
        }
        console.terminate();
        console.waitForFinished(5000);
        wallMs.push_back(wall);
        insideMs.push_back(line.mid(12).toDouble());
        rssMiB.push_back(double(rss) / 1024.0);
        std::printf("run %d: first paint %.1f ms (process start to paint, seen from outside), "
                    "%.1f ms (inside main), idle RSS %.1f MiB\n",
                    run + 1, wall, insideMs.back(), rssMiB.back());
    }
    std::printf("\n%d saved profiles; median of %d runs: cold start to first paint %.1f ms (inside "
                "main %.1f ms); "
                "idle resident memory %.1f MiB\n",
                profiles, runs, median(wallMs), median(insideMs), median(rssMiB));
    return 0;
}
