// The wso2-apim backend against the WSO2 API Manager 4.x stand-in (tests/fixtures/wso2):
// client registration, the three grants, paging across pages and sources, definitions,
// WSO2 error bodies, an expired token, a missing scope, unsupported calls and the health
// probe over HTTPS with a gateway port.
#include "awaitresult.h"
#include "client/auth/wso2credential.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/health/healthprobe.h"
#include "client/net/transport.h"
#include "testca.h"
#include "wso2session.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTest>

using namespace lgsp::client;
namespace protocol = lgsp::protocol;
using lgsp::test::awaitResult;
using lgsp::test::Wso2Fixture;

namespace {

ConnectionProfile profileFor(const Wso2Fixture &fixture,
                             const QString &user = QStringLiteral("admin"))
{
    return lgsp::test::wso2Profile(fixture, user);
}

std::optional<Wso2Credential> registerClient(Connection &connection, const QString &user,
                                             const QString &password, ClientError *error = nullptr)
{
    return lgsp::test::registerWso2(connection, user, password, error);
}

bool signIn(Connection &connection, const QString &user, bool keepPassword)
{
    return lgsp::test::signInWso2(connection, user, keepPassword);
}

std::optional<Result<protocol::ListPage<protocol::Tenant>>> firstTenants(Connection &connection)
{
    return awaitResult<Result<protocol::ListPage<protocol::Tenant>>>(
        [&](auto done) { connection.backend()->tenants({}, &connection, done); });
}

using lgsp::test::everything;

} // namespace

class TestWso2Backend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registersOnceAndListsTenantsAcrossPages()
    {
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture));
        ClientError error;
        const std::optional<Wso2Credential> client =
            registerClient(connection, QStringLiteral("admin"), QStringLiteral("admin"), &error);
        QVERIFY2(client, qPrintable(error.message()));
        QVERIFY(client->isValid());
        // Registering again gives the same application back.
        const std::optional<Wso2Credential> again =
            registerClient(connection, QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(again);
        QCOMPARE(again->clientId, client->clientId);
        QCOMPARE(fixture.counters().registrations, 2);

        Wso2Credential credential = *client;
        credential.password = QStringLiteral("admin");
        connection.setSecret(credential.toSecret());
        QCOMPARE(connection.backend()->kind(), QStringLiteral("wso2-apim"));
        int pages = 0;
        const QList<protocol::Tenant> tenants =
            everything<protocol::Tenant>(connection.backend(), &error, &pages);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(tenants.size(), 1 + 30 + 4);
        // WSO2 sends every tenant of a state at once, carbon.super among the active ones:
        // the operator shown once, the 30 active ones, then the 4 inactive ones.
        QCOMPARE(pages, 2);
        QCOMPARE(
            std::count_if(tenants.begin(), tenants.end(),
                          [](const auto &t) { return t.code == QLatin1String("carbon.super"); }),
            1);
        QCOMPARE(tenants.first().code, QStringLiteral("carbon.super"));
        QCOMPARE(tenants.first().kind, QStringLiteral("operator"));
        QCOMPARE(tenants.at(1).code, QStringLiteral("haugiang.gov.vn"));
        QCOMPARE(std::count_if(tenants.begin(), tenants.end(),
                               [](const auto &t) { return t.status == QLatin1String("inactive"); }),
                 4);
        QCOMPARE(fixture.counters().passwordGrants, 1);

        // The fleet's count: one small page says the total at once.
        TenantQuery one;
        one.limit = 1;
        const auto first = awaitResult<Result<protocol::ListPage<protocol::Tenant>>>(
            [&](auto done) { connection.backend()->tenants(one, &connection, done); });
        QVERIFY(first && first->ok());
        QCOMPARE(first->value.total, 35);
    }

    void mergesCatalogServicesWithPublishedApis()
    {
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture));
        const std::optional<Wso2Credential> client =
            registerClient(connection, QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(client);
        connection.setSecret(client->toSecret()); // no password: client-credentials grant
        ClientError error;
        int pages = 0;
        const QList<protocol::Service> services =
            everything<protocol::Service>(connection.backend(), &error, &pages);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        // admin sees carbon.super's own: 50 of the 60 catalog entries, 10 of the 40 APIs.
        QCOMPARE(services.size(), 50 + 10);
        QCOMPARE(pages, 2 + 1);
        QCOMPARE(fixture.counters().clientCredentialGrants, 1);
        QCOMPARE(fixture.counters().passwordGrants, 0);
        const protocol::Service &entry = services.first();
        QVERIFY(entry.id.startsWith(QLatin1String("catalog:")));
        QCOMPARE(entry.status, QStringLiteral("registered"));
        QCOMPARE(entry.protocol, QStringLiteral("REST"));
        QVERIFY(entry.name.startsWith(QStringLiteral("Tra cứu hồ sơ đất đai")));
        QCOMPARE(services.at(4).protocol, QStringLiteral("SOAP"));
        const protocol::Service &api = services.at(50 + 1);
        QVERIFY(api.id.startsWith(QLatin1String("api:")));
        QCOMPARE(api.status, QStringLiteral("published"));
        QCOMPARE(api.tenantCode, QStringLiteral("carbon.super")); // provider admin
        QCOMPARE(api.gatewayPath, QStringLiteral("/api5"));
        QCOMPARE(services.at(54).status, QStringLiteral("draft")); // CREATED

        const auto wsdl = awaitResult<Result<ServiceDefinition>>([&](auto done) {
            connection.backend()->serviceDefinition(services.at(4).id, &connection, done);
        });
        QVERIFY(wsdl && wsdl->ok());
        QVERIFY(wsdl->value.contentType.startsWith("text/xml"));
        QVERIFY(wsdl->value.text.contains("<definitions"));
        // A registered OpenAPI comes as the YAML it was registered in.
        const auto yaml = awaitResult<Result<ServiceDefinition>>([&](auto done) {
            connection.backend()->serviceDefinition(entry.id, &connection, done);
        });
        QVERIFY(yaml && yaml->ok());
        QVERIFY(yaml->value.contentType.startsWith("application/yaml"));
        QVERIFY(yaml->value.text.startsWith("openapi: 3.0.1\n"));
        const auto swagger = awaitResult<Result<ServiceDefinition>>(
            [&](auto done) { connection.backend()->serviceDefinition(api.id, &connection, done); });
        QVERIFY(swagger && swagger->ok());
        QVERIFY(swagger->value.text.contains("\"openapi\""));
        const auto single = awaitResult<Result<protocol::Service>>(
            [&](auto done) { connection.backend()->service(api.id, &connection, done); });
        QVERIFY(single && single->ok());
        QCOMPARE(single->value, api);
        // Filters WSO2 does not apply are applied here, over every page, with a true count.
        ServiceQuery byProvider;
        byProvider.tenant = QStringLiteral("carbon.super");
        byProvider.limit = 2;
        const qsizetype operatorOnes =
            std::count_if(services.begin(), services.end(), [](const auto &s) {
                return s.tenantCode == QLatin1String("carbon.super");
            });
        QCOMPARE(operatorOnes, 50 + 10); // all of them: WSO2 shows admin only its tenant's
        const auto filtered = awaitResult<Result<protocol::ListPage<protocol::Service>>>(
            [&](auto done) { connection.backend()->services(byProvider, &connection, done); });
        QVERIFY(filtered && filtered->ok());
        QCOMPARE(filtered->value.total, operatorOnes);
        QCOMPARE(filtered->value.items.size(), 2);
        QVERIFY(filtered->value.nextCursor.isEmpty());
        ServiceQuery byConsumer;
        byConsumer.consumer = QStringLiteral("cantho.gov.vn");
        const auto consumers = awaitResult<Result<protocol::ListPage<protocol::Service>>>(
            [&](auto done) { connection.backend()->services(byConsumer, &connection, done); });
        QVERIFY(consumers);
        QCOMPARE(consumers->error.kind, ClientError::Kind::Unsupported);
        const auto missing = awaitResult<Result<protocol::Service>>([&](auto done) {
            connection.backend()->service(QStringLiteral("catalog:no-such-id"), &connection, done);
        });
        QVERIFY(missing);
        QCOMPARE(missing->error.kind, ClientError::Kind::NotFound);
        QVERIFY2(missing->error.detail.contains(QLatin1String("no-such-id")),
                 qPrintable(missing->error.detail));
    }

    // WSO2 shows a user only the user's own tenant: Cần Thơ's administrator sees Cần Thơ's
    // catalog entries and APIs, each said to be Cần Thơ's, and nothing of the operator's.
    void aTenantAdministratorSeesItsOwnTenant()
    {
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture, QStringLiteral("admin@cantho.gov.vn")));
        QVERIFY(signIn(connection, QStringLiteral("admin@cantho.gov.vn"), true));
        ClientError error;
        int pages = 0;
        const QList<protocol::Service> services =
            everything<protocol::Service>(connection.backend(), &error, &pages);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(services.size(), 10 + 1); // every sixth catalog entry, and API 2
        for (const protocol::Service &s : services)
            QCOMPARE(s.tenantCode, QStringLiteral("cantho.gov.vn"));
        QCOMPARE(services.last().gatewayPath, QStringLiteral("/t/cantho.gov.vn/api2"));
    }

    void emptyAndMiscountedPagesEndTheListing()
    {
        Wso2Fixture::Options options;
        options.catalogServices = 0;
        options.apis = 0;
        Wso2Fixture fixture(options);
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture));
        QVERIFY(signIn(connection, QStringLiteral("admin"), false));
        ClientError error;
        int pages = 0;
        QVERIFY(everything<protocol::Service>(connection.backend(), &error, &pages).isEmpty());
        QVERIFY(error.isNull());
        QCOMPARE(pages, 1);
        // A server that says there is more but sends nothing does not keep the console asking.
        fixture.failNext(QStringLiteral("/api/am/service-catalog/v1/services"), 200, 1,
                         R"({"list":[],"pagination":{"offset":0,"limit":25,"total":50,)"
                         R"("next":"/services?limit=25&offset=25","previous":""}})");
        QVERIFY(everything<protocol::Service>(connection.backend(), &error, &pages).isEmpty());
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(pages, 2); // the empty catalog page ends the catalog; then the (empty) APIs
    }

    void wso2ErrorBodiesBecomeClientErrors()
    {
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture));
        QVERIFY(signIn(connection, QStringLiteral("admin"), false));
        fixture.failNext(QStringLiteral("/api/am/service-catalog"), 500);
        ServiceQuery query;
        auto page = awaitResult<Result<protocol::ListPage<protocol::Service>>>(
            [&](auto done) { connection.backend()->services(query, &connection, done); });
        QVERIFY(page);
        QCOMPARE(page->error.kind, ClientError::Kind::Server);
        QVERIFY2(page->error.message().contains(QLatin1String("told to fail")),
                 qPrintable(page->error.message()));

        fixture.failNext(QStringLiteral("/api/am/service-catalog"), 400, 1,
                         R"({"code":400,"message":"Bad Request","description":"Invalid )"
                         R"(sortBy","moreInfo":"","error":[{"code":900313,"message":"sortBy",)"
                         R"("description":"must be one of name, definitionType"}]})");
        page = awaitResult<Result<protocol::ListPage<protocol::Service>>>(
            [&](auto done) { connection.backend()->services(query, &connection, done); });
        QVERIFY(page);
        QCOMPARE(page->error.kind, ClientError::Kind::Validation);
        QCOMPARE(page->error.problemCode, QStringLiteral("400"));
        QVERIFY(page->error.detail.startsWith(QLatin1String("Bad Request: Invalid sortBy")));
        QCOMPARE(page->error.fieldErrors.size(), 1);
        QCOMPARE(page->error.fieldErrors.first().code, QStringLiteral("900313"));
        QCOMPARE(page->error.fieldErrors.first().message,
                 QStringLiteral("sortBy: must be one of name, definitionType"));

        fixture.failNext(QStringLiteral("/api/am/publisher"), 200, 1, "{not json");
        const auto broken = awaitResult<Result<protocol::ListPage<protocol::Tenant>>>(
            [&](auto done) { connection.backend()->tenants({}, &connection, done); });
        QVERIFY(broken);
        QCOMPARE(broken->error.kind, ClientError::Kind::Protocol);
    }

    void expiredTokenIsRenewedWithTheRefreshToken()
    {
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture));
        QVERIFY(signIn(connection, QStringLiteral("admin"), true));
        QVERIFY(firstTenants(connection)->ok());
        fixture.expireTokens();
        const auto after = firstTenants(connection);
        QVERIFY2(after && after->ok(), qPrintable(after ? after->error.message() : QString()));
        QVERIFY(fixture.counters().refusedTokens >= 1);
        QCOMPARE(fixture.counters().refreshGrants, 1);
        QCOMPARE(fixture.counters().passwordGrants, 1);
    }

    void tokenNearItsEndIsRenewedBeforeTheServerRefusesIt()
    {
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        fixture.setTokenLifetime(1);
        Connection connection(profileFor(fixture));
        QVERIFY(signIn(connection, QStringLiteral("admin"), true));
        QVERIFY(firstTenants(connection)->ok());
        QTest::qWait(1100);
        QVERIFY(firstTenants(connection)->ok());
        QCOMPARE(fixture.counters().refreshGrants, 1); // renewed with the refresh token
        QCOMPARE(fixture.counters().refusedTokens, 0); // before any request was refused
        QCOMPARE(fixture.counters().passwordGrants, 1);
    }

    void missingScopeAndWrongPasswordAreSaidPlainly()
    {
        // On 4.0 the catalog wants service_catalog:service_view, which "reader" lacks; WSO2
        // answers that as it answers a bad token (401, code 401, no message).
        Wso2Fixture::Options options;
        options.release = QStringLiteral("4.0.0");
        Wso2Fixture fixture(options);
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture, QStringLiteral("reader")));
        ClientError error;
        QVERIFY(
            !registerClient(connection, QStringLiteral("reader"), QStringLiteral("wrong"), &error));
        QCOMPARE(error.kind, ClientError::Kind::Unauthorized);
        QVERIFY2(error.detail.contains(QLatin1String("user name or password")),
                 qPrintable(error.detail));
        std::optional<Wso2Credential> client =
            registerClient(connection, QStringLiteral("reader"), QStringLiteral("reader"));
        QVERIFY(client);
        client->password = QStringLiteral("reader");
        connection.setSecret(client->toSecret());
        const auto page = awaitResult<Result<protocol::ListPage<protocol::Service>>>(
            [&](auto done) { connection.backend()->services({}, &connection, done); });
        QVERIFY(page);
        QCOMPARE(page->error.kind, ClientError::Kind::Forbidden);
        QVERIFY2(page->error.detail.contains(QLatin1String("service_catalog:service_view")),
                 qPrintable(page->error.detail));
        QVERIFY(page->error.detail.contains(QLatin1String("granted: apim:api_view")));
        // From 4.1 apim:api_view reads the catalog too.
        {
            Wso2Fixture later;
            QVERIFY(later.listen());
            Connection reader(profileFor(later, QStringLiteral("reader")));
            QVERIFY(signIn(reader, QStringLiteral("reader"), true));
            const auto services = awaitResult<Result<protocol::ListPage<protocol::Service>>>(
                [&](auto done) { reader.backend()->services({}, &reader, done); });
            QVERIFY(services);
            QVERIFY2(services->ok(), qPrintable(services->error.message()));
            QCOMPARE(services->value.total, 50 + 10);
        }
        // A wrong password in the keychain entry: the token endpoint's words reach the officer.
        client->password = QStringLiteral("stale");
        connection.setSecret(client->toSecret());
        const auto refused = awaitResult<Result<protocol::ListPage<protocol::Tenant>>>(
            [&](auto done) { connection.backend()->tenants({}, &connection, done); });
        QVERIFY(refused);
        QCOMPARE(refused->error.kind, ClientError::Kind::Unauthorized);
        QVERIFY2(refused->error.detail.contains(QLatin1String("Authentication failed for reader")),
                 qPrintable(refused->error.detail));
        QVERIFY(refused->error.detail.contains(QLatin1String("user name or password")));
    }

    void unsupportedCallsSaySo()
    {
        Wso2Fixture fixture;
        QVERIFY(fixture.listen());
        Connection connection(profileFor(fixture));
        const Features features = connection.backend()->features();
        QVERIFY(features.testFlag(Feature::Tenants) && features.testFlag(Feature::Services));
        QVERIFY(!features.testFlag(Feature::Metrics) && !features.testFlag(Feature::Config) &&
                !features.testFlag(Feature::TenantActions));
        const auto metrics = awaitResult<Result<protocol::MetricsResponse>>(
            [&](auto done) { connection.backend()->metrics({}, &connection, done); });
        QVERIFY(metrics);
        QCOMPARE(metrics->error.kind, ClientError::Kind::Unsupported);
        QVERIFY(metrics->error.message().contains(QLatin1String("transaction metrics")));
        const auto apply = awaitResult<Result<protocol::ConfigApplyResult>>(
            [&](auto done) { connection.backend()->applyConfig({}, 1, &connection, done); });
        QVERIFY(apply);
        QCOMPARE(apply->error.kind, ClientError::Kind::Unsupported);
        QVERIFY(fixture.requestedPaths().isEmpty()); // nothing was sent for them
    }

    void healthProbeOverHttpsWithTheGateway()
    {
        lgsp::test::TestCa ca;
        QVERIFY2(ca.isValid(), qPrintable(ca.errorString()));
        QString certificate, key;
        QVERIFY(ca.issueServer(QStringLiteral("wso2"), 120, &certificate, &key));
        QFile certFile(certificate), keyFile(key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        Wso2Fixture::Options options;
        options.useTls = true;
        options.tls = QSslConfiguration::defaultConfiguration();
        options.tls.setLocalCertificateChain(QSslCertificate::fromData(certFile.readAll()));
        options.tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        Wso2Fixture fixture(options);
        QVERIFY(fixture.listen());
        ConnectionProfile profile = profileFor(fixture);
        profile.caFiles = {ca.caFile()};
        Connection connection(profile);
        std::optional<Wso2Credential> client =
            registerClient(connection, QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(client);
        connection.setSecret(client->toSecret());
        const auto run = [](Connection *c) {
            HealthProbe probe(c);
            QSignalSpy finished(&probe, &HealthProbe::finished);
            probe.start();
            return finished.wait(30000) ? probe.report() : ProbeReport();
        };
        ProbeReport report = run(&connection);
        QString text;
        for (const ProbeCheck &c : report.checks)
            text += c.id + QLatin1Char('=') + ProbeCheck::statusName(c.status) + QLatin1Char(' ') +
                    c.detail + QLatin1Char('\n');
        QCOMPARE(report.overall(), ProbeCheck::Status::Ok);
        for (const char *id : {"tls", "certificate", "version", "clock", "auth",
                               "server.publisher-api", "server.service-catalog", "server.gateway"})
            QVERIFY2(report.check(QLatin1String(id)) &&
                         report.check(QLatin1String(id))->status == ProbeCheck::Status::Ok,
                     qPrintable(QLatin1String(id) + QLatin1Char('\n') + text));
        QVERIFY2(
            report.check(QStringLiteral("server.gateway"))->detail.contains(QLatin1String("day")),
            qPrintable(text));

        // The gateway port closed: that check fails, the rest still answers.
        ConnectionProfile closed = profile;
        closed.gatewayUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        Connection second(closed);
        second.setSecret(client->toSecret());
        report = run(&second);
        QCOMPARE(report.check(QStringLiteral("server.gateway"))->status, ProbeCheck::Status::Fail);
        QCOMPARE(report.check(QStringLiteral("server.publisher-api"))->status,
                 ProbeCheck::Status::Ok);
    }
};

QTEST_GUILESS_MAIN(TestWso2Backend)
#include "tst_wso2backend.moc"
