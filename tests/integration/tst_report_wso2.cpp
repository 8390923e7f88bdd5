// A monthly report of a WSO2 API Manager whose traffic is in WSO2's analytics (the events its
// gateways publish to Elasticsearch or OpenSearch): the tenants and APIs come from the WSO2
// stand-in (tests/fixtures/wso2), the events from the Elasticsearch stand-in
// (tests/fixtures/elastic), both written from the vendors' documents since neither server can
// run here. The cluster cannot group like the Admin API, so the report asks it once per tenant
// domain and once per API; every figure — per tenant, per API, per day, the month before —
// equals the events indexed.
#include "elasticfixture.h"
#include "wso2fixture.h"
#include "wso2session.h"

#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "client/metrics/metricsource.h"
#include "models/i18n/translations.h"
#include "models/reports/trafficreport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace lgsp;
using models::ReportPeriod;
using models::TrafficReport;
using test::ElasticFixture;

namespace {

const QTimeZone kVietnam(7 * 3600);

struct Feed
{
    QString tenant; // the API creator's tenant domain
    QString apiId;
    QString apiName;
    int perHour; // at most this many calls an hour
};

struct Expected
{
    qint64 calls = 0;
    qint64 errors = 0;
    void add(bool failed)
    {
        ++calls;
        errors += failed;
    }
};

ReportPeriod lastMonth()
{
    const QDate month = QDateTime::currentDateTime().toTimeZone(kVietnam).date().addMonths(-1);
    return ReportPeriod::month(month.year(), month.month());
}

} // namespace

class TestReportWso2 final : public QObject
{
    Q_OBJECT

private:
    test::Wso2Fixture m_wso2;
    ElasticFixture m_cluster;
    QList<Feed> m_feeds;
    // What the indexed events say, in Vietnam's days.
    QHash<QString, Expected> m_tenants;  // last month, by tenant domain
    QHash<QString, Expected> m_previous; // the month before, by tenant domain
    QHash<QString, Expected> m_apis;     // last month, by "api:<id>"
    QHash<QDate, Expected> m_days;
    QDate m_firstEvent;

    // The admin signed in to the WSO2 stand-in, its traffic read from the cluster.
    client::Connection *signIn(client::Fleet *fleet) const
    {
        client::ConnectionProfile p = test::wso2Profile(m_wso2);
        p.name = QStringLiteral("LGSP Cần Thơ (WSO2 4.2)");
        p.metrics.kind = QStringLiteral("wso2-analytics");
        p.metrics.url = m_cluster.url();
        p.metrics.auth = QStringLiteral("basic");
        p.metrics.user = QStringLiteral("elastic");
        client::Connection registrar(p);
        const std::optional<client::Wso2Credential> credential =
            test::registerWso2(registrar, QStringLiteral("admin"), QStringLiteral("admin"));
        if (!credential || !credential->isValid())
            return nullptr;
        fleet->setProfiles({p});
        fleet->setSecret(p.id, credential->toSecret());
        fleet->setMetricSourceSecret(p.id, ElasticFixture::password());
        return fleet->connection(p.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_wso2.listen());
        QVERIFY(m_cluster.listen());
        // Three APIs the operator's admin publishes (the super tenant's, listed to the console)
        // and two of provinces' own tenants, which the admin does not see but the analytics
        // index holds.
        for (const QJsonValue &v : m_wso2.apis()) {
            const QJsonObject api = v.toObject();
            if (api.value(QLatin1String("provider")).toString() == QLatin1String("admin") &&
                m_feeds.size() < 3)
                m_feeds << Feed{
                    QStringLiteral("carbon.super"), api.value(QLatin1String("id")).toString(),
                    api.value(QLatin1String("name")).toString(), 4 - int(m_feeds.size())};
        }
        QCOMPARE(m_feeds.size(), 3);
        m_feeds << Feed{QStringLiteral("cantho.gov.vn"), QStringLiteral("ct-1"),
                        QStringLiteral("Hộ tịch Cần Thơ"), 2}
                << Feed{QStringLiteral("angiang.gov.vn"), QStringLiteral("ag-1"),
                        QStringLiteral("Đất đai An Giang"), 1};

        // From three days into the month before last month to the last whole hour.
        const ReportPeriod month = lastMonth();
        m_firstEvent = month.previous().first.addDays(3);
        const qint64 from = m_firstEvent.startOfDay(kVietnam).toSecsSinceEpoch();
        const qint64 to = QDateTime::currentSecsSinceEpoch() / 3600 * 3600;
        QRandomGenerator random(20);
        QList<QJsonObject> responses, faults;
        for (qint64 hour = from; hour < to; hour += 3600) {
            for (const Feed &f : std::as_const(m_feeds)) {
                const int calls = int(random.bounded(f.perHour + 1));
                for (int k = 0; k < calls; ++k) {
                    const qint64 ms = (hour + random.bounded(3600)) * 1000 + random.bounded(1000);
                    const int roll = int(random.bounded(40));
                    const bool fault = roll == 0;
                    const int status = roll == 1 ? 503 : roll == 2 ? 404 : 200;
                    if (fault)
                        faults << ElasticFixture::faultyEvent(ms, f.tenant, f.apiId, f.apiName,
                                                              QStringLiteral("THROTTLED"), 900800);
                    else
                        responses << ElasticFixture::responseEvent(
                            ms, f.tenant, f.apiId, f.apiName, QStringLiteral("Cổng DVC"), status,
                            20 + int(random.bounded(300)));
                    const bool failed = fault || status >= 400;
                    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, kVietnam).date();
                    if (month.contains(date)) {
                        m_tenants[f.tenant].add(failed);
                        m_apis[QStringLiteral("api:") + f.apiId].add(failed);
                        m_days[date].add(failed);
                    } else if (month.previous().contains(date)) {
                        m_previous[f.tenant].add(failed);
                    }
                }
            }
        }
        m_cluster.index(QStringLiteral("apim_event_response"), responses);
        m_cluster.index(QStringLiteral("apim_event_faulty"), faults);
        qInfo("%lld response and %lld faulty events indexed", qint64(responses.size()),
              qint64(faults.size()));
    }

    void monthFromAnalytics()
    {
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        client::Fleet fleet;
        client::Connection *connection = signIn(&fleet);
        QVERIFY(connection);
        QCOMPARE(connection->metricSource()->kind(), QStringLiteral("wso2-analytics"));

        TrafficReport report;
        QSignalSpy finished(&report, &TrafficReport::finished);
        QElapsedTimer clock;
        clock.start();
        report.build(
            {{connection->profile().name, connection->backend(), connection->metricSource()}},
            lastMonth(), kVietnam);
        QVERIFY(finished.wait(180000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(report.error()));
        qInfo("a month from WSO2's analytics, one search per tenant and API: %lld ms, "
              "%d searches",
              clock.elapsed(), m_cluster.searches());

        // Every tenant domain with events, the provinces' own included; no other.
        QCOMPARE(report.tenants().size(), m_tenants.size());
        for (const TrafficReport::Tenant &t : report.tenants()) {
            QVERIFY2(m_tenants.contains(t.code), qPrintable(t.code));
            QCOMPARE(t.period.calls, m_tenants.value(t.code).calls);
            QCOMPARE(t.period.errors, m_tenants.value(t.code).errors);
            QCOMPARE(t.previous.calls, m_previous.value(t.code).calls);
            QVERIFY(t.period.hasLatency()); // the events carry their latencies
        }
        QCOMPARE(report.tenants().first().code, QStringLiteral("carbon.super")); // most calls
        // The admin's APIs, each by its id; the provinces' own are not listed to the admin.
        QCOMPARE(report.services().size(), 3);
        for (const TrafficReport::Service &s : report.services()) {
            QVERIFY2(m_apis.contains(s.id), qPrintable(s.id));
            QCOMPARE(s.period.calls, m_apis.value(s.id).calls);
            QCOMPARE(s.period.errors, m_apis.value(s.id).errors);
            QCOMPARE(s.provider, QStringLiteral("carbon.super"));
            QVERIFY(!s.name.isEmpty());
            QVERIFY(!s.consumersKnown); // the source cannot group by consumer
        }
        for (const TrafficReport::Day &day : report.days()) {
            QVERIFY2(!day.missing, qPrintable(day.date.toString(Qt::ISODate)));
            QCOMPARE(day.figures.calls, m_days.value(day.date).calls);
            QCOMPARE(day.figures.errors, m_days.value(day.date).errors);
        }
        qint64 total = 0;
        for (const Expected &e : std::as_const(m_tenants))
            total += e.calls;
        QCOMPARE(report.total().calls, total);
        // WSO2 tenants are domains, not ministries or provinces: no ranking invented.
        QVERIFY(report.top(QStringLiteral("province"), 5).isEmpty());
    }

    // The month before began three days after the first event: those days are missing, the
    // change on it is not given.
    void daysBeforeTheFirstEventAreMissing()
    {
        client::Fleet fleet;
        client::Connection *connection = signIn(&fleet);
        QVERIFY(connection);
        TrafficReport report;
        QSignalSpy finished(&report, &TrafficReport::finished);
        report.build(
            {{connection->profile().name, connection->backend(), connection->metricSource()}},
            ReportPeriod::range(m_firstEvent.addDays(-4), m_firstEvent.addDays(2)), kVietnam);
        QVERIFY(finished.wait(180000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(report.error()));
        QCOMPARE(report.missingDays().size(), 4);
        QCOMPARE(report.missingDays().first(), m_firstEvent.addDays(-4));
        QVERIFY(!report.days().last().missing);
    }
};

QTEST_GUILESS_MAIN(TestReportWso2)
#include "tst_report_wso2.moc"
