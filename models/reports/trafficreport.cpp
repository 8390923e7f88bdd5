#include "models/reports/trafficreport.h"

#include "client/backend/backend.h"
#include "client/metrics/metricsource.h"
#include "models/common/collation.h"
#include "models/logging.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lgsp::models {

namespace {

// Hours asked at once: under the Admin API's 1500 buckets per answer.
constexpr qint64 kChunkSeconds = 1440 * 3600;

enum Query { TotalQuery, TenantQuery, ServiceQuery, ConsumerQuery };

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

void TrafficReport::Figures::add(const Figures &other)
{
    calls += other.calls;
    errors += other.errors;
    histogram.merge(other.histogram);
}

double TrafficReport::Figures::successRate() const
{
    return calls > 0 ? double(calls - errors) / double(calls) : 1.0;
}

TrafficReport::TrafficReport(QObject *parent)
    : QObject(parent)
{}

TrafficReport::~TrafficReport() = default;

void TrafficReport::build(const QList<Source> &sources, const ReportPeriod &period,
                          const QTimeZone &zone)
{
    if (m_busy || sources.isEmpty())
        return;
    m_sources.clear();
    for (const Source &source : sources) {
        if (!source.backend)
            return;
        const bool groups = !source.metrics || source.metrics->kind() == QLatin1String("lgsp-v1");
        m_sources.append({source.instance, source.backend, source.metrics, groups});
    }
    m_period = period;
    m_zone = zone;
    m_busy = true;
    m_error.clear();
    m_tenants.clear();
    m_services.clear();
    m_days.clear();
    m_previousDays.clear();
    m_previousComplete = false;
    if (m_calls)
        m_calls->deleteLater(); // answers still on their way go nowhere
    m_calls = new QObject(this);
    for (QDate d = period.first; d <= period.last; d = d.addDays(1))
        m_days.append(Day{d, true, 0, {}});
    m_steps.clear();
    for (int source = 0; source < m_sources.size(); ++source)
        addSteps(source);
    m_done = 0;
    qCInfo(lcModels) << "report" << period.text() << "of" << m_sources.size() << "instance(s) in"
                     << m_steps.size() << "steps";
    step();
}

void TrafficReport::addSteps(int source)
{
    const auto backend = [this, source]() -> client::Backend * {
        return m_sources.at(source).backend.data();
    };
    // The codes and services of this source, for a source asked one by one.
    auto codes = std::make_shared<QStringList>();
    auto services = std::make_shared<QList<QStringList>>();
    m_steps << [this, backend, codes] {
        backend()->allTenants(
            {}, m_calls,
            [this, codes](const client::Result<protocol::ListPage<protocol::Tenant>> &r,
                          bool last) {
                if (!r.ok())
                    return fail(r.error.message());
                for (const protocol::Tenant &t : r.value.items) {
                    *codes << t.code;
                    Tenant &tenant = m_tenants[t.code];
                    tenant.code = t.code;
                    if (tenant.name.isEmpty() || !t.name.isEmpty())
                        tenant.name = t.name;
                    if (tenant.kind.isEmpty() || !t.kind.isEmpty())
                        tenant.kind = t.kind;
                }
                if (last)
                    step();
            });
    };
    const QString instance = m_sources.at(source).instance;
    m_steps << [this, backend, instance, source, codes, services] {
        backend()->allServices(
            {}, m_calls,
            [this, instance, source, codes,
             services](const client::Result<protocol::ListPage<protocol::Service>> &r, bool last) {
                if (!r.ok())
                    return fail(r.error.message());
                for (const protocol::Service &s : r.value.items) {
                    *services << QStringList{s.id, s.tenantCode};
                    Service &service = m_services[instance + QLatin1Char('\n') + s.id];
                    service.instance = instance;
                    service.id = s.id;
                    service.name = s.name;
                    service.provider = s.tenantCode;
                }
                if (!last)
                    return;
                if (!m_sources.at(source).groups)
                    addOneByOneSteps(source, *codes, *services);
                step();
            });
    };
    const qint64 previousStart = m_period.previous().startSeconds(m_zone);
    const qint64 start = m_period.startSeconds(m_zone);
    const qint64 end = m_period.endSeconds(m_zone);
    for (qint64 from = previousStart; from < end; from += kChunkSeconds) {
        const qint64 to = std::min(end, from + kChunkSeconds);
        for (const Query query : {TotalQuery, TenantQuery, ServiceQuery, ConsumerQuery}) {
            if (((query == ServiceQuery || query == ConsumerQuery) && to <= start) ||
                (query != TotalQuery && !m_sources.at(source).groups))
                continue;
            m_steps << [this, source, query, from, to, start] {
                client::MetricsQuery q;
                q.from = QDateTime::fromSecsSinceEpoch(
                    query == ServiceQuery || query == ConsumerQuery ? std::max(from, start) : from,
                    Qt::UTC);
                q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
                q.step = QStringLiteral("1h");
                q.groupBy = query == TenantQuery     ? QStringLiteral("tenant")
                            : query == ServiceQuery  ? QStringLiteral("service")
                            : query == ConsumerQuery ? QStringLiteral("consumer")
                                                     : QString();
                ask(source, query, q);
            };
        }
    }
}

void TrafficReport::addOneByOneSteps(int source, const QStringList &tenants,
                                     const QList<QStringList> &services)
{
    QList<std::function<void()>> steps;
    const qint64 previousStart = m_period.previous().startSeconds(m_zone);
    const qint64 start = m_period.startSeconds(m_zone);
    const qint64 end = m_period.endSeconds(m_zone);
    for (qint64 from = previousStart; from < end; from += kChunkSeconds) {
        const qint64 to = std::min(end, from + kChunkSeconds);
        client::MetricsQuery q;
        q.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        q.step = QStringLiteral("1h");
        for (const QString &code : tenants) {
            client::MetricsQuery one = q;
            one.tenant = code;
            steps << [this, source, one, code] {
                ask(source, TenantQuery, one, code);
            };
        }
        if (to <= start)
            continue;
        q.from = QDateTime::fromSecsSinceEpoch(std::max(from, start), Qt::UTC);
        // A service is asked by its provider and its id, as the Transactions page asks: each
        // source reads the id its own way (Prometheus the code after "<tenant>~", the labels
        // the gateway exports; WSO2's analytics the API id after "api:").
        for (const QStringList &service : services) {
            client::MetricsQuery one = q;
            one.tenant = service.value(1);
            one.service = service.value(0);
            const QString id = service.value(0);
            steps << [this, source, one, id] {
                ask(source, ServiceQuery, one, {}, id);
            };
        }
    }
    m_steps = steps + m_steps;
}

void TrafficReport::ask(int source, int query, const client::MetricsQuery &question,
                        const QString &tenant, const QString &service)
{
    const Held &held = m_sources.at(source);
    auto done = [this, source, query, tenant,
                 service](const client::Result<protocol::MetricsResponse> &r) {
        // A service the source holds no traffic of (a WSO2 Service Catalog entry: its calls
        // are its API's) has none in the report, and the report goes on.
        const bool none =
            !service.isEmpty() && r.error.kind == client::ClientError::Kind::Unsupported;
        if (!r.ok() && !none)
            return fail(r.error.message());
        if (r.ok())
            take(source, query, r.value, tenant, service);
        step();
    };
    if (held.metrics)
        held.metrics->metrics(question, m_calls, done);
    else
        held.backend->metrics(question, m_calls, done);
}

QStringList TrafficReport::instances() const
{
    QStringList names;
    for (const Held &source : m_sources)
        names << source.instance;
    return names;
}

void TrafficReport::step()
{
    if (!m_busy)
        return;
    for (const Held &source : std::as_const(m_sources)) {
        if (!source.backend || (!source.groups && !source.metrics)) {
            fail(tr("The connection was closed."));
            return;
        }
    }
    Q_EMIT progress(m_done, m_done + int(m_steps.size()));
    if (m_steps.isEmpty()) {
        const ReportPeriod before = m_period.previous();
        qint64 held = 0;
        for (const QList<int> &sources : std::as_const(m_previousDays))
            held += sources.size();
        m_previousComplete = held == before.days() * m_sources.size();
        m_busy = false;
        Q_EMIT finished(true);
        return;
    }
    ++m_done;
    const std::function<void()> next = m_steps.takeFirst();
    next();
}

void TrafficReport::fail(const QString &message)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_steps.clear();
    m_error = message;
    if (m_calls)
        m_calls->deleteLater(); // maybe inside one of its own answers
    m_calls = nullptr;
    qCWarning(lcModels) << "report failed:" << message;
    Q_EMIT finished(false);
}

void TrafficReport::cancel()
{
    fail(tr("Cancelled."));
}

void TrafficReport::take(int source, int query, const protocol::MetricsResponse &response,
                         const QString &tenant, const QString &service)
{
    const ReportPeriod before = m_period.previous();
    for (const auto &series : response.series) {
        for (const protocol::MetricsBucket &bucket : series.buckets) {
            const QDate date = QDateTime::fromSecsSinceEpoch(bucket.t, m_zone).date();
            Figures f;
            f.calls = bucket.count;
            f.errors = bucket.errors;
            f.histogram = bucket.histogram;
            const bool inPeriod = m_period.contains(date);
            const bool inBefore = before.contains(date);
            switch (query) {
            case TotalQuery:
                if (inPeriod) {
                    Day &day = m_days[m_period.first.daysTo(date)];
                    day.missing = false;
                    ++day.hoursHeld;
                    day.figures.add(f);
                } else if (inBefore) {
                    QList<int> &holding = m_previousDays[date];
                    if (!holding.contains(source))
                        holding << source;
                }
                break;
            case TenantQuery: {
                const QString code = series.tenant.isEmpty() ? tenant : series.tenant;
                Tenant &t = m_tenants[code];
                t.code = code;
                if (inPeriod)
                    t.period.add(f);
                else if (inBefore)
                    t.previous.add(f);
                break;
            }
            case ServiceQuery: {
                const QString instance = m_sources.at(source).instance;
                const QString id = series.service.isEmpty() ? service : series.service;
                Service &s = m_services[instance + QLatin1Char('\n') + id];
                s.instance = instance;
                s.id = id;
                if (inPeriod)
                    s.period.add(f);
                break;
            }
            case ConsumerQuery: {
                Service &s =
                    m_services[m_sources.at(source).instance + QLatin1Char('\n') + series.service];
                s.consumersKnown = true;
                if (inPeriod)
                    s.consumers[series.consumer] += bucket.count;
                break;
            }
            }
        }
    }
}

QList<TrafficReport::Tenant> TrafficReport::tenants() const
{
    QList<Tenant> list;
    for (const Tenant &t : m_tenants) {
        if (t.period.calls > 0 || t.previous.calls > 0)
            list << t;
    }
    const QCollator collator = nameCollator();
    std::sort(list.begin(), list.end(), [&collator](const Tenant &a, const Tenant &b) {
        if (a.period.calls != b.period.calls)
            return a.period.calls > b.period.calls;
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

QList<TrafficReport::Service> TrafficReport::services() const
{
    QList<Service> list;
    for (const Service &s : m_services) {
        if (s.period.calls > 0)
            list << s;
    }
    const QCollator collator = nameCollator();
    std::sort(list.begin(), list.end(), [&collator](const Service &a, const Service &b) {
        if (a.period.calls != b.period.calls)
            return a.period.calls > b.period.calls;
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}

QList<QDate> TrafficReport::missingDays() const
{
    QList<QDate> missing;
    for (const Day &day : m_days) {
        if (day.missing)
            missing << day.date;
    }
    return missing;
}

QList<QDate> TrafficReport::partialDays() const
{
    QList<QDate> partial;
    for (const Day &day : m_days) {
        const qint64 hours =
            (QDateTime(day.date.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch() -
             QDateTime(day.date, QTime(0, 0), m_zone).toSecsSinceEpoch()) /
            3600;
        if (!day.missing && day.hoursHeld < hours * m_sources.size())
            partial << day.date;
    }
    return partial;
}

TrafficReport::Figures TrafficReport::total() const
{
    Figures f;
    for (const Day &day : m_days)
        f.add(day.figures);
    return f;
}

TrafficReport::Figures TrafficReport::previousTotal() const
{
    Figures f;
    for (const Tenant &t : m_tenants)
        f.add(t.previous);
    return f;
}

QList<TrafficReport::Tenant> TrafficReport::top(const QString &kind, int n) const
{
    QList<Tenant> list;
    for (const Tenant &t : tenants()) {
        if (t.kind == kind && t.period.calls > 0 && list.size() < n)
            list << t;
    }
    return list;
}

QList<std::pair<QString, qint64>> TrafficReport::topConsumers(const Service &service, int n) const
{
    QList<std::pair<QString, qint64>> list;
    for (auto it = service.consumers.cbegin(); it != service.consumers.cend(); ++it) {
        const QString name = m_tenants.value(it.key()).name;
        list.append({name.isEmpty() ? it.key() : name, it.value()});
    }
    const QCollator collator = nameCollator();
    std::sort(list.begin(), list.end(), [&collator](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : collator.compare(a.first, b.first) < 0;
    });
    return list.mid(0, n);
}

QString TrafficReport::summary() const
{
    const QLocale locale;
    const Figures all = total();
    const qint64 held = m_period.days() - missingDays().size();
    QStringList sentences;
    const QString carried =
        m_sources.size() > 1
            ? tr("From %1 to %2 the %n instances carried %3 transactions, %4 a day on average.",
                 nullptr, int(m_sources.size()))
            : tr("From %1 to %2 the instance carried %3 transactions, %4 a day on average.");
    sentences << carried.arg(
        locale.toString(m_period.first, QLocale::ShortFormat),
        locale.toString(m_period.last, QLocale::ShortFormat), locale.toString(all.calls),
        locale.toString(held > 0 ? qint64(std::llround(double(all.calls) / double(held))) : 0));
    if (all.calls > 0 && !all.hasLatency()) {
        sentences << tr("%1 failed: a success rate of %2 %.")
                         .arg(locale.toString(all.errors), percent(all.successRate() * 100));
    } else if (all.calls > 0) {
        sentences << tr("%1 failed: a success rate of %2 %, and 95 % of the calls answered "
                        "within %3 ms.")
                         .arg(locale.toString(all.errors), percent(all.successRate() * 100),
                              locale.toString(std::llround(all.p95())));
    }
    const Figures before = previousTotal();
    if (m_previousComplete && before.calls > 0) {
        const double change = (double(all.calls) / double(before.calls) - 1) * 100;
        sentences << (change >= 0 ? tr("That is %1 % more than the period before.")
                                  : tr("That is %1 % less than the period before."))
                         .arg(percent(std::abs(change)));
    }
    const QList<Tenant> ranked = tenants();
    if (!ranked.isEmpty() && ranked.first().period.calls > 0) {
        const Tenant &first = ranked.first();
        sentences << tr("The most: %1 (%2 transactions, %3 % of all).")
                         .arg(first.name.isEmpty() ? first.code : first.name,
                              locale.toString(first.period.calls),
                              percent(100.0 * double(first.period.calls) / double(all.calls)));
    }
    const QList<QDate> partial = partialDays();
    if (!partial.isEmpty())
        sentences << tr("%n day(s) only partly held by the source: %1.", nullptr,
                        int(partial.size()))
                         .arg(partial.size() == 1
                                  ? locale.toString(partial.first(), QLocale::ShortFormat)
                                  : tr("%1 – %2").arg(
                                        locale.toString(partial.first(), QLocale::ShortFormat),
                                        locale.toString(partial.last(), QLocale::ShortFormat)));
    const QList<QDate> missing = missingDays();
    if (!missing.isEmpty()) {
        sentences << tr("The source holds nothing for %n day(s), not counted: %1.", nullptr,
                        int(missing.size()))
                         .arg(missing.size() == 1
                                  ? locale.toString(missing.first(), QLocale::ShortFormat)
                                  : tr("%1 – %2").arg(
                                        locale.toString(missing.first(), QLocale::ShortFormat),
                                        locale.toString(missing.last(), QLocale::ShortFormat)));
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace lgsp::models
