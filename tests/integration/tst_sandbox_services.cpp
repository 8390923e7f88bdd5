// The service catalog of a real lgsp-sandbox: the demo seed, search and filters, definitions,
// creation and its validation, tenant scoping, the lifecycle and concurrent edits.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;

namespace {

QSet<QString> idsOf(const ApiClient::Reply &reply)
{
    QSet<QString> ids;
    for (const QJsonValue &item : reply.json().value(QStringLiteral("items")).toArray())
        ids.insert(item.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

int totalOf(const ApiClient::Reply &reply)
{
    return reply.json().value(QStringLiteral("total")).toInt(-1);
}

QJsonObject serviceBody(const QString &tenant, const QString &code)
{
    return QJsonObject{
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), QStringLiteral("Cấp giấy phép xây dựng")},
        {QStringLiteral("version"), QStringLiteral("2.1")},
        {QStringLiteral("tenantCode"), tenant},
        {QStringLiteral("protocol"), QStringLiteral("REST")},
        {QStringLiteral("definitionType"), QStringLiteral("OAS3")},
        {QStringLiteral("upstreamUrl"), QStringLiteral("https://gpxd.example.invalid/api")},
        {QStringLiteral("consumers"), QJsonArray{QStringLiteral("000.00.00.H26")}},
        {QStringLiteral("sla"),
         QJsonObject{{QStringLiteral("timeoutMs"), 3000}, {QStringLiteral("rateLimitPerMin"), 60}}},
        {QStringLiteral("definition"), QStringLiteral("openapi: 3.0.3\ninfo: {title: GPXD}\n")},
    };
}

QStringList errorFields(const ApiClient::Reply &reply)
{
    QStringList fields;
    for (const QJsonValue &e : reply.json().value(QStringLiteral("errors")).toArray())
        fields << e.toObject().value(QStringLiteral("field")).toString();
    return fields;
}

} // namespace

class TestSandboxServices final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_operator;

    std::unique_ptr<ApiClient> tenantAdmin(const QString &tenant)
    {
        const ApiClient::Reply created = m_operator->postJson(
            QStringLiteral("/api/v1/credentials"),
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("client")},
                        {QStringLiteral("name"), QString(QStringLiteral("admin ") + tenant)},
                        {QStringLiteral("role"), QStringLiteral("tenant-admin")},
                        {QStringLiteral("tenantCode"), tenant}});
        auto client = std::make_unique<ApiClient>(m_sandbox.baseUrl());
        if (created.status != 201 ||
            !client->signIn(created.json().value(QStringLiteral("id")).toString(),
                            created.json().value(QStringLiteral("secret")).toString()))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_operator = std::make_unique<ApiClient>(m_sandbox.baseUrl());
        QVERIFY(m_operator->signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
    }

    void seedHasFortyServicesInPages()
    {
        QSet<QString> seen;
        QString path = QStringLiteral("/api/v1/services?limit=7");
        while (!path.isEmpty()) {
            const ApiClient::Reply page = m_operator->get(path);
            QCOMPARE(page.status, 200);
            QCOMPARE(totalOf(page), 40);
            const QSet<QString> ids = idsOf(page);
            QVERIFY(!seen.intersects(ids));
            seen.unite(ids);
            const QJsonValue next = page.json().value(QStringLiteral("nextCursor"));
            path = next.isNull()
                       ? QString()
                       : QStringLiteral("/api/v1/services?limit=7&cursor=") + next.toString();
        }
        QCOMPARE(seen.size(), 40);
        QVERIFY(seen.contains(QStringLiteral("000.00.00.G14~lien-thong-khai-sinh")));
    }

    void searchAndFilters()
    {
        QCOMPARE(idsOf(m_operator->get(QStringLiteral("/api/v1/services?q=ho%20tich"))),
                 QSet<QString>{QStringLiteral("000.00.00.G14~ho-tich")});
        QCOMPARE(idsOf(m_operator->get(QStringLiteral("/api/v1/services?q=NHAN%20THAN"))),
                 QSet<QString>{QStringLiteral("000.00.00.G14~dan-cu-xac-minh")});
        QCOMPARE(totalOf(m_operator->get(QStringLiteral("/api/v1/services?protocol=SOAP"))), 15);
        QCOMPARE(totalOf(m_operator->get(QStringLiteral("/api/v1/services?tenant=000.00.00.H30"))),
                 2);
        QCOMPARE(totalOf(m_operator->get(QStringLiteral("/api/v1/services?status=draft"))), 1);
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/services?visibility=world")).status, 400);
        const QJsonObject tenant =
            m_operator->get(QStringLiteral("/api/v1/tenants/000.00.00.G14")).json();
        QCOMPARE(tenant.value(QStringLiteral("serviceCount")).toInt(), 16);
        QCOMPARE(tenant.value(QStringLiteral("consumerCount")).toInt(), 12);
    }

    void definitions()
    {
        const ApiClient::Reply wsdl = m_operator->get(
            QStringLiteral("/api/v1/services/000.00.00.G14~dan-cu-xac-minh/definition"));
        QCOMPARE(wsdl.status, 200);
        QVERIFY(wsdl.header("Content-Type").startsWith("application/xml"));
        QVERIFY(wsdl.body.contains("XacMinhThongTinNhanThan"));
        const ApiClient::Reply oas =
            m_operator->get(QStringLiteral("/api/v1/services/000.00.00.G14~ho-tich/definition"));
        QCOMPARE(oas.status, 200);
        QVERIFY(oas.header("Content-Type").startsWith("application/yaml"));
        QVERIFY(oas.body.contains("openapi: 3.0.3"));
        QVERIFY(oas.body.contains("/apiHoTichTuPhap/dangKyHoTich"));
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/services/nope~x/definition")).status, 404);
    }

    void createAndValidate()
    {
        const ApiClient::Reply created = m_operator->postJson(
            QStringLiteral("/api/v1/services"),
            serviceBody(QStringLiteral("000.00.00.G17"), QStringLiteral("giay-phep-xay-dung")));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("draft"));
        QCOMPARE(created.json().value(QStringLiteral("gatewayPath")).toString(),
                 QStringLiteral("/gw/000.00.00.G17/giay-phep-xay-dung"));
        QCOMPARE(m_operator
                     ->postJson(QStringLiteral("/api/v1/services"),
                                serviceBody(QStringLiteral("000.00.00.G17"),
                                            QStringLiteral("giay-phep-xay-dung")))
                     .status,
                 409);

        QJsonObject bad = serviceBody(QStringLiteral("000.00.00.G17"), QStringLiteral("Bad Code"));
        bad.insert(QStringLiteral("upstreamUrl"), QStringLiteral("ftp://x"));
        bad.insert(QStringLiteral("protocol"), QStringLiteral("GRPC"));
        bad.insert(QStringLiteral("sla"), QJsonObject{{QStringLiteral("timeoutMs"), 5}});
        const ApiClient::Reply refused =
            m_operator->postJson(QStringLiteral("/api/v1/services"), bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(errorFields(refused),
                 QStringList({QStringLiteral("/code"), QStringLiteral("/protocol"),
                              QStringLiteral("/upstreamUrl"), QStringLiteral("/sla/timeoutMs")}));

        QJsonObject dangling =
            serviceBody(QStringLiteral("000.00.00.G17"), QStringLiteral("tham-dinh"));
        dangling.insert(QStringLiteral("consumers"), QJsonArray{QStringLiteral("000.00.00.H99")});
        const ApiClient::Reply missing =
            m_operator->postJson(QStringLiteral("/api/v1/services"), dangling);
        QCOMPARE(missing.status, 400);
        QCOMPARE(errorFields(missing), QStringList{QStringLiteral("/consumers")});
    }

    void tenantScope()
    {
        std::unique_ptr<ApiClient> admin = tenantAdmin(QStringLiteral("000.00.00.H30"));
        QVERIFY(admin);
        // Its own two services and the sixteen national services it consumes.
        QCOMPARE(totalOf(admin->get(QStringLiteral("/api/v1/services"))), 18);
        QCOMPARE(
            admin->get(QStringLiteral("/api/v1/services/000.00.00.H26~mot-cua-dien-tu")).status,
            404);
        const ApiClient::Reply national =
            admin->get(QStringLiteral("/api/v1/services/000.00.00.G14~ho-tich"));
        QCOMPARE(national.status, 200);
        QVERIFY(national.json().value(QStringLiteral("allowedActions")).toArray().isEmpty());
        QCOMPARE(
            admin
                ->postJson(QStringLiteral("/api/v1/services"),
                           serviceBody(QStringLiteral("000.00.00.H30"), QStringLiteral("cap-phep")))
                .status,
            201);
        QCOMPARE(
            admin
                ->postJson(QStringLiteral("/api/v1/services"),
                           serviceBody(QStringLiteral("000.00.00.H26"), QStringLiteral("cap-phep")))
                .status,
            403);
        QCOMPARE(
            admin->request("POST", QStringLiteral("/api/v1/services/000.00.00.G14~ho-tich:retire"))
                .status,
            403);
    }

    void lifecycle()
    {
        const QString path = QStringLiteral("/api/v1/services/000.00.00.H48~quan-ly-van-ban");
        auto act = [&](const char *action) {
            return m_operator->request("POST", path + QLatin1Char(':') + QLatin1String(action));
        };
        QCOMPARE(act("deprecate").status, 409); // a draft is not published yet
        QCOMPARE(act("publish").json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("published"));
        QCOMPARE(act("deprecate").json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("deprecated"));
        QCOMPARE(act("publish").json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("published"));
        const ApiClient::Reply retired = act("retire");
        QCOMPARE(retired.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("retired"));
        QVERIFY(retired.json().value(QStringLiteral("allowedActions")).toArray().isEmpty());
        QCOMPARE(act("retire").status, 409);
        QCOMPARE(act("explode").status, 404);
        QCOMPARE(
            m_operator
                ->request("PATCH", path, "{\"name\":\"x\"}", {{"If-Match", retired.header("ETag")}})
                .status,
            403);
    }

    void concurrentEdits()
    {
        const QString path = QStringLiteral("/api/v1/services/000.00.00.H30~mot-cua-dien-tu");
        const ApiClient::Reply read = m_operator->get(path);
        const QByteArray etag = read.header("ETag");
        QVERIFY(!etag.isEmpty());
        const QByteArray change =
            "{\"sla\":{\"timeoutMs\":8000},\"consumers\":[\"000.00.00.G14\",\"000.00.00.H26\"]}";
        QCOMPARE(m_operator->request("PATCH", path, change).status, 428);
        const ApiClient::Reply updated =
            m_operator->request("PATCH", path, change, {{"If-Match", etag}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json()
                     .value(QStringLiteral("sla"))
                     .toObject()
                     .value(QStringLiteral("timeoutMs"))
                     .toInt(),
                 8000);
        QCOMPARE(updated.json().value(QStringLiteral("consumers")).toArray().size(), 2);
        QCOMPARE(m_operator->request("PATCH", path, change, {{"If-Match", etag}}).status, 412);
        // Preconditions before the content: a stale version with a broken body is still 412.
        QCOMPARE(m_operator->request("PATCH", path, "{\"sla\":", {{"If-Match", etag}}).status, 412);
        QCOMPARE(m_operator
                     ->request("PATCH", path, "{\"code\":\"other\"}",
                               {{"If-Match", updated.header("ETag")}})
                     .status,
                 400);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServices)
#include "tst_sandbox_services.moc"
