// Session restore (offscreen, against a real sandbox): the window closed on the Tenants page
// with a search, a filter, a selected tenant and a seven-day chart window reopens with all of
// them, the selection coming back once its row has loaded; a damaged saved state opens the
// pages as new.
#include "client/fleet/fleet.h"
#include "models/common/roles.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "models/settings/settingkeys.h"
#include "models/tenants/tenantmodel.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactionspage.h"
#include "ui/fleet/fleetpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/tenants/tenantspage.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace lgsp;
using models::TenantModel;

namespace {

QString currentCode(const ui::TenantsPage *page)
{
    return page->view()->currentIndex().siblingAtColumn(TenantModel::CodeColumn).data().toString();
}

} // namespace

class TestSessionRestore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reopensAsClosed()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        const client::ConnectionProfile p =
            test::sandboxProfile(sandbox, QStringLiteral("LGSP Sandbox"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.json"));
        models::Translations translations;
        QVERIFY(translations.setLanguage(QStringLiteral("en")));
        const auto open = [&](client::Fleet &fleet, models::AppSettings &settings) {
            fleet.setProfiles({p});
            fleet.setSecret(p.id, sandbox.bootstrapSecret());
            settings.load();
            return std::make_unique<ui::MainWindow>(&settings, &translations, &fleet);
        };
        {
            client::Fleet fleet;
            models::AppSettings settings(file);
            auto window = open(fleet, settings);
            window->show();
            window->showPage(ui::Page::Tenants);
            ui::TenantsPage *page = window->tenantsPage();
            QTRY_VERIFY_WITH_TIMEOUT(page->view()->model()->rowCount() == 19, 15000);
            QTest::keyClicks(page->searchBox(), QStringLiteral("tinh"));
            auto *status =
                test::findByAccessibleName<QComboBox>(page, QStringLiteral("Status filter"));
            status->setCurrentIndex(status->findData(QStringLiteral("trial")));
            const QAbstractItemModel *shown = page->view()->model();
            int benTre = -1;
            for (int r = 0; r < shown->rowCount(); ++r) {
                if (shown->index(r, TenantModel::CodeColumn).data() ==
                    QStringLiteral("000.00.00.H06"))
                    benTre = r;
            }
            QVERIFY(benTre >= 0);
            page->view()->setCurrentIndex(shown->index(benTre, 0));
            window->transactionsPage()->controls()->setWindow(
                models::ChartWindow::preset(models::ChartWindow::SevenDays));
            window->transactionsPage()->showInstance(p.id);
            ui::ChartControls *controls = window->transactionsPage()->controls();
            QTRY_VERIFY_WITH_TIMEOUT(controls->scopeChoiceCount() > 1, 15000);
            QVERIFY(controls->setScope(QStringLiteral("000.00.00.H26"), {}));
            window->fleetPage()->searchBox()->setText(QStringLiteral("sandbox"));
            QVERIFY(window->close());
        }
        // A run that never opens the pages keeps their state for the next.
        {
            client::Fleet fleet;
            models::AppSettings settings(file);
            auto window = open(fleet, settings);
            window->show();
            QVERIFY(!window->isPageBuilt(ui::Page::Tenants));
            QVERIFY(!window->isPageBuilt(ui::Page::Transactions));
            QVERIFY(window->close());
        }
        {
            client::Fleet fleet;
            models::AppSettings settings(file);
            auto window = open(fleet, settings);
            window->show();
            window->showPage(ui::Page::Tenants);
            ui::TenantsPage *page = window->tenantsPage();
            QCOMPARE(page->searchBox()->text(), QStringLiteral("tinh"));
            auto *status =
                test::findByAccessibleName<QComboBox>(page, QStringLiteral("Status filter"));
            QCOMPARE(status->currentData().toString(), QStringLiteral("trial"));
            QCOMPARE(window->transactionsPage()->controls()->window().kind,
                     models::ChartWindow::SevenDays);
            QCOMPARE(window->transactionsPage()->controls()->instances(), QList<QUuid>{p.id});
            // Its tenant, once the instance's tenants are listed.
            QTRY_COMPARE_WITH_TIMEOUT(window->transactionsPage()->controls()->tenant(),
                                      QStringLiteral("000.00.00.H26"), 15000);
            QCOMPARE(window->fleetPage()->searchBox()->text(), QStringLiteral("sandbox"));
            // The selection returns once the tenants have loaded.
            QTRY_COMPARE_WITH_TIMEOUT(currentCode(page), QStringLiteral("000.00.00.H06"), 15000);
            QVERIFY(window->close());
        }
        // A damaged state: the pages open as new, nothing fails.
        {
            models::AppSettings settings(file);
            settings.load();
            settings.setValue(models::SettingKeys::ViewState,
                              QByteArrayLiteral("{\"tenants\":{\"search\":7,\"filters\":[1]},"
                                                "\"chartWindow\":{\"kind\":99},"
                                                "\"chartInstances\":[\"not-a-uuid\",3]}"));
            QVERIFY(settings.save());
            client::Fleet fleet;
            models::AppSettings reread(file);
            auto window = open(fleet, reread);
            QVERIFY(window->tenantsPage()->searchBox()->text().isEmpty());
            // The page's own default window, five minutes.
            QCOMPARE(window->transactionsPage()->controls()->window().kind,
                     models::ChartWindow::FiveMinutes);
            QVERIFY(!window->transactionsPage()->controls()->instances().contains(QUuid()));
        }
    }
};

QTEST_MAIN(TestSessionRestore)
#include "tst_sessionrestore.moc"
