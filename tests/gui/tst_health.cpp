// The Health page against real sandboxes (offscreen): each check of the probe and of the
// server is listed with its status; a sandbox whose NDXP upstream is a closed port shows the
// NDXP link check as FAIL and the change in the history; "Test now" polls again; the history
// survives a restart (a new page on the same file) and an unreadable history file is left
// untouched; the diagnostics report holds the checks and no secret.
#include "client/fleet/fleet.h"
#include "models/alerts/alertmonitor.h"
#include "models/health/healthchecksmodel.h"
#include "models/health/healthtimeline.h"
#include "models/i18n/translations.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "ui/health/healthpage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace lgsp;
using models::HealthChecksModel;

namespace {

client::ConnectionProfile profileFor(const test::SandboxProcess &sandbox, const QString &name)
{
    client::ConnectionProfile p = test::sandboxProfile(sandbox, name);
    p.pollIntervalMs = 5000;
    return p;
}

QString statusOf(const HealthChecksModel *model, const QUuid &id, const QString &check)
{
    const QModelIndex at = model->indexOf(id, check);
    return at.isValid() ? at.siblingAtColumn(HealthChecksModel::StatusColumn)
                              .data(HealthChecksModel::StatusRole)
                              .toString()
                        : QString();
}

} // namespace

class TestHealth final : public QObject
{
    Q_OBJECT

private:
    test::SandboxProcess m_healthy;
    test::SandboxProcess m_broken;
    QTemporaryDir m_dir;

    // The healthy sandbox as "LGSP Hà Nội" and the broken one as "LGSP Hậu Giang".
    std::pair<client::ConnectionProfile, client::ConnectionProfile> watchBoth(client::Fleet *fleet)
    {
        const client::ConnectionProfile good = profileFor(m_healthy, QStringLiteral("LGSP Hà Nội"));
        const client::ConnectionProfile bad =
            profileFor(m_broken, QStringLiteral("LGSP Hậu Giang"));
        fleet->setProfiles({good, bad});
        fleet->setSecret(good.id, m_healthy.bootstrapSecret());
        fleet->setSecret(bad.id, m_broken.bootstrapSecret());
        return {good, bad};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_healthy.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        // An NDXP upstream nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QString upstream = QStringLiteral("http://127.0.0.1:%1/").arg(closed.serverPort());
        closed.close();
        QVERIFY(m_broken.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                QStringLiteral("--ndxp-upstream"), upstream}));
    }

    void checksAndHistoryTellTheTruth()
    {
        client::Fleet fleet;
        const auto [good, bad] = watchBoth(&fleet);
        const QString history = m_dir.filePath(QStringLiteral("health-history.json"));
        {
            ui::HealthPage page(&fleet);
            page.setTimelinePath(history);
            page.resize(1200, 760);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QSignalSpy raised(page.alerts(), &models::AlertMonitor::raised);
            fleet.start();
            const HealthChecksModel *model = page.checks();
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, bad.id, QStringLiteral("server.ndxp-link")),
                                      QStringLiteral("fail"), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, good.id, QStringLiteral("server.ndxp-link")),
                                      QStringLiteral("ok"), 20000);
            for (const QString &check :
                 {QStringLiteral("dns"), QStringLiteral("connect"), QStringLiteral("version"),
                  QStringLiteral("clock"), QStringLiteral("auth")})
                QCOMPARE(statusOf(model, good.id, check), QStringLiteral("ok"));
            // The instance row says FAIL and when it will be checked next.
            const QModelIndex row = model->indexOf(bad.id);
            QCOMPARE(row.siblingAtColumn(HealthChecksModel::StatusColumn)
                         .data(HealthChecksModel::StatusRole)
                         .toString(),
                     QStringLiteral("fail"));
            QVERIFY(
                !row.siblingAtColumn(HealthChecksModel::NextColumn).data().toString().isEmpty());

            // The history has the NDXP link failing on that instance, once.
            int ndxpEvents = 0;
            for (const models::HealthEvent &e : page.timeline()->events(bad.id)) {
                if (e.check == QLatin1String("server.ndxp-link")) {
                    ++ndxpEvents;
                    QCOMPARE(e.to, client::ProbeCheck::Status::Fail);
                }
            }
            QCOMPARE(ndxpEvents, 1);

            // Test now: the selected instance is polled again (and only it).
            page.checksView()->setCurrentIndex(model->indexOf(bad.id, QStringLiteral("dns")));
            QCOMPARE(page.selectedInstance(), bad.id);
            const int pollsBefore = fleet.instance(bad.id)->polls;
            const int otherBefore = fleet.instance(good.id)->polls;
            page.testNow();
            QTRY_VERIFY_WITH_TIMEOUT(fleet.instance(bad.id)->polls > pollsBefore, 5000);
            QVERIFY(fleet.instance(good.id)->polls <= otherBefore + 1);
            // One alert: the NDXP link of that instance, raised once although it failed on
            // every poll since; the healthy instance has none.
            QCOMPARE(raised.count(), 1);
            const auto alert = raised.first().first().value<models::AlertMonitor::Alert>();
            QCOMPARE(alert.instance, bad.id);
            QCOMPARE(alert.condition.kind, models::AlertCondition::Kind::NdxpLink);
            QCOMPARE(alert.condition.severity, models::AlertCondition::Severity::Critical);
            QCOMPARE(page.alerts()->rowCount(), 1);
            QCOMPARE(page.alerts()->worst(), models::AlertMonitor::Level::Critical);
            // A repeated FAIL is not a new event.
            ndxpEvents = 0;
            for (const models::HealthEvent &e : page.timeline()->events(bad.id))
                ndxpEvents += e.check == QLatin1String("server.ndxp-link") ? 1 : 0;
            QCOMPARE(ndxpEvents, 1);

            // Diagnostics: checks and history in, secrets out.
            const QString report = m_dir.filePath(QStringLiteral("diagnostics.json"));
            QString error;
            QVERIFY2(page.saveDiagnostics(report, true, &error), qPrintable(error));
            QFile file(report);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(m_healthy.bootstrapSecret().toUtf8()));
            QVERIFY(!bytes.contains(m_broken.bootstrapSecret().toUtf8()));
            const QJsonObject json = QJsonDocument::fromJson(bytes).object();
            const QJsonArray instances = json.value(QStringLiteral("instances")).toArray();
            QCOMPARE(instances.size(), 2);
            QVERIFY(bytes.contains("server.ndxp-link"));
            QVERIFY(bytes.contains("healthHistory"));
            QVERIFY(!json.value(QStringLiteral("console"))
                         .toObject()
                         .value(QStringLiteral("version"))
                         .toString()
                         .isEmpty());
            test::saveScreenshots(&page, QStringLiteral("health"));
            fleet.stop();
        }
        // A new page on the same file (the console restarted) shows the same history.
        models::HealthTimeline again;
        QString error;
        QVERIFY2(again.open(history, &error), qPrintable(error));
        bool failing = false;
        for (const models::HealthEvent &e : again.events(bad.id))
            failing = failing || (e.check == QLatin1String("server.ndxp-link") &&
                                  e.to == client::ProbeCheck::Status::Fail);
        QVERIFY(failing);
        QCOMPARE(again.lastStatus(bad.id, QStringLiteral("server.ndxp-link")),
                 client::ProbeCheck::Status::Fail);
    }

    // An instance that goes away raises "unreachable" once, and clears it when it is back.
    void unreachableInstanceRaisesOneAlert()
    {
        QTemporaryDir data;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QStringList arguments{QStringLiteral("--listen"),
                                    QStringLiteral("127.0.0.1:%1").arg(probe.serverPort())};
        probe.close();
        auto sandbox = std::make_unique<test::SandboxProcess>(data.path());
        QVERIFY(sandbox->start(arguments));
        const client::ConnectionProfile p = profileFor(*sandbox, QStringLiteral("LGSP Cần Thơ"));
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, sandbox->bootstrapSecret());
        ui::HealthPage page(&fleet);
        QSignalSpy raised(page.alerts(), &models::AlertMonitor::raised);
        QSignalSpy cleared(page.alerts(), &models::AlertMonitor::cleared);
        QSignalSpy updated(&fleet, &client::Fleet::instanceUpdated);
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 15000);
        QCOMPARE(raised.count(), 0);
        sandbox->stop();
        for (int i = 0; i < 2; ++i) {
            const int before = int(updated.count());
            fleet.refreshNow(p.id);
            QTRY_VERIFY_WITH_TIMEOUT(updated.count() > before, 15000);
        }
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.first().first().value<models::AlertMonitor::Alert>().condition.kind,
                 models::AlertCondition::Kind::Unreachable);
        sandbox = std::make_unique<test::SandboxProcess>(data.path());
        QVERIFY(sandbox->start(arguments));
        const int before = int(updated.count());
        fleet.refreshNow(p.id);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() > before, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 15000);
        QCOMPARE(page.alerts()->rowCount(), 0);
        QCOMPARE(raised.count(), 1);
        fleet.stop();
    }

    // The server's own checks come with codes: the page says them in the interface language,
    // not in the server's English.
    void serverChecksAreSaidInTheInterfaceLanguage()
    {
        models::Translations translations;
        translations.setLanguage(QStringLiteral("vi"));
        client::Fleet fleet;
        const auto [good, bad] = watchBoth(&fleet);
        ui::HealthPage page(&fleet);
        const HealthChecksModel *model = page.checks();
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, bad.id, QStringLiteral("server.ndxp-link")),
                                  QStringLiteral("fail"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, good.id, QStringLiteral("server.ndxp-link")),
                                  QStringLiteral("ok"), 20000);
        const auto detail = [model](const QUuid &id, const QString &check) {
            return model->indexOf(id, check)
                .siblingAtColumn(HealthChecksModel::DetailColumn)
                .data()
                .toString();
        };
        const QString database = detail(good.id, QStringLiteral("server.database"));
        QVERIFY2(database.contains(QStringLiteral("lược đồ")) &&
                     database.contains(QStringLiteral("19 đơn vị")),
                 qPrintable(database));
        QCOMPARE(detail(good.id, QStringLiteral("server.gateway")),
                 QStringLiteral("Đang nhận lời gọi."));
        QVERIFY2(detail(good.id, QStringLiteral("server.ndxp-link"))
                     .startsWith(QStringLiteral("Đã kết nối được tới 127.0.0.1:")),
                 qPrintable(detail(good.id, QStringLiteral("server.ndxp-link"))));
        QVERIFY2(detail(bad.id, QStringLiteral("server.ndxp-link"))
                     .endsWith(QStringLiteral(": kết nối bị từ chối.")),
                 qPrintable(detail(bad.id, QStringLiteral("server.ndxp-link"))));
        QVERIFY(detail(good.id, QStringLiteral("server.disk")).contains(QStringLiteral("MiB")));
        for (const QString &check :
             {QStringLiteral("server.database"), QStringLiteral("server.gateway"),
              QStringLiteral("server.ndxp-link"), QStringLiteral("server.certificates"),
              QStringLiteral("server.disk")}) {
            const QString text = detail(good.id, check);
            for (const char *english : {"accepting", "reached", "schema", "free", "plain HTTP"})
                QVERIFY2(!text.contains(QLatin1String(english)), qPrintable(text));
        }
        // Back in English, the server's checks are said in English at once.
        translations.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(detail(good.id, QStringLiteral("server.gateway")),
                     QStringLiteral("Accepting calls."));
        fleet.stop();
    }

    void unreadableHistoryIsLeftUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken-history.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"events\": [ this is not json");
        file.close();
        client::Fleet fleet;
        const client::ConnectionProfile good = profileFor(m_healthy, QStringLiteral("LGSP Hà Nội"));
        fleet.setProfiles({good});
        fleet.setSecret(good.id, m_healthy.bootstrapSecret());
        ui::HealthPage page(&fleet);
        page.setTimelinePath(path);
        QVERIFY(!page.timeline()->problem().isEmpty());
        QSignalSpy updated(&fleet, &client::Fleet::instanceUpdated);
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 15000);
        QVERIFY(!page.timeline()->events().isEmpty()); // kept in memory
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("{\"events\": [ this is not json"));
        fleet.stop();
    }
};

QTEST_MAIN(TestHealth)
#include "tst_health.moc"
