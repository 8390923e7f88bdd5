// Freshness on every panel (offscreen, against a real sandbox): the Tenants and Services
// pages, the Health page and the configuration comparison say how old what they show is
// ("Updated 12 s ago") and turn stale — with a sign and words, not only a colour — when
// they are older than their rule allows (the clock moved forward instead of waiting), when
// the server's count changed since the list was read, or when the bundle was edited since the
// comparison; the status bar names the instances whose polls stopped. Reloading clears it.
#include "apiclient.h"
#include "client/fleet/fleet.h"
#include "models/common/freshness.h"
#include "models/config/bundledocument.h"
#include "models/config/bundlesync.h"
#include "models/i18n/translations.h"
#include "models/settings/appsettings.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "ui/catalog/catalogpage.h"
#include "ui/common/freshnesslabel.h"
#include "ui/config/configpage.h"
#include "ui/config/syncpanel.h"
#include "ui/health/healthpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/page.h"
#include "ui/shell/stalestatus.h"
#include "ui/tenants/tenantspage.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lgsp;
using models::Freshness;

namespace {

constexpr qint64 kMinute = 60 * 1000;

ui::FreshnessLabel *freshnessOf(QWidget *page)
{
    return page->findChild<ui::FreshnessLabel *>(QStringLiteral("freshness"));
}

// Moves the console's clock `ms` forward (0: back to the real time) and lets the labels read it.
void moveClock(qint64 ms, const QList<ui::FreshnessLabel *> &labels)
{
    Freshness::setClockOffsetForTesting(ms);
    for (ui::FreshnessLabel *label : labels)
        label->refresh();
}

} // namespace

class TestFreshness final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    client::ConnectionProfile m_profile;
    QTemporaryDir m_dir;

    void addSandbox(client::Fleet &fleet) const
    {
        fleet.setProfiles({m_profile});
        fleet.setSecret(m_profile.id, m_sandbox.bootstrapSecret());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        m_profile = test::sandboxProfile(m_sandbox, QStringLiteral("LGSP Sandbox"));
        m_profile.pollIntervalMs = 5000;
    }

    void cleanup() { Freshness::setClockOffsetForTesting(0); }

    void tenantsPageAgesAndTurnsStale()
    {
        models::Translations translations; // English, with its plural forms
        translations.setLanguage(QStringLiteral("en"));
        client::Fleet fleet;
        addSandbox(fleet);
        ui::TenantsPage page(&fleet);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::FreshnessLabel *label = freshnessOf(&page);
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 15000);
        QVERIFY2(label->text().startsWith(QStringLiteral("Updated ")), qPrintable(label->text()));
        QVERIFY(label->text().endsWith(QStringLiteral(" s ago")));
        QVERIFY(!label->isStale());
        QVERIFY(label->toolTip().startsWith(QStringLiteral("Read at ")));

        // 16 minutes later without a reload: stale by age, said in words and by a sign.
        QSignalSpy staleChanged(label, &ui::FreshnessLabel::staleChanged);
        moveClock(16 * kMinute, {label});
        QVERIFY(label->isStale());
        QCOMPARE(staleChanged.size(), 1);
        QCOMPARE(label->text(), QStringLiteral("⚠ Stale · Updated 16 min ago"));
        QVERIFY2(label->toolTip().contains(QStringLiteral("more than 15 minutes ago")),
                 qPrintable(label->toolTip()));
        QCOMPARE(label->accessibleName(), label->text());

        // Reloading reads the rows and the clock anew: fresh again.
        moveClock(0, {label});
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && !label->isStale(), 15000);
        QVERIFY(label->text().endsWith(QStringLiteral(" s ago")));

        // The server's count changes after the list was read: a poll says so.
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(m_profile.id)->tenantCount.has_value(), 15000);
        const int polls = fleet.instance(m_profile.id)->polls;
        QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(m_profile.id)->polls > polls, 15000);
        QVERIFY(!label->isStale());
        test::ApiClient api(m_sandbox.baseUrl());
        QVERIFY(api.signIn(m_sandbox.bootstrapClientId(), m_sandbox.bootstrapSecret()));
        QCOMPARE(api.postJson(QStringLiteral("/api/v1/tenants"),
                              {{QStringLiteral("code"), QStringLiteral("000.00.31.H30")},
                               {QStringLiteral("name"), QStringLiteral("Sở Tư pháp Hậu Giang")},
                               {QStringLiteral("kind"), QStringLiteral("agency")}})
                     .status,
                 201);
        fleet.refreshNow(m_profile.id);
        QTRY_VERIFY_WITH_TIMEOUT(label->isStale(), 15000);
        QVERIFY(label->text().startsWith(QStringLiteral("⚠ Stale · Updated ")));
        QVERIFY2(label->toolTip().contains(QStringLiteral("LGSP Sandbox")),
                 qPrintable(label->toolTip()));
        test::saveScreenshots(&page, QStringLiteral("freshness-tenants-stale"));
        page.reload();
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible() && !label->isStale(), 15000);
    }

    void catalogPageHasItsOwn()
    {
        client::Fleet fleet;
        addSandbox(fleet);
        ui::CatalogPage page(&fleet);
        page.resize(1200, 700);
        page.show();
        ui::FreshnessLabel *label = freshnessOf(&page);
        QVERIFY(label);
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 15000);
        QVERIFY(!label->isStale());
        moveClock(14 * kMinute, {label});
        QVERIFY(!label->isStale()); // within the 15 minutes
        QCOMPARE(label->text(), QStringLiteral("Updated 14 min ago"));
        moveClock(15 * kMinute + 2000, {label});
        QVERIFY(label->isStale());
    }

    void healthPageAndStatusBarNameStaleInstances()
    {
        models::AppSettings settings(m_dir.filePath(QStringLiteral("settings.json")));
        models::Translations translations;
        translations.setLanguage(QStringLiteral("en"));
        client::Fleet fleet;
        addSandbox(fleet);
        ui::MainWindow window(&settings, &translations, &fleet);
        window.resize(1400, 860);
        window.show();
        window.showPage(ui::Page::Health);
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(m_profile.id)->polls > 0, 15000);
        ui::FreshnessLabel *label = freshnessOf(window.healthPage());
        QVERIFY(label);
        QTRY_VERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(QStringLiteral("Checked ")), qPrintable(label->text()));
        QVERIFY(!label->isStale());
        auto *status = window.findChild<ui::StaleStatus *>();
        QVERIFY(status);
        QVERIFY(status->isHidden());

        // The polls stop: stop the fleet and move the clock past twice the interval + 5 s.
        fleet.stop();
        Freshness::setClockOffsetForTesting(20 * 1000);
        label->refresh();
        status->refresh();
        QVERIFY(label->isStale());
        QVERIFY2(label->toolTip().contains(QStringLiteral("LGSP Sandbox: last checked")),
                 qPrintable(label->toolTip()));
        QVERIFY(!status->isHidden());
        QCOMPARE(status->text(), QStringLiteral("⚠ Stale: LGSP Sandbox"));
        QCOMPARE(status->staleInstances(), QStringList{QStringLiteral("LGSP Sandbox")});
        test::saveScreenshots(&window, QStringLiteral("freshness-health-stale"));

        // In Vietnamese.
        translations.setLanguage(QStringLiteral("vi"));
        QCoreApplication::processEvents();
        QVERIFY2(status->text().startsWith(QStringLiteral("⚠ ")), qPrintable(status->text()));
        QVERIFY(status->text().endsWith(QStringLiteral("LGSP Sandbox")));
        QVERIFY2(label->text().contains(QStringLiteral("trước")), qPrintable(label->text()));
        QVERIFY(!label->text().contains(QStringLiteral("ago")));

        // A poll that finishes makes them fresh again.
        Freshness::setClockOffsetForTesting(0);
        fleet.refreshNow(m_profile.id);
        const int polls = fleet.instance(m_profile.id)->polls;
        QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(m_profile.id)->polls > polls, 15000);
        QTRY_VERIFY(status->isHidden());
        QTRY_VERIFY(!label->isStale());
        translations.setLanguage(QStringLiteral("en"));
    }

    void comparisonTurnsStaleWhenTheBundleIsEdited()
    {
        client::Fleet fleet;
        addSandbox(fleet);
        ui::ConfigPage page(&fleet);
        page.syncPanel()->setBaseStore(m_dir.filePath(QStringLiteral("bases")));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ui::SyncPanel *sync = page.syncPanel();
        QSignalSpy finished(sync->sync(), &models::BundleSync::finished);
        sync->exportButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        ui::FreshnessLabel *label = freshnessOf(sync);
        QVERIFY(label);
        QVERIFY(!label->isVisible()); // an export is no comparison
        sync->compareButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().startsWith(QStringLiteral("Compared ")), qPrintable(label->text()));
        QVERIFY(!label->isStale());

        // An edit after the comparison: what it showed no longer holds.
        page.document()->setValue(QStringLiteral("/tenants/0/name"),
                                  QStringLiteral("Đã sửa sau khi so sánh"),
                                  QStringLiteral("Rename"));
        QVERIFY(label->isStale());
        QVERIFY2(label->toolTip().contains(QStringLiteral("edited since")),
                 qPrintable(label->toolTip()));
        // Here the reason is written out too: the panel has the room.
        QVERIFY2(label->text().startsWith(QStringLiteral("⚠ Stale · Compared ")) &&
                     label->text().contains(QStringLiteral(" — The bundle has been edited since")),
                 qPrintable(label->text()));
        test::saveScreenshots(&page, QStringLiteral("freshness-compare-stale"));
        sync->compareButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 20000);
        QVERIFY(!label->isStale());
    }
};

QTEST_MAIN(TestFreshness)
#include "tst_freshness.moc"
