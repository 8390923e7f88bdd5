// A WSO2 API Manager instance (the 4.x stand-in) beside an LGSP v1 sandbox in the same pages
// (offscreen): tenants and services of both in one table, WSO2's words for WSO2's things, no
// actions WSO2 cannot do, the fleet row without traffic figures, the Transactions page's
// "no metrics source" state and the Configuration page's instance actions disabled with why.
#include "awaitresult.h"
#include "client/auth/wso2credential.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/catalog/servicemodel.h"
#include "models/common/listloader.h"
#include "models/common/roles.h"
#include "models/fleet/fleetmodel.h"
#include "models/session/consolesession.h"
#include "models/tenants/tenantmodel.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/catalog/catalogpage.h"
#include "ui/catalog/servicedetails.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactionspage.h"
#include "ui/common/emptystate.h"
#include "ui/common/noticebar.h"
#include "ui/config/configpage.h"
#include "ui/config/syncpanel.h"
#include "ui/connections/connectionmanager.h"
#include "ui/connections/profileform.h"
#include "ui/fleet/fleetpage.h"
#include "ui/tenants/tenantdetails.h"
#include "ui/tenants/tenantspage.h"
#include "widgetlookup.h"
#include "wso2fixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace lgsp;
using models::ServiceModel;
using models::TenantModel;

namespace {

QLineEdit *field(ui::ProfileForm *form, const QString &accessibleName)
{
    return test::findByAccessibleName<QLineEdit>(form, accessibleName);
}

// The row of the first item whose `column` reads `text`; -1 if none.
int rowWith(QAbstractItemModel *model, int column, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data().toString() == text)
            return r;
    }
    return -1;
}

} // namespace

class TestWso2Pages final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    test::Wso2Fixture m_wso2;
    client::ConnectionProfile m_lgsp;
    client::ConnectionProfile m_apim;
    QString m_credential;

    void fill(client::Fleet *fleet)
    {
        fleet->setProfiles({m_lgsp, m_apim});
        fleet->setSecret(m_lgsp.id, m_sandbox.bootstrapSecret());
        fleet->setSecret(m_apim.id, m_credential);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        QVERIFY(m_wso2.listen());
        m_lgsp.id = QUuid::createUuid();
        m_lgsp.name = QStringLiteral("LGSP Bộ Tư pháp");
        m_lgsp.baseUrl = m_sandbox.baseUrl();
        m_lgsp.clientId = m_sandbox.bootstrapClientId();
        m_lgsp.proxy = QStringLiteral("none");
        m_apim.id = QUuid::createUuid();
        m_apim.name = QStringLiteral("LGSP Hậu Giang (WSO2)");
        m_apim.baseUrl = m_wso2.url();
        m_apim.backend = QStringLiteral("wso2-apim");
        m_apim.auth = QStringLiteral("wso2-user");
        m_apim.user = QStringLiteral("admin");
        m_apim.gatewayUrl = m_wso2.gatewayUrl();
        m_apim.proxy = QStringLiteral("none");
        client::Connection registrar(m_apim);
        const auto client = test::awaitResult<client::Wso2Credential>([&](auto done) {
            client::registerWso2Client(
                registrar.transport(), QStringLiteral("admin"), QStringLiteral("admin"), &registrar,
                [done](const client::Wso2Credential &c, const client::ClientError &) { done(c); });
        });
        QVERIFY(client && client->isValid());
        m_credential = client->toSecret();
    }

    void tenantsOfBothKindsInOneTable()
    {
        client::Fleet fleet;
        fill(&fleet);
        ui::TenantsPage page(&fleet);
        page.resize(1500, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isLoading(), 20000);
        QAbstractItemModel *model = page.view()->model();
        int wso2Rows = 0, lgspRows = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString instance = model->index(r, TenantModel::InstanceColumn).data().toString();
            wso2Rows += instance == m_apim.name;
            lgspRows += instance == m_lgsp.name;
        }
        QCOMPARE(wso2Rows, 35);
        QVERIFY(lgspRows > 0);
        const int super = rowWith(model, TenantModel::CodeColumn, QStringLiteral("carbon.super"));
        QVERIFY(super >= 0);
        QCOMPARE(model->index(super, TenantModel::KindColumn).data().toString(),
                 QStringLiteral("Operator"));
        // Found by typing, like any tenant; WSO2's inactive state named as WSO2 names it.
        QTest::keyClicks(page.searchBox(), QStringLiteral("quang tri"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, TenantModel::StatusColumn).data().toString(),
                 QStringLiteral("Inactive"));
        QCOMPARE(model->index(0, TenantModel::KindColumn).data().toString(),
                 QStringLiteral("Tenant domain (WSO2)"));
        page.view()->setCurrentIndex(model->index(0, 0));
        QTRY_VERIFY(page.details()->isVisible());
        QVERIFY(page.details()->visibleActions().isEmpty()); // WSO2 has no tenant actions here
        page.searchBox()->clear();
        test::saveScreenshots(&page, QStringLiteral("wso2-tenants"));
    }

    void servicesOfBothKindsInOneCatalog()
    {
        client::Fleet fleet;
        fill(&fleet);
        ui::CatalogPage page(&fleet);
        page.resize(1500, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isLoading(), 20000);
        QAbstractItemModel *model = page.view()->model();
        // The sandbox's demo seed, then WSO2's as admin sees it: carbon.super's own.
        QCOMPARE(model->rowCount(), 40 + 50 + 10);
        QTest::keyClicks(page.searchBox(), QStringLiteral("tra cuu ho so dat dai 1"));
        QVERIFY(model->rowCount() >= 1);
        const int row =
            rowWith(model, ServiceModel::NameColumn, QStringLiteral("Tra cứu hồ sơ đất đai 1"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, ServiceModel::InstanceColumn).data().toString(), m_apim.name);
        QCOMPARE(model->index(row, ServiceModel::StatusColumn).data().toString(),
                 QStringLiteral("In the service catalog"));
        page.view()->setCurrentIndex(model->index(row, 0));
        QTRY_VERIFY(page.details()->isVisible());
        QVERIFY(page.details()->visibleActions().isEmpty());
        page.searchBox()->clear();
        // Whose catalog WSO2 showed, and how to see another tenant's; only for WSO2 instances.
        QVERIFY2(page.note().contains(m_apim.name) &&
                     page.note().contains(QLatin1String("carbon.super, the tenant of admin")),
                 qPrintable(page.note()));
        page.showOnlyInstance(m_lgsp.name);
        QVERIFY2(page.note().isEmpty(), qPrintable(page.note()));
        page.showAllInstances();
        QVERIFY(!page.note().isEmpty());
        test::saveScreenshots(&page, QStringLiteral("wso2-services"));
    }

    void fleetTransactionsAndConfigSayWhatWso2Lacks()
    {
        client::Fleet fleet;
        fill(&fleet);
        ui::FleetPage fleetPage(&fleet);
        fleetPage.resize(1500, 400);
        fleetPage.show();
        fleet.start();
        models::FleetModel *model = fleetPage.model();
        const auto rowOf = [&](const QString &name) {
            return model
                ->match(model->index(0, models::FleetModel::NameColumn), Qt::DisplayRole, name, 1,
                        Qt::MatchExactly | Qt::MatchRecursive)
                .value(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_apim.name)
                                         .siblingAtColumn(models::FleetModel::TenantsColumn)
                                         .data()
                                         .toString() == QLatin1String("35"),
                                 20000);
        // (The counts of tenants and of services come from separate calls.)
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(m_apim.name)
                                      .siblingAtColumn(models::FleetModel::ServicesColumn)
                                      .data()
                                      .toString(),
                                  QStringLiteral("60"), 20000);
        const QModelIndex apim = rowOf(m_apim.name);
        QCOMPARE(apim.siblingAtColumn(models::FleetModel::TrafficColumn).data().toString(),
                 QStringLiteral("—"));
        QVERIFY(apim.siblingAtColumn(models::FleetModel::TrafficColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("No metrics source")));
        test::saveScreenshots(&fleetPage, QStringLiteral("wso2-fleet"));

        ui::TransactionsPage transactions(&fleet);
        transactions.resize(1400, 800);
        transactions.show();
        transactions.controls()->setInstances({m_apim.id});
        QTRY_VERIFY(transactions.noMetricsState()->isVisible());
        QVERIFY(
            transactions.noMetricsState()->title().contains(QLatin1String("No metrics source")));
        // Compared with the sandbox: its charts stay, and the notice names the WSO2 one.
        transactions.controls()->setInstances({m_lgsp.id, m_apim.id});
        QTRY_VERIFY(!transactions.noMetricsState()->isVisible());
        QTRY_VERIFY(transactions.metricsNotice()->isVisible());
        transactions.controls()->setInstances({m_apim.id});
        QTRY_VERIFY(transactions.noMetricsState()->isVisible());
        test::saveScreenshots(&transactions, QStringLiteral("wso2-transactions"));

        ui::ConfigPage config(&fleet);
        config.show();
        ui::SyncPanel *sync = config.syncPanel();
        sync->instanceBox()->setCurrentIndex(sync->instanceBox()->findData(m_apim.id));
        QTRY_VERIFY(!sync->exportButton()->isEnabled());
        QVERIFY(
            sync->exportButton()->toolTip().contains(QLatin1String("no configuration bundles")));
        QVERIFY(!sync->applyButton()->isEnabled());
        sync->instanceBox()->setCurrentIndex(sync->instanceBox()->findData(m_lgsp.id));
        QTRY_VERIFY(sync->exportButton()->isEnabled());
        QVERIFY(
            !sync->exportButton()->toolTip().contains(QLatin1String("no configuration bundles")));
    }

    void connectionManagerRegistersTheClient()
    {
        QTemporaryDir dir;
        models::ConsoleSession session;
        session.load(dir.filePath(QStringLiteral("profiles.json")));
        ui::ConnectionManager manager(&session);
        manager.resize(1100, 760);
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        manager.addNew();
        client::ConnectionProfile typed = manager.form()->profile();
        typed.name = QStringLiteral("LGSP Hậu Giang (WSO2)");
        typed.backend = QStringLiteral("wso2-apim");
        typed.user = QStringLiteral("admin");
        typed.baseUrl = m_wso2.url();
        typed.gatewayUrl = m_wso2.gatewayUrl();
        typed.proxy = QStringLiteral("none");
        manager.form()->setProfile(typed, QString());
        // The WSO2 rows replace the client id; the secret is the user's password.
        QLineEdit *user = field(manager.form(), QStringLiteral("User"));
        QVERIFY(user && user->isVisible());
        QCOMPARE(user->text(), QStringLiteral("admin"));
        QLineEdit *password = field(manager.form(), QStringLiteral("Secret"));
        QVERIFY(password);
        password->setText(QStringLiteral("admin"));
        QVERIFY2(manager.form()->problems().isEmpty(),
                 qPrintable(manager.form()->problems().join(QLatin1Char('\n'))));
        QCOMPARE(manager.form()->profile().auth, QStringLiteral("wso2-user"));
        user->clear();
        QVERIFY(manager.form()->problems().join(QLatin1Char(' ')).contains(QLatin1String("user")));
        user->setText(QStringLiteral("admin"));

        // A wrong password: the test says why the credential could not be tried.
        password->setText(QStringLiteral("wrong"));
        manager.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(!manager.isTesting() && manager.messageLabel()->text().startsWith(
                                                             QLatin1String("Result")),
                                 15000);
        QVERIFY2(manager.messageLabel()->text().contains(QLatin1String("user name or password")),
                 qPrintable(manager.messageLabel()->text()));
        password->setText(QStringLiteral("admin"));

        const int registrations = m_wso2.counters().registrations;
        manager.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(
            !manager.isTesting() && manager.testResults()->topLevelItemCount() >= 9, 15000);
        QStringList ok;
        for (int i = 0; i < manager.testResults()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = manager.testResults()->topLevelItem(i);
            if (item->text(1) == QLatin1String("OK"))
                ok << item->text(0);
        }
        QVERIFY2(ok.contains(QStringLiteral("Authentication")) &&
                     ok.contains(QStringLiteral("Publisher API")) &&
                     ok.contains(QStringLiteral("Service Catalog API")),
                 qPrintable(ok.join(QLatin1String(", "))));
        test::saveScreenshots(&manager, QStringLiteral("wso2-connection"));

        QString error;
        QVERIFY2(manager.saveCurrent(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            manager.messageLabel()->text().contains(QLatin1String("kept in the keychain")), 15000);
        QCOMPARE(m_wso2.counters().registrations, registrations + 2);
        QFile saved(dir.filePath(QStringLiteral("profiles.json")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("clientSecret"));
        // The fleet reads it with the registered client.
        QTRY_VERIFY_WITH_TIMEOUT(session.fleet()->instance(typed.id) &&
                                     session.fleet()->instance(typed.id)->tenantCount == 35,
                                 20000);
    }
};

QTEST_MAIN(TestWso2Pages)
#include "tst_wso2pages.moc"
