// The "Link to NDXP" tab of the connection manager (offscreen), against a real sandbox and the
// X-Road security server stand-in: the address and pin are checked as typed, "Test connection"
// runs the security server's checks after the instance's, and saving keeps the address in the
// profile file and the API key only in the keychain.
#include "client/fleet/fleet.h"
#include "client/health/healthprobe.h"
#include "client/secrets/secretstore.h"
#include "models/health/healthchecksmodel.h"
#include "models/session/consolesession.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/connections/connectionmanager.h"
#include "ui/connections/profileform.h"
#include "ui/connections/securityserverform.h"
#include "ui/health/healthpage.h"
#include "widgetlookup.h"
#include "xroadfixture.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace lgsp;

namespace {

QLineEdit *field(QWidget *form, const QString &name)
{
    return test::findByAccessibleName<QLineEdit>(form, name);
}

// The result row of the check titled `title`, or null.
const QTreeWidgetItem *row(const QTreeWidget *results, const QString &title)
{
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        if (results->topLevelItem(i)->text(0) == title)
            return results->topLevelItem(i);
    }
    return nullptr;
}

// A connection manager on a fresh profile file, shown, with a new profile to fill in.
struct OpenManager
{
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("profiles.json"));
    models::ConsoleSession session;
    ui::ConnectionManager manager{&session};

    bool open()
    {
        session.load(file);
        manager.resize(1100, 800);
        manager.show();
        if (!QTest::qWaitForWindowExposed(&manager))
            return false;
        manager.addNew();
        return true;
    }
};

} // namespace

class TestSecurityServerForm final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedAsChecked()
    {
        ui::SecurityServerForm form;
        form.setSettings({}, QString());
        QVERIFY(form.problems().isEmpty());
        QVERIFY(!form.settings().attached());
        QVERIFY(!field(&form, QStringLiteral("API key"))->isVisibleTo(&form));
        field(&form, QStringLiteral("Security server address"))
            ->setText(QStringLiteral("ss1.lgsp.haugiang.gov.vn"));
        QVERIFY(form.problems().join(QLatin1Char(' ')).contains(QLatin1String("https://")));
        field(&form, QStringLiteral("Security server address"))
            ->setText(QStringLiteral("https://ss1.lgsp.haugiang.gov.vn:4000"));
        QVERIFY(form.problems().isEmpty());
        field(&form, QStringLiteral("Its certificate pin (SHA-256)"))
            ->setText(QStringLiteral("12:AB"));
        QVERIFY(form.problems().join(QLatin1Char(' ')).contains(QLatin1String("64")));
        // A pin copied with colons and capitals is the same pin.
        QString pin;
        for (int i = 0; i < 32; ++i)
            pin += (i ? QStringLiteral(":") : QString()) + QStringLiteral("AB");
        field(&form, QStringLiteral("Its certificate pin (SHA-256)"))->setText(pin);
        QVERIFY(form.problems().isEmpty());
        QCOMPARE(form.settings().pinSha256, QStringLiteral("ab").repeated(32));
    }

    void testAndSave()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        test::XRoadFixture::Options options;
        options.signingCertificateDays = 20;
        test::XRoadFixture server(options);
        QVERIFY(server.listen());

        OpenManager opened;
        QVERIFY(opened.open());
        ui::ConnectionManager &manager = opened.manager;
        models::ConsoleSession &session = opened.session;
        const QString &file = opened.file;
        client::ConnectionProfile typed = manager.form()->profile();
        typed.name = QStringLiteral("LGSP Hậu Giang");
        typed.baseUrl = sandbox.baseUrl();
        typed.clientId = sandbox.bootstrapClientId();
        typed.proxy = QStringLiteral("none");
        manager.form()->setProfile(typed, QString());
        field(manager.form(), QStringLiteral("Secret"))->setText(sandbox.bootstrapSecret());

        auto *tabs = manager.findChild<QTabWidget *>();
        tabs->setCurrentIndex(2);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Link to NDXP"));
        auto *form = manager.findChild<ui::SecurityServerForm *>();
        QVERIFY(form);
        field(form, QStringLiteral("Security server address"))->setText(server.url().toString());
        field(form, QStringLiteral("API key"))->setText(options.apiKey);

        // Test: the instance's steps, then the security server's.
        manager.testConnection();
        const auto tested = [&manager] {
            return !manager.isTesting() &&
                   row(manager.testResults(),
                       QStringLiteral("Signing and authentication certificates"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(tested(), 30000);
        const QTreeWidgetItem *certificates =
            row(manager.testResults(), QStringLiteral("Signing and authentication certificates"));
        QCOMPARE(certificates->text(1), QStringLiteral("WARN"));
        QVERIFY2(certificates->text(3).contains(QLatin1String("in 20 days")),
                 qPrintable(certificates->text(3)));
        QCOMPARE(row(manager.testResults(), QStringLiteral("Global configuration"))->text(1),
                 QStringLiteral("OK"));
        QCOMPARE(row(manager.testResults(), QStringLiteral("Authentication"))->text(1),
                 QStringLiteral("OK"));
        // Pictured with the security server's rows, the last ones, in view.
        test::saveScreenshots(&manager, QStringLiteral("connections-ndxp"), [&] {
            // Tested again in the language shown (its last row titled in it).
            const QTreeWidget *results = manager.testResults();
            const int n = results->topLevelItemCount();
            if (manager.isTesting() || n == 0 ||
                results->topLevelItem(n - 1)->text(0) !=
                    client::HealthProbe::titleFor(QStringLiteral("ndxp.exchanges")))
                return false;
            manager.testResults()->scrollToBottom();
            return true;
        });

        // Save: the address in the file, the key only in the keychain.
        QTRY_VERIFY_WITH_TIMEOUT(tested(), 30000);
        QSignalSpy written(session.secrets(), &client::SecretStore::written);
        QString error;
        QVERIFY2(manager.saveCurrent(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 2, 10000);
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.contains(server.url().toString().toUtf8()));
        QVERIFY(!bytes.contains(options.apiKey.toUtf8()));
        client::SecretStore secrets;
        QSignalSpy read(&secrets, &client::SecretStore::secretRead);
        QSignalSpy missing(&secrets, &client::SecretStore::missing);
        secrets.read(typed.id, QStringLiteral("xroad-key"));
        QTRY_VERIFY_WITH_TIMEOUT(read.size() + missing.size() > 0, 10000);
        if (secrets.state() == client::SecretStore::State::Unavailable)
            QSKIP("no Secret Service in this session: run under scripts/test.sh");
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(1).toString(), options.apiKey);

        // Shown again: the address, and no key in the field; a test reads it from the keychain.
        manager.list()->setCurrentRow(-1);
        manager.list()->setCurrentRow(0);
        QCOMPARE(form->settings().url, server.url());
        QVERIFY(form->key().isEmpty());
        manager.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(tested(), 30000);
        QCOMPARE(row(manager.testResults(), QStringLiteral("Global configuration"))->text(1),
                 QStringLiteral("OK"));
        session.forgetSecrets(typed.id);
    }

    // A profile for a security server alone: chosen as the kind of server, it asks for the
    // address and the API key only (no client id, no traffic or NDXP tabs), tests with the
    // security server's checks and keeps the key in the keychain as "xroad-key".
    void aSecurityServerAlone()
    {
        test::XRoadFixture::Options options;
        options.tlsCertificateDays = 25;
        test::XRoadFixture server(options);
        QVERIFY(server.listen());
        OpenManager opened;
        QVERIFY(opened.open());
        ui::ConnectionManager &manager = opened.manager;
        models::ConsoleSession &session = opened.session;
        const QString &file = opened.file;
        auto *kind =
            test::findByAccessibleName<QComboBox>(manager.form(), QStringLiteral("Server"));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(QStringLiteral("xroad-ss")));
        field(manager.form(), QStringLiteral("Name"))
            ->setText(QStringLiteral("Máy chủ an ninh Hậu Giang"));
        field(manager.form(), QStringLiteral("Address"))->setText(server.url().toString());
        client::ConnectionProfile typed = manager.form()->profile();
        typed.proxy = QStringLiteral("none");
        manager.form()->setProfile(typed, QString());
        QCOMPARE(typed.auth, QStringLiteral("xroad-key"));
        QVERIFY(typed.clientId.isEmpty());
        QLineEdit *clientId = field(manager.form(), QStringLiteral("Client id"));
        QVERIFY(clientId && !clientId->isVisible());
        auto *tabs = manager.findChild<QTabWidget *>();
        QVERIFY(!tabs->isTabVisible(1));
        QVERIFY(!tabs->isTabVisible(2));
        field(manager.form(), QStringLiteral("Secret"))->setText(options.apiKey);
        QVERIFY2(manager.form()->problems().isEmpty(),
                 qPrintable(manager.form()->problems().join(u'\n')));

        manager.testConnection();
        const auto tested = [&manager] {
            return !manager.isTesting() &&
                   row(manager.testResults(), QStringLiteral("Members and subsystems"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(tested(), 30000);
        QCOMPARE(row(manager.testResults(), QStringLiteral("TLS certificate"))->text(1),
                 QStringLiteral("WARN"));
        QCOMPARE(row(manager.testResults(), QStringLiteral("Authentication"))->text(1),
                 QStringLiteral("OK"));
        test::saveScreenshots(&manager, QStringLiteral("connections-xroad-ss"), [&] {
            const QTreeWidget *results = manager.testResults();
            const int n = results->topLevelItemCount();
            return !manager.isTesting() && n > 0 &&
                   results->topLevelItem(n - 1)->text(0) ==
                       client::HealthProbe::titleFor(QStringLiteral("ndxp.exchanges"));
        });

        QTRY_VERIFY_WITH_TIMEOUT(tested(), 30000);
        QSignalSpy written(session.secrets(), &client::SecretStore::written);
        QString error;
        QVERIFY2(manager.saveCurrent(&error), qPrintable(error));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.contains("\"xroad-ss\""));
        QVERIFY(!bytes.contains(options.apiKey.toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 10000);
        client::SecretStore secrets;
        QSignalSpy read(&secrets, &client::SecretStore::secretRead);
        QSignalSpy missing(&secrets, &client::SecretStore::missing);
        secrets.read(typed.id, QStringLiteral("xroad-key"));
        QTRY_VERIFY_WITH_TIMEOUT(read.size() + missing.size() > 0, 10000);
        if (secrets.state() == client::SecretStore::State::Unavailable)
            QSKIP("no Secret Service in this session: run under scripts/test.sh");
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(1).toString(), options.apiKey);
        session.forgetSecrets(typed.id);
    }

    // The Health page of an LGSP whose security server has a certificate expiring and an OCSP
    // responder too slow: one "Link to NDXP" group under the instance, holding the worst.
    void healthPageGroup()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        test::XRoadFixture::Options options;
        options.signingCertificateDays = 12;
        options.ocspStale = true;
        test::XRoadFixture server(options);
        QVERIFY(server.listen());
        client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("LGSP Hậu Giang");
        p.baseUrl = sandbox.baseUrl();
        p.clientId = sandbox.bootstrapClientId();
        p.proxy = QStringLiteral("none");
        p.xroad.url = server.url();
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, sandbox.bootstrapSecret());
        fleet.setSecurityServerKey(p.id, options.apiKey);
        QTemporaryDir dir;
        ui::HealthPage page(&fleet);
        page.setTimelinePath(dir.filePath(QStringLiteral("health-history.json")));
        page.resize(1300, 760);
        page.show();
        fleet.start();
        const models::HealthChecksModel *model = page.checks();
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(p.id, QStringLiteral("ndxp")).isValid(), 30000);
        const QModelIndex link = model->indexOf(p.id, QStringLiteral("ndxp"));
        QCOMPARE(link.siblingAtColumn(models::HealthChecksModel::StatusColumn)
                     .data(models::HealthChecksModel::StatusRole)
                     .toString(),
                 QStringLiteral("warn"));
        page.checksView()->expandAll();
        // The console's own sentences are worded at each check: after a switch of language,
        // the page is pictured once checked again in it.
        qint64 pollsAsked = -1;
        test::saveScreenshots(&page, QStringLiteral("health-ndxp"), [&] {
            const client::Fleet::Instance *instance = fleet.instance(p.id);
            if (pollsAsked < 0 || instance->polls <= pollsAsked) {
                if (pollsAsked < 0 || !instance->polling) {
                    pollsAsked = instance->polls;
                    fleet.refreshNow(p.id);
                }
                return false;
            }
            pollsAsked = -1;
            const QModelIndex at = model->indexOf(p.id, QStringLiteral("ndxp"));
            if (!at.isValid() || instance->polling)
                return false;
            page.checksView()->expandAll();
            page.checksView()->scrollTo(model->indexOf(p.id, QStringLiteral("ndxp.certificates")));
            return true;
        });
        fleet.stop();
    }
};

QTEST_MAIN(TestSecurityServerForm)
#include "tst_securityserverform.moc"
