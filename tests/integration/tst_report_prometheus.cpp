// A monthly report whose traffic is kept in Prometheus (the profile's metric source), not in
// the instance: two services of two providers of the demo sandbox with known call rates over
// the last two months, written as OpenMetrics and loaded into Debian's real Prometheus with
// promtool; the report asks Prometheus once per tenant and per service (it cannot group like
// the Admin API) and every figure — per tenant, per service, per day, the month before — is
// the rate times the minutes; tenants without series have none; days before the samples are
// missing.
#include "apiclient.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/metrics/metricsource.h"
#include "models/i18n/translations.h"
#include "models/reports/trafficreport.h"
#include "prometheusprocess.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"

#include <QCollator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace lgsp;
using models::ReportPeriod;
using models::TrafficReport;
using test::PrometheusProcess;

namespace {

const QTimeZone kVietnam(7 * 3600);

struct Feed
{
    QString tenant;
    QString service; // its code: the label the gateway exports
    QString serviceId;
    qint64 okPerMinute;
    qint64 failedPerMinute;
};

// One counter sample a minute from `from` (inclusive) to `to` (exclusive).
QByteArray series(const QByteArray &labels, qint64 perMinute, qint64 from, qint64 to)
{
    QByteArray out;
    for (qint64 t = from, k = 0; t < to; t += 60, ++k)
        out += "lgsp_gateway_calls_total{" + labels + "} " + QByteArray::number(k * perMinute) +
               ' ' + QByteArray::number(t) + '\n';
    return out;
}

ReportPeriod lastMonth()
{
    const QDate month = QDateTime::currentDateTime().toTimeZone(kVietnam).date().addMonths(-1);
    return ReportPeriod::month(month.year(), month.month());
}

} // namespace

class TestReportPrometheus final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    PrometheusProcess m_prometheus;
    QList<Feed> m_feeds;
    QStringList m_tied; // two tenants with as many calls, in the order their names collate
    qint64 m_from = 0;  // the first sample

private Q_SLOTS:
    void initTestCase()
    {
        if (PrometheusProcess::program().isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("promtool")).isEmpty())
            QFAIL("prometheus is missing: scripts/install-deps.sh --tests installs it");
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        // Two services of two different providers, a ministry's and a province's.
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        const QJsonArray services = api.get(QStringLiteral("/api/v1/services?limit=200"))
                                        .json()
                                        .value(QLatin1String("items"))
                                        .toArray();
        for (const QString &prefix :
             {QStringLiteral("000.00.00.G"), QStringLiteral("000.00.00.H")}) {
            for (const QJsonValue &v : services) {
                const QJsonObject s = v.toObject();
                if (s.value(QLatin1String("tenantCode")).toString().startsWith(prefix)) {
                    m_feeds << Feed{s.value(QLatin1String("tenantCode")).toString(),
                                    s.value(QLatin1String("code")).toString(),
                                    s.value(QLatin1String("id")).toString(),
                                    prefix.endsWith(QLatin1Char('G')) ? 40 : 7,
                                    prefix.endsWith(QLatin1Char('G')) ? 2 : 1};
                    break;
                }
            }
        }
        QCOMPARE(m_feeds.size(), 2);
        // Two provinces that carry exactly as much, whose names a Vietnamese reader orders
        // otherwise than their code points do ("Tỉnh Đồng Tháp" before "Tỉnh Gia Lai"): the
        // tie is ranked by name as people read it.
        const QJsonArray tenants = api.get(QStringLiteral("/api/v1/tenants?limit=200"))
                                       .json()
                                       .value(QLatin1String("items"))
                                       .toArray();
        const QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
        for (const QJsonValue &a : tenants) {
            for (const QJsonValue &b : tenants) {
                const QString nameA = a[QLatin1String("name")].toString();
                const QString nameB = b[QLatin1String("name")].toString();
                const QString codeA = a[QLatin1String("code")].toString();
                const QString codeB = b[QLatin1String("code")].toString();
                if (!m_tied.isEmpty() ||
                    a[QLatin1String("kind")].toString() != QLatin1String("province") ||
                    b[QLatin1String("kind")].toString() != QLatin1String("province") ||
                    codeA == m_feeds.at(1).tenant || codeB == m_feeds.at(1).tenant ||
                    collator.compare(nameA, nameB) >= 0 || nameA < nameB)
                    continue;
                m_tied = {codeA, codeB};
                // Traffic of a service the instance does not list: counted for its tenant.
                for (const QString &code : std::as_const(m_tied))
                    m_feeds << Feed{code, QStringLiteral("unlisted"), QString(), 3, 0};
            }
        }
        QVERIFY2(m_tied.size() == 2, "no two provinces whose names collate out of code order");
        // From a day before the month before last month (in Vietnam) to the last whole hour.
        const qint64 to = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
        m_from = lastMonth().previous().startSeconds(kVietnam) - 86400;
        QByteArray text = "# TYPE lgsp_gateway_calls counter\n";
        for (const Feed &f : std::as_const(m_feeds)) {
            const QByteArray labels = "job=\"lgsp-hg\",tenant=\"" + f.tenant.toUtf8() +
                                      "\",service=\"" + f.service.toUtf8() + "\",consumer=\"x\"";
            text += series(labels + ",code=\"OK\"", f.okPerMinute, m_from, to + 60);
            if (f.failedPerMinute > 0)
                text += series(labels + ",code=\"LGSP-502\"", f.failedPerMinute, m_from, to + 60);
        }
        text += "# EOF\n";
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_prometheus.backfill(text));
        qInfo("promtool loaded %lld MB of OpenMetrics in %lld ms", qint64(text.size() >> 20),
              clock.elapsed());
        QVERIFY(m_prometheus.start({}, 60));
        QTRY_VERIFY_WITH_TIMEOUT(m_prometheus.scalar(QStringLiteral(
                                     "count(last_over_time(lgsp_gateway_calls_total[2h]))")) == 6.0,
                                 30000);
    }

    void monthFromPrometheus()
    {
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::ConnectionProfile p =
            test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Hậu Giang"));
        p.metrics.kind = QStringLiteral("prometheus");
        p.metrics.url = m_prometheus.baseUrl();
        p.metrics.selector = QStringLiteral("job=\"lgsp-hg\"");
        p.metrics.scrapeIntervalSeconds = 60;
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox.bootstrapSecret());
        client::Connection *connection = fleet.connection(p.id);
        QCOMPARE(connection->metricSource()->kind(), QStringLiteral("prometheus"));

        TrafficReport report;
        QSignalSpy finished(&report, &TrafficReport::finished);
        QElapsedTimer clock;
        clock.start();
        report.build({{p.name, connection->backend(), connection->metricSource()}}, lastMonth(),
                     kVietnam);
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(report.error()));
        qInfo("a month from Prometheus, one query per tenant and service: %lld ms",
              clock.elapsed());

        const qint64 minutes = lastMonth().days() * 24 * 60;
        const qint64 minutesBefore = lastMonth().previous().days() * 24 * 60;
        QCOMPARE(report.tenants().size(), m_feeds.size()); // the others carried nothing
        for (const Feed &f : std::as_const(m_feeds)) {
            bool found = false;
            for (const TrafficReport::Tenant &t : report.tenants()) {
                if (t.code != f.tenant)
                    continue;
                found = true;
                QCOMPARE(t.period.calls, minutes * (f.okPerMinute + f.failedPerMinute));
                QCOMPARE(t.period.errors, minutes * f.failedPerMinute);
                QCOMPARE(t.previous.calls, minutesBefore * (f.okPerMinute + f.failedPerMinute));
                QVERIFY(!t.name.isEmpty()); // from the instance's own list
            }
            QVERIFY2(found, qPrintable(f.tenant));
            if (f.serviceId.isEmpty())
                continue;
            bool service = false;
            for (const TrafficReport::Service &s : report.services()) {
                if (s.id == f.serviceId) {
                    service = true;
                    QCOMPARE(s.period.calls, minutes * (f.okPerMinute + f.failedPerMinute));
                    QCOMPARE(s.provider, f.tenant);
                }
            }
            QVERIFY2(service, qPrintable(f.service));
        }
        // The ministry first: more calls. The tie ranked by name, in the table and the top.
        QVERIFY(report.tenants().first().code.startsWith(QLatin1String("000.00.00.G")));
        QStringList order;
        for (const TrafficReport::Tenant &t : report.tenants())
            order << t.code;
        QVERIFY2(order.indexOf(m_tied.at(0)) == order.indexOf(m_tied.at(1)) - 1,
                 qPrintable(order.join(QLatin1Char(' '))));
        QStringList top;
        for (const TrafficReport::Tenant &t : report.top(QStringLiteral("province"), 5))
            top << t.code;
        QCOMPARE(top.mid(top.size() - 2), m_tied);
        qint64 perMinute = 0;
        for (const Feed &f : std::as_const(m_feeds))
            perMinute += f.okPerMinute + f.failedPerMinute;
        for (const TrafficReport::Day &day : report.days()) {
            QVERIFY(!day.missing);
            QCOMPARE(day.figures.calls, qint64(24 * 60) * perMinute);
        }
        QVERIFY(report.previousComplete());
        QVERIFY(report.missingDays().isEmpty());
        // No latency histogram in this Prometheus: no p95 claimed, none shown.
        QVERIFY(!report.total().hasLatency());
        QVERIFY2(!report.summary().contains(QStringLiteral("95 %")), qPrintable(report.summary()));

        // Before the first sample: missing days, not zeros.
        TrafficReport early;
        QSignalSpy earlyDone(&early, &TrafficReport::finished);
        const QDate first = QDateTime::fromSecsSinceEpoch(m_from, kVietnam).date();
        early.build({{p.name, connection->backend(), connection->metricSource()}},
                    ReportPeriod::range(first.addDays(-5), first.addDays(1)), kVietnam);
        QVERIFY(earlyDone.wait(120000));
        QVERIFY2(earlyDone.first().first().toBool(), qPrintable(early.error()));
        QCOMPARE(early.missingDays().size(), 5);
        QVERIFY(!early.days().last().missing);
    }
};

QTEST_GUILESS_MAIN(TestReportPrometheus)
#include "tst_report_prometheus.moc"
