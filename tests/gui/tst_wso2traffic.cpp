// A WSO2 API Manager instance's Transactions page (offscreen), its traffic read from WSO2's
// analytics events in the Elasticsearch stand-in (tests/fixtures/elastic), its tenants and
// APIs from the WSO2 stand-in: the charts hold every indexed call.
#include "elasticfixture.h"
#include "screenshots.h"
#include "widgetlookup.h"
#include "wso2fixture.h"
#include "wso2session.h"

#include "client/fleet/fleet.h"
#include "client/health/healthprobe.h"
#include "models/alerts/alertrules.h"
#include "models/traffic/chartwindow.h"
#include "models/traffic/trafficmonitor.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactioncharts.h"
#include "ui/charts/transactionspage.h"

#include <QComboBox>

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lgsp;

class TestWso2Traffic final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chartsFromAnalytics()
    {
        test::Wso2Fixture wso2;
        QVERIFY(wso2.listen());
        test::ElasticFixture cluster;
        QVERIFY(cluster.listen());
        // The last hour of a province's gateway: calls, backend errors and throttling.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QRandomGenerator random(7);
        qint64 indexed = 0;
        for (qint64 ms = now - 3600 * 1000; ms < now - 5000; ms += 1500 + random.bounded(3000)) {
            const int roll = random.bounded(40);
            if (roll == 0) {
                cluster.index(QStringLiteral("apim_event_faulty"),
                              test::ElasticFixture::faultyEvent(
                                  ms, QStringLiteral("cantho.gov.vn"), QStringLiteral("a1"),
                                  QStringLiteral("Tra cứu dân cư"), QStringLiteral("THROTTLED"),
                                  900800));
            } else {
                const int latency = 20 + random.bounded(180) + (roll < 3 ? 900 : 0);
                cluster.index(QStringLiteral("apim_event_response"),
                              test::ElasticFixture::responseEvent(
                                  ms, QStringLiteral("cantho.gov.vn"), QStringLiteral("a1"),
                                  QStringLiteral("Tra cứu dân cư"), QStringLiteral("Cổng DVC"),
                                  roll == 1 ? 503 : 200, latency));
            }
            ++indexed;
        }
        client::ConnectionProfile p = test::wso2Profile(wso2);
        p.name = QStringLiteral("LGSP Cần Thơ (WSO2 4.2)");
        p.metrics.kind = QStringLiteral("wso2-analytics");
        p.metrics.url = cluster.url();
        p.metrics.auth = QStringLiteral("basic");
        p.metrics.user = QStringLiteral("elastic");
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setMetricSourceSecret(p.id, test::ElasticFixture::password());
        QTemporaryDir dir;
        ui::TransactionsPage page(&fleet);
        page.monitor()->setStorePath(dir.filePath(QStringLiteral("h.sqlite")));
        page.resize(1400, 900);
        page.show();
        page.controls()->setWindow(models::ChartWindow::preset(models::ChartWindow::OneHour));
        page.controls()->setInstances({p.id});
        ui::TransactionCharts *charts = page.charts();
        QTRY_VERIFY_WITH_TIMEOUT(charts->isVisible(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(charts->pointCount(charts->throughputView()) >= 10, 15000);
        // Every indexed call is in the monitor's slots of the last hour.
        const models::TrafficScope scope = page.monitor()->scopes().value(0);
        QVERIFY(page.monitor()->series(scope));
        qint64 counted = 0;
        qint64 failed = 0;
        const qint64 nowSecond = now / 1000;
        const models::TrafficFrame &frame = page.monitor()->series(scope)->frame(
            (nowSecond - 7200) / 60 * 60, (nowSecond / 60 + 1) * 60, 60);
        for (const protocol::MetricsBucket &b : frame.slots) {
            counted += b.count;
            failed += b.errors;
        }
        QVERIFY2(counted >= indexed * 9 / 10 && counted <= indexed,
                 qPrintable(QStringLiteral("%1 of %2").arg(counted).arg(indexed)));
        QVERIFY(failed > 0);
        QVERIFY(cluster.searches() >= 2);
        // Live is a poll of the cluster, said as such: nothing about Prometheus.
        const auto *refresh =
            test::findByAccessibleName<QComboBox>(&page, QStringLiteral("Refresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->itemText(0), QStringLiteral("Live (every 10 s)"));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.controls()->statusText().contains(QStringLiteral("WSO2's analytics at ") +
                                                   cluster.url().toString()),
            5000);
        QVERIFY2(!page.controls()->statusText().contains(QStringLiteral("Prometheus")),
                 qPrintable(page.controls()->statusText()));
        test::saveScreenshots(&page, QStringLiteral("transactions-wso2-analytics"));
    }

    // The fleet's row of the same instance: calls per minute and error rate from the cluster,
    // and the error-rate alert they raise.
    void fleetFiguresFromAnalytics()
    {
        test::Wso2Fixture wso2;
        QVERIFY(wso2.listen());
        test::ElasticFixture cluster;
        QVERIFY(cluster.listen());
        // Six calls in every minute of the last half hour, one of them a 503.
        const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        for (qint64 m = minute - 30 * 60; m < minute; m += 60) {
            for (int i = 0; i < 6; ++i)
                cluster.index(QStringLiteral("apim_event_response"),
                              test::ElasticFixture::responseEvent(
                                  (m + i * 10) * 1000, QStringLiteral("cantho.gov.vn"),
                                  QStringLiteral("a1"), QStringLiteral("DanCu"),
                                  QStringLiteral("app"), i == 0 ? 503 : 200, 40));
        }
        client::ConnectionProfile p = test::wso2Profile(wso2);
        p.metrics.kind = QStringLiteral("wso2-analytics");
        p.metrics.url = cluster.url();
        p.metrics.auth = QStringLiteral("basic");
        p.metrics.user = QStringLiteral("elastic");
        client::Connection registrar(p);
        const std::optional<client::Wso2Credential> credential =
            test::registerWso2(registrar, QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(credential);
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, credential->toSecret());
        fleet.setMetricSourceSecret(p.id, test::ElasticFixture::password());
        fleet.start();
        const client::Fleet::Instance *instance = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (instance = fleet.instance(p.id)) && !instance->callsPerMinute.isEmpty(), 20000);
        QVERIFY(instance->hasMetrics);
        // The fleet asked in the minute the events were written for, or the next: every whole
        // minute it shows but the newest is one of the half hour.
        const QList<qint64> perMinute = instance->callsPerMinute;
        for (qsizetype i = 0; i + 1 < perMinute.size(); ++i)
            QCOMPARE(perMinute.at(i), 6);
        QVERIFY(perMinute.last() == 6 || perMinute.last() == 0);
        QVERIFY(instance->errorRate.has_value());
        QVERIFY(std::abs(*instance->errorRate - 1.0 / 6.0) < 1e-9);
        QVERIFY(instance->p95LatencyMs.has_value());
        // An error-rate alert above 10 % holds for it (1 in 6 calls failed); above 20 % not.
        QTRY_VERIFY_WITH_TIMEOUT(instance->polls > 0 && !instance->lastReport.checks.isEmpty(),
                                 20000);
        const auto errorRateAlert = [instance](int percent) {
            models::AlertThresholds thresholds;
            thresholds.errorRatePercent = percent;
            const QList<models::AlertCondition> conditions =
                models::AlertRules::evaluate(*instance, thresholds);
            return std::any_of(conditions.cbegin(), conditions.cend(), [](const auto &c) {
                return c.kind == models::AlertCondition::Kind::ErrorRate;
            });
        };
        QVERIFY(errorRateAlert(10));
        QVERIFY(!errorRateAlert(20));
    }

    // The health probe (and so --check) reads the cluster: its product and version, the last
    // five minutes' events; a cluster that refuses is a warning naming it.
    void theHealthProbeChecksTheCluster()
    {
        using Status = client::ProbeCheck::Status;
        test::Wso2Fixture wso2;
        QVERIFY(wso2.listen());
        test::ElasticFixture cluster;
        QVERIFY(cluster.listen());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 1; i <= 12; ++i)
            cluster.index(QStringLiteral("apim_event_response"),
                          test::ElasticFixture::responseEvent(
                              now - i * 10000, QStringLiteral("carbon.super"), QStringLiteral("a1"),
                              QStringLiteral("DanCu"), QStringLiteral("app"), 200, 80));
        client::ConnectionProfile p = test::wso2Profile(wso2);
        p.metrics.kind = QStringLiteral("wso2-analytics");
        p.metrics.url = cluster.url();
        p.metrics.auth = QStringLiteral("basic");
        p.metrics.user = QStringLiteral("elastic");
        const auto probe = [&](const QString &clusterPassword) {
            client::Connection connection(p);
            if (!test::signInWso2(connection, QStringLiteral("admin"), false))
                return client::ProbeReport{};
            connection.setMetricSourceSecret(clusterPassword);
            client::HealthProbe health(&connection);
            QSignalSpy finished(&health, &client::HealthProbe::finished);
            health.start();
            if (!finished.wait(30000))
                return client::ProbeReport{};
            return finished.first().first().value<client::ProbeReport>();
        };
        client::ProbeReport report = probe(test::ElasticFixture::password());
        const client::ProbeCheck *metrics = report.check(QStringLiteral("metrics"));
        QVERIFY(metrics);
        QCOMPARE(metrics->status, Status::Ok);
        QVERIFY2(metrics->detail.contains(QStringLiteral("Elasticsearch 8.11.1")),
                 qPrintable(metrics->detail));
        // The events of the last five whole minutes: those written in them, no more (counted
        // for the five minutes before the probe and, should it have crossed into the next
        // ones, before that).
        const auto inLastFive = [&](qint64 atMs) {
            const qint64 to = atMs / 1000 / 300 * 300;
            int n = 0;
            for (int i = 1; i <= 12; ++i) {
                const qint64 t = (now - i * 10000) / 1000;
                n += t >= to - 300 && t < to ? 1 : 0;
            }
            return n;
        };
        const QStringList counts{QStringLiteral(". %1 gateway event").arg(inLastFive(now)),
                                 QStringLiteral(". %1 gateway event")
                                     .arg(inLastFive(QDateTime::currentMSecsSinceEpoch()))};
        QVERIFY2(metrics->detail.contains(counts.first()) ||
                     metrics->detail.contains(counts.last()),
                 qPrintable(metrics->detail));
        QVERIFY(metrics->detail.contains(QStringLiteral("in apim_event_response*")));
        report = probe(QStringLiteral("wrong"));
        metrics = report.check(QStringLiteral("metrics"));
        QVERIFY(metrics);
        QCOMPARE(metrics->status, Status::Warn);
        QVERIFY2(metrics->detail.contains(cluster.url().toString()), qPrintable(metrics->detail));
        QCOMPARE(report.check(QStringLiteral("auth"))->status, Status::Ok);
    }
};

QTEST_MAIN(TestWso2Traffic)
#include "tst_wso2traffic.moc"
