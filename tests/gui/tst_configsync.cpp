// The Configuration page against a real sandbox (offscreen): export the instance's
// configuration, edit it in the form, compare (the changed field, instance value beside
// bundle value), dry run, apply (new revision and audit correlation id) and export again
// to find the edit; two officers applying from the same base revision — the second is
// refused, told why, sees what the first changed and applies after taking the new base;
// the server's dry-run errors lead to their field; a read-only profile cannot apply.
#include "awaitresult.h"
#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/config/bundledocument.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "ui/common/noticebar.h"
#include "ui/config/configpage.h"
#include "ui/config/serviceeditor.h"
#include "ui/config/syncpanel.h"
#include "ui/config/tenanteditor.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lgsp;
using models::BundleSync;

namespace {

client::ConnectionProfile profileFor(const test::SandboxProcess &sandbox, const QString &name,
                                     bool readOnly = false)
{
    client::ConnectionProfile p = test::sandboxProfile(sandbox, name);
    p.readOnly = readOnly;
    return p;
}

// Runs one step of the panel and returns its outcome.
BundleSync::Outcome run(ui::ConfigPage &page, const std::function<void()> &start)
{
    QSignalSpy finished(page.syncPanel()->sync(), &BundleSync::finished);
    start();
    if (finished.isEmpty() && !finished.wait(20000))
        return {};
    return finished.first().first().value<BundleSync::Outcome>();
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Sets the name of tenant `code` through the form, as an officer would.
bool renameInForm(ui::ConfigPage &page, const QString &code, const QString &name)
{
    const QJsonArray tenants = page.document()->value(QStringLiteral("/tenants")).toArray();
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        if (tenants.at(i).toObject().value(QStringLiteral("code")).toString() != code)
            continue;
        page.selectPointer(QStringLiteral("/tenants/%1/name").arg(i));
        auto *line =
            qobject_cast<QLineEdit *>(page.tenantEditor()->editorOf(QStringLiteral("/name")));
        if (!line)
            return false;
        line->selectAll();
        typeText(line, name);
        return page.document()->value(QStringLiteral("/tenants/%1/name").arg(i)).toString() == name;
    }
    return false;
}

QString serverTenantName(client::Fleet &fleet, const QUuid &id, const QString &code)
{
    const auto bundle = test::awaitResult<client::Result<protocol::ConfigBundle>>(
        [&](const client::Handler<protocol::ConfigBundle> &done) {
            fleet.connection(id)->backend()->exportConfig(&fleet, done);
        },
        20000);
    if (!bundle || !bundle->ok())
        return {};
    for (const auto &tenant : bundle->value.tenants) {
        if (tenant.input.code == code)
            return tenant.input.name;
    }
    return {};
}

} // namespace

class TestConfigSync final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BundleSync::Outcome>();
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
    }

    void exportEditCompareDryRunApply()
    {
        const auto profile = profileFor(m_sandbox, QStringLiteral("LGSP Hậu Giang"));
        client::Fleet fleet;
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, m_sandbox.bootstrapSecret());
        ui::ConfigPage page(&fleet);
        page.syncPanel()->setBaseStore(m_dir.filePath(QStringLiteral("bases")));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        ui::SyncPanel *sync = page.syncPanel();
        QCOMPARE(sync->currentInstance(), profile.id);
        QVERIFY(sync->exportButton()->isEnabled());
        QVERIFY(!sync->compareButton()->isEnabled()); // nothing open yet

        BundleSync::Outcome exported = run(page, [&] { sync->exportButton()->click(); });
        QVERIFY2(exported.ok(), qPrintable(exported.error.message()));
        QVERIFY(page.document()->isOpen());
        QVERIFY(page.document()->isModified()); // a new bundle, not saved yet
        const qint64 base = exported.liveRevision;
        QCOMPARE(page.document()->value(QStringLiteral("/revision")).toInteger(), base);
        QCOMPARE(page.document()->errorCount(), 0);

        const QString code = QStringLiteral("000.00.00.H30");
        const QString before = serverTenantName(fleet, profile.id, code);
        QVERIFY(!before.isEmpty());
        QVERIFY(renameInForm(page, code, QStringLiteral("UBND tỉnh Hậu Giang")));

        BundleSync::Outcome compared = run(page, [&] { sync->compareButton()->click(); });
        QVERIFY(compared.ok());
        QCOMPARE(compared.changes.size(), 1);
        QCOMPARE(compared.changes.first().id, code);
        QCOMPARE(compared.changes.first().fields.size(), 1);
        QCOMPARE(compared.changes.first().fields.first().field, QStringLiteral("name"));
        QVERIFY(compared.driftKnown);
        QVERIFY(compared.drift.isEmpty());
        // Side by side in the panel: the instance's value, then the bundle's.
        QTreeWidgetItem *item = sync->results()->topLevelItem(0)->child(0);
        QVERIFY(item);
        QCOMPARE(item->child(0)->text(2), before);
        QCOMPARE(item->child(0)->text(3), QStringLiteral("UBND tỉnh Hậu Giang"));
        lgsp::test::saveScreenshots(&page, QStringLiteral("config-compare"));

        BundleSync::Outcome dry = run(page, [&] { sync->dryRunButton()->click(); });
        QVERIFY(dry.ok());
        QVERIFY(dry.valid);
        QCOMPARE(dry.serverChanges.size(), 1);
        QCOMPARE(dry.serverChanges.first().id, code);
        QCOMPARE(serverTenantName(fleet, profile.id, code), before); // a dry run changes nothing

        QVERIFY(sync->applyButton()->isEnabled());
        BundleSync::Outcome applied = run(page, [&] { sync->applyNow(); });
        QVERIFY2(applied.ok(), qPrintable(applied.error.message()));
        QVERIFY(applied.newRevision > base);
        QVERIFY(!applied.correlationId.isEmpty());
        QVERIFY(sync->notice()->text().contains(applied.correlationId));
        QCOMPARE(page.document()->value(QStringLiteral("/revision")).toInteger(),
                 applied.newRevision);
        QCOMPARE(serverTenantName(fleet, profile.id, code), QStringLiteral("UBND tỉnh Hậu Giang"));

        // Export again: the instance's configuration is the edited bundle.
        BundleSync::Outcome again = run(page, [&] { sync->compareButton()->click(); });
        QVERIFY(again.ok());
        QCOMPARE(again.changes.size(), 0);
        QCOMPARE(again.liveRevision, applied.newRevision);
    }

    void secondApplierFromTheSameBaseIsRefused()
    {
        const auto profile = profileFor(m_sandbox, QStringLiteral("LGSP Hậu Giang"));
        client::Fleet fleet;
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, m_sandbox.bootstrapSecret());
        ui::ConfigPage first(&fleet);
        ui::ConfigPage second(&fleet);
        for (ui::ConfigPage *page : {&first, &second}) {
            page->syncPanel()->setBaseStore(m_dir.filePath(QStringLiteral("bases")));
            page->resize(1280, 800);
            page->show();
            QVERIFY(run(*page, [&] { page->syncPanel()->sync()->exportFrom(profile.id); }).ok());
        }
        const qint64 base = first.document()->value(QStringLiteral("/revision")).toInteger();
        QCOMPARE(second.document()->value(QStringLiteral("/revision")).toInteger(), base);

        QVERIFY(first.document()->isOpen());
        first.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&first));
        QVERIFY(renameInForm(first, QStringLiteral("000.00.00.G14"), QStringLiteral("Bộ CA")));
        QVERIFY(run(first, [&] { first.syncPanel()->applyNow(); }).ok());

        second.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QVERIFY(renameInForm(second, QStringLiteral("000.00.00.G18"), QStringLiteral("BYT")));
        BundleSync::Outcome refused = run(second, [&] { second.syncPanel()->applyNow(); });
        QVERIFY(refused.conflict());
        ui::NoticeBar *notice = second.syncPanel()->notice();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("revision %1").arg(base)),
                 qPrintable(notice->text()));
        QCOMPARE(serverTenantName(fleet, profile.id, QStringLiteral("000.00.00.G18")),
                 QStringLiteral("Bộ Y tế")); // nothing of it was applied

        // "Compare again": what the first officer changed shows as drift.
        BundleSync::Outcome compared = run(second, [&] { notice->primaryButton()->click(); });
        QVERIFY(compared.ok());
        QVERIFY(compared.driftKnown);
        QCOMPARE(compared.drift.size(), 1);
        QCOMPARE(compared.drift.first().id, QStringLiteral("000.00.00.G14"));
        // Applying now would undo the first officer's change: it is listed too.
        QCOMPARE(compared.changes.size(), 2);
        QVERIFY(notice->isVisible()); // "Take revision N as base"
        notice->primaryButton()->click();
        QCOMPARE(second.document()->value(QStringLiteral("/revision")).toInteger(),
                 compared.liveRevision);
        QVERIFY(run(second, [&] { second.syncPanel()->applyNow(); }).ok());
        QCOMPARE(serverTenantName(fleet, profile.id, QStringLiteral("000.00.00.G18")),
                 QStringLiteral("BYT"));
    }

    void serverErrorsLeadToTheirField()
    {
        const auto profile = profileFor(m_sandbox, QStringLiteral("LGSP Hậu Giang"));
        client::Fleet fleet;
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, m_sandbox.bootstrapSecret());
        ui::ConfigPage page(&fleet);
        page.syncPanel()->setBaseStore(m_dir.filePath(QStringLiteral("bases")));
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(run(page, [&] { page.syncPanel()->sync()->exportFrom(profile.id); }).ok());
        page.document()->setValue(QStringLiteral("/services/0/sla/timeoutMs"), 5, QString());
        QVERIFY(!page.syncPanel()->applyButton()->isEnabled()); // errors: no apply
        BundleSync::Outcome dry = run(page, [&] { page.syncPanel()->dryRunButton()->click(); });
        QVERIFY(dry.ok());
        QVERIFY(!dry.valid);
        QTreeWidgetItem *error = page.syncPanel()->results()->topLevelItem(0)->child(0);
        QVERIFY(error);
        QCOMPARE(error->toolTip(0), QStringLiteral("/services/0/sla/timeoutMs"));
        page.selectPointer(QStringLiteral("/tenants/0"));
        Q_EMIT page.syncPanel()->results()->itemActivated(error, 0);
        QCOMPARE(page.currentEditor(), static_cast<QWidget *>(page.serviceEditor()));
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->metaObject()->className(), "QSpinBox");
    }

    void readOnlyProfileCannotApply()
    {
        const auto profile = profileFor(m_sandbox, QStringLiteral("LGSP (xem)"), true);
        client::Fleet fleet;
        fleet.setProfiles({profile});
        fleet.setSecret(profile.id, m_sandbox.bootstrapSecret());
        ui::ConfigPage page(&fleet);
        page.syncPanel()->setBaseStore(m_dir.filePath(QStringLiteral("bases")));
        QVERIFY(run(page, [&] { page.syncPanel()->sync()->exportFrom(profile.id); }).ok());
        QVERIFY(page.syncPanel()->compareButton()->isEnabled());
        QVERIFY(!page.syncPanel()->applyButton()->isEnabled());
        QVERIFY(page.syncPanel()->applyButton()->toolTip().contains(QLatin1String("read-only")));
        const BundleSync::Outcome refused = run(page, [&] { page.syncPanel()->applyNow(); });
        QCOMPARE(refused.error.kind, client::ClientError::Kind::Forbidden);
    }
};

QTEST_MAIN(TestConfigSync)
#include "tst_configsync.moc"
