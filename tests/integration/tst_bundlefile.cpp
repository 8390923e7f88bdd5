// Configuration bundles as files: the bundles in tests/data/bundles (one valid, and 29 broken
// ones: syntax errors, wrong types, bad codes, dangling references, duplicates, an unknown
// schema version…) each give a clear error naming where, the file is never touched, and a
// real instance sent the same bytes refuses them and stays at its revision; a
// file over the size limit is refused unread; a failed save leaves the old file whole; and
// the round trip against a real sandbox: export → file → edit → check → apply → export gives
// the edited document.
#include "apiclient.h"
#include "awaitresult.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "models/config/bundlefile.h"
#include "protocol/configbundle.h"
#include "sandboxprocess.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using lgsp::models::BundleFile;
namespace protocol = lgsp::protocol;

namespace {

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

template<typename T>
lgsp::client::Result<T> run(const std::function<void(lgsp::client::Handler<T>)> &start)
{
    return lgsp::test::awaitResult<lgsp::client::Result<T>>(start, 20000)
        .value_or(lgsp::client::Result<T>{});
}

} // namespace

class TestBundleFile final : public QObject
{
    Q_OBJECT

private:
    lgsp::test::SandboxProcess m_sandbox;
    std::unique_ptr<lgsp::test::ApiClient> m_operator;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_operator = std::make_unique<lgsp::test::ApiClient>(m_sandbox.baseUrl());
        QVERIFY(m_operator->signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
    }

    void brokenBundlesSayWhere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QString>("where"); // a pointer, or "line N" for syntax errors
        const auto row = [](const char *file, bool readable, const char *where) {
            QTest::newRow(file) << QString::fromLatin1(file) << readable
                                << QString::fromLatin1(where);
        };
        row("invalid-syntax-trailing-comma.json", false, "line 5");
        row("invalid-syntax-truncated.json", false, "line ");
        row("invalid-syntax-not-json.json", false, "line 1");
        row("invalid-syntax-array.json", false, "JSON object");
        row("invalid-syntax-empty.json", false, "empty");
        // JSON forbids raw control characters in strings; a NUL in a key made it another key.
        row("invalid-syntax-nul-in-key.json", false, "control character U+0000");
        // JSON forbids raw control characters in strings; a NUL in a key made it another key.
        row("invalid-syntax-nul-in-key.json", false, "control character U+0000");
        row("invalid-schema-version-2.json", true, "/schemaVersion");
        row("invalid-schema-version-missing.json", true, "/schemaVersion");
        row("invalid-schema-version-string.json", true, "/schemaVersion");
        row("invalid-tenants-not-array.json", true, "/tenants");
        row("invalid-services-missing.json", true, "/services");
        row("invalid-tenant-code-bad.json", true, "/tenants/0/code");
        row("invalid-tenant-code-too-long.json", true, "/tenants/2/code");
        row("invalid-tenant-name-empty.json", true, "/tenants/1/name");
        row("invalid-tenant-name-number.json", true, "/tenants/1/name");
        row("invalid-tenant-kind-unknown.json", true, "/tenants/0/kind");
        row("invalid-tenant-status-unknown.json", true, "/tenants/0/status");
        row("invalid-tenant-duplicate-code.json", true, "/tenants/3/code");
        row("invalid-tenant-not-object.json", true, "/tenants/3");
        row("invalid-service-code-uppercase.json", true, "/services/0/code");
        row("invalid-service-protocol-unknown.json", true, "/services/0/protocol");
        row("invalid-service-url-bad.json", true, "/services/0/upstreamUrl");
        row("invalid-service-provider-missing.json", true, "/services/0/tenantCode");
        row("invalid-service-consumer-missing.json", true, "/services/1/consumers/2");
        row("invalid-service-duplicate.json", true, "/services/2/code");
        row("invalid-service-sla-timeout-huge.json", true, "/services/0/sla/timeoutMs");
        row("invalid-service-sla-rate-string.json", true, "/services/0/sla/rateLimitPerMin");
        row("invalid-service-status-unknown.json", true, "/services/1/status");
        row("invalid-revision-negative.json", true, "/revision");
        row("invalid-exported-at-not-a-time.json", true, "/exportedAt");
    }

    void brokenBundlesSayWhere()
    {
        QFETCH(QString, file);
        QFETCH(bool, readable);
        QFETCH(QString, where);
        const QString path = lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/") + file);
        const QByteArray before = digest(path);
        QVERIFY(!before.isEmpty() || QFileInfo(path).size() == 0);
        BundleFile::Problem problem;
        const std::optional<QJsonObject> document = BundleFile::read(path, &problem);
        QCOMPARE(bool(document), readable);
        QStringList said;
        if (!document) {
            said << problem.toString();
        } else {
            const QList<BundleFile::Problem> problems = BundleFile::check(*document);
            QVERIFY2(!problems.isEmpty(), "accepted a broken bundle");
            for (const BundleFile::Problem &p : problems) {
                QVERIFY(!p.message.isEmpty());
                said << p.toString();
            }
        }
        QVERIFY2(said.join(QLatin1Char('\n')).contains(where),
                 qPrintable(said.join(QLatin1Char('\n'))));
        QCOMPARE(digest(path), before); // the file is never touched

        // Sent as it is to a real instance, on its current revision: refused, nothing changed.
        QFile bytes(path);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const lgsp::test::ApiClient::Reply current =
            m_operator->get(QStringLiteral("/api/v1/config"));
        QCOMPARE(current.status, 200);
        const lgsp::test::ApiClient::Reply refused = m_operator->request(
            "PUT", QStringLiteral("/api/v1/config"), bytes.readAll(),
            {{"If-Match", current.header("ETag")}, {"Content-Type", "application/json"}});
        QVERIFY2(refused.status == 400 || refused.status == 413 || refused.status == 415,
                 qPrintable(QString::number(refused.status)));
        QCOMPARE(m_operator->get(QStringLiteral("/api/v1/config")).header("ETag"),
                 current.header("ETag"));
    }

    void validBundlesPass()
    {
        for (const char *file : {"valid-hau-giang.json", "valid-empty.json"}) {
            BundleFile::Problem problem;
            const std::optional<QJsonObject> document =
                BundleFile::read(lgsp::test::sourcePath(QStringLiteral("tests/data/bundles/") +
                                                        QString::fromLatin1(file)),
                                 &problem);
            QVERIFY2(document, qPrintable(problem.toString()));
            QVERIFY(BundleFile::check(*document).isEmpty());
        }
    }

    // A huge file is refused by its size, before anything is read.
    void hugeFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(BundleFile::kMaxBytes + 1)); // sparse: no disk used
        file.close();
        BundleFile::Problem problem;
        QVERIFY(!BundleFile::read(path, &problem));
        QVERIFY2(problem.message.contains(QStringLiteral("MiB")), qPrintable(problem.message));
        QCOMPARE(QFileInfo(path).size(), BundleFile::kMaxBytes + 1);
    }

    // A save that cannot be made says why and harms nothing: here the folder it names is a
    // file (which stops root as well as anyone).
    void failedSaveSaysWhyAndHarmsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.json"));
        QString error;
        const QJsonObject first{{QStringLiteral("schemaVersion"), 1},
                                {QStringLiteral("tenants"), QJsonArray()},
                                {QStringLiteral("services"), QJsonArray()}};
        QVERIFY2(BundleFile::write(path, first, &error), qPrintable(error));
        const QByteArray before = digest(path);
        const QString inside = path + QStringLiteral("/copy.json");
        QVERIFY(!BundleFile::write(inside, first, &error));
        QVERIFY2(error.contains(QStringLiteral("copy.json")), qPrintable(error));
        QCOMPARE(digest(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("bundle.json")}); // no temporary file left
    }

    // export → file → edit in the file → check → apply → export gives the edited document.
    void roundTripThroughAFile()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        lgsp::client::ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = QStringLiteral("sandbox");
        profile.baseUrl = sandbox.baseUrl();
        profile.clientId = sandbox.bootstrapClientId();
        profile.proxy = QStringLiteral("none");
        lgsp::client::Connection connection(profile);
        connection.setSecret(sandbox.bootstrapSecret());
        lgsp::client::Backend *api = connection.backend();

        const auto exported =
            run<protocol::ConfigBundle>([&](auto done) { api->exportConfig(&connection, done); });
        QVERIFY2(exported.ok(), qPrintable(exported.error.message()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hau-giang.json"));
        QString error;
        QVERIFY2(BundleFile::write(path, exported.value.toJson(), &error), qPrintable(error));

        // Edited as a file (as an officer would, offline), then read back and checked.
        BundleFile::Problem problem;
        std::optional<QJsonObject> document = BundleFile::read(path, &problem);
        QVERIFY2(document, qPrintable(problem.toString()));
        QJsonArray tenants = document->value(QStringLiteral("tenants")).toArray();
        QJsonObject first = tenants.at(0).toObject();
        const QString code = first.value(QStringLiteral("code")).toString();
        first.insert(QStringLiteral("name"), QStringLiteral("Tên sửa khi không có mạng"));
        tenants.replace(0, first);
        document->insert(QStringLiteral("tenants"), tenants);
        QVERIFY2(BundleFile::write(path, *document, &error), qPrintable(error));
        document = BundleFile::read(path, &problem);
        QVERIFY(document);
        QVERIFY(BundleFile::check(*document).isEmpty());

        const auto edited = protocol::ConfigBundle::fromJson(*document, nullptr);
        QVERIFY(edited);
        const auto applied = run<protocol::ConfigApplyResult>(
            [&](auto done) { api->applyConfig(*edited, edited->revision, &connection, done); });
        QVERIFY2(applied.ok(), qPrintable(applied.error.message()));
        const auto again =
            run<protocol::ConfigBundle>([&](auto done) { api->exportConfig(&connection, done); });
        QVERIFY(again.ok());
        QJsonObject expected = *document;
        QJsonObject actual = again.value.toJson();
        // What the export adds of its own: the new revision and time.
        for (const char *key : {"revision", "exportedAt"}) {
            expected.remove(QLatin1String(key));
            actual.remove(QLatin1String(key));
        }
        QCOMPARE(actual, expected);
        QCOMPARE(again.value.tenants.at(0).input.code, code);
    }
};

QTEST_GUILESS_MAIN(TestBundleFile)
#include "tst_bundlefile.moc"
