// The fleet object driving many connections against a real sandbox: no burst when a hundred
// instances start together, never more probes at once than the limit, hung instances not
// holding the others back, exactly one update per poll, and a status change when an instance
// goes down.
#include "client/fleet/fleet.h"
#include "fullbacklog.h"
#include "sandboxprocess.h"
#include "scriptedserver.h"

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

    // Eight instances that accept and never answer and one that never accepts, listed before
    // eight healthy ones, two polls at a time. A poll still waiting after kSlowPoll gives its
    // slot to the next, so the healthy are polled within seconds instead of after every hung
    // one has timed out; each hung one is reported failing within its own timeout; nothing
    // is queued twice and nothing piles up.
    void hungInstancesDoNotHoldTheOthersBack()
    {
        lgsp::test::ScriptedServer silent; // every request: no answer
        lgsp::test::FullBacklog full;
        Fleet fleet;
        fleet.setMaxConcurrent(2);
        fleet.setStagger(std::chrono::milliseconds(0));
        QList<ConnectionProfile> list;
        QSet<QUuid> hung;
        const auto addHung = [&](const QString &name, quint16 port) {
            ConnectionProfile p;
            p.id = QUuid::createUuid();
            p.name = name;
            p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            p.proxy = QStringLiteral("none");
            p.requestTimeoutMs = 3000;
            p.pollIntervalMs = 5000;
            list.append(p);
            hung.insert(p.id);
        };
        for (int i = 0; i < 8; ++i)
            addHung(QStringLiteral("silent %1").arg(i), silent.serverPort());
        if (full.isFull())
            addHung(QStringLiteral("never accepts"), full.port());
        const QList<ConnectionProfile> healthy = profiles(m_sandbox, 8, 5000);
        list += healthy;
        fleet.setProfiles(list);
        for (const ConnectionProfile &p : healthy)
            fleet.setSecret(p.id, m_sandbox.bootstrapSecret());

        QElapsedTimer clock;
        QHash<QUuid, qint64> startedAt;
        QHash<QUuid, QList<qint64>> updatedAt;
        qint64 longestHungPoll = 0;
        int maxQueued = 0, maxRunning = 0, maxInFlight = 0;
        connect(&fleet, &Fleet::probeStarted, this, [&](const QUuid &id) {
            startedAt[id] = clock.elapsed();
            maxQueued = std::max(maxQueued, fleet.queuedProbes());
            maxRunning = std::max(maxRunning, fleet.runningProbes());
            maxInFlight = std::max(maxInFlight, fleet.pollsInFlight());
        });
        connect(&fleet, &Fleet::instanceUpdated, this, [&](const QUuid &id) {
            updatedAt[id].append(clock.elapsed());
            if (hung.contains(id))
                longestHungPoll = std::max(longestHungPoll, clock.elapsed() - startedAt.value(id));
        });
        clock.start();
        fleet.start();
        QTest::qWait(12000);
        fleet.stop();

        // The healthy: polled once the hung ahead have given their slots back (about one
        // kSlowPoll per two of them), not after they have timed out (about 13 s).
        const qint64 waitForSlots = (hung.size() + 1) / 2 * Fleet::kSlowPoll.count();
        for (const ConnectionProfile &p : healthy) {
            const QList<qint64> at = updatedAt.value(p.id);
            QVERIFY2(!at.isEmpty() && at.first() < waitForSlots + 2000,
                     qPrintable(QStringLiteral("%1 first updated at %2 ms")
                                    .arg(p.name)
                                    .arg(at.isEmpty() ? -1 : at.first())));
            QCOMPARE(fleet.instance(p.id)->lastReport.overall(), ProbeCheck::Status::Ok);
        }
        // The hung: each reported failing within its timeout (3 s) of its poll starting, and
        // all of them within their wait for a slot and one timeout.
        for (const QUuid &id : std::as_const(hung)) {
            QVERIFY2(!updatedAt.value(id).isEmpty(), qPrintable(fleet.instance(id)->profile.name));
            QVERIFY(updatedAt.value(id).first() < waitForSlots + 3000 + 2000);
            QCOMPARE(fleet.instance(id)->lastReport.overall(), ProbeCheck::Status::Fail);
        }
        QVERIFY2(longestHungPoll < 3000 + 1500, qPrintable(QString::number(longestHungPoll)));
        // Bounded: never more than the limit working, never an instance twice in flight or in
        // the queue.
        QVERIFY(maxRunning <= 2);
        QVERIFY(maxInFlight <= list.size());
        QVERIFY(maxQueued <= list.size());
        qInfo(
            "%lld hung and %lld healthy: healthy first polled by %lld ms; longest hung poll "
            "%lld ms; at most %d queued, %d in flight",
            qint64(hung.size()), qint64(healthy.size()),
            [&] {
                qint64 last = 0;
                for (const ConnectionProfile &p : healthy)
                    last = std::max(last, updatedAt.value(p.id).value(0));
                return last;
            }(),
            longestHungPoll, maxQueued, maxInFlight);
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
