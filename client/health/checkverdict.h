#pragma once

#include "client/fleet/trafficfigures.h"
#include "client/health/probereport.h"
#include "client/health/thresholdrange.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace lgsp::client {

// The states of a monitoring plugin, numbered as its exit codes.
enum class PluginState { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

// OK, WARNING, CRITICAL, UNKNOWN: the words monitoring systems expect, never translated.
QString pluginStateName(PluginState state);
// The worse of two states: CRITICAL > WARNING > UNKNOWN > OK (as the Monitoring Plugins'
// max_state_alt), so one unreadable figure never hides a failure elsewhere.
PluginState worseState(PluginState a, PluginState b);

// A figure `--check` measures, with the thresholds it is judged by.
struct CheckFigure
{
    Q_DECLARE_TR_FUNCTIONS(CheckFigure)

public:
    QString name;      // latency | certificate-days | clock-skew | error-rate | calls | p95-latency
    QString perfLabel; // latency | certificate_days | clock_skew | error_rate | calls | p95_latency
    QString unit;      // the performance data's unit: ms, s, % or none
    std::optional<double> value;
    ThresholdRange warning;
    ThresholdRange critical;
    bool asked = false; // the thresholds came from the command line, not the defaults
    std::optional<double> min;
    std::optional<double> max;

    // OK when no threshold is crossed; UNKNOWN when the person set a threshold and the
    // value could not be read.
    PluginState state() const;
    QString title() const;       // translated: "Response time"…
    QString valueText() const;   // translated, with its unit: "12 ms", "0,4 %"
    QString problemText() const; // translated: why state() is not OK
    static QStringList names();
};

// Warning and critical thresholds by figure name, from --warning and --critical.
class CheckThresholds final
{
    Q_DECLARE_TR_FUNCTIONS(CheckThresholds)

public:
    // Adds "name=range[,name=range…]". False with a translated *error for an unknown name
    // or a range that is not one.
    bool add(bool critical, const QString &spec, QString *error);
    std::optional<ThresholdRange> warning(const QString &name) const;
    std::optional<ThresholdRange> critical(const QString &name) const;

private:
    QHash<QString, ThresholdRange> m_warning;
    QHash<QString, ThresholdRange> m_critical;
};

// The verdict on one instance: its probe report (the certificate and clock checks judged by
// the person's thresholds when given), its figures and its state.
struct InstanceVerdict
{
    Q_DECLARE_TR_FUNCTIONS(InstanceVerdict)

public:
    ProbeReport report;
    QList<CheckFigure> figures;
    PluginState state = PluginState::Unknown;
    QString summary;       // translated, for the first line of the output
    QString unknownReason; // set when the instance could not be checked at all

    // `traffic` is unset when the traffic figures were not read.
    static InstanceVerdict judge(ProbeReport report, const std::optional<TrafficFigures> &traffic,
                                 const CheckThresholds &thresholds);
    // An instance that could not be checked (its credential could not be read…).
    static InstanceVerdict unknown(const ProbeReport &report, const QString &reason);
};

} // namespace lgsp::client
