// The Admin API of a real lgsp-sandbox process: authentication, roles, tenants and the bad
// inputs a server must refuse cleanly.
#include "apiclient.h"
#include "sandboxprocess.h"
#include "teststrings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;

namespace {

QSet<QString> codesOf(const QJsonObject &page)
{
    QSet<QString> codes;
    for (const QJsonValue &item : page.value(QStringLiteral("items")).toArray())
        codes.insert(item.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

QJsonObject tenantBody(const QString &code, const QString &name)
{
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QStringLiteral("agency")}};
}

bool isProblem(const ApiClient::Reply &reply, int status, const QString &code)
{
    return reply.status == status &&
           reply.header("Content-Type").startsWith("application/problem+json") &&
           reply.json().value(QStringLiteral("status")).toInt() == status &&
           reply.json().value(QStringLiteral("code")).toString() == code &&
           !reply.header("X-Correlation-Id").isEmpty();
}

} // namespace

class TestSandboxApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_operator;

    // A new credential with the given role, signed in.
    std::unique_ptr<ApiClient> clientWithRole(const QString &role, const QString &tenant = {})
    {
        QJsonObject body{{QStringLiteral("kind"), QStringLiteral("client")},
                         {QStringLiteral("name"), role},
                         {QStringLiteral("role"), role}};
        if (!tenant.isEmpty())
            body.insert(QStringLiteral("tenantCode"), tenant);
        const ApiClient::Reply created =
            m_operator->postJson(QStringLiteral("/api/v1/credentials"), body);
        if (created.status != 201)
            return nullptr;
        auto client = std::make_unique<ApiClient>(m_sandbox->baseUrl());
        if (!client->signIn(created.json().value(QStringLiteral("id")).toString(),
                            created.json().value(QStringLiteral("secret")).toString()))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY(m_sandbox->start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_operator = std::make_unique<ApiClient>(m_sandbox->baseUrl());
        QVERIFY(m_operator->signIn(m_sandbox->bootstrapClientId(), m_sandbox->bootstrapSecret()));
    }

    void bootstrapFileIsPrivate()
    {
        QFile file(
            QDir(m_sandbox->dataDir()).filePath(QStringLiteral("bootstrap-credentials.json")));
        QVERIFY(file.exists());
#ifdef Q_OS_UNIX
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
    }

    void secretsAreStoredHashed()
    {
        QFile database(QDir(m_sandbox->dataDir()).filePath(QStringLiteral("lgsp-sandbox.sqlite")));
        QVERIFY(database.open(QIODevice::ReadOnly));
        QByteArray bytes = database.readAll();
        QFile wal(database.fileName() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(bytes.contains(m_sandbox->bootstrapClientId().toLatin1())); // the id is not secret
        QVERIFY(!bytes.contains(m_sandbox->bootstrapSecret().toLatin1()));
    }

    void noCredentialIs401()
    {
        ApiClient anonymous(m_sandbox->baseUrl());
        const ApiClient::Reply reply = anonymous.get(QStringLiteral("/api/v1/tenants"));
        QVERIFY(isProblem(reply, 401, QStringLiteral("unauthorized")));
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
        anonymous.setAuthorization("Bearer not-a-token");
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/tenants")).status, 401);
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/info")).status, 200); // /info is public
    }

    void wrongSecretIsRefused()
    {
        ApiClient client(m_sandbox->baseUrl());
        QVERIFY(!client.signIn(m_sandbox->bootstrapClientId(), QStringLiteral("wrong")));
        const ApiClient::Reply reply =
            client.request("POST", QStringLiteral("/oauth2/token"), "grant_type=password",
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("unsupported_grant_type"));
    }

    void seededTenantsPageThroughCursors()
    {
        QSet<QString> seen;
        QString path = QStringLiteral("/api/v1/tenants?limit=5");
        int pages = 0;
        while (!path.isEmpty() && pages < 20) {
            const ApiClient::Reply reply = m_operator->get(path);
            QCOMPARE(reply.status, 200);
            const QJsonObject page = reply.json();
            QVERIFY(page.value(QStringLiteral("total")).toInt() >= 19);
            const QSet<QString> codes = codesOf(page);
            QVERIFY(codes.size() <= 5);
            QVERIFY2(!seen.intersects(codes), "a tenant appeared on two pages");
            seen.unite(codes);
            const QJsonValue next = page.value(QStringLiteral("nextCursor"));
            // The Link header names the same next page (the request with its cursor), and
            // is absent on the last page.
            const QByteArray link = reply.header("Link");
            if (next.isNull()) {
                QVERIFY(link.isEmpty());
            } else {
                QCOMPARE(link, "</api/v1/tenants?limit=5&cursor=" + next.toString().toLatin1() +
                                   ">; rel=\"next\"");
            }
            path = next.isNull()
                       ? QString()
                       : QStringLiteral("/api/v1/tenants?limit=5&cursor=") + next.toString();
            ++pages;
        }
        QVERIFY(seen.size() >= 19);
        QVERIFY(seen.contains(QStringLiteral("000.00.00.H30")));
        QVERIFY(isProblem(m_operator->get(QStringLiteral("/api/v1/tenants?limit=0")), 400,
                          QStringLiteral("validation_failed")));
        QVERIFY(isProblem(m_operator->get(QStringLiteral("/api/v1/tenants?cursor=%%%")), 400,
                          QStringLiteral("validation_failed")));
    }

    void searchIgnoresDiacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("ha noi") << "ha%20noi"
                                << "000.00.00.H26";
        QTest::newRow("Ha Noi") << "Ha%20Noi"
                                << "000.00.00.H26";
        QTest::newRow("hà nội") << QString::fromLatin1(
                                       QUrl::toPercentEncoding(QStringLiteral("hà nội")))
                                << "000.00.00.H26";
        QTest::newRow("NFD hà nội")
            << QString::fromLatin1(QUrl::toPercentEncoding(
                   QStringLiteral("hà nội").normalized(QString::NormalizationForm_D)))
            << "000.00.00.H26";
        QTest::newRow("dak lak") << "dak%20lak"
                                 << "000.00.00.H17";
        QTest::newRow("by code") << "H30"
                                 << "000.00.00.H30";
    }

    void searchIgnoresDiacritics()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const ApiClient::Reply reply =
            m_operator->get(QStringLiteral("/api/v1/tenants?q=") + query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(codesOf(reply.json()), QSet<QString>{code});
    }

    void filtersByStatusAndKind()
    {
        const QJsonObject suspended =
            m_operator->get(QStringLiteral("/api/v1/tenants?status=suspended&kind=province"))
                .json();
        for (const QJsonValue &v : suspended.value(QStringLiteral("items")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("suspended"));
            QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("province"));
        }
        QVERIFY(suspended.value(QStringLiteral("total")).toInt() >= 1);
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/tenants?status=sleeping")).status, 400);
    }

    void createUpdateWithEtags()
    {
        const ApiClient::Reply created = m_operator->postJson(
            QStringLiteral("/api/v1/tenants"),
            tenantBody(QStringLiteral("000.00.01.H30"), QStringLiteral("Sở Tư pháp Hậu Giang")));
        QCOMPARE(created.status, 201);
        const QByteArray etag = created.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(created.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("trial"));
        QCOMPARE(m_operator
                     ->postJson(QStringLiteral("/api/v1/tenants"),
                                tenantBody(QStringLiteral("000.00.01.H30"), QStringLiteral("x")))
                     .status,
                 409);

        const QByteArray patch = "{\"nameEn\":\"Hau Giang Department of Justice\"}";
        const QString path = QStringLiteral("/api/v1/tenants/000.00.01.H30");
        QVERIFY(isProblem(m_operator->request("PATCH", path, patch), 428,
                          QStringLiteral("precondition_required")));
        const ApiClient::Reply updated =
            m_operator->request("PATCH", path, patch, {{"If-Match", etag}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(QStringLiteral("nameEn")).toString(),
                 QStringLiteral("Hau Giang Department of Justice"));
        QVERIFY(updated.header("ETag") != etag);
        // The first ETag is stale now.
        QVERIFY(isProblem(m_operator->request("PATCH", path, patch, {{"If-Match", etag}}), 412,
                          QStringLiteral("precondition_failed")));
        // Preconditions come before the content (RFC 9110 §13.2.2): stale and invalid is 412.
        QVERIFY(isProblem(m_operator->request("PATCH", path, "{\"nameEn\":", {{"If-Match", etag}}),
                          412, QStringLiteral("precondition_failed")));
        QVERIFY(isProblem(m_operator->request("PATCH", path, "{\"nameEn\":"), 428,
                          QStringLiteral("precondition_required")));
        // The same for an action: a stale version is refused before the transition is judged.
        QVERIFY(isProblem(
            m_operator->request("POST", path + QStringLiteral(":resume"), {}, {{"If-Match", etag}}),
            412, QStringLiteral("precondition_failed")));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated")
            << QByteArray("{\"code\":\"000.00.02.H30\",\"na") << "malformed_json";
        QTest::newRow("not an object") << QByteArray("[1]") << "malformed_json";
        QTest::newRow("empty") << QByteArray(" ") << "malformed_json";
        QTest::newRow("wrong types")
            << QByteArray("{\"code\":7,\"name\":[],\"kind\":true}") << "validation_failed";
        QTest::newRow("bad code")
            << QByteArray("{\"code\":\"hau-giang\",\"name\":\"x\",\"kind\":\"agency\"}")
            << "validation_failed";
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const ApiClient::Reply reply =
            m_operator->request("POST", QStringLiteral("/api/v1/tenants"), body);
        QVERIFY2(isProblem(reply, 400, code), reply.body.constData());
        if (code == QLatin1String("validation_failed")) {
            const QJsonArray errors = reply.json().value(QStringLiteral("errors")).toArray();
            QVERIFY(!errors.isEmpty());
            QVERIFY(errors.first()
                        .toObject()
                        .value(QStringLiteral("field"))
                        .toString()
                        .startsWith(QLatin1Char('/')));
        }
    }

    void wrongTypesNameEveryField()
    {
        const ApiClient::Reply reply = m_operator->request(
            "POST", QStringLiteral("/api/v1/tenants"), "{\"code\":7,\"name\":[],\"kind\":true}");
        QStringList fields;
        for (const QJsonValue &e : reply.json().value(QStringLiteral("errors")).toArray())
            fields << e.toObject().value(QStringLiteral("field")).toString();
        QCOMPARE(fields, lgsp::test::strings({"/code", "/name", "/kind"}));
    }

    void hugeBodyIs413()
    {
        const QByteArray huge = "{\"name\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
        QVERIFY(isProblem(m_operator->request("POST", QStringLiteral("/api/v1/tenants"), huge), 413,
                          QStringLiteral("payload_too_large")));
    }

    void sqlAndNfdAreStoredFaithfully()
    {
        const QString nasty = QStringLiteral("Sở Tư pháp'; DROP TABLE tenants;-- %_\\");
        const ApiClient::Reply created =
            m_operator->postJson(QStringLiteral("/api/v1/tenants"),
                                 tenantBody(QStringLiteral("000.00.03.H30"),
                                            nasty.normalized(QString::NormalizationForm_D)));
        QCOMPARE(created.status, 201);
        const ApiClient::Reply read =
            m_operator->get(QStringLiteral("/api/v1/tenants/000.00.03.H30"));
        QCOMPARE(read.json().value(QStringLiteral("name")).toString(), nasty); // NFC
        // The LIKE metacharacters in a query are data, not wildcards.
        QCOMPARE(codesOf(m_operator->get(QStringLiteral("/api/v1/tenants?q=%25_")).json()),
                 QSet<QString>{QStringLiteral("000.00.03.H30")});
        QVERIFY(m_operator->get(QStringLiteral("/api/v1/tenants"))
                    .json()
                    .value(QStringLiteral("total"))
                    .toInt() > 19);
    }

    void rolesAndTenantScope()
    {
        std::unique_ptr<ApiClient> viewer = clientWithRole(QStringLiteral("viewer"));
        QVERIFY(viewer);
        const ApiClient::Reply list = viewer->get(QStringLiteral("/api/v1/tenants"));
        QCOMPARE(list.status, 200);
        for (const QJsonValue &v : list.json().value(QStringLiteral("items")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("allowedActions")).toArray().isEmpty());
        QVERIFY(isProblem(
            viewer->postJson(QStringLiteral("/api/v1/tenants"),
                             tenantBody(QStringLiteral("000.00.04.H30"), QStringLiteral("x"))),
            403, QStringLiteral("forbidden")));
        QCOMPARE(
            viewer->request("POST", QStringLiteral("/api/v1/tenants/000.00.00.H30:suspend")).status,
            403);

        std::unique_ptr<ApiClient> admin =
            clientWithRole(QStringLiteral("tenant-admin"), QStringLiteral("000.00.00.H30"));
        QVERIFY(admin);
        const QJsonObject own = admin->get(QStringLiteral("/api/v1/tenants")).json();
        QCOMPARE(codesOf(own), QSet<QString>{QStringLiteral("000.00.00.H30")});
        QCOMPARE(own.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("allowedActions"))
                     .toArray(),
                 QJsonArray{QStringLiteral("edit")});
        // Another tenant's resources do not exist for a tenant-scoped credential.
        QVERIFY(isProblem(admin->get(QStringLiteral("/api/v1/tenants/000.00.00.H26")), 404,
                          QStringLiteral("tenant_not_found")));
        QCOMPARE(admin
                     ->request("PATCH", QStringLiteral("/api/v1/tenants/000.00.00.H26"), "{}",
                               {{"If-Match", "\"t1\""}})
                     .status,
                 404);
        QCOMPARE(
            admin->request("POST", QStringLiteral("/api/v1/tenants/000.00.00.H26:suspend")).status,
            404);
        QCOMPARE(
            admin->request("POST", QStringLiteral("/api/v1/tenants/000.00.00.H30:suspend")).status,
            403);
    }

    void lifecycleActions()
    {
        const QString path = QStringLiteral("/api/v1/tenants/000.00.00.H36");
        QCOMPARE(m_operator->request("POST", path + QStringLiteral(":suspend"))
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("suspended"));
        QVERIFY(isProblem(m_operator->request("POST", path + QStringLiteral(":suspend")), 409,
                          QStringLiteral("invalid_transition")));
        const ApiClient::Reply resumed =
            m_operator->request("POST", path + QStringLiteral(":resume"));
        QCOMPARE(resumed.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QVERIFY(resumed.json()
                    .value(QStringLiteral("allowedActions"))
                    .toArray()
                    .contains(QStringLiteral("suspend")));
        QCOMPARE(m_operator->request("POST", path + QStringLiteral(":explode")).status, 404);
    }

    void auditRecordsMutations()
    {
        const ApiClient::Reply created = m_operator->request(
            "POST", QStringLiteral("/api/v1/tenants"),
            QJsonDocument(tenantBody(QStringLiteral("000.00.05.H30"), QStringLiteral("Audit")))
                .toJson(),
            {{"X-Correlation-Id", "audit-check-1"}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.header("X-Correlation-Id"), QByteArray("audit-check-1"));
        const QJsonArray items = m_operator->get(QStringLiteral("/api/v1/audit?limit=5"))
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        bool found = false;
        for (const QJsonValue &v : items) {
            const QJsonObject e = v.toObject();
            found =
                found ||
                (e.value(QStringLiteral("correlationId")).toString() ==
                     QLatin1String("audit-check-1") &&
                 e.value(QStringLiteral("action")).toString() == QLatin1String("tenant.create") &&
                 e.value(QStringLiteral("outcome")).toString() == QLatin1String("ok") &&
                 e.value(QStringLiteral("credentialId")).toString() ==
                     m_sandbox->bootstrapClientId());
        }
        QVERIFY(found);
    }

    void unknownRouteIs404()
    {
        QVERIFY(isProblem(m_operator->get(QStringLiteral("/api/v1/nothing-here")), 404,
                          QStringLiteral("not_found")));
        QVERIFY(isProblem(m_operator->get(QStringLiteral("/elsewhere")), 404,
                          QStringLiteral("not_found")));
        QCOMPARE(m_operator->request("DELETE", QStringLiteral("/api/v1/tenants")).status, 405);
    }

    void healthReportsEveryCheck()
    {
        const QJsonObject health = m_operator->get(QStringLiteral("/api/v1/health")).json();
        QStringList names;
        for (const QJsonValue &c : health.value(QStringLiteral("checks")).toArray())
            names << c.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names,
                 lgsp::test::strings({"database", "gateway", "ndxp-link", "certificates", "disk"}));
        QVERIFY(lgsp::test::strings({"ok", "degraded", "down"})
                    .contains(health.value(QStringLiteral("status")).toString()));
    }

    void apiKeysWork()
    {
        const ApiClient::Reply created =
            m_operator->postJson(QStringLiteral("/api/v1/credentials"),
                                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("apikey")},
                                             {QStringLiteral("name"), QStringLiteral("monitoring")},
                                             {QStringLiteral("role"), QStringLiteral("viewer")}});
        QCOMPARE(created.status, 201);
        ApiClient client(m_sandbox->baseUrl());
        client.setAuthorization("ApiKey " +
                                created.json().value(QStringLiteral("key")).toString().toLatin1());
        QCOMPARE(client.get(QStringLiteral("/api/v1/tenants")).status, 200);
        client.setAuthorization("ApiKey " +
                                created.json().value(QStringLiteral("id")).toString().toLatin1() +
                                ".wrong");
        QCOMPARE(client.get(QStringLiteral("/api/v1/tenants")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
