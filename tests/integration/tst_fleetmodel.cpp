// The fleet overview's model over a real fleet: grouped rows, what each poll found, the
// unreachable state, and the model contract under QAbstractItemModelTester.
#include "client/fleet/fleet.h"
#include "models/common/roles.h"
#include "models/fleet/fleetmodel.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using lgsp::client::ConnectionProfile;
using lgsp::client::Fleet;
using lgsp::models::FleetModel;

class TestFleetModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupedRowsShowWhatThePollFound()
    {
        lgsp::test::SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();

        const auto profile = [&](const QString &name, const QString &group, const QUrl &url) {
            ConnectionProfile p;
            p.id = QUuid::createUuid();
            p.name = name;
            p.group = group;
            p.baseUrl = url;
            p.clientId = sandbox.bootstrapClientId();
            p.proxy = QStringLiteral("none");
            return p;
        };
        const ConnectionProfile hauGiang =
            profile(QStringLiteral("LGSP Hậu Giang"), QStringLiteral("Tỉnh"), sandbox.baseUrl());
        const ConnectionProfile haNoi =
            profile(QStringLiteral("LGSP Hà Nội"), QStringLiteral("Tỉnh"), dead);
        const ConnectionProfile ministry =
            profile(QStringLiteral("LGSP Bộ TT&TT"), QStringLiteral("Bộ"), sandbox.baseUrl());

        Fleet fleet;
        FleetModel model(&fleet);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fleet.setProfiles({hauGiang, haNoi, ministry});
        for (const ConnectionProfile &p : {hauGiang, haNoi, ministry})
            fleet.setSecret(p.id, sandbox.bootstrapSecret());
        QCOMPARE(model.rowCount(), 2); // Tỉnh, Bộ
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        // Not polled yet and not being polled: waiting for its turn, not "checking".
        QCOMPARE(model.index(0, 0).data(lgsp::models::StatusRole).toString(),
                 QStringLiteral("waiting"));
        QCOMPARE(model.indexOf(haNoi.id, FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("Waiting"));
        QVERIFY(model.indexOf(haNoi.id, FleetModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("a few instances at a time")));
        // Once its poll starts, it is being checked.
        QStringList whenStarted;
        connect(&fleet, &Fleet::probeStarted, this, [&](const QUuid &id) {
            whenStarted << model.indexOf(id, FleetModel::StatusColumn)
                               .data(lgsp::models::StatusRole)
                               .toString();
        });

        QSignalSpy updated(&fleet, &Fleet::instanceUpdated);
        fleet.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 3, 20000);
        QCOMPARE(whenStarted, QStringList(3, QStringLiteral("checking")));

        const QModelIndex ok = model.indexOf(hauGiang.id, FleetModel::StatusColumn);
        QCOMPARE(ok.data(lgsp::models::StatusRole).toString(), QStringLiteral("ok"));
        QCOMPARE(ok.siblingAtColumn(FleetModel::TenantsColumn).data().toString(),
                 QStringLiteral("19"));
        QCOMPARE(
            ok.siblingAtColumn(FleetModel::ServicesColumn).data(lgsp::models::RawRole).toLongLong(),
            40);
        QVERIFY(ok.siblingAtColumn(FleetModel::VersionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("API 1.")));
        QCOMPARE(ok.siblingAtColumn(FleetModel::NdxpColumn).data(lgsp::models::RawRole).toString(),
                 QStringLiteral("ok"));
        // The sparkline is the fleet's minutes, as measured (a fresh sandbox has fewer).
        QCOMPARE(ok.siblingAtColumn(FleetModel::TrafficColumn)
                     .data(FleetModel::SparklineRole)
                     .value<QList<qint64>>(),
                 fleet.instance(hauGiang.id)->callsPerMinute);

        const QModelIndex down = model.indexOf(haNoi.id, FleetModel::StatusColumn);
        QCOMPARE(down.data(lgsp::models::StatusRole).toString(), QStringLiteral("unreachable"));
        QVERIFY(!down.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(!down.siblingAtColumn(FleetModel::TenantsColumn).data().isValid());
        // The group shows its worst instance.
        QCOMPARE(down.parent().data(lgsp::models::StatusRole).toString(),
                 QStringLiteral("unreachable"));
        QCOMPARE(model.indexOf(ministry.id).parent().data(lgsp::models::StatusRole).toString(),
                 QStringLiteral("ok"));

        // Removing a profile removes its row.
        fleet.setProfiles({hauGiang, ministry});
        QCOMPARE(model.rowCount(model.indexOf(hauGiang.id).parent()), 1);
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "tst_fleetmodel.moc"
