// The tenants page says, for each tenant, whether its NDXP member is on its instance's X-Road
// security server (offscreen, against a real sandbox and the security server stand-in): the
// column and its filter appear once the health check has read the server's clients, each
// tenant's member id is matched with them (registered, disabled, unknown to NDXP, only its
// member there, missing), and the details pane says it in a sentence.
#include "client/fleet/fleet.h"
#include "models/common/roles.h"
#include "models/tenants/tenantloader.h"
#include "models/tenants/tenantmodel.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "ui/tenants/tenantdetails.h"
#include "ui/tenants/tenantspage.h"
#include "widgetlookup.h"
#include "xroadfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QTest>
#include <QTreeView>

using namespace lgsp;
using models::TenantModel;

namespace {

// The view's row of the tenant with `code`, or -1.
int rowOf(const QAbstractItemModel *model, const QString &code)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, TenantModel::CodeColumn).data().toString() == code)
            return r;
    }
    return -1;
}

} // namespace

class TestTenantRegistration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachTenantsMemberOnTheSecurityServer()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        test::XRoadFixture::Options options;
        options.memberId = QStringLiteral("VN:GOV:000.00.00.H30");
        options.clients = QStringList{
            QStringLiteral("VN:GOV:000.00.00.G18:lgsp=REGISTERED"),   // Bộ Y tế
            QStringLiteral("VN:GOV:000.00.00.H26:lgsp=DISABLED"),     // Thành phố Hà Nội
            QStringLiteral("VN:GOV:000.00.00.G02:lgsp=GLOBAL_ERROR"), // Bộ Công Thương
            QStringLiteral("VN:GOV:000.00.00.H30=REGISTERED"),        // Hậu Giang's member only
        };
        test::XRoadFixture server(options);
        QVERIFY(server.listen());
        client::ConnectionProfile p = test::sandboxProfile(sandbox, QStringLiteral("LGSP Sandbox"));
        p.xroad.url = server.url();
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, sandbox.bootstrapSecret());
        fleet.setSecurityServerKey(p.id, options.apiKey);
        ui::TenantsPage page(&fleet);
        page.resize(1500, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // No security server read yet: no column, no filter.
        QVERIFY(page.view()->isColumnHidden(TenantModel::RegistrationColumn));
        auto *filter = test::findByAccessibleName<QComboBox>(
            &page, QStringLiteral("Security server registration filter"));
        QVERIFY(filter);
        QVERIFY(!filter->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return !page.loader()->isLoading(); }, 15000));
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(!page.view()->isColumnHidden(TenantModel::RegistrationColumn),
                                 30000);
        QVERIFY(filter->isVisible());

        const QAbstractItemModel *model = page.view()->model();
        const int total = model->rowCount();
        QCOMPARE(total, 19);
        const auto registration = [&](const QString &code) {
            const int r = rowOf(model, code);
            return r < 0 ? QString()
                         : model->index(r, TenantModel::RegistrationColumn)
                               .data(models::RawRole)
                               .toString();
        };
        QCOMPARE(registration(QStringLiteral("000.00.00.G18")), QStringLiteral("registered"));
        QCOMPARE(registration(QStringLiteral("000.00.00.H26")), QStringLiteral("disabled"));
        QCOMPARE(registration(QStringLiteral("000.00.00.G02")), QStringLiteral("global-error"));
        QCOMPARE(registration(QStringLiteral("000.00.00.H30")),
                 QStringLiteral("subsystem-missing"));
        QCOMPARE(registration(QStringLiteral("000.00.00.G14")), QStringLiteral("missing"));
        const int hanoi = rowOf(model, QStringLiteral("000.00.00.H26"));
        QCOMPARE(model->index(hanoi, TenantModel::RegistrationColumn).data().toString(),
                 QStringLiteral("Disabled"));
        QVERIFY(model->index(hanoi, TenantModel::RegistrationColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("On the instance's security server: disabled "
                                             "(DISABLED).")));

        // The filter leaves the tenants not on the server: all but the four.
        filter->setCurrentIndex(filter->findData(QStringLiteral("missing")));
        QCOMPARE(model->rowCount(), total - 4);
        filter->setCurrentIndex(filter->findData(QStringLiteral("registered")));
        QCOMPARE(model->rowCount(), 1);
        filter->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), total);

        // The details pane says it in a sentence under the member id.
        page.view()->setCurrentIndex(
            model->index(rowOf(model, QStringLiteral("000.00.00.H30")), TenantModel::NameColumn));
        const QList<QLabel *> labels = page.details()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
            return l->text() == QStringLiteral("VN:GOV:000.00.00.H30:lgsp\nIts member is on the "
                                               "instance's security server; this subsystem is "
                                               "not.");
        }));

        page.view()->setCurrentIndex(model->index(hanoi, TenantModel::NameColumn));
        // Every wrapped value is shown whole: no row is shorter than its text (Qt 6.4's form
        // layout cut the last line of a value that had just started to wrap).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QList<QLabel *> values = page.details()->findChildren<QLabel *>();
                return std::all_of(values.cbegin(), values.cend(), [](const QLabel *l) {
                    return !l->isVisible() || !l->wordWrap() ||
                           l->height() >= l->heightForWidth(l->width());
                });
            }(),
            2000);
        test::saveScreenshots(&page, QStringLiteral("tenants-ndxp"), [&] {
            return !page.view()->isColumnHidden(TenantModel::RegistrationColumn);
        });
        fleet.stop();
    }
};

QTEST_MAIN(TestTenantRegistration)
#include "tst_tenantregistration.moc"
