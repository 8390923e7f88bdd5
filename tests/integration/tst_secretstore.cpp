// Secrets through QtKeychain on a real Secret Service (scripts/test.sh starts gnome-keyring in
// a private D-Bus session), and the unavailable path (the same test run with a D-Bus address
// that leads nowhere): a clear state with the reason, secrets kept for the session only, and
// never a secret in a log line.
#include "client/secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using lgsp::client::SecretStore;

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private:
    // LGSP_EXPECT_KEYCHAIN: "available" (test.sh's session) or "unavailable" (bogus D-Bus).
    QString expectation() const { return qEnvironmentVariable("LGSP_EXPECT_KEYCHAIN"); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SecretStore::State>();
        if (expectation().isEmpty())
            QSKIP("run through ctest: LGSP_EXPECT_KEYCHAIN says which keychain to expect");
        qInstallMessageHandler(captureLog);
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void roundTrip()
    {
        SecretStore store(QStringLiteral("lgsp-console-test"));
        const QUuid profile = QUuid::createUuid();
        const QString secret =
            QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::Id128);

        QSignalSpy written(&store, &SecretStore::written);
        store.write(profile, QStringLiteral("client-secret"), secret);
        QVERIFY(written.wait(15000));
        const bool inKeychain = written.first().at(1).toBool();
        if (expectation() == QLatin1String("available")) {
            QVERIFY2(inKeychain, qPrintable(store.unavailableReason()));
            QCOMPARE(store.state(), SecretStore::State::Available);
        } else {
            QVERIFY(!inKeychain);
            QCOMPARE(store.state(), SecretStore::State::Unavailable);
            QVERIFY(!store.unavailableReason().isEmpty());
        }

        // Read back: from the keychain, or from this session's memory.
        QSignalSpy read(&store, &SecretStore::secretRead);
        store.read(profile, QStringLiteral("client-secret"));
        QVERIFY(read.wait(15000));
        QCOMPARE(read.first().at(1).toString(), secret);

        // A second store (a restart) finds it only in a real keychain.
        SecretStore restarted(QStringLiteral("lgsp-console-test"));
        QSignalSpy found(&restarted, &SecretStore::secretRead);
        QSignalSpy missing(&restarted, &SecretStore::missing);
        restarted.read(profile, QStringLiteral("client-secret"));
        QTRY_VERIFY_WITH_TIMEOUT(found.count() + missing.count() == 1, 15000);
        QCOMPARE(found.count(), inKeychain ? 1 : 0);

        // Read once: one answer for that key, and none for another key read meanwhile.
        QStringList answers;
        store.readOnce(profile, QStringLiteral("client-secret"), this,
                       [&answers](const QString &value) { answers.append(value); });
        store.read(profile, QStringLiteral("api-key"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 15000);
        QTest::qWait(200);
        QCOMPARE(answers, QStringList{secret});
        QStringList none;
        store.readOnce(profile, QStringLiteral("metrics-secret"), this,
                       [&none](const QString &value) { none.append(value); });
        QTRY_COMPARE_WITH_TIMEOUT(none.size(), 1, 15000);
        QCOMPARE(none, QStringList{QString()});

        // Deleting the profile's secret removes it.
        QSignalSpy removed(&store, &SecretStore::removed);
        store.remove(profile, QStringLiteral("client-secret"));
        QVERIFY(removed.wait(15000));
        QSignalSpy gone(&store, &SecretStore::missing);
        store.read(profile, QStringLiteral("client-secret"));
        QVERIFY(gone.wait(15000));

        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), "a secret reached a log line");
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
