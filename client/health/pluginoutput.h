#pragma once

#include "client/health/checkverdict.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lgsp::client {

// What `lgsp-console --check` prints, in the formats monitoring systems read:
// - text: a first line for a pager, then every check of every instance;
// - nagios: the Monitoring Plugins' output, "LGSP <name> <STATE> - <summary> | <perfdata>",
//   the long text after it, performance data as 'label'=value[UOM];warn;crit;min;max;
// - prometheus: one gauge per check and per figure, for node_exporter's textfile collector;
// - json: every check and figure with its thresholds.
class PluginOutput final
{
    Q_DECLARE_TR_FUNCTIONS(PluginOutput)

public:
    static constexpr int kFirstLineLimit = 160; // characters before the performance data

    static PluginState overall(const QList<InstanceVerdict> &verdicts);
    // "LGSP Sandbox OK - 12 checks OK, answered in 4 ms", at most kFirstLineLimit characters.
    static QString firstLine(const QList<InstanceVerdict> &verdicts);
    static QString text(const QList<InstanceVerdict> &verdicts);
    static QString nagios(const QList<InstanceVerdict> &verdicts);
    // Performance data of every instance: labels carry the profile name when there are
    // several instances.
    static QString performanceData(const QList<InstanceVerdict> &verdicts);
    static QByteArray prometheus(const QList<InstanceVerdict> &verdicts);
    static QJsonObject json(const QList<InstanceVerdict> &verdicts);
    // The line for a run that could not check anything (bad usage, no such profile…).
    static QString unknownLine(const QString &reason);
};

} // namespace lgsp::client
