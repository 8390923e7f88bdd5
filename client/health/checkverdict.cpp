#include "client/health/checkverdict.h"

#include "client/health/healthprobe.h"

#include <QLocale>
#include <QPair>

#include <algorithm>

#include <cmath>

namespace lgsp::client {

namespace {

using Status = ProbeCheck::Status;

PluginState stateOf(Status status)
{
    switch (status) {
    case Status::Ok:
    case Status::Skipped:
        return PluginState::Ok;
    case Status::Warn:
        return PluginState::Warning;
    case Status::Fail:
        break;
    }
    return PluginState::Critical;
}

Status statusOf(PluginState state)
{
    switch (state) {
    case PluginState::Ok:
        return Status::Ok;
    case PluginState::Warning:
        return Status::Warn;
    case PluginState::Critical:
        return Status::Fail;
    case PluginState::Unknown:
        break;
    }
    return Status::Skipped;
}

// The thresholds the probe itself judges by, so --check without --warning/--critical says
// what the health page says.
QString defaultWarning(const QString &name)
{
    if (name == QLatin1String("certificate-days"))
        return QStringLiteral("%1:").arg(HealthProbe::kCertificateWarnDays);
    if (name == QLatin1String("clock-skew"))
        return QStringLiteral("-%1:%1").arg(HealthProbe::kSkewWarnMs / 1000);
    return {};
}

QString defaultCritical(const QString &name)
{
    if (name == QLatin1String("certificate-days"))
        return QStringLiteral("0:");
    if (name == QLatin1String("clock-skew"))
        return QStringLiteral("-%1:%1").arg(HealthProbe::kSkewFailMs / 1000);
    return {};
}

CheckFigure figure(const QString &name, const QString &perfLabel, const QString &unit,
                   std::optional<double> value, const CheckThresholds &thresholds,
                   std::optional<double> min = std::nullopt,
                   std::optional<double> max = std::nullopt)
{
    CheckFigure f;
    f.name = name;
    f.perfLabel = perfLabel;
    f.unit = unit;
    f.value = value;
    f.min = min;
    f.max = max;
    const std::optional<ThresholdRange> warning = thresholds.warning(name);
    const std::optional<ThresholdRange> critical = thresholds.critical(name);
    f.asked = warning || critical;
    if (f.asked) {
        f.warning = warning.value_or(ThresholdRange());
        f.critical = critical.value_or(ThresholdRange());
    } else {
        f.warning = ThresholdRange::parse(defaultWarning(name)).value_or(ThresholdRange());
        f.critical = ThresholdRange::parse(defaultCritical(name)).value_or(ThresholdRange());
    }
    return f;
}

template<typename T>
std::optional<double> asDouble(const std::optional<T> &value)
{
    return value ? std::optional<double>(double(*value)) : std::nullopt;
}

} // namespace

QString pluginStateName(PluginState state)
{
    switch (state) {
    case PluginState::Ok:
        return QStringLiteral("OK");
    case PluginState::Warning:
        return QStringLiteral("WARNING");
    case PluginState::Critical:
        return QStringLiteral("CRITICAL");
    case PluginState::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

PluginState worseState(PluginState a, PluginState b)
{
    const auto rank = [](PluginState s) {
        switch (s) {
        case PluginState::Ok:
            return 0;
        case PluginState::Unknown:
            return 1;
        case PluginState::Warning:
            return 2;
        case PluginState::Critical:
            break;
        }
        return 3;
    };
    return rank(a) >= rank(b) ? a : b;
}

PluginState CheckFigure::state() const
{
    if (!value)
        return asked ? PluginState::Unknown : PluginState::Ok;
    if (critical.alerts(*value))
        return PluginState::Critical;
    if (warning.alerts(*value))
        return PluginState::Warning;
    return PluginState::Ok;
}

QStringList CheckFigure::names()
{
    return {QStringLiteral("latency"),    QStringLiteral("certificate-days"),
            QStringLiteral("clock-skew"), QStringLiteral("error-rate"),
            QStringLiteral("calls"),      QStringLiteral("p95-latency")};
}

QString CheckFigure::title() const
{
    if (name == QLatin1String("latency"))
        return tr("Response time");
    if (name == QLatin1String("certificate-days"))
        return tr("Certificate");
    if (name == QLatin1String("clock-skew"))
        return tr("Clock skew");
    if (name == QLatin1String("error-rate"))
        return tr("Error rate");
    if (name == QLatin1String("calls"))
        return tr("Calls");
    if (name == QLatin1String("p95-latency"))
        return tr("Gateway latency p95");
    return name;
}

QString CheckFigure::valueText() const
{
    if (!value)
        return tr("unknown");
    const QLocale locale;
    const double v = *value;
    if (name == QLatin1String("certificate-days"))
        return tr("%n day(s) left", nullptr, int(v));
    if (name == QLatin1String("clock-skew"))
        return tr("%1 s").arg(locale.toString(v, 'f', 1));
    if (name == QLatin1String("error-rate"))
        return tr("%1 %").arg(locale.toString(v, 'f', v < 10 ? 2 : 1));
    if (name == QLatin1String("calls"))
        return tr("%1/min").arg(locale.toString(qint64(std::llround(v))));
    return tr("%1 ms").arg(locale.toString(qint64(std::llround(v))));
}

QString CheckFigure::problemText() const
{
    switch (state()) {
    case PluginState::Ok:
        break;
    case PluginState::Unknown:
        return tr("%1 could not be read.").arg(title());
    case PluginState::Warning:
        return tr("%1 is %2, beyond the warning threshold %3.")
            .arg(title(), valueText(), warning.text());
    case PluginState::Critical:
        return tr("%1 is %2, beyond the critical threshold %3.")
            .arg(title(), valueText(), critical.text());
    }
    return {};
}

bool CheckThresholds::add(bool critical, const QString &spec, QString *error)
{
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty()) {
        *error = tr("Give a threshold as NAME=RANGE, for example latency=500.");
        return false;
    }
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString name = item.left(equals).trimmed();
        if (equals < 0 || !CheckFigure::names().contains(name)) {
            *error = tr("Unknown threshold \"%1\"; use one of: %2.")
                         .arg(item.trimmed(), CheckFigure::names().join(QStringLiteral(", ")));
            return false;
        }
        const std::optional<ThresholdRange> range = ThresholdRange::parse(item.mid(equals + 1));
        if (!range) {
            *error = tr("\"%1\" is not a range (examples: 10, 10:, ~:10, 10:20, @10:20).")
                         .arg(item.mid(equals + 1).trimmed());
            return false;
        }
        (critical ? m_critical : m_warning).insert(name, *range);
    }
    return true;
}

std::optional<ThresholdRange> CheckThresholds::warning(const QString &name) const
{
    const auto found = m_warning.constFind(name);
    return found == m_warning.constEnd() ? std::nullopt : std::optional(*found);
}

std::optional<ThresholdRange> CheckThresholds::critical(const QString &name) const
{
    const auto found = m_critical.constFind(name);
    return found == m_critical.constEnd() ? std::nullopt : std::optional(*found);
}

InstanceVerdict InstanceVerdict::judge(ProbeReport report,
                                       const std::optional<TrafficFigures> &traffic,
                                       const CheckThresholds &thresholds)
{
    InstanceVerdict verdict;
    const std::optional<double> skew =
        report.clockSkewMs ? std::optional(double(*report.clockSkewMs) / 1000.0) : std::nullopt;
    std::optional<double> errorPercent;
    std::optional<double> calls;
    std::optional<double> p95;
    if (traffic) {
        errorPercent =
            traffic->errorRate ? std::optional(*traffic->errorRate * 100.0) : std::nullopt;
        calls = asDouble(traffic->callsLastMinute);
        p95 = traffic->p95LatencyMs;
    }
    verdict.figures = {
        figure(QStringLiteral("latency"), QStringLiteral("latency"), QStringLiteral("ms"),
               asDouble(report.latencyMs), thresholds, 0.0),
        figure(QStringLiteral("certificate-days"), QStringLiteral("certificate_days"), {},
               asDouble(report.certificateDaysLeft), thresholds),
        figure(QStringLiteral("clock-skew"), QStringLiteral("clock_skew"), QStringLiteral("s"),
               skew, thresholds),
        figure(QStringLiteral("error-rate"), QStringLiteral("error_rate"), QStringLiteral("%"),
               errorPercent, thresholds, 0.0, 100.0),
        figure(QStringLiteral("calls"), QStringLiteral("calls"), {}, calls, thresholds, 0.0),
        figure(QStringLiteral("p95-latency"), QStringLiteral("p95_latency"), QStringLiteral("ms"),
               p95, thresholds, 0.0),
    };

    // The certificate and clock checks are the probe's verdict on two of these figures: with
    // the person's own thresholds, those decide their status (a certificate refused as
    // untrusted stays failed whatever its days).
    for (ProbeCheck &c : report.checks) {
        const CheckFigure *owner = nullptr;
        if (c.id == QLatin1String("certificate") && report.certificateDaysLeft) {
            const int days = *report.certificateDaysLeft;
            const Status byDays = days < 0                                   ? Status::Fail
                                  : days < HealthProbe::kCertificateWarnDays ? Status::Warn
                                                                             : Status::Ok;
            if (c.status == byDays)
                owner = &verdict.figures.at(1);
        } else if (c.id == QLatin1String("clock") && report.clockSkewMs) {
            owner = &verdict.figures.at(2);
        }
        if (owner && owner->asked)
            c.status = statusOf(owner->state());
    }

    // Every problem in order, the checks' first (a connection that fails says more than a
    // figure); the summary names the first of the worst ones.
    QList<QPair<PluginState, QString>> problems;
    for (const ProbeCheck &c : std::as_const(report.checks)) {
        if (stateOf(c.status) != PluginState::Ok)
            problems.append({stateOf(c.status), tr("%1: %2").arg(c.title, c.detail)});
    }
    for (const CheckFigure &f : std::as_const(verdict.figures)) {
        if (f.name == QLatin1String("certificate-days") || f.name == QLatin1String("clock-skew"))
            continue; // judged through their checks above
        if (f.state() != PluginState::Ok)
            problems.append({f.state(), f.problemText()});
    }
    verdict.state = PluginState::Ok;
    for (const auto &problem : std::as_const(problems))
        verdict.state = worseState(verdict.state, problem.first);
    if (problems.isEmpty()) {
        const int checked =
            int(std::count_if(report.checks.cbegin(), report.checks.cend(),
                              [](const ProbeCheck &c) { return c.status == Status::Ok; }));
        verdict.summary = report.latencyMs
                              ? tr("%n check(s) OK, answered in %1 ms", nullptr, checked)
                                    .arg(QLocale().toString(*report.latencyMs))
                              : tr("%n check(s) OK", nullptr, checked);
    } else {
        QString first;
        for (const auto &problem : std::as_const(problems)) {
            if (problem.first == verdict.state) {
                first = problem.second;
                break;
            }
        }
        verdict.summary =
            problems.size() == 1
                ? first
                : tr("%1 (and %n more problem(s))", nullptr, int(problems.size() - 1)).arg(first);
    }
    verdict.report = std::move(report);
    return verdict;
}

InstanceVerdict InstanceVerdict::unknown(const ProbeReport &report, const QString &reason)
{
    InstanceVerdict verdict;
    verdict.report = report;
    verdict.state = PluginState::Unknown;
    verdict.summary = reason;
    verdict.unknownReason = reason;
    return verdict;
}

} // namespace lgsp::client
