#include "sandbox/metrics/exposition.h"

#include "protocol/latencyhistogram.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <psapi.h>
#include <windows.h>
#endif

#include <optional>

namespace lgsp::sandbox {

namespace {

struct Process
{
    std::optional<double> cpuSeconds;
    std::optional<qint64> residentBytes;
};

Process processFigures()
{
    Process p;
#ifdef Q_OS_UNIX
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) == 0)
        p.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                       double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#endif
#ifdef Q_OS_LINUX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        bool ok = false;
        const qint64 pages = fields.value(1).toLongLong(&ok);
        if (ok)
            p.residentBytes = pages * qint64(::sysconf(_SC_PAGESIZE));
    }
#endif
#ifdef Q_OS_WIN
    FILETIME created, exited, kernel, user;
    if (GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user)) {
        const auto seconds = [](const FILETIME &t) {
            return double((quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime) / 1e7;
        };
        p.cpuSeconds = seconds(kernel) + seconds(user);
    }
    PROCESS_MEMORY_COUNTERS memory{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), &memory, sizeof(memory)))
        p.residentBytes = qint64(memory.WorkingSetSize);
#endif
    return p;
}

// The service's code: the API names a service "<provider>~<code>", and the provider is a
// label of its own.
QString serviceCode(const QString &id)
{
    const qsizetype tilde = id.indexOf(QLatin1Char('~'));
    return tilde < 0 ? id : id.mid(tilde + 1);
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

// Writes families in either format: OpenMetrics names a counter family without its _total
// suffix and has info families; the text format calls both of those by their sample names.
class Writer
{
public:
    explicit Writer(MetricsExposition::Format format)
        : m_openMetrics(format == MetricsExposition::Format::OpenMetrics)
    {}

    void family(const char *name, const char *type, const char *help)
    {
        QByteArray family(name);
        QByteArray kind(type);
        if (m_openMetrics && kind == "counter" && family.endsWith("_total"))
            family.chop(6);
        if (kind == "info") {
            if (m_openMetrics)
                family.chop(5); // "_info"
            else
                kind = "gauge";
        }
        m_out += "# HELP " + family + ' ' + help + '\n';
        m_out += "# TYPE " + family + ' ' + kind + '\n';
    }

    void sample(const QByteArray &name, const QList<QPair<const char *, QString>> &labels,
                const QByteArray &value)
    {
        m_out += name;
        if (!labels.isEmpty()) {
            m_out += '{';
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i > 0)
                    m_out += ',';
                m_out += QByteArray(labels.at(i).first) + "=\"" +
                         MetricsExposition::escapeLabel(labels.at(i).second) + '"';
            }
            m_out += '}';
        }
        m_out += ' ' + value + '\n';
    }

    QByteArray finish()
    {
        if (m_openMetrics)
            m_out += "# EOF\n";
        return m_out;
    }

private:
    bool m_openMetrics;
    QByteArray m_out;
};

} // namespace

MetricsExposition::Format MetricsExposition::negotiate(const QByteArray &accept)
{
    return accept.contains("application/openmetrics-text") ? Format::OpenMetrics : Format::Text;
}

QByteArray MetricsExposition::contentType(Format format)
{
    return format == Format::OpenMetrics ? "application/openmetrics-text; version=1.0.0; "
                                           "charset=utf-8"
                                         : "text/plain; version=0.0.4; charset=utf-8";
}

QByteArray MetricsExposition::escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray MetricsExposition::render(const Figures &figures, Format format)
{
    Writer w(format);
    const auto inScope = [&figures](const QString &tenant) {
        return figures.tenantScope.isEmpty() || figures.tenantScope == tenant;
    };

    w.family("lgsp_gateway_calls_total", "counter",
             "Calls through the gateway by provider tenant, service, consumer and LGSP result "
             "code (OK for a success).");
    if (figures.traffic) {
        for (auto it = figures.traffic->calls.cbegin(); it != figures.traffic->calls.cend(); ++it) {
            if (!inScope(it.key().tenant))
                continue;
            w.sample("lgsp_gateway_calls_total",
                     {{"tenant", it.key().tenant},
                      {"service", serviceCode(it.key().service)},
                      {"consumer", it.key().consumer},
                      {"code", it.key().code}},
                     QByteArray::number(it.value()));
        }
    }

    w.family("lgsp_gateway_call_duration_seconds", "histogram",
             "Time from the gateway receiving a call to its answer, by provider tenant and "
             "service.");
    if (figures.traffic) {
        const QList<double> &bounds = protocol::LatencyHistogram::bounds();
        for (auto it = figures.traffic->latency.cbegin(); it != figures.traffic->latency.cend();
             ++it) {
            if (!inScope(it.key().tenant))
                continue;
            const QString tenant = it.key().tenant;
            const QString service = serviceCode(it.key().service);
            const QList<qint64> &counts = it.value().histogram.counts();
            qint64 cumulative = 0;
            for (qsizetype i = 0; i < bounds.size(); ++i) {
                cumulative += counts.value(i);
                w.sample("lgsp_gateway_call_duration_seconds_bucket",
                         {{"tenant", tenant},
                          {"service", service},
                          {"le", QString::fromLatin1(number(bounds.at(i) / 1000.0))}},
                         QByteArray::number(cumulative));
            }
            const qint64 total = it.value().histogram.total();
            w.sample("lgsp_gateway_call_duration_seconds_bucket",
                     {{"tenant", tenant}, {"service", service}, {"le", QStringLiteral("+Inf")}},
                     QByteArray::number(total));
            w.sample("lgsp_gateway_call_duration_seconds_count",
                     {{"tenant", tenant}, {"service", service}}, QByteArray::number(total));
            w.sample("lgsp_gateway_call_duration_seconds_sum",
                     {{"tenant", tenant}, {"service", service}}, number(it.value().sumMs / 1000.0));
        }
    }

    w.family("lgsp_sandbox_tenants", "gauge", "Tenants of the instance, closed ones included.");
    w.sample("lgsp_sandbox_tenants", {}, QByteArray::number(figures.tenants));
    w.family("lgsp_sandbox_services", "gauge", "Services of the instance, retired ones included.");
    w.sample("lgsp_sandbox_services", {}, QByteArray::number(figures.services));
    w.family("lgsp_sandbox_database_size_bytes", "gauge",
             "Size of the instance's SQLite database and its write-ahead log.");
    w.sample("lgsp_sandbox_database_size_bytes", {}, QByteArray::number(figures.databaseBytes));
    w.family("lgsp_sandbox_build_info", "info", "The sandbox's version and Admin API version.");
    w.sample("lgsp_sandbox_build_info",
             {{"version", figures.version}, {"api_version", figures.apiVersion}}, "1");

    const Process process = processFigures();
    w.family("process_start_time_seconds", "gauge",
             "Start time of the process since the Unix epoch, in seconds.");
    w.sample("process_start_time_seconds", {}, number(figures.startTimeSeconds));
    if (process.cpuSeconds) {
        w.family("process_cpu_seconds_total", "counter",
                 "Processor time the process has used, user and system, in seconds.");
        w.sample("process_cpu_seconds_total", {}, number(*process.cpuSeconds));
    }
    if (process.residentBytes) {
        w.family("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.");
        w.sample("process_resident_memory_bytes", {}, QByteArray::number(*process.residentBytes));
    }
    return w.finish();
}

} // namespace lgsp::sandbox
