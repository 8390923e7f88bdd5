// Connection profiles on disk: 100 profiles round-trip, the previous file is kept as a backup,
// a corrupt or newer file is reported and never overwritten, imports are validated.
#include "client/profiles/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using lgsp::client::ConnectionProfile;
using lgsp::client::ProfileStore;

namespace {

ConnectionProfile profile(int i)
{
    ConnectionProfile p;
    p.id = QUuid::createUuid();
    p.name = QStringLiteral("LGSP tỉnh số %1").arg(i);
    p.group = i % 2 ? QStringLiteral("Tỉnh") : QStringLiteral("Bộ");
    p.baseUrl = QUrl(QStringLiteral("https://lgsp%1.example.invalid:8443").arg(i));
    p.auth = i % 3 == 0 ? QStringLiteral("api-key") : QStringLiteral("client-credentials");
    p.clientId = QStringLiteral("client-%1").arg(i);
    p.caFiles = {QStringLiteral("/etc/ssl/gov-ca-%1.pem").arg(i)};
    p.pinSha256 = i % 5 == 0 ? QString(64, QLatin1Char('a')) : QString();
    p.requestTimeoutMs = 5000 + i;
    p.pollIntervalMs = 10000 + i;
    p.readOnly = i % 7 == 0;
    return p;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

} // namespace

class TestProfileStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hundredProfilesRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        QList<ConnectionProfile> written;
        {
            ProfileStore store(path);
            QCOMPARE(store.load(), ProfileStore::LoadResult::NoFile);
            for (int i = 0; i < 100; ++i) {
                written.append(profile(i));
                QVERIFY(store.upsert(written.last()));
            }
            QVERIFY(store.save());
        }
        ProfileStore reloaded(path);
        QCOMPARE(reloaded.load(), ProfileStore::LoadResult::Loaded);
        QCOMPARE(reloaded.profiles(), written);
        QVERIFY(!contents(path).contains("secret"));
    }

    void previousFileIsKeptAsBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        ProfileStore store(path);
        store.load();
        QVERIFY(store.upsert(profile(1)));
        QVERIFY(store.save());
        const QByteArray first = contents(path);
        QVERIFY(store.upsert(profile(2)));
        QVERIFY(store.save());
        QCOMPARE(contents(path + QStringLiteral(".bak")), first);
    }

    void unreadableFilesAreLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("result");
        QTest::newRow("truncated") << QByteArray("{\"formatVersion\":1,\"profiles\":[{\"id\"")
                                   << int(ProfileStore::LoadResult::Corrupt);
        QTest::newRow("not a profile list")
            << QByteArray("{\"hello\":1}") << int(ProfileStore::LoadResult::Corrupt);
        QTest::newRow("newer version") << QByteArray("{\"formatVersion\":7,\"profiles\":[]}")
                                       << int(ProfileStore::LoadResult::NewerVersion);
        QTest::newRow("bad entry")
            << QByteArray("{\"formatVersion\":1,\"profiles\":[{\"id\":\"x\",\"name\":\"\","
                          "\"baseUrl\":\"ftp://x\"}]}")
            << int(ProfileStore::LoadResult::Corrupt);
    }

    void unreadableFilesAreLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, result);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        write(path, content);
        ProfileStore store(path);
        QString error;
        QCOMPARE(int(store.load(&error)), result);
        QVERIFY(error.contains(QLatin1String("profiles.json")));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.upsert(profile(1)));
        QVERIFY(!store.save(&error));
        QCOMPARE(contents(path), content); // not a byte changed
    }

    void importNamesEveryProblem()
    {
        ConnectionProfile good = profile(1);
        QJsonObject bad = profile(2).toJson();
        bad.insert(QStringLiteral("id"), QStringLiteral("not-a-uuid"));
        bad.insert(QStringLiteral("baseUrl"), QStringLiteral("lgsp.example"));
        QJsonObject tls = bad.value(QStringLiteral("tls")).toObject();
        tls.insert(QStringLiteral("pinSha256"), QStringLiteral("abc"));
        bad.insert(QStringLiteral("tls"), tls);
        QJsonObject duplicate = profile(3).toJson();
        duplicate.insert(QStringLiteral("name"), good.name.toUpper());
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("formatVersion"), 1},
                                      {QStringLiteral("profiles"),
                                       QJsonArray{good.toJson(), bad, duplicate}}})
                .toJson();
        QStringList errors;
        QVERIFY(!ProfileStore::importProfiles(json, &errors));
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("/profiles/1/id")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("/profiles/1/baseUrl")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("/profiles/1/tls/pinSha256")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("/profiles/2/name")), qPrintable(all));

        const QByteArray exported = ProfileStore::exportProfiles({good, profile(4)});
        const auto imported = ProfileStore::importProfiles(exported, &errors);
        QVERIFY(imported);
        QCOMPARE(imported->size(), 2);
        QCOMPARE(imported->first(), good);
    }

    void namesAreUnique()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
        ConnectionProfile a = profile(1);
        QVERIFY(store.upsert(a));
        ConnectionProfile b = profile(2);
        b.name = a.name;
        QString error;
        QVERIFY(!store.upsert(b, &error));
        QVERIFY(!error.isEmpty());
        a.group = QStringLiteral("Bộ, ngành");
        QVERIFY(store.upsert(a)); // the same profile may keep its name
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(store.remove(a.id));
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
