// The application shell offscreen: pages, navigation, and language switching at run time.
#include "client/fleet/fleet.h"
#include "lgsp_version.h"
#include "models/alerts/alertmonitor.h"
#include "models/common/roles.h"
#include "models/config/bundledocument.h"
#include "models/config/bundlerecovery.h"
#include "models/fleet/fleetmodel.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "sandboxprocess.h"
#include "teststrings.h"
#include "ui/about/aboutdialog.h"
#include "ui/catalog/catalogpage.h"
#include "ui/common/emptystate.h"
#include "ui/config/configpage.h"
#include "ui/fleet/fleetpage.h"
#include "ui/health/healthpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/menus.h"
#include "ui/shell/sidebar.h"
#include "ui/tenants/tenantspage.h"
#include "ui/welcome/welcomepage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace lgsp;
using ui::Page;

namespace {
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}
// Qt delivers QEvent::LanguageChange only while the event loop runs (as it does when a
// person picks a language from the menu), so switch inside a running loop.
void switchLanguageLikeAPerson(ui::MainWindow *window, const QString &language)
{
    QTimer::singleShot(0, window, [window, language] {
        window->switchLanguage(language);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    });
    QCoreApplication::exec();
}

// The controls on show a screen reader could not name: an input, list or icon-only button
// without an accessible name (a button's text is its name).
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    const auto hasLabel = [&labels](QWidget *field) {
        return std::any_of(labels.cbegin(), labels.cend(), [field](QLabel *label) {
            return label->buddy() == field && !label->text().isEmpty();
        });
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        // On Linux a combo box is announced by its value: it needs a label (its buddy).
        auto *combo = qobject_cast<QComboBox *>(w);
        if (combo && !qobject_cast<QAbstractItemView *>(w->parentWidget()) && !hasLabel(combo))
            unnamed << QStringLiteral("QComboBox \"%1\" without a label").arg(combo->currentText());
        // The (×) of a search field.
        if (qobject_cast<QToolButton *>(w) && qobject_cast<QLineEdit *>(w->parentWidget()) &&
            w->accessibleName().isEmpty())
            unnamed << QStringLiteral("the clear button of %1")
                           .arg(w->parentWidget()->accessibleName());
        if (!w->accessibleName().isEmpty())
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                           qobject_cast<QAbstractItemView *>(w) ||
                           qobject_cast<QAbstractSpinBox *>(w);
        // A combo box's own line edit and a view's internal parts are named by their owner.
        if (qobject_cast<QComboBox *>(w->parentWidget()) ||
            qobject_cast<QAbstractItemView *>(w->parentWidget()))
            continue;
        if (input || (button && button->text().isEmpty()))
            unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') +
                           w->objectName() + QLatin1Char('"') + w->toolTip() + QLatin1Char('"');
    }
    return unnamed;
}
} // namespace

// Presses the button `text` of the message box open now (tried again until there is one).
void answer(const QString &text)
{
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    if (!box) {
        QTimer::singleShot(20, qApp, [text] { answer(text); });
        return;
    }
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text) {
            button->click();
            return;
        }
    }
    box->reject();
}

class TestShell final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings =
            std::make_unique<models::AppSettings>(m_dir->filePath(QStringLiteral("settings.json")));
        m_translations = std::make_unique<models::Translations>();
        QVERIFY(m_translations->setLanguage(QStringLiteral("en")));
        m_fleet = std::make_unique<client::Fleet>();
        m_window =
            std::make_unique<ui::MainWindow>(m_settings.get(), m_translations.get(), m_fleet.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_translations.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void constructsWithEveryPage()
    {
        QCOMPARE(m_window->currentPage(), Page::Fleet);
        QCOMPARE(m_window->sidebar()->entryTexts(),
                 strings({"Fleet", "Tenants", "Services", "Transactions", "Health", "Configuration",
                          "Reports"}));
        QCOMPARE(m_window->menus()->menuTitles(),
                 strings({"&File", "&View", "&Language", "&Help"}));
        QCOMPARE(m_window->connectionStatusText(), QStringLiteral("No instance connected"));
        for (Page page : ui::kSidebarPages) {
            m_window->showPage(page);
            QCOMPARE(m_window->currentPage(), page);
        }
    }

    // Unsaved configuration work: closing the window asks, "Cancel" keeps the window open on
    // the Configuration page, "Discard changes" lets it close. The title shows the change.
    // A start builds only what it shows; the other pages come when first shown or asked
    // for, and what must run from the start (alerts) does not wait for its page.
    void pagesAreBuiltWhenFirstShown()
    {
        QVERIFY(m_window->isPageBuilt(Page::Fleet));
        QVERIFY(m_window->isPageBuilt(Page::Welcome));
        for (Page page : {Page::Tenants, Page::Services, Page::Transactions, Page::Health,
                          Page::Configuration, Page::Reports})
            QVERIFY2(!m_window->isPageBuilt(page), qPrintable(ui::pageName(page)));
        QVERIFY(m_window->alerts());
        QCOMPARE(m_window->currentPage(), Page::Fleet);

        m_window->showPage(Page::Health);
        QVERIFY(m_window->isPageBuilt(Page::Health));
        QCOMPARE(m_window->healthPage()->alerts(), m_window->alerts());
        QVERIFY(!m_window->isPageBuilt(Page::Tenants));
        // The palette searches tenants and services: opening it builds those pages.
        m_window->palette();
        QVERIFY(m_window->isPageBuilt(Page::Tenants));
        QVERIFY(m_window->isPageBuilt(Page::Services));
        QVERIFY(!m_window->isPageBuilt(Page::Reports));

        // No unsaved configuration work: the configuration page waits.
        const QString recovery = m_dir->filePath(QStringLiteral("config-recovery.json"));
        m_window->setConfigRecoveryPath(recovery);
        QVERIFY(!m_window->isPageBuilt(Page::Configuration));
    }

    // Work a stopped run left unsaved is offered back at once, not when the page is opened.
    void unsavedConfigurationWorkBuildsItsPage()
    {
        const QString recovery = m_dir->filePath(QStringLiteral("config-recovery.json"));
        {
            models::BundleDocument crashed;
            models::BundleRecovery writer(&crashed, recovery);
            crashed.openModified(models::BundleDocument::templateDocument(), QString());
            QVERIFY(writer.writeNow());
        }
        QVERIFY(!m_window->isPageBuilt(Page::Configuration));
        m_window->setConfigRecoveryPath(recovery);
        QVERIFY(m_window->isPageBuilt(Page::Configuration));
        m_window->showPage(Page::Configuration);
        QVERIFY(m_window->configPage()->recoverPending());
        QVERIFY(m_window->configPage()->document()->isModified());
    }

    void closingAsksAboutUnsavedConfiguration()
    {
        m_window->configPage()->newFromTemplate();
        QVERIFY(m_window->isWindowModified());
        QTimer::singleShot(0, this, [] { answer(QStringLiteral("Cancel")); });
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->currentPage(), Page::Configuration);
        QTimer::singleShot(0, this, [] { answer(QStringLiteral("Discard changes")); });
        QVERIFY(m_window->close());
        QVERIFY(!m_window->configPage()->document()->isOpen());
    }

    void languageSwitchesAtRunTime()
    {
        m_window->showPage(Page::Welcome);
        QCOMPARE(m_window->welcomePage()->headline(), QStringLiteral("Welcome to LGSP Console"));

        switchLanguageLikeAPerson(m_window.get(), QStringLiteral("vi"));
        QCOMPARE(m_window->sidebar()->entryTexts(),
                 strings({"Tổng quan", "Đơn vị", "Danh mục dịch vụ", "Giao dịch",
                          "Tình trạng kết nối", "Cấu hình", "Báo cáo"}));
        QCOMPARE(m_window->menus()->menuTitles(),
                 strings({"&Tệp", "&Xem", "&Ngôn ngữ", "Trợ &giúp"}));
        QCOMPARE(m_window->welcomePage()->headline(),
                 QStringLiteral("Chào mừng đến với LGSP Console"));
        QCOMPARE(m_window->welcomePage()->choiceTexts(),
                 strings({"Dùng thử LGSP với sandbox trên máy này", "Thêm hệ thống LGSP",
                          "Nhập danh sách kết nối"}));
        QCOMPARE(m_window->connectionStatusText(), QStringLiteral("Chưa kết nối hệ thống nào"));
        QCOMPARE(m_window->windowTitle().remove(QLatin1String("[*]")),
                 QStringLiteral("Bắt đầu — LGSP Console"));
        QCOMPARE(m_window->fleetPage()->findChild<ui::EmptyState *>()->title(),
                 QStringLiteral("Chưa kết nối hệ thống LGSP nào"));

        // Remembered for the next start.
        models::AppSettings reread(m_settings->filePath());
        QVERIFY(reread.load());
        QCOMPARE(reread.value(models::SettingKeys::Language), QStringLiteral("vi"));

        switchLanguageLikeAPerson(m_window.get(), QStringLiteral("en"));
        QCOMPARE(m_window->sidebar()->entryTexts().first(), QStringLiteral("Fleet"));
        QCOMPARE(m_window->menus()->menuTitles().first(), QStringLiteral("&File"));
        QCOMPARE(m_window->welcomePage()->choiceTexts().first(),
                 QStringLiteral("Try LGSP with a local sandbox"));
    }

    void sidebarNavigates()
    {
        auto *list = m_window->sidebar()->findChild<QListWidget *>();
        QVERIFY(list);
        list->setCurrentRow(2, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(m_window->currentPage(), Page::Services);
        // Focusing the list on the welcome page must not jump to another page.
        m_window->showPage(Page::Welcome);
        list->setFocus();
        QApplication::processEvents();
        QCOMPARE(m_window->currentPage(), Page::Welcome);
    }

    void welcomeStartsTheDemo()
    {
        m_window->showPage(Page::Welcome);
        QSignalSpy requested(m_window.get(), &ui::MainWindow::demoRequested);
        const auto buttons = m_window->welcomePage()->findChildren<QCommandLinkButton *>();
        QCOMPARE(buttons.size(), 3);
        QVERIFY(buttons.at(0)->isEnabled());
        QTest::mouseClick(buttons.at(0), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        m_window->setDemoStarting();
        QCOMPARE(m_window->currentPage(), Page::Fleet);
        QVERIFY(!buttons.at(0)->isEnabled());
    }

    void connectedInstanceShowsInFleetAndStatusBar()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        client::ConnectionProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = QStringLiteral("LGSP Hậu Giang");
        profile.group = QStringLiteral("Tỉnh");
        profile.baseUrl = sandbox.baseUrl();
        profile.clientId = sandbox.bootstrapClientId();
        profile.proxy = QStringLiteral("none");
        m_fleet->setProfiles({profile});
        m_fleet->setSecret(profile.id, sandbox.bootstrapSecret());
        QSignalSpy updated(m_fleet.get(), &client::Fleet::instanceUpdated);
        m_fleet->refreshNow();
        QVERIFY(updated.wait(20000));
        QCOMPARE(m_window->fleetPage()->instanceCount(), 1);
        QCOMPARE(m_window->connectionStatusText(), QStringLiteral("1 instance connected"));
        // The row is visible under its group, with the figures of the poll.
        QTreeView *view = m_window->fleetPage()->view();
        const QModelIndex group = view->model()->index(0, 0);
        QVERIFY(view->isExpanded(group));
        const QModelIndex row = view->model()->index(0, models::FleetModel::NameColumn, group);
        QCOMPARE(row.data().toString(), QStringLiteral("LGSP Hậu Giang"));
        QCOMPARE(row.siblingAtColumn(models::FleetModel::TenantsColumn).data().toString(),
                 QStringLiteral("19"));
        QCOMPARE(row.siblingAtColumn(models::FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("OK"));
        switchLanguageLikeAPerson(m_window.get(), QStringLiteral("vi"));
        QCOMPARE(m_window->connectionStatusText(), QStringLiteral("Đã kết nối 1 hệ thống"));
        QCOMPARE(row.siblingAtColumn(models::FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("Tốt"));
        // Double-clicking the row opens its tenants, and only its tenants. (Quitting the
        // helper's event loop closed the window: Qt 6 closes windows on quit().)
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        Q_EMIT m_window->fleetPage()->instanceActivated(profile.id);
        QCOMPARE(m_window->currentPage(), Page::Tenants);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->tenantsPage()->view()->model()->rowCount(), 19, 15000);
        // Every control on every page can be named by a screen reader, in both languages
        // (with text in the search fields, so their clear buttons show). The real window
        // over AT-SPI: tests/accessibility.
        m_window->tenantsPage()->searchBox()->setText(QStringLiteral("ha noi"));
        m_window->catalogPage()->searchBox()->setText(QStringLiteral("ho tich"));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("vi")}) {
            switchLanguageLikeAPerson(m_window.get(), language);
            m_window->show();
            for (const Page page : ui::kSidebarPages) {
                m_window->showPage(page);
                QTest::qWait(50);
                const QStringList unnamed = unnamedControls(m_window.get());
                QVERIFY2(unnamed.isEmpty(), qPrintable(ui::pageName(page) + QLatin1String(": ") +
                                                       unnamed.join(QLatin1String(", "))));
            }
        }
        m_window->tenantsPage()->searchBox()->clear();
        m_window->catalogPage()->searchBox()->clear();
        m_window->showPage(Page::Tenants);
        // Tab goes from the search box to the instance selector, and on to the table.
        QWidget *search = m_window->tenantsPage()->searchBox();
        QCOMPARE(search->nextInFocusChain()->accessibleName(), QStringLiteral("Hệ thống")); // vi
        QWidget *w = search;
        for (int i = 0; i < 20 && w != m_window->tenantsPage()->view(); ++i)
            w = w->nextInFocusChain();
        QCOMPARE(w, m_window->tenantsPage()->view());
        // Stopping the instance turns its row unreachable at the next poll.
        sandbox.stop();
        m_fleet->refreshNow();
        QVERIFY(updated.wait(20000));
        QCOMPARE(row.siblingAtColumn(models::FleetModel::StatusColumn)
                     .data(models::StatusRole)
                     .toString(),
                 QStringLiteral("unreachable"));
        // ... and its status column grows to show the whole word, not "Không kết nối đ…".
        m_window->showPage(Page::Fleet);
        QTreeView *fleetView = m_window->fleetPage()->view();
        const QModelIndex status = fleetView->model()->index(0, models::FleetModel::StatusColumn);
        const QString text = status.data().toString();
        QVERIFY(!text.isEmpty());
        QTRY_VERIFY2_WITH_TIMEOUT(
            fleetView->columnWidth(models::FleetModel::StatusColumn) >
                fleetView->fontMetrics().horizontalAdvance(text) +
                    fleetView->fontMetrics().height(),
            qPrintable(QStringLiteral("%1 px for \"%2\"")
                           .arg(fleetView->columnWidth(models::FleetModel::StatusColumn))
                           .arg(text)),
            3000);
    }

    void failedDemoShowsTheReason()
    {
        m_window->setDemoFailed(QStringLiteral("The sandbox program was not found."));
        QCOMPARE(m_window->currentPage(), Page::Welcome);
        QVERIFY(m_window->welcomePage()->findChildren<QLabel *>().size() > 0);
        bool shown = false;
        for (QLabel *label : m_window->welcomePage()->findChildren<QLabel *>())
            shown =
                shown || (label->isVisible() && label->text().contains(QLatin1String("not found")));
        QVERIFY(shown);
    }

    void aboutShowsVersionsAndLicences()
    {
        ui::AboutDialog dialog(m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString text = ui::AboutDialog::aboutText();
        QVERIFY(text.contains(QLatin1String(LGSP_VERSION_STRING)));
        QVERIFY(text.contains(QLatin1String(QT_VERSION_STR)));
        QVERIFY(text.contains(QLatin1String("QtKeychain")));
        QVERIFY(text.contains(QLatin1String("GNU General Public License")));
        // LGSP_SHOT_DIR: keep a picture of the dialog for a person to look at.
        const QString shots = qEnvironmentVariable("LGSP_SHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/about.png")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<models::AppSettings> m_settings;
    std::unique_ptr<models::Translations> m_translations;
    std::unique_ptr<client::Fleet> m_fleet;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
