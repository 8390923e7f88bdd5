// The service catalog against a real sandbox (offscreen): the seeded services load, a search
// without diacritics finds a service, the protocol filter narrows the list, the definition
// viewer shows the real OpenAPI text and finds in it, and a lifecycle action reaches the
// server.
#include "apiclient.h"
#include "client/fleet/fleet.h"
#include "models/catalog/servicemodel.h"
#include "models/common/listloader.h"
#include "models/common/roles.h"
#include "sandboxprocess.h"
#include "ui/catalog/catalogpage.h"
#include "ui/catalog/definitionviewer.h"
#include "ui/catalog/servicedetails.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace lgsp;
using models::ServiceModel;

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchFilterDefinitionAndAction()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        client::ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = QStringLiteral("Sandbox");
        profile.baseUrl = sandbox.baseUrl();
        profile.clientId = sandbox.bootstrapClientId();
        profile.proxy = QStringLiteral("none");
        client::Fleet fleet;
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, sandbox.bootstrapSecret());
        ui::CatalogPage page(&fleet);
        page.resize(1400, 800);
        // The model behind the view (proxy and source) keeps Qt's model contract throughout.
        QAbstractItemModelTester tester(page.view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isLoading(), 15000);
        QAbstractItemModel *model = page.view()->model();
        QCOMPARE(model->rowCount(), 40);

        QTest::keyClicks(page.searchBox(), QStringLiteral("ho tich dien tu"));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY2(page.countLine().startsWith(QLatin1String("1 ")) &&
                     page.countLine().contains(QLatin1String("40")),
                 qPrintable(page.countLine()));
        QVERIFY(model->index(0, ServiceModel::NameColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Hộ tịch điện tử")));
        page.view()->setCurrentIndex(model->index(0, 0));
        ui::DefinitionViewer *viewer = page.details()->openDefinition();
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->text().contains(QLatin1String("openapi")), 10000);
        QVERIFY(viewer->find(QStringLiteral("paths")));
        QVERIFY(!viewer->find(QStringLiteral("no-such-word-anywhere")));
        viewer->close();
        page.searchBox()->clear();

        // Only SOAP services.
        QComboBox *protocolFilter = nullptr;
        for (QComboBox *box : page.findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Protocol filter"))
                protocolFilter = box;
        }
        QVERIFY(protocolFilter);
        protocolFilter->setCurrentIndex(protocolFilter->findData(QStringLiteral("SOAP")));
        QVERIFY(model->rowCount() > 0 && model->rowCount() < 40);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, ServiceModel::ProtocolColumn).data(models::RawRole).toString(),
                     QStringLiteral("SOAP"));
        protocolFilter->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 40);

        // Deprecate a published service through the page.
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->index(r, ServiceModel::StatusColumn).data(models::RawRole).toString() ==
                QLatin1String("published"))
                row = r;
        }
        QVERIFY(row >= 0);
        page.view()->setCurrentIndex(model->index(row, 0));
        QTRY_VERIFY(page.details()->visibleActions().contains(QStringLiteral("deprecate")));
        page.details()->setConfirm(
            [](QWidget *, const QString &, const QString &) { return true; });
        const QString code = model->index(row, ServiceModel::CodeColumn).data().toString();
        const QString provider = model->index(row, ServiceModel::ProviderColumn).data().toString();
        page.details()->trigger(QStringLiteral("deprecate"));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.details()->visibleActions().contains(QStringLiteral("publish")), 10000);
        test::ApiClient api(sandbox.baseUrl());
        QVERIFY(api.signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()));
        QCOMPARE(api.get(QStringLiteral("/api/v1/services/") + provider + QLatin1Char('~') + code)
                     .json()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("deprecated"));
    }
};

QTEST_MAIN(TestCatalog)
#include "tst_catalog.moc"
