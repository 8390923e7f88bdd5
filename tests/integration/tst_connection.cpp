// The console's connection layer against a real lgsp-sandbox: every typed call of the Admin
// API, the three ways to authenticate, a token that expires mid-session, and the errors an
// officer meets (wrong secret, missing secret, not found, stale version, invalid input).
#include "apiclient.h"
#include "awaitresult.h"
#include "client/auth/credentialauthenticator.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "sandboxprocess.h"
#include "scriptedserver.h"

#include <QSet>
#include <QTest>

using lgsp::client::ClientError;
using lgsp::client::Connection;
using lgsp::client::ConnectionProfile;
using lgsp::client::Handler;
using lgsp::client::Result;
using lgsp::test::SandboxProcess;
using Kind = lgsp::client::ClientError::Kind;
namespace protocol = lgsp::protocol;

namespace {

template<typename T>
Result<T> run(const std::function<void(Handler<T>)> &start)
{
    const std::optional<Result<T>> r = lgsp::test::awaitResult<Result<T>>(start, 20000);
    if (r)
        return *r;
    Result<T> timedOut;
    timedOut.error = ClientError::make(Kind::Cancelled, QStringLiteral("the test gave up waiting"));
    return timedOut;
}

ConnectionProfile profileFor(const QUrl &url, const QString &auth, const QString &clientId)
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("sandbox");
    profile.baseUrl = url;
    profile.auth = auth;
    profile.clientId = clientId;
    profile.proxy = QStringLiteral("none");
    return profile;
}

} // namespace

class TestConnection final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<Connection> m_operator;

    lgsp::client::Backend *api() { return m_operator->backend(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_operator = std::make_unique<Connection>(profileFor(m_sandbox.baseUrl(),
                                                             QStringLiteral("client-credentials"),
                                                             m_sandbox.bootstrapClientId()));
        m_operator->setSecret(m_sandbox.bootstrapSecret());
    }

    void infoAndHealth()
    {
        const auto info = run<protocol::InstanceInfo>([&](auto done) { api()->info(this, done); });
        QVERIFY2(info.ok(), qPrintable(info.error.message()));
        QVERIFY(info.value.isCompatible());
        QVERIFY(!info.value.name.isEmpty());
        QVERIFY(qAbs(info.value.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        const auto health =
            run<protocol::HealthReport>([&](auto done) { api()->health(this, done); });
        QVERIFY2(health.ok(), qPrintable(health.error.message()));
        QStringList names;
        for (const auto &c : health.value.checks)
            names << c.name;
        for (const char *name : {"database", "gateway", "ndxp-link", "disk"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    void tenantsStreamedPageByPage()
    {
        lgsp::client::TenantQuery query;
        query.limit = 5;
        int pages = 0;
        qint64 total = -1;
        QSet<QString> codes;
        QStringList inOrder;
        bool finished = false;
        ClientError error;
        api()->allTenants(query, this, [&](const auto &page, bool last) {
            ++pages;
            error = page.error;
            total = page.value.total;
            for (const protocol::Tenant &t : page.value.items) {
                codes.insert(t.code);
                inOrder << t.code;
            }
            finished = last;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(qint64(codes.size()), total);
        QCOMPARE(pages, int((total + 4) / 5));
        QVERIFY(pages >= 4);
        // The sandbox names each next page early; the pages still come in order, each once.
        QCOMPARE(qint64(inOrder.size()), total);
        QStringList sorted = inOrder;
        sorted.sort();
        QCOMPARE(inOrder, sorted);
    }

    // A server that names the next page in its headers (Link: rel="next") is asked for it
    // while the current page's body is still coming; the pages are handed over in order.
    void nextPageAskedBeforeThisOneArrives()
    {
        lgsp::test::ScriptedServer server;
        const auto page = [&server](const char *code, const char *next) {
            const QByteArray tenant =
                QByteArrayLiteral("{\"code\":\"") + code +
                "\",\"name\":\"Tỉnh\",\"kind\":\"province\",\"status\":\"active\","
                "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
            const QByteArray cursor =
                next ? QByteArray(QByteArrayLiteral("\"") + next + '"') : QByteArray("null");
            QList<QPair<QByteArray, QByteArray>> headers;
            if (next)
                headers.append({"Link", QByteArrayLiteral("</api/v1/tenants?limit=1&cursor=") +
                                            next + ">; rel=\"next\""});
            return lgsp::test::ScriptedServer::response(200, "application/json",
                                                        QByteArray("{\"items\":[" + tenant +
                                                                   "],\"nextCursor\":" + cursor +
                                                                   ",\"total\":3}"),
                                                        headers);
        };
        server.enqueue(lgsp::test::ScriptedServer::headFirst(page("A", "c1"), 1500));
        server.enqueue(lgsp::test::ScriptedServer::raw(page("B", "c2")));
        server.enqueue(lgsp::test::ScriptedServer::raw(page("C", nullptr)));
        Connection connection(profileFor(server.url(), QStringLiteral("none"), QString()));
        lgsp::client::TenantQuery query;
        query.limit = 1;
        QStringList handed;
        bool finished = false;
        ClientError error;
        connection.backend()->allTenants(query, this, [&](const auto &p, bool last) {
            if (!p.ok())
                error = p.error;
            for (const protocol::Tenant &t : p.value.items)
                handed << t.code;
            finished = last;
        });
        // All three asked for while the first page's body is held back.
        QTRY_COMPARE_WITH_TIMEOUT(server.received().size(), 3, 1200);
        QVERIFY(handed.isEmpty());
        QVERIFY(server.received().at(1).path.endsWith("cursor=c1"));
        QVERIFY(server.received().at(2).path.endsWith("cursor=c2"));
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QVERIFY2(error.isNull(), qPrintable(error.message()));
        QCOMPARE(handed,
                 QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }

    void searchIgnoresDiacritics()
    {
        lgsp::client::TenantQuery query;
        query.text = QStringLiteral("ha noi");
        const auto r = run<protocol::ListPage<protocol::Tenant>>(
            [&](auto done) { api()->tenants(query, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.items.size(), 1);
        QCOMPARE(r.value.items.at(0).name, QStringLiteral("Thành phố Hà Nội"));
    }

    void tenantActionsUseTheVersion()
    {
        const QString code = QStringLiteral("000.00.00.H06");
        const auto before =
            run<protocol::Tenant>([&](auto done) { api()->tenant(code, this, done); });
        QVERIFY2(before.ok(), qPrintable(before.error.message()));
        QVERIFY(!before.etag.isEmpty());
        QVERIFY(before.value.allowedActions.contains(QStringLiteral("suspend")));

        const auto suspended = run<protocol::Tenant>([&](auto done) {
            api()->tenantAction(code, QStringLiteral("suspend"), before.etag, this, done);
        });
        QVERIFY2(suspended.ok(), qPrintable(suspended.error.message()));
        QCOMPARE(suspended.value.status, QStringLiteral("suspended"));
        QVERIFY(suspended.value.allowedActions.contains(QStringLiteral("resume")));

        // The version read before the change is stale now.
        protocol::TenantInput rename;
        rename.contactName = QStringLiteral("Nguyễn Văn A");
        const auto stale = run<protocol::Tenant>(
            [&](auto done) { api()->updateTenant(code, rename, before.etag, this, done); });
        QCOMPARE(stale.error.kind, Kind::Precondition);
        QVERIFY(!stale.error.message().isEmpty());

        const auto resumed = run<protocol::Tenant>([&](auto done) {
            api()->tenantAction(code, QStringLiteral("resume"), suspended.etag, this, done);
        });
        QVERIFY2(resumed.ok(), qPrintable(resumed.error.message()));
        QCOMPARE(resumed.value.status, QStringLiteral("active"));

        const auto renamed = run<protocol::Tenant>(
            [&](auto done) { api()->updateTenant(code, rename, resumed.etag, this, done); });
        QVERIFY2(renamed.ok(), qPrintable(renamed.error.message()));
        QCOMPARE(renamed.value.contactName, QStringLiteral("Nguyễn Văn A"));
    }

    void invalidInputNamesTheFields()
    {
        protocol::TenantInput input;
        input.code = QStringLiteral("not a code");
        input.name = QStringLiteral("Thử nghiệm");
        input.kind = QStringLiteral("agency");
        const auto r =
            run<protocol::Tenant>([&](auto done) { api()->createTenant(input, this, done); });
        QCOMPARE(r.error.kind, Kind::Validation);
        QVERIFY(!r.error.fieldErrors.isEmpty());
        QCOMPARE(r.error.fieldErrors.at(0).field, QStringLiteral("/code"));
        QVERIFY(r.error.message().contains(QLatin1String("1")));
    }

    void unknownTenantIsNotFound()
    {
        const auto r = run<protocol::Tenant>(
            [&](auto done) { api()->tenant(QStringLiteral("999.99.99.Z99"), this, done); });
        QCOMPARE(r.error.kind, Kind::NotFound);
        QCOMPARE(r.error.httpStatus, 404);
        QVERIFY(!r.error.problemCode.isEmpty());
        QVERIFY(!r.error.correlationId.isEmpty());
    }

    void servicesAndDefinitions()
    {
        lgsp::client::ServiceQuery query;
        query.tenant = QStringLiteral("000.00.00.G14");
        const auto list = run<protocol::ListPage<protocol::Service>>(
            [&](auto done) { api()->services(query, this, done); });
        QVERIFY2(list.ok(), qPrintable(list.error.message()));
        QVERIFY(!list.value.items.isEmpty());
        const QString id = list.value.items.first().id;
        const auto one = run<protocol::Service>([&](auto done) { api()->service(id, this, done); });
        QVERIFY2(one.ok(), qPrintable(one.error.message()));
        QCOMPARE(one.value.id, id);
        const auto definition = run<lgsp::client::ServiceDefinition>(
            [&](auto done) { api()->serviceDefinition(id, this, done); });
        QVERIFY2(definition.ok(), qPrintable(definition.error.message()));
        QVERIFY(definition.value.text.size() > 100);
    }

    // The services a tenant may call, by the server's `consumer` filter, are exactly those
    // whose consumers list names it.
    void servicesATenantConsumes()
    {
        lgsp::client::ServiceQuery everything;
        everything.limit = 200;
        const auto all = run<protocol::ListPage<protocol::Service>>(
            [&](auto done) { api()->services(everything, this, done); });
        QVERIFY2(all.ok(), qPrintable(all.error.message()));
        QString consumer;
        QSet<QString> expected;
        for (const protocol::Service &s : all.value.items) {
            if (consumer.isEmpty() && !s.consumers.isEmpty())
                consumer = s.consumers.first();
        }
        QVERIFY(!consumer.isEmpty());
        for (const protocol::Service &s : all.value.items) {
            if (s.consumers.contains(consumer))
                expected.insert(s.id);
        }
        lgsp::client::ServiceQuery query;
        query.consumer = consumer;
        query.limit = 200;
        const auto consumed = run<protocol::ListPage<protocol::Service>>(
            [&](auto done) { api()->services(query, this, done); });
        QVERIFY2(consumed.ok(), qPrintable(consumed.error.message()));
        QSet<QString> got;
        for (const protocol::Service &s : consumed.value.items)
            got.insert(s.id);
        QCOMPARE(got, expected);
        QCOMPARE(consumed.value.total, qint64(expected.size()));
    }

    void metricsTransactionsAndAudit()
    {
        lgsp::client::MetricsQuery metrics;
        metrics.step = QStringLiteral("1m");
        const auto m =
            run<protocol::MetricsResponse>([&](auto done) { api()->metrics(metrics, this, done); });
        QVERIFY2(m.ok(), qPrintable(m.error.message()));
        QCOMPARE(m.value.step, 60);
        const auto t = run<protocol::ListPage<protocol::Transaction>>(
            [&](auto done) { api()->transactions({}, this, done); });
        QVERIFY2(t.ok(), qPrintable(t.error.message()));
        lgsp::client::AuditQuery audit;
        audit.limit = 50;
        const auto a = run<protocol::ListPage<protocol::AuditEntry>>(
            [&](auto done) { api()->audit(audit, this, done); });
        QVERIFY2(a.ok(), qPrintable(a.error.message()));
        bool sawSuspend = false;
        for (const protocol::AuditEntry &e : a.value.items)
            sawSuspend = sawSuspend || e.action.contains(QLatin1String("suspend"));
        QVERIFY(sawSuspend);
    }

    void configExportValidateApply()
    {
        const auto exported =
            run<protocol::ConfigBundle>([&](auto done) { api()->exportConfig(this, done); });
        QVERIFY2(exported.ok(), qPrintable(exported.error.message()));
        protocol::ConfigBundle bundle = exported.value;
        QVERIFY(bundle.tenants.size() >= 19);
        const auto unchanged = run<protocol::ConfigValidation>(
            [&](auto done) { api()->validateConfig(bundle, this, done); });
        QVERIFY2(unchanged.ok(), qPrintable(unchanged.error.message()));
        QVERIFY(unchanged.value.valid);
        QCOMPARE(unchanged.value.changes.size(), 0);

        bundle.tenants[0].input.nameEn = QStringLiteral("Renamed offline");
        const auto planned = run<protocol::ConfigValidation>(
            [&](auto done) { api()->validateConfig(bundle, this, done); });
        QCOMPARE(planned.value.changes.size(), 1);
        QCOMPARE(planned.value.changes.at(0).op, QStringLiteral("change"));

        const auto applied = run<protocol::ConfigApplyResult>(
            [&](auto done) { api()->applyConfig(bundle, bundle.revision, this, done); });
        QVERIFY2(applied.ok(), qPrintable(applied.error.message()));
        QVERIFY(applied.value.revision > bundle.revision);
        // Applying again on the old base revision is refused: someone (we) changed it.
        const auto again = run<protocol::ConfigApplyResult>(
            [&](auto done) { api()->applyConfig(bundle, bundle.revision, this, done); });
        QCOMPARE(again.error.kind, Kind::Precondition);
    }

    void wrongSecretIsUnauthorized()
    {
        Connection connection(profileFor(m_sandbox.baseUrl(), QStringLiteral("client-credentials"),
                                         m_sandbox.bootstrapClientId()));
        connection.setSecret(QStringLiteral("not-the-secret"));
        const auto r = run<protocol::HealthReport>(
            [&](auto done) { connection.backend()->health(this, done); });
        QCOMPARE(r.error.kind, Kind::Unauthorized);
        QVERIFY(!r.error.message().contains(QLatin1String("not-the-secret")));
    }

    void missingSecretIsUnauthorizedWithoutACall()
    {
        Connection connection(profileFor(m_sandbox.baseUrl(), QStringLiteral("client-credentials"),
                                         m_sandbox.bootstrapClientId()));
        const auto r = run<protocol::HealthReport>(
            [&](auto done) { connection.backend()->health(this, done); });
        QCOMPARE(r.error.kind, Kind::Unauthorized);
        QVERIFY(r.error.detail.contains(QLatin1String("keychain")));
        QCOMPARE(connection.authenticator()->tokensIssued(), 0);
    }

    void apiKeyAuthenticates()
    {
        lgsp::test::ApiClient admin(m_sandbox.baseUrl());
        QVERIFY(admin.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        const auto created =
            admin.postJson(QStringLiteral("/api/v1/credentials"),
                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("apikey")},
                                       {QStringLiteral("name"), QStringLiteral("console test")},
                                       {QStringLiteral("role"), QStringLiteral("viewer")}});
        QCOMPARE(created.status, 201);
        Connection connection(profileFor(m_sandbox.baseUrl(), QStringLiteral("api-key"), {}));
        connection.setSecret(created.json().value(QStringLiteral("key")).toString());
        const auto r = run<protocol::ListPage<protocol::Tenant>>(
            [&](auto done) { connection.backend()->tenants({}, this, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(r.value.total >= 19);
        // A viewer sees no actions.
        for (const protocol::Tenant &t : r.value.items)
            QVERIFY(t.allowedActions.isEmpty());
    }

    void tokenExpiringMidSessionIsRenewed()
    {
        SandboxProcess shortLived;
        QVERIFY(shortLived.start({QStringLiteral("--token-ttl"), QStringLiteral("1")}));
        Connection connection(profileFor(shortLived.baseUrl(), QStringLiteral("client-credentials"),
                                         shortLived.bootstrapClientId()));
        connection.setSecret(shortLived.bootstrapSecret());
        // The console's clock stands still, so it believes its token is fresh: only the
        // server's 401 can tell it otherwise.
        const QDateTime frozen = QDateTime::currentDateTimeUtc();
        connection.authenticator()->setClock([frozen] { return frozen; });
        const auto first = run<protocol::HealthReport>(
            [&](auto done) { connection.backend()->health(this, done); });
        QVERIFY2(first.ok(), qPrintable(first.error.message()));
        QCOMPARE(connection.authenticator()->tokensIssued(), 1);
        QTest::qWait(1600); // the server-side lifetime really has to pass
        const auto second = run<protocol::HealthReport>(
            [&](auto done) { connection.backend()->health(this, done); });
        QVERIFY2(second.ok(), qPrintable(second.error.message()));
        QCOMPARE(connection.authenticator()->tokensIssued(), 2);
    }

    void tokenIsRenewedBeforeItExpires()
    {
        // With the real clock and a 60 s server lifetime, a clock 59.5 s ahead makes the
        // token due: the console renews it without waiting for a 401.
        Connection connection(profileFor(m_sandbox.baseUrl(), QStringLiteral("client-credentials"),
                                         m_sandbox.bootstrapClientId()));
        connection.setSecret(m_sandbox.bootstrapSecret());
        qint64 offset = 0;
        connection.authenticator()->setClock(
            [&offset] { return QDateTime::currentDateTimeUtc().addSecs(offset); });
        QVERIFY(run<protocol::HealthReport>([&](auto done) {
                    connection.backend()->health(this, done);
                }).ok());
        const QDateTime expiry = connection.authenticator()->tokenExpiry();
        QVERIFY(expiry.isValid());
        offset = QDateTime::currentDateTimeUtc().secsTo(expiry);
        QVERIFY(run<protocol::HealthReport>([&](auto done) {
                    connection.backend()->health(this, done);
                }).ok());
        QCOMPARE(connection.authenticator()->tokensIssued(), 2);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
