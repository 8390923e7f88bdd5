// The fleet object driving many connections against a real sandbox: no burst when a hundred
// instances start together, never more probes at once than the limit, exactly one update per
// poll, and a status change when an instance goes down.
#include "client/fleet/fleet.h"
#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using lgsp::client::ConnectionProfile;
using lgsp::client::Fleet;
using lgsp::client::ProbeCheck;
using lgsp::test::SandboxProcess;

namespace {

QList<ConnectionProfile> profiles(const SandboxProcess &sandbox, int count, int intervalMs)
{
    QList<ConnectionProfile> list;
    for (int i = 0; i < count; ++i) {
        ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("LGSP %1").arg(i);
        p.baseUrl = sandbox.baseUrl();
        p.clientId = sandbox.bootstrapClientId();
        p.proxy = QStringLiteral("none");
        p.pollIntervalMs = intervalMs;
        list.append(p);
    }
    return list;
}

} // namespace

class TestFleet final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProbeCheck::Status>();
        // Enough requests a minute for a hundred probing connections.
        QVERIFY(m_sandbox.start({QStringLiteral("--rate-limit"), QStringLiteral("100000")}));
    }

    void hundredInstancesStartWithoutABurst()
    {
        Fleet fleet;
        fleet.setMaxConcurrent(4);
        fleet.setStagger(std::chrono::milliseconds(100));
        const QList<ConnectionProfile> list = profiles(m_sandbox, 100, 60000);
        fleet.setProfiles(list);
        for (const ConnectionProfile &p : list)
            fleet.setSecret(p.id, m_sandbox.bootstrapSecret());
        int maxRunning = 0;
        QList<qint64> startedAt;
        QElapsedTimer clock;
        connect(&fleet, &Fleet::probeStarted, this, [&] {
            maxRunning = std::max(maxRunning, fleet.runningProbes());
            startedAt.append(clock.elapsed());
        });
        QSignalSpy updated(&fleet, &Fleet::instanceUpdated);
        clock.start();
        fleet.start();
        QTest::qWait(1000);
        // About ten in the first second (one every 100 ms), not a hundred; counted by when
        // each started, as a busy machine may wake this test late.
        const auto inFirstSecond = std::count_if(startedAt.cbegin(), startedAt.cend(),
                                                 [](qint64 at) { return at < 1000; });
        QVERIFY2(inFirstSecond <= 13, qPrintable(QString::number(inFirstSecond)));
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 100, 40000);
        QVERIFY(maxRunning <= 4);
        // Exactly one update per instance, all healthy.
        QSet<QUuid> seen;
        for (const QList<QVariant> &args : std::as_const(updated))
            seen.insert(args.first().toUuid());
        QCOMPARE(seen.size(), 100);
        for (const QUuid &id : fleet.ids()) {
            QCOMPARE(fleet.instance(id)->polls, 1);
            QCOMPARE(fleet.instance(id)->lastReport.overall(), ProbeCheck::Status::Ok);
        }
    }

    void refreshAllRespectsTheLimit()
    {
        Fleet fleet;
        fleet.setMaxConcurrent(3);
        const QList<ConnectionProfile> list = profiles(m_sandbox, 30, 60000);
        fleet.setProfiles(list);
        for (const ConnectionProfile &p : list)
            fleet.setSecret(p.id, m_sandbox.bootstrapSecret());
        int maxRunning = 0;
        connect(&fleet, &Fleet::probeStarted, this,
                [&] { maxRunning = std::max(maxRunning, fleet.runningProbes()); });
        QSignalSpy updated(&fleet, &Fleet::instanceUpdated);
        fleet.refreshNow();
        QCOMPARE(fleet.runningProbes(), 3);
        QCOMPARE(fleet.queuedProbes(), 27);
        fleet.refreshNow(); // already queued: no duplicates
        QCOMPARE(fleet.queuedProbes(), 27);
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 30, 30000);
        QCOMPARE(maxRunning, 3);
    }

    void aBusyNewInstanceShowsItsCallsAtOnce()
    {
        // A sandbox a few seconds old with traffic: its whole minutes hold little or nothing,
        // but the figure of the overview is the calls of the last 60 seconds.
        SandboxProcess busy;
        QVERIFY(busy.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                            QStringLiteral("--simulate"), QStringLiteral("30")}));
        Fleet fleet;
        ConnectionProfile p = profiles(busy, 1, 5000).first();
        fleet.setProfiles({p});
        fleet.setSecret(p.id, busy.bootstrapSecret());
        QTest::qWait(3000);
        QSignalSpy updated(&fleet, &Fleet::instanceUpdated);
        fleet.start();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 10000);
        const Fleet::Instance *instance = fleet.instance(p.id);
        QVERIFY(instance->callsLastMinute.has_value());
        QVERIFY2(*instance->callsLastMinute > 0,
                 qPrintable(QString::number(*instance->callsLastMinute)));
        // Never more than the sandbox has recorded since it started.
        const qint64 sinceStart = [&] {
            qint64 n = 0;
            for (qint64 c : instance->callsPerMinute)
                n += c;
            return n;
        }();
        QVERIFY(*instance->callsLastMinute <= sinceStart + 30 * 60);
    }

    void instanceGoingDownChangesItsStatus()
    {
        SandboxProcess doomed;
        QVERIFY(doomed.start({QStringLiteral("--seed"), QStringLiteral("demo")}));
        Fleet fleet;
        ConnectionProfile p = profiles(doomed, 1, 5000).first();
        fleet.setProfiles({p});
        fleet.setSecret(p.id, doomed.bootstrapSecret());
        QSignalSpy changed(&fleet, &Fleet::statusChanged);
        fleet.start();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 10000);
        QCOMPARE(changed.last().at(1).value<ProbeCheck::Status>(), ProbeCheck::Status::Ok);
        // The figures of the overview come with the poll.
        const Fleet::Instance *instance = fleet.instance(p.id);
        QCOMPARE(instance->tenantCount.value_or(-1), 19);
        QCOMPARE(instance->serviceCount.value_or(-1), 40);
        // One value per whole minute the sandbox has recorded (none before it began: a fresh
        // sandbox has fewer than 15, never zeros for minutes it did not measure).
        QVERIFY(instance->callsPerMinute.size() <= Fleet::kTrafficMinutes);
        QVERIFY(instance->errorRate.has_value());
        doomed.stop();
        fleet.refreshNow(p.id);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 10000);
        QCOMPARE(changed.last().at(1).value<ProbeCheck::Status>(), ProbeCheck::Status::Fail);
        QCOMPARE(fleet.instance(p.id)->lastReport.check(QStringLiteral("connect"))->status,
                 ProbeCheck::Status::Fail);
        // Removing the profile removes the instance.
        QSignalSpy removed(&fleet, &Fleet::instanceRemoved);
        fleet.setProfiles({});
        QCOMPARE(removed.count(), 1);
        QVERIFY(fleet.ids().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
