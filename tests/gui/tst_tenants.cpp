// The tenants page against a real sandbox (offscreen): the seeded tenants load, typing
// "ha noi" leaves Hà Nội, suspending through the page's action changes the tenant on the
// server, and neither a viewer credential nor a read-only profile shows any action.
#include "apiclient.h"
#include "client/fleet/fleet.h"
#include "models/tenants/tenantloader.h"
#include "models/tenants/tenantmodel.h"
#include "sandboxprocess.h"
#include "ui/tenants/tenantdetails.h"
#include "ui/tenants/tenantspage.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lgsp;
using models::TenantModel;

namespace {

client::ConnectionProfile profileFor(const test::SandboxProcess &sandbox, const QString &name)
{
    client::ConnectionProfile p;
    p.id = QUuid::createUuid();
    p.name = name;
    p.baseUrl = sandbox.baseUrl();
    p.clientId = sandbox.bootstrapClientId();
    p.proxy = QStringLiteral("none");
    return p;
}

// Selects the row of `code` in the page's (filtered, sorted) view.
bool selectCode(ui::TenantsPage &page, const QString &code)
{
    QAbstractItemModel *model = page.view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, TenantModel::CodeColumn);
        if (index.data().toString() == code) {
            page.view()->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

} // namespace

class TestTenants final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
    }

    void searchSuspendAndViewer()
    {
        client::Fleet fleet;
        const client::ConnectionProfile operatorProfile =
            profileFor(m_sandbox, QStringLiteral("LGSP Sandbox"));
        fleet.setProfiles({operatorProfile});
        fleet.setSecret(operatorProfile.id, m_sandbox.bootstrapSecret());
        ui::TenantsPage page(&fleet);
        page.resize(1400, 800);
        // The model behind the view (proxy and source) keeps Qt's model contract throughout.
        QAbstractItemModelTester tester(page.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isLoading(), 15000);
        QCOMPARE(page.view()->model()->rowCount(), 19);

        // Typing without diacritics finds exactly Hà Nội.
        QTest::keyClicks(page.searchBox(), QStringLiteral("ha noi"));
        QCOMPARE(page.view()->model()->rowCount(), 1);
        QCOMPARE(page.view()->model()->index(0, TenantModel::NameColumn).data().toString(),
                 QStringLiteral("Thành phố Hà Nội"));
        // Export writes what is shown: the header and the one row, UTF-8 with a BOM.
        QTemporaryDir dir;
        const QString csvPath = dir.filePath(QStringLiteral("tenants.csv"));
        QString error;
        QVERIFY2(page.exportCsv(csvPath, &error), qPrintable(error));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Thành phố Hà Nội,000.00.00.H26")));
        page.searchBox()->clear();
        QCOMPARE(page.view()->model()->rowCount(), 19);
        page.view()->selectAll();
        QCOMPARE(page.selectedRowsText().split(QLatin1Char('\n')).size(), 19);
        page.view()->clearSelection();

        // Suspend Bến Tre through the page's own button.
        const QString code = QStringLiteral("000.00.00.H06");
        QVERIFY(selectCode(page, code));
        QTRY_VERIFY(page.details()->visibleActions().contains(QStringLiteral("suspend")));
        QString asked;
        page.details()->setConfirm([&asked](QWidget *, const QString &, const QString &text) {
            asked = text;
            return true;
        });
        QPushButton *suspend = nullptr;
        for (QPushButton *b : page.details()->findChildren<QPushButton *>()) {
            if (b->property("action").toString() == QLatin1String("suspend"))
                suspend = b;
        }
        QVERIFY(suspend);
        QTest::mouseClick(suspend, Qt::LeftButton);
        QVERIFY(asked.contains(QStringLiteral("Tỉnh Bến Tre")) && asked.contains(code));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.details()->visibleActions().contains(QStringLiteral("resume")), 10000);
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        QCOMPARE(api.get(QStringLiteral("/api/v1/tenants/") + code)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("suspended"));
        QVERIFY(selectCode(page, code));
        QCOMPARE(page.view()
                     ->currentIndex()
                     .siblingAtColumn(TenantModel::StatusColumn)
                     .data(Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Suspended"));

        // A declined confirmation changes nothing.
        page.details()->setConfirm(
            [](QWidget *, const QString &, const QString &) { return false; });
        page.details()->trigger(QStringLiteral("resume"));
        QTest::qWait(300);
        QCOMPARE(api.get(QStringLiteral("/api/v1/tenants/") + code)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("suspended"));
    }

    void viewerAndReadOnlyShowNoActions()
    {
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        const test::ApiClient::Reply created =
            api.postJson(QStringLiteral("/api/v1/credentials"),
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("apikey")},
                                     {QStringLiteral("name"), QStringLiteral("viewer")},
                                     {QStringLiteral("role"), QStringLiteral("viewer")}});
        QCOMPARE(created.status, 201);
        client::ConnectionProfile viewer = profileFor(m_sandbox, QStringLiteral("Viewer"));
        viewer.auth = QStringLiteral("api-key");
        client::ConnectionProfile readOnly = profileFor(m_sandbox, QStringLiteral("Read-only"));
        readOnly.readOnly = true;

        client::Fleet fleet;
        fleet.setProfiles({viewer, readOnly});
        fleet.setSecret(viewer.id, created.json().value(QStringLiteral("key")).toString());
        fleet.setSecret(readOnly.id, m_sandbox.bootstrapSecret());
        ui::TenantsPage page(&fleet);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isLoading(), 15000);
        QCOMPARE(page.view()->model()->rowCount(), 38); // 19 through each profile
        // One instance only, as when its fleet row is double-clicked, then all again.
        page.showOnlyInstance(QStringLiteral("Viewer"));
        QCOMPARE(page.view()->model()->rowCount(), 19);
        page.showAllInstances();
        QCOMPARE(page.view()->model()->rowCount(), 38);
        for (int r = 0; r < page.view()->model()->rowCount(); ++r) {
            page.view()->setCurrentIndex(page.view()->model()->index(r, 0));
            QVERIFY2(
                page.details()->visibleActions().isEmpty(),
                qPrintable(
                    page.view()->model()->index(r, TenantModel::InstanceColumn).data().toString()));
        }
    }
};

QTEST_MAIN(TestTenants)
#include "tst_tenants.moc"
