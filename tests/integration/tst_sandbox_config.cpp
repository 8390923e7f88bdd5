// Configuration bundles against a real lgsp-sandbox: export, dry run, atomic apply with
// If-Match on the revision, conflicts, and bundles that must change nothing.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;

namespace {

QJsonObject findIn(const QJsonArray &items, const QString &key, const QString &value)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSandboxConfig final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_operator;

    ApiClient::Reply put(const QJsonObject &bundle, const QByteArray &ifMatch)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!ifMatch.isEmpty())
            headers.append({"If-Match", ifMatch});
        return m_operator->request("PUT", QStringLiteral("/api/v1/config"), json(bundle), headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_operator = std::make_unique<ApiClient>(m_sandbox.baseUrl());
        QVERIFY(m_operator->signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
    }

    void exportHasEverything()
    {
        const ApiClient::Reply exported = m_operator->get(QStringLiteral("/api/v1/config"));
        QCOMPARE(exported.status, 200);
        const QJsonObject bundle = exported.json();
        QCOMPARE(bundle.value(QStringLiteral("schemaVersion")).toInt(), 1);
        QCOMPARE(bundle.value(QStringLiteral("tenants")).toArray().size(), 19);
        QCOMPARE(bundle.value(QStringLiteral("services")).toArray().size(), 40);
        QVERIFY(bundle.value(QStringLiteral("revision")).toInteger() > 0);
        QCOMPARE(exported.header("ETag"),
                 "\"r" + QByteArray::number(bundle.value(QStringLiteral("revision")).toInteger()) +
                     "\"");
        const QJsonObject hoTich = findIn(bundle.value(QStringLiteral("services")).toArray(),
                                          QStringLiteral("code"), QStringLiteral("ho-tich"));
        QVERIFY(hoTich.value(QStringLiteral("definition"))
                    .toString()
                    .contains(QLatin1String("openapi")));
    }

    void roundTripEditValidateApply()
    {
        const ApiClient::Reply exported = m_operator->get(QStringLiteral("/api/v1/config"));
        QJsonObject bundle = exported.json();
        QJsonArray tenants = bundle.value(QStringLiteral("tenants")).toArray();
        QJsonArray services = bundle.value(QStringLiteral("services")).toArray();
        // Change a tenant, add one, retire a service by leaving it out, change an SLA.
        for (qsizetype i = 0; i < tenants.size(); ++i) {
            QJsonObject t = tenants.at(i).toObject();
            if (t.value(QStringLiteral("code")).toString() == QLatin1String("000.00.00.H30")) {
                t.insert(QStringLiteral("nameEn"), QStringLiteral("Hau Giang Province (edited)"));
                tenants.replace(i, t);
            }
        }
        tenants.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("000.00.00.H49")},
                                   {QStringLiteral("name"), QStringLiteral("Tỉnh Quảng Ninh")},
                                   {QStringLiteral("kind"), QStringLiteral("province")},
                                   {QStringLiteral("status"), QStringLiteral("trial")}});
        QJsonArray kept;
        for (const QJsonValue &v : services) {
            QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("code")).toString() == QLatin1String("dmdc-quoc-tich"))
                continue;
            if (s.value(QStringLiteral("code")).toString() == QLatin1String("ho-tich"))
                s.insert(QStringLiteral("sla"),
                         QJsonObject{{QStringLiteral("timeoutMs"), 7000},
                                     {QStringLiteral("rateLimitPerMin"), 300}});
            kept.append(s);
        }
        bundle.insert(QStringLiteral("tenants"), tenants);
        bundle.insert(QStringLiteral("services"), kept);

        const QJsonObject dryRun =
            m_operator->request("POST", QStringLiteral("/api/v1/config:validate"), json(bundle))
                .json();
        QVERIFY(dryRun.value(QStringLiteral("valid")).toBool());
        QStringList ops;
        for (const QJsonValue &c : dryRun.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject o = c.toObject();
            ops << o.value(QStringLiteral("op")).toString() + QLatin1Char(' ') +
                       o.value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                       o.value(QStringLiteral("id")).toString();
        }
        ops.sort();
        QCOMPARE(ops, QStringList({QStringLiteral("add tenant 000.00.00.H49"),
                                   QStringLiteral("change service 000.00.00.G14~ho-tich"),
                                   QStringLiteral("change tenant 000.00.00.H30"),
                                   QStringLiteral("remove service 000.00.00.G14~dmdc-quoc-tich")}));

        const ApiClient::Reply applied = put(bundle, exported.header("ETag"));
        QCOMPARE(applied.status, 200);
        QVERIFY(applied.json().value(QStringLiteral("revision")).toInteger() >
                bundle.value(QStringLiteral("revision")).toInteger());
        QCOMPARE(applied.json().value(QStringLiteral("changes")).toArray().size(), 4);

        // Export again: the edited document, with the left-out service retired.
        const QJsonObject after = m_operator->get(QStringLiteral("/api/v1/config")).json();
        QCOMPARE(after.value(QStringLiteral("tenants")).toArray().size(), tenants.size());
        const QJsonObject h30 = findIn(after.value(QStringLiteral("tenants")).toArray(),
                                       QStringLiteral("code"), QStringLiteral("000.00.00.H30"));
        QCOMPARE(h30.value(QStringLiteral("nameEn")).toString(),
                 QStringLiteral("Hau Giang Province (edited)"));
        QVERIFY(!findIn(after.value(QStringLiteral("tenants")).toArray(), QStringLiteral("code"),
                        QStringLiteral("000.00.00.H49"))
                     .isEmpty());
        const QJsonArray servicesAfter = after.value(QStringLiteral("services")).toArray();
        QCOMPARE(findIn(servicesAfter, QStringLiteral("code"), QStringLiteral("dmdc-quoc-tich"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("retired"));
        QCOMPARE(findIn(servicesAfter, QStringLiteral("code"), QStringLiteral("ho-tich"))
                     .value(QStringLiteral("sla"))
                     .toObject()
                     .value(QStringLiteral("timeoutMs"))
                     .toInt(),
                 7000);
        // Applying the exported document again changes nothing.
        const QJsonObject again =
            m_operator->request("POST", QStringLiteral("/api/v1/config:validate"), json(after))
                .json();
        QCOMPARE(again.value(QStringLiteral("changes")).toArray().size(), 0);
    }

    void secondApplierFromTheSameBaseIsRefused()
    {
        const ApiClient::Reply exported = m_operator->get(QStringLiteral("/api/v1/config"));
        const QByteArray base = exported.header("ETag");
        QJsonObject first = exported.json();
        QJsonArray tenants = first.value(QStringLiteral("tenants")).toArray();
        QJsonObject t = tenants.at(0).toObject();
        t.insert(QStringLiteral("nameEn"), QStringLiteral("first applier"));
        tenants.replace(0, t);
        first.insert(QStringLiteral("tenants"), tenants);
        QCOMPARE(put(first, base).status, 200);
        const ApiClient::Reply second = put(exported.json(), base);
        QCOMPARE(second.status, 412);
        QVERIFY(second.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("revision")));
        QCOMPARE(put(exported.json(), QByteArray()).status, 428);
        // Preconditions before the content: a stale base with an invalid bundle is 412.
        QCOMPARE(put(QJsonObject{{QStringLiteral("tenants"), 5}}, base).status, 412);
    }

    void invalidBundlesChangeNothing_data()
    {
        QTest::addColumn<QString>("mutation");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("unknown schema version") << "schema"
                                                << "/schemaVersion";
        QTest::newRow("bad agency code") << "badCode"
                                         << "/tenants/0/code";
        QTest::newRow("duplicate tenant") << "duplicateTenant"
                                          << "/tenants/<last>/code";
        QTest::newRow("dangling consumer") << "danglingConsumer"
                                           << "/services/0/consumers/0";
        QTest::newRow("wrong type") << "wrongType"
                                    << "/tenants/0/name";
        QTest::newRow("bad status") << "badStatus"
                                    << "/services/0/status";
        QTest::newRow("tenants not an array") << "tenantsNotArray"
                                              << "/tenants";
    }

    void invalidBundlesChangeNothing()
    {
        QFETCH(QString, mutation);
        QFETCH(QString, pointer);
        const ApiClient::Reply exported = m_operator->get(QStringLiteral("/api/v1/config"));
        QJsonObject bundle = exported.json();
        QJsonArray tenants = bundle.value(QStringLiteral("tenants")).toArray();
        QJsonArray services = bundle.value(QStringLiteral("services")).toArray();
        QJsonObject t0 = tenants.at(0).toObject();
        QJsonObject s0 = services.at(0).toObject();
        if (mutation == QLatin1String("schema"))
            bundle.insert(QStringLiteral("schemaVersion"), 2);
        if (mutation == QLatin1String("badCode"))
            t0.insert(QStringLiteral("code"), QStringLiteral("ha-noi"));
        if (mutation == QLatin1String("duplicateTenant"))
            tenants.append(tenants.at(0));
        if (mutation == QLatin1String("danglingConsumer"))
            s0.insert(QStringLiteral("consumers"), QJsonArray{QStringLiteral("000.00.00.H99")});
        if (mutation == QLatin1String("wrongType"))
            t0.insert(QStringLiteral("name"), 42);
        if (mutation == QLatin1String("badStatus"))
            s0.insert(QStringLiteral("status"), QStringLiteral("sleeping"));
        if (mutation != QLatin1String("duplicateTenant"))
            tenants.replace(0, t0);
        services.replace(0, s0);
        bundle.insert(QStringLiteral("tenants"), tenants);
        bundle.insert(QStringLiteral("services"), services);
        if (mutation == QLatin1String("tenantsNotArray"))
            bundle.insert(QStringLiteral("tenants"), QStringLiteral("all of them"));

        pointer.replace(QLatin1String("<last>"), QString::number(tenants.size() - 1));
        const QJsonObject dryRun =
            m_operator->request("POST", QStringLiteral("/api/v1/config:validate"), json(bundle))
                .json();
        QVERIFY(!dryRun.value(QStringLiteral("valid")).toBool());
        QStringList pointers;
        for (const QJsonValue &e : dryRun.value(QStringLiteral("errors")).toArray())
            pointers << e.toObject().value(QStringLiteral("pointer")).toString();
        QVERIFY2(pointers.contains(pointer), qPrintable(pointers.join(QLatin1Char(' '))));

        const ApiClient::Reply refused = put(bundle, exported.header("ETag"));
        QCOMPARE(refused.status, 400);
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/config")).header("ETag"),
                 exported.header("ETag"));
    }

    void limitsAndRoles()
    {
        // With the current revision the broken body is what is refused.
        const QByteArray current = m_operator->get(QStringLiteral("/api/v1/config")).header("ETag");
        QCOMPARE(m_operator
                     ->request("PUT", QStringLiteral("/api/v1/config"), "{not json",
                               {{"If-Match", current}})
                     .status,
                 400);
        const QByteArray huge = "{\"x\":\"" + QByteArray(17 * 1024 * 1024, 'x') + "\"}";
        QCOMPARE(
            m_operator->request("POST", QStringLiteral("/api/v1/config:validate"), huge).status,
            413);
        const ApiClient::Reply created =
            m_operator->postJson(QStringLiteral("/api/v1/credentials"),
                                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("client")},
                                             {QStringLiteral("name"), QStringLiteral("viewer")},
                                             {QStringLiteral("role"), QStringLiteral("viewer")}});
        ApiClient viewer(m_sandbox.baseUrl());
        QVERIFY(viewer.signIn(created.json().value(QStringLiteral("id")).toString(),
                              created.json().value(QStringLiteral("secret")).toString()));
        QCOMPARE(viewer.get(QStringLiteral("/api/v1/config")).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfig)
#include "tst_sandbox_config.moc"
