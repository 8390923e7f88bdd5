// The connection manager (offscreen) against a real sandbox: the form refuses what cannot
// work, "Test connection" runs the probe on the form as typed and shows every step, saving
// writes the profile file and the fleet starts polling it, duplicate and remove work.
#include "client/fleet/fleet.h"
#include "models/session/consolesession.h"
#include "sandboxprocess.h"
#include "screenshots.h"
#include "ui/connections/connectionmanager.h"
#include "ui/connections/profileform.h"
#include "widgetlookup.h"

#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace lgsp;

namespace {
QLineEdit *field(ui::ProfileForm *form, const QString &accessibleName)
{
    return test::findByAccessibleName<QLineEdit>(form, accessibleName);
}
} // namespace

class TestConnections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addTestSaveDuplicateRemove()
    {
        test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.json"));
        models::ConsoleSession session;
        session.load(file);
        ui::ConnectionManager manager(&session);
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));

        manager.addNew();
        QCOMPARE(manager.list()->count(), 1);
        // The new profile has no address yet: it cannot be saved.
        QVERIFY(!manager.form()->problems().isEmpty());
        QString error;
        QVERIFY(!manager.saveCurrent(&error));

        QLineEdit *url = field(manager.form(), QStringLiteral("Address"));
        QVERIFY(url);
        url->setText(QStringLiteral("ftp://nope"));
        QVERIFY(manager.form()->problems().join(QLatin1Char(' ')).contains(QLatin1String("http")));
        url->setText(sandbox.baseUrl().toString());
        client::ConnectionProfile typed = manager.form()->profile();
        typed.name = QStringLiteral("LGSP Hậu Giang");
        typed.group = QStringLiteral("Tỉnh");
        typed.clientId = sandbox.bootstrapClientId();
        typed.proxy = QStringLiteral("none");
        manager.form()->setProfile(typed, QString());
        field(manager.form(), QStringLiteral("Secret"))->setText(sandbox.bootstrapSecret());
        QVERIFY2(manager.form()->problems().isEmpty(),
                 qPrintable(manager.form()->problems().join(QLatin1Char('\n'))));

        // Test before saving: every step shows with its result.
        manager.testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(
            !manager.isTesting() && manager.testResults()->topLevelItemCount() >= 8, 15000);
        bool authOk = false;
        for (int i = 0; i < manager.testResults()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = manager.testResults()->topLevelItem(i);
            if (item->text(0) == QLatin1String("Authentication"))
                authOk = item->text(1) == QLatin1String("OK");
        }
        QVERIFY(authOk);
        // For documentation: LGSP_SCREENSHOT_DIR=… saves what the manager looks like now.
        test::saveScreenshots(&manager, QStringLiteral("connections"));

        // Save: the file holds the profile (and no secret), the fleet polls it.
        QSignalSpy updated(session.fleet(), &client::Fleet::instanceUpdated);
        QVERIFY2(manager.saveCurrent(&error), qPrintable(error));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(bytes.contains("LGSP H\xe1\xba\xadu Giang"));
        QVERIFY(!bytes.contains(sandbox.bootstrapSecret().toUtf8()));
        QCOMPARE(session.fleet()->ids().size(), 1);
        QVERIFY(updated.wait(15000));
        const client::Fleet::Instance *instance = session.fleet()->instance(typed.id);
        QVERIFY(instance);
        QCOMPARE(instance->lastReport.overall(), client::ProbeCheck::Status::Ok);

        manager.duplicateCurrent();
        QCOMPARE(manager.list()->count(), 2);
        QVERIFY(manager.form()->profile().name.endsWith(QLatin1String("(copy)")));
        QVERIFY(manager.saveCurrent(&error));
        QCOMPARE(session.fleet()->ids().size(), 2);
        manager.removeCurrent(true);
        QCOMPARE(manager.list()->count(), 1);
        QCOMPARE(session.fleet()->ids().size(), 1);
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
