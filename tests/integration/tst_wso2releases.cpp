// Each WSO2 API Manager 4.x release publishes its REST APIs under versions of its own — 4.0:
// Publisher v2 and Service Catalog v0; 4.1: v3 and v1; 4.2 to 4.5: v4 and v1 — and answers
// 404 under any other. Against the stand-in answering as each release, its Version service
// announcing it or hidden: the console learns the release once, says it, and lists tenants,
// the merged catalog, a definition and its health checks at that release's own paths only.
// And the gateway's start-up check (its REST API, Basic authentication).
#include "wso2session.h"

#include "client/backend/wso2apimbackend.h"

#include <QTest>

using namespace lgsp;
using lgsp::test::awaitResult;
using lgsp::test::Wso2Fixture;

class TestWso2Releases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachReleaseIsReadAtItsOwnPaths_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("announced");
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("catalog");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("probes"); // Publisher APIs of newer releases asked first
        const QString v2 = QStringLiteral("/api/am/publisher/v2");
        const QString v3 = QStringLiteral("/api/am/publisher/v3");
        const QString v4 = QStringLiteral("/api/am/publisher/v4");
        const QString c0 = QStringLiteral("/api/am/service-catalog/v0");
        const QString c1 = QStringLiteral("/api/am/service-catalog/v1");
        QTest::newRow("4.0 announced") << "4.0.0" << true << v2 << c0 << "4.0.0" << 0;
        QTest::newRow("4.1 announced") << "4.1.0" << true << v3 << c1 << "4.1.0" << 0;
        QTest::newRow("4.2 announced") << "4.2.0" << true << v4 << c1 << "4.2.0" << 0;
        QTest::newRow("4.5 announced") << "4.5.0" << true << v4 << c1 << "4.5.0" << 0;
        QTest::newRow("4.0 hidden")
            << "4.0.0" << false << v2 << c0 << "4.0 (from its API versions)" << 2;
        QTest::newRow("4.1 hidden")
            << "4.1.0" << false << v3 << c1 << "4.1 (from its API versions)" << 1;
        QTest::newRow("4.3 hidden")
            << "4.3.0" << false << v4 << c1 << "4.2+ (from its API versions)" << 0;
    }

    void eachReleaseIsReadAtItsOwnPaths()
    {
        QFETCH(QString, release);
        QFETCH(bool, announced);
        QFETCH(QString, publisher);
        QFETCH(QString, catalog);
        QFETCH(QString, shown);
        QFETCH(int, probes);
        Wso2Fixture::Options options;
        options.release = release;
        options.announceRelease = announced;
        options.activeTenants = 5;
        options.inactiveTenants = 2;
        options.catalogServices = 7;
        options.apis = 4;
        Wso2Fixture fixture(options);
        QVERIFY(fixture.listen());
        QCOMPARE(fixture.publisherPath(), publisher);
        client::Connection connection(test::wso2Profile(fixture));
        QVERIFY(test::signInWso2(connection, QStringLiteral("admin"), true));

        using Info = client::Result<protocol::InstanceInfo>;
        const std::optional<Info> info =
            awaitResult<Info>([&](auto done) { connection.backend()->info(&connection, done); });
        QVERIFY(info && info->ok());
        QCOMPARE(info->value.version, shown);
        QVERIFY2(info->value.apiVersion.contains(publisher.section(QLatin1Char('/'), -1)),
                 qPrintable(info->value.apiVersion));

        client::ClientError error;
        int pages = 0;
        const QList<protocol::Tenant> tenants =
            test::everything<protocol::Tenant>(connection.backend(), &error, &pages);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(tenants.size(), 1 + 5 + 2); // carbon.super, the active ones, the inactive ones
        const QList<protocol::Service> services =
            test::everything<protocol::Service>(connection.backend(), &error, &pages);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(services.size(), 6 + 1); // admin's tenant's own: carbon.super's

        using Definition = client::Result<client::ServiceDefinition>;
        for (const QString &id : {services.first().id, services.last().id}) {
            const std::optional<Definition> d = awaitResult<Definition>(
                [&](auto done) { connection.backend()->serviceDefinition(id, &connection, done); });
            QVERIFY(d && d->ok());
            QVERIFY(!d->value.text.isEmpty());
        }
        using Health = client::Result<protocol::HealthReport>;
        const std::optional<Health> health = awaitResult<Health>(
            [&](auto done) { connection.backend()->health(&connection, done); });
        QVERIFY(health && health->ok());
        for (const protocol::HealthReport::Check &c : health->value.checks) {
            if (c.name != QLatin1String("gateway"))
                QVERIFY2(c.status == QLatin1String("ok"),
                         qPrintable(c.name + QLatin1Char(' ') + c.detail));
        }

        // Learnt once; every REST call at the release's own paths, but for the probe's 404s
        // of newer releases' Publisher APIs when the release was not announced.
        const QStringList paths = fixture.requestedPaths();
        QCOMPARE(paths.count(QStringLiteral("/services/Version")), 1);
        int elsewhere = 0;
        for (const QString &path : paths) {
            // (The gateway's REST API has one version for every 4.x release.)
            if (!path.startsWith(QLatin1String("/api/am/")) ||
                path.startsWith(QLatin1String("/api/am/gateway/v2/")))
                continue;
            if (!path.startsWith(publisher + QLatin1Char('/')) &&
                !path.startsWith(catalog + QLatin1Char('/'))) {
                ++elsewhere;
                QVERIFY2(path.endsWith(QLatin1String("/apis")), qPrintable(path));
            }
        }
        QCOMPARE(elsewhere, probes);
        const auto *wso2 = qobject_cast<const client::Wso2ApimBackend *>(connection.backend());
        QVERIFY(wso2 && wso2->release());
        QCOMPARE(wso2->release()->publisher(), publisher);
    }

    // The gateway's REST API says whether every API was deployed when it started; it takes
    // the user's password (Basic), so without a kept password the check is skipped, unasked.
    void theGatewaySaysWhetherItsApisWereDeployed()
    {
        using Health = client::Result<protocol::HealthReport>;
        const auto deployment = [](client::Connection &connection) {
            const std::optional<Health> health = awaitResult<Health>(
                [&](auto done) { connection.backend()->health(&connection, done); });
            protocol::HealthReport::Check found;
            if (health && health->ok()) {
                for (const protocol::HealthReport::Check &c : health->value.checks) {
                    if (c.name == QLatin1String("gateway-deployment"))
                        found = c;
                }
            }
            return found;
        };
        const QString path = QStringLiteral("/api/am/gateway/v2/server-startup-healthcheck");
        for (const bool deployed : {true, false}) {
            Wso2Fixture::Options options;
            options.apisDeployed = deployed;
            Wso2Fixture fixture(options);
            QVERIFY(fixture.listen());
            client::Connection connection(test::wso2Profile(fixture));
            QVERIFY(test::signInWso2(connection, QStringLiteral("admin"), true));
            const protocol::HealthReport::Check c = deployment(connection);
            QCOMPARE(c.status, deployed ? QStringLiteral("ok") : QStringLiteral("fail"));
            QVERIFY2(c.detail.contains(QLatin1String("deployed")), qPrintable(c.detail));
            QCOMPARE(fixture.requestedPaths().count(path), 1);
        }
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        client::Connection connection(test::wso2Profile(fixture));
        QVERIFY(test::signInWso2(connection, QStringLiteral("admin"), false));
        const protocol::HealthReport::Check c = deployment(connection);
        QCOMPARE(c.status, QStringLiteral("skipped"));
        QVERIFY2(c.detail.contains(QLatin1String("password")), qPrintable(c.detail));
        QVERIFY(!fixture.requestedPaths().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestWso2Releases)
#include "tst_wso2releases.moc"
