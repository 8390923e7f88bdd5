// The command palette (offscreen, against a real sandbox), driven from the keyboard: Ctrl+K
// opens it, a query without diacritics in either language finds tenants, services, instances
// and actions, the arrows choose, Enter runs the command on the real server, Escape closes,
// and the commands used last come first, also after a restart.
#include "client/fleet/fleet.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "models/tenants/tenantmodel.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "ui/catalog/definitioncompare.h"
#include "ui/catalog/definitionviewer.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/transactionspage.h"
#include "ui/health/healthpage.h"
#include "ui/palette/commandpalette.h"
#include "ui/palette/palettecommands.h"
#include "ui/shell/mainwindow.h"
#include "ui/tenants/tenantdetails.h"
#include "ui/tenants/tenantspage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace lgsp;
using models::TenantModel;

namespace {

const QString kHaNoi = QStringLiteral("000.00.00.H26");

QString firstResult(const ui::CommandPalette *palette)
{
    return palette->results()->index(0).data().toString();
}

QString currentResult(const ui::CommandPalette *palette)
{
    return palette->list()->currentIndex().data().toString();
}

// The status of a tenant as the Tenants page's model holds it.
QString statusOf(const ui::TenantsPage *page, const QString &code)
{
    const models::TenantModel *model = page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->at(row).item.code == code)
            return model->at(row).item.status;
    }
    return {};
}

// Types `text` into the palette as keystrokes, after clearing it.
void type(ui::CommandPalette *palette, const QString &text)
{
    palette->input()->selectAll();
    QTest::keyClick(palette->input(), Qt::Key_Backspace);
    QTest::keyClicks(palette->input(), text);
}

// The window with the palette over it, once the fleet has polled the instance (so the status
// bar and the fleet's row say it is connected, as they would for a person).
void saveScreenshot(ui::MainWindow *window, client::Fleet *fleet, const ui::CommandPalette *palette,
                    const QString &name)
{
    const QString dir = qEnvironmentVariable("LGSP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    fleet->start();
    QTRY_VERIFY_WITH_TIMEOUT(fleet->instance(fleet->ids().constFirst())->polls > 0, 15000);
    QTest::qWait(200);
    QVERIFY(palette->isVisible());
    QVERIFY(window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

struct Console
{
    Console(const test::SandboxProcess &sandbox, const client::ConnectionProfile &profile,
            const QString &settingsFile, const QString &language)
        : settings(settingsFile)
    {
        settings.load();
        translations.setLanguage(language);
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, sandbox.bootstrapSecret());
        window = std::make_unique<ui::MainWindow>(&settings, &translations, &fleet);
        window->resize(1400, 860);
        window->show();
        window->activateWindow();
    }
    ui::CommandPalette *palette() const { return window->palette()->palette(); }

    models::AppSettings settings;
    models::Translations translations;
    client::Fleet fleet;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

class TestPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_profile = test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Sandbox"));
        m_profile.group = QStringLiteral("Bộ");
    }

    void suspendsAndResumesFromTheKeyboard()
    {
        QTemporaryDir dir;
        Console console(m_sandbox, m_profile, dir.filePath(QStringLiteral("settings.json")),
                        QStringLiteral("vi"));
        ui::MainWindow *window = console.window.get();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ui::CommandPalette *palette = console.palette();

        // Ctrl+K opens it, the box focused; nothing typed: the actions.
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette->isVisible());
        QTRY_VERIFY(palette->input()->hasFocus());
        QCOMPARE(palette->input()->accessibleName(), QStringLiteral("Bảng lệnh"));
        QCOMPARE(palette->countLine(), QStringLiteral("Lệnh dùng gần đây và lệnh thường dùng"));
        QCOMPARE(firstResult(palette), QStringLiteral("Đến trang Tổng quan"));

        // Vietnamese without diacritics: the tenants load in the background meanwhile.
        QTest::keyClicks(palette->input(), QStringLiteral("tam dung ha noi"));
        QTRY_COMPARE_WITH_TIMEOUT(firstResult(palette),
                                  QStringLiteral("Tạm dừng Thành phố Hà Nội…"), 15000);
        const QModelIndex first = palette->results()->index(0);
        QVERIFY(first.data(ui::PaletteResultsModel::DetailRole).toString().contains(kHaNoi));
        // A screen reader hears the command and what it applies to.
        QCOMPARE(first.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Tạm dừng Thành phố Hà Nội…, Tỉnh, thành phố · %1 · LGSP Sandbox")
                     .arg(kHaNoi));
        QVERIFY(palette->countLine().startsWith(QStringLiteral("Tìm thấy ")));
        // The same in English words in the Vietnamese interface.
        type(palette, QStringLiteral("suspend HA NOI"));
        QCOMPARE(firstResult(palette), QStringLiteral("Tạm dừng Thành phố Hà Nội…"));

        // Enter: the Tenants page, the tenant selected, the question naming it, then the
        // server's answer.
        QString asked;
        window->tenantsPage()->details()->setConfirm(
            [&asked](QWidget *, const QString &, const QString &text) {
                asked = text;
                return true;
            });
        QCOMPARE(statusOf(window->tenantsPage(), kHaNoi), QStringLiteral("active"));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QVERIFY(!palette->isVisible());
        QTRY_COMPARE(window->currentPage(), ui::Page::Tenants);
        QTRY_VERIFY(asked.contains(QStringLiteral("Thành phố Hà Nội")));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(window->tenantsPage(), kHaNoi),
                                  QStringLiteral("suspended"), 15000);

        // Suspended, it can no longer be suspended but can be resumed (Ctrl+Shift+P).
        QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(palette->isVisible());
        QTest::keyClicks(palette->input(), QStringLiteral("tam dung ha noi"));
        QVERIFY(firstResult(palette) != QStringLiteral("Tạm dừng Thành phố Hà Nội…"));
        type(palette, QStringLiteral("khoi phuc ha noi"));
        QCOMPARE(firstResult(palette), QStringLiteral("Khôi phục Thành phố Hà Nội…"));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(window->tenantsPage(), kHaNoi), QStringLiteral("active"),
                                  15000);
    }

    void recentCommandsComeFirst()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.json"));
        const QString transactions = QStringLiteral("Mở giao dịch của Thành phố Hà Nội");
        {
            Console console(m_sandbox, m_profile, file, QStringLiteral("vi"));
            ui::MainWindow *window = console.window.get();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            ui::CommandPalette *palette = console.palette();
            window->palette()->open();
            QTest::keyClicks(palette->input(), QStringLiteral("ha noi"));
            // What choosing the tenant does first: show it.
            QTRY_COMPARE_WITH_TIMEOUT(firstResult(palette),
                                      QStringLiteral("Xem Thành phố Hà Nội trong trang Đơn vị"),
                                      15000);
            QTRY_VERIFY_WITH_TIMEOUT(palette->results()->rowCount() > 12, 15000);
            saveScreenshot(window, &console.fleet, palette, QStringLiteral("palette-vi"));
            // Down to its transactions, by the arrow keys only.
            int presses = 0;
            while (currentResult(palette) != transactions && presses < 8) {
                QTest::keyClick(palette->input(), Qt::Key_Down);
                ++presses;
            }
            QCOMPARE(currentResult(palette), transactions);
            QTest::keyClick(palette->input(), Qt::Key_Return);
            QTRY_COMPARE(window->currentPage(), ui::Page::Transactions);
            QCOMPARE(window->transactionsPage()->controls()->instances(),
                     QList<QUuid>{m_profile.id});
            QTRY_COMPARE_WITH_TIMEOUT(window->transactionsPage()->controls()->tenant(), kHaNoi,
                                      15000);

            // Used once, it comes first: with nothing typed, and among the tenant's commands.
            window->palette()->open();
            QCOMPARE(firstResult(palette), transactions);
            QTest::keyClicks(palette->input(), QStringLiteral("ha noi"));
            QCOMPARE(firstResult(palette), transactions);
            // Up from the first wraps to the last; Escape closes and runs nothing.
            QTest::keyClick(palette->input(), Qt::Key_Up);
            QCOMPARE(palette->list()->currentIndex().row(), palette->results()->rowCount() - 1);
            QTest::keyClick(palette->input(), Qt::Key_Escape);
            QVERIFY(!palette->isVisible());
            QCOMPARE(window->currentPage(), ui::Page::Transactions);
            QVERIFY(window->close());
        }
        // Remembered in the settings: after a restart, still first.
        Console console(m_sandbox, m_profile, file, QStringLiteral("vi"));
        QVERIFY(QTest::qWaitForWindowExposed(console.window.get()));
        console.window->palette()->open();
        QTRY_COMPARE_WITH_TIMEOUT(firstResult(console.palette()), transactions, 15000);
    }

    void instancesServicesAndPagesInEnglish()
    {
        QTemporaryDir dir;
        Console console(m_sandbox, m_profile, dir.filePath(QStringLiteral("settings.json")),
                        QStringLiteral("en"));
        ui::MainWindow *window = console.window.get();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        ui::CommandPalette *palette = console.palette();
        window->palette()->open();

        // Vietnamese words in the English interface find the English command.
        QTest::keyClicks(palette->input(), QStringLiteral("tam dung ha noi"));
        QTRY_COMPARE_WITH_TIMEOUT(firstResult(palette), QStringLiteral("Suspend Thành phố Hà Nội…"),
                                  15000);

        type(palette, QStringLiteral("ha noi"));
        QTRY_VERIFY_WITH_TIMEOUT(palette->results()->rowCount() > 12, 15000);
        saveScreenshot(window, &console.fleet, palette, QStringLiteral("palette-en"));

        // An instance: test its connection, then its row on the Health page.
        type(palette, QStringLiteral("test sandbox"));
        QCOMPARE(firstResult(palette), QStringLiteral("Test the connection to LGSP Sandbox"));
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_COMPARE(window->currentPage(), ui::Page::Health);
        QTRY_COMPARE_WITH_TIMEOUT(window->healthPage()->selectedInstance(), m_profile.id, 15000);

        // A group of instances.
        window->palette()->open();
        QTest::keyClicks(palette->input(), QStringLiteral("bo"));
        QVERIFY(palette->results()->rowCount() > 0);
        type(palette, QStringLiteral("show the group bo"));
        QCOMPARE(firstResult(palette), QStringLiteral("Show the group Bộ in the fleet"));
        QCOMPARE(palette->results()->index(0).data(ui::PaletteResultsModel::DetailRole),
                 QStringLiteral("Group · 1 instance"));

        // A service's definition, found by words of its name without diacritics.
        type(palette, QStringLiteral("view definition ho tich dien tu"));
        QTRY_COMPARE_WITH_TIMEOUT(
            firstResult(palette),
            QStringLiteral("View the definition of Hộ tịch điện tử (apiHoTichTuPhap)"), 15000);
        QTest::keyClick(palette->input(), Qt::Key_Return);
        QTRY_COMPARE(window->currentPage(), ui::Page::Services);
        ui::DefinitionViewer *viewer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (viewer = window->findChild<ui::DefinitionViewer *>()) && viewer->isVisible(), 15000);
        viewer->close();
        // Its comparison with what it can be compared with.
        window->palette()->open();
        QTest::keyClicks(palette->input(), QStringLiteral("compare ho tich dien tu"));
        QTRY_COMPARE_WITH_TIMEOUT(
            firstResult(palette),
            QStringLiteral("Compare the definition of Hộ tịch điện tử (apiHoTichTuPhap)…"), 15000);
        QTest::keyClick(palette->input(), Qt::Key_Return);
        ui::DefinitionCompare *comparison = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((comparison = window->findChild<ui::DefinitionCompare *>()) &&
                                     comparison->isVisible() && !comparison->isLoading(),
                                 15000);
        QVERIFY(!comparison->rows().isEmpty());
        comparison->close();

        // A page, by a word of its title; nothing found says so.
        window->palette()->open();
        QTest::keyClicks(palette->input(), QStringLiteral("go config"));
        QCOMPARE(firstResult(palette), QStringLiteral("Go to Configuration"));
        QTest::keyClick(palette->input(), Qt::Key_Enter);
        QTRY_COMPARE(window->currentPage(), ui::Page::Configuration);
        window->palette()->open();
        QTest::keyClicks(palette->input(), QStringLiteral("zzqx"));
        QCOMPARE(palette->results()->rowCount(), 0);
        QCOMPARE(palette->countLine(), QStringLiteral("No command matches “zzqx”."));
        QTest::keyClick(palette->input(), Qt::Key_Return); // nothing to run
        QTest::keyClick(palette->input(), Qt::Key_Escape);
        QCOMPARE(window->currentPage(), ui::Page::Configuration);
    }

private:
    test::SandboxProcess m_sandbox;
    client::ConnectionProfile m_profile;
};

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
