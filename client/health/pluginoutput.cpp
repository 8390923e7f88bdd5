#include "client/health/pluginoutput.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>
#include <functional>

namespace lgsp::client {

namespace {

using Status = ProbeCheck::Status;

// Texts inside the plugin output must not hold '|' (it starts the performance data) nor
// line breaks in the first line.
QString clean(QString text)
{
    text.replace(QLatin1Char('|'), QChar(0x00A6));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString shortened(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit - 1).trimmed() + QChar(0x2026);
}

// A number as monitoring systems read it: '.' as the decimal point, no exponent.
QString perfNumber(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e15)
        return QString::number(qint64(std::llround(value)));
    QString text = QString::number(value, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QString checkWord(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("OK");
    case Status::Warn:
        return QStringLiteral("WARNING");
    case Status::Fail:
        return QStringLiteral("CRITICAL");
    case Status::Skipped:
        break;
    }
    return QStringLiteral("SKIPPED");
}

int checkGauge(Status status)
{
    switch (status) {
    case Status::Ok:
        return 0;
    case Status::Warn:
        return 1;
    case Status::Fail:
        return 2;
    case Status::Skipped:
        break;
    }
    return 3;
}

QString statusWord(PluginState state)
{
    switch (state) {
    case PluginState::Ok:
        return QStringLiteral("ok");
    case PluginState::Warning:
        return QStringLiteral("warn");
    case PluginState::Critical:
        return QStringLiteral("fail");
    case PluginState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QByteArray labelValue(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\\', "\\\\");
    bytes.replace('"', "\\\"");
    bytes.replace('\n', "\\n");
    return '"' + bytes + '"';
}

QString figuresLine(const InstanceVerdict &verdict)
{
    QStringList parts;
    for (const CheckFigure &f : verdict.figures) {
        if (f.value)
            parts << PluginOutput::tr("%1 %2").arg(f.title(), f.valueText());
    }
    return parts.isEmpty() ? QString()
                           : PluginOutput::tr("Figures: %1").arg(parts.join(QStringLiteral("; ")));
}

// The Prometheus text exposition, one metric family after another.
class Exposition
{
public:
    void family(const char *name, const char *help)
    {
        m_name = name;
        m_text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n";
    }
    void sample(const QList<QPair<QByteArray, QString>> &labels, double value)
    {
        m_text += m_name;
        if (!labels.isEmpty()) {
            QByteArrayList pairs;
            for (const auto &[name, text] : labels)
                pairs << name + '=' + labelValue(text);
            m_text += '{' + pairs.join(',') + '}';
        }
        m_text += ' ' + perfNumber(value).toLatin1() + '\n';
    }
    QByteArray text() const { return m_text; }

private:
    QByteArray m_name;
    QByteArray m_text;
};

} // namespace

PluginState PluginOutput::overall(const QList<InstanceVerdict> &verdicts)
{
    if (verdicts.isEmpty())
        return PluginState::Unknown;
    PluginState state = PluginState::Ok;
    for (const InstanceVerdict &v : verdicts)
        state = worseState(state, v.state);
    return state;
}

QString PluginOutput::firstLine(const QList<InstanceVerdict> &verdicts)
{
    const PluginState state = overall(verdicts);
    QString name;
    QString summary;
    if (verdicts.size() == 1) {
        name = verdicts.first().report.profileName;
        summary = verdicts.first().summary;
    } else {
        name = tr("%n instance(s)", nullptr, int(verdicts.size()));
        QStringList parts;
        for (const PluginState s :
             {PluginState::Critical, PluginState::Warning, PluginState::Unknown, PluginState::Ok}) {
            QStringList names;
            for (const InstanceVerdict &v : verdicts) {
                if (v.state == s)
                    names << v.report.profileName;
            }
            if (names.isEmpty())
                continue;
            const int count = int(names.size());
            QString part = s == PluginState::Critical  ? tr("%n critical", nullptr, count)
                           : s == PluginState::Warning ? tr("%n warning", nullptr, count)
                           : s == PluginState::Unknown ? tr("%n unknown", nullptr, count)
                                                       : tr("%n OK", nullptr, count);
            if (s != PluginState::Ok) {
                const QString listed = names.mid(0, 3).join(QStringLiteral(", "));
                part = tr("%1 (%2)").arg(part, count > 3 ? tr("%1, …").arg(listed) : listed);
            }
            parts << part;
        }
        summary = parts.join(QStringLiteral(", "));
    }
    const QString line =
        QStringLiteral("LGSP %1 %2 - %3").arg(clean(name), pluginStateName(state), clean(summary));
    return shortened(line, kFirstLineLimit);
}

QString PluginOutput::unknownLine(const QString &reason)
{
    return shortened(QStringLiteral("LGSP UNKNOWN - %1").arg(clean(reason)), kFirstLineLimit);
}

QString PluginOutput::text(const QList<InstanceVerdict> &verdicts)
{
    QString text = firstLine(verdicts) + QStringLiteral("\n\n");
    for (const InstanceVerdict &verdict : verdicts) {
        const ProbeReport &report = verdict.report;
        text += tr("%1 — %2: %3")
                    .arg(report.profileName, report.url.toString(),
                         verdict.state == PluginState::Unknown
                             ? tr("UNKNOWN")
                             : ProbeCheck::statusText(report.overall())) +
                QLatin1Char('\n');
        if (!verdict.unknownReason.isEmpty())
            text += QStringLiteral("  ") + verdict.unknownReason + QLatin1Char('\n');
        qsizetype titleWidth = 0;
        qsizetype statusWidth = 0;
        for (const ProbeCheck &c : report.checks) {
            titleWidth = std::max(titleWidth, c.title.size());
            statusWidth = std::max(statusWidth, ProbeCheck::statusText(c.status).size());
        }
        for (const ProbeCheck &c : report.checks) {
            QString line = QStringLiteral("  ") +
                           ProbeCheck::statusText(c.status).leftJustified(statusWidth) +
                           QStringLiteral("  ") + c.title.leftJustified(titleWidth) +
                           QStringLiteral("  ") + c.detail;
            if (c.elapsedMs >= 0)
                line += QStringLiteral(" (%1)").arg(tr("%1 ms").arg(c.elapsedMs));
            text += line + QLatin1Char('\n');
        }
        const QString figures = figuresLine(verdict);
        if (!figures.isEmpty())
            text += QStringLiteral("  ") + figures + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    return text;
}

QString PluginOutput::performanceData(const QList<InstanceVerdict> &verdicts)
{
    QStringList items;
    for (const InstanceVerdict &verdict : verdicts) {
        for (const CheckFigure &f : verdict.figures) {
            // An unknown figure is left out, unless a threshold waits for it ('U').
            if (!f.value && !f.asked)
                continue;
            QString label = verdicts.size() == 1
                                ? f.perfLabel
                                : verdict.report.profileName + QLatin1Char(' ') + f.perfLabel;
            label.replace(QLatin1Char('='), QLatin1Char('_'));
            label.replace(QLatin1Char('\''), QStringLiteral("''"));
            label = clean(label);
            QString item = QStringLiteral("'%1'=").arg(label);
            item += f.value ? perfNumber(*f.value) + f.unit : QStringLiteral("U");
            QStringList fields = {f.warning.text(), f.critical.text(),
                                  f.min ? perfNumber(*f.min) : QString(),
                                  f.max ? perfNumber(*f.max) : QString()};
            while (!fields.isEmpty() && fields.last().isEmpty())
                fields.removeLast();
            if (!fields.isEmpty())
                item += QLatin1Char(';') + fields.join(QLatin1Char(';'));
            items << item;
        }
    }
    return items.join(QLatin1Char(' '));
}

QString PluginOutput::nagios(const QList<InstanceVerdict> &verdicts)
{
    QString out = firstLine(verdicts);
    const QString perf = performanceData(verdicts);
    if (!perf.isEmpty())
        out += QStringLiteral(" | ") + perf;
    out += QLatin1Char('\n');
    for (const InstanceVerdict &verdict : verdicts) {
        const ProbeReport &report = verdict.report;
        out += clean(QStringLiteral("%1 — %2: %3")
                         .arg(report.profileName, report.url.toString(),
                              pluginStateName(verdict.state))) +
               QLatin1Char('\n');
        if (!verdict.unknownReason.isEmpty())
            out += QStringLiteral("  ") + clean(verdict.unknownReason) + QLatin1Char('\n');
        for (const ProbeCheck &c : report.checks) {
            QString line =
                QStringLiteral("  [%1] %2: %3").arg(checkWord(c.status), c.title, c.detail);
            if (c.elapsedMs >= 0)
                line += QStringLiteral(" (%1)").arg(tr("%1 ms").arg(c.elapsedMs));
            out += clean(line) + QLatin1Char('\n');
        }
        for (const CheckFigure &f : verdict.figures) {
            if (f.state() != PluginState::Ok && f.name != QLatin1String("certificate-days") &&
                f.name != QLatin1String("clock-skew"))
                out += QStringLiteral("  [%1] %2\n")
                           .arg(pluginStateName(f.state()), clean(f.problemText()));
        }
    }
    return out;
}

QByteArray PluginOutput::prometheus(const QList<InstanceVerdict> &verdicts)
{
    Exposition e;
    e.family("lgsp_instance_state",
             "State of the instance after lgsp-console --check: 0 OK, 1 warning, 2 critical, "
             "3 unknown.");
    for (const InstanceVerdict &v : verdicts)
        e.sample({{"profile", v.report.profileName}}, double(int(v.state)));
    e.family("lgsp_instance_info", "The instance's address and what its server said it is.");
    for (const InstanceVerdict &v : verdicts)
        e.sample({{"profile", v.report.profileName},
                  {"url", v.report.url.toString()},
                  {"server", v.report.serverName},
                  {"version", v.report.serverVersion},
                  {"api_version", v.report.apiVersion}},
                 1);
    e.family("lgsp_check_state", "State of one check: 0 OK, 1 warning, 2 failed, 3 not checked.");
    for (const InstanceVerdict &v : verdicts) {
        for (const ProbeCheck &c : v.report.checks)
            e.sample({{"profile", v.report.profileName}, {"check", c.id}},
                     double(checkGauge(c.status)));
    }
    e.family("lgsp_check_duration_seconds", "Time one check took.");
    for (const InstanceVerdict &v : verdicts) {
        for (const ProbeCheck &c : v.report.checks) {
            if (c.elapsedMs >= 0)
                e.sample({{"profile", v.report.profileName}, {"check", c.id}},
                         double(c.elapsedMs) / 1000.0);
        }
    }
    struct Gauge
    {
        const char *name;
        const char *help;
        std::function<std::optional<double>(const InstanceVerdict &)> value;
    };
    const auto figure = [](const InstanceVerdict &v, const char *name) -> std::optional<double> {
        for (const CheckFigure &f : v.figures) {
            if (f.name == QLatin1String(name))
                return f.value;
        }
        return std::nullopt;
    };
    const QList<Gauge> gauges = {
        {"lgsp_response_time_seconds", "Round trip of the server's version call.",
         [&](const InstanceVerdict &v) {
             const std::optional<double> ms = figure(v, "latency");
             return ms ? std::optional(*ms / 1000.0) : std::nullopt;
         }},
        {"lgsp_certificate_expiry_timestamp_seconds",
         "When the first certificate of the server's chain expires (Unix time).",
         [](const InstanceVerdict &v) {
             return v.report.certificateExpiry.isValid()
                        ? std::optional(double(v.report.certificateExpiry.toSecsSinceEpoch()))
                        : std::nullopt;
         }},
        {"lgsp_clock_skew_seconds", "The server's clock minus this computer's.",
         [&](const InstanceVerdict &v) {
             return figure(v, "clock-skew");
         }},
        {"lgsp_error_ratio", "Share of the gateway's calls that failed over the last 15 minutes.",
         [&](const InstanceVerdict &v) {
             const std::optional<double> percent = figure(v, "error-rate");
             return percent ? std::optional(*percent / 100.0) : std::nullopt;
         }},
        {"lgsp_calls_last_minute", "Gateway calls in the last 60 seconds.",
         [&](const InstanceVerdict &v) {
             return figure(v, "calls");
         }},
        {"lgsp_gateway_latency_p95_seconds",
         "95th percentile of the gateway's latency over the last 15 minutes.",
         [&](const InstanceVerdict &v) {
             const std::optional<double> ms = figure(v, "p95-latency");
             return ms ? std::optional(*ms / 1000.0) : std::nullopt;
         }},
    };
    for (const Gauge &g : gauges) {
        QList<QPair<QString, double>> samples;
        for (const InstanceVerdict &v : verdicts) {
            if (const std::optional<double> value = g.value(v))
                samples.append({v.report.profileName, *value});
        }
        if (samples.isEmpty())
            continue;
        e.family(g.name, g.help);
        for (const auto &[profile, value] : std::as_const(samples))
            e.sample({{"profile", profile}}, value);
    }
    return e.text();
}

QJsonObject PluginOutput::json(const QList<InstanceVerdict> &verdicts)
{
    const PluginState state = overall(verdicts);
    QJsonArray instances;
    for (const InstanceVerdict &v : verdicts) {
        QJsonObject instance = v.report.toJson();
        instance.insert(QStringLiteral("state"), pluginStateName(v.state));
        if (v.state == PluginState::Unknown)
            instance.insert(QStringLiteral("status"), statusWord(v.state));
        instance.insert(QStringLiteral("summary"), v.summary);
        QJsonArray figures;
        for (const CheckFigure &f : v.figures) {
            QJsonObject figure{{QStringLiteral("name"), f.name},
                               {QStringLiteral("state"), pluginStateName(f.state())}};
            if (f.value)
                figure.insert(QStringLiteral("value"), *f.value);
            if (!f.unit.isEmpty())
                figure.insert(QStringLiteral("unit"), f.unit);
            if (f.warning.isSet())
                figure.insert(QStringLiteral("warning"), f.warning.text());
            if (f.critical.isSet())
                figure.insert(QStringLiteral("critical"), f.critical.text());
            figures.append(figure);
        }
        instance.insert(QStringLiteral("figures"), figures);
        instances.append(instance);
    }
    return {{QStringLiteral("state"), pluginStateName(state)},
            {QStringLiteral("status"), statusWord(state)},
            {QStringLiteral("exitCode"), int(state)},
            {QStringLiteral("summary"), firstLine(verdicts)},
            {QStringLiteral("instances"), instances}};
}

} // namespace lgsp::client
