// The Transactions page scoped to one tenant or one service of a real sandbox with its
// traffic simulator (offscreen): the tenant's streamed seconds agree with the server's own
// figures for that tenant, and a service over a custom range in the past is drawn as asked
// and stays still.
#include "apiclient.h"
#include "client/fleet/fleet.h"
#include "models/traffic/trafficmonitor.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/timechartview.h"
#include "ui/charts/transactioncharts.h"
#include "ui/charts/transactionspage.h"
#include "ui/common/noticebar.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lgsp;

namespace {

client::ConnectionProfile profileFor(const test::SandboxProcess &sandbox, const QUuid &id)
{
    return test::sandboxProfile(sandbox, QStringLiteral("LGSP Hậu Giang"), id);
}

} // namespace

class TestTransactionsScope final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<test::SandboxProcess> m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<test::SandboxProcess>(m_data.path());
        QVERIFY(m_sandbox->start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                  QStringLiteral("--simulate"), QStringLiteral("40")}));
    }

    void oneTenant()
    {
        const QString code = QStringLiteral("000.00.00.G14");
        client::ConnectionProfile p = profileFor(*m_sandbox, QUuid::createUuid());
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox->bootstrapSecret());
        QTemporaryDir dir;
        ui::TransactionsPage page(&fleet);
        page.monitor()->setStorePath(dir.filePath(QStringLiteral("h.sqlite")));
        page.showInstance(p.id);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.controls()->setScope(code, {}), 10000);
        const models::TrafficScope scope = page.monitor()->scopes().value(0);
        QCOMPARE(scope.tenant, code);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.monitor()->streamState(scope) == client::LiveStream::State::Live, 15000);
        models::TrafficSeries *series = page.monitor()->series(scope);
        QTRY_VERIFY_WITH_TIMEOUT(series->fine().size() >= 5, 15000);
        QVERIFY(page.charts()->seriesNames(page.charts()->throughputView()).first().contains(code));
        // The seconds streamed, against the server's own per-second figures for that tenant
        // and for the whole instance.
        const qint64 from = series->fine().firstSecond();
        const qint64 to = series->lastSecond(); // the newest second may still be counting
        qint64 streamed = 0;
        series->fine().forEach(
            from, to, [&streamed](const protocol::MetricsBucket &b) { streamed += b.count; });
        test::ApiClient api(m_sandbox->baseUrl());
        QVERIFY(api.signIn(m_sandbox->bootstrapClientId(), m_sandbox->bootstrapSecret()));
        const auto serverCalls = [&](const QString &tenant) {
            QString query =
                QStringLiteral("/api/v1/metrics/transactions?step=1s&from=%1&to=%2")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                             QDateTime::fromSecsSinceEpoch(from, Qt::UTC).toString(Qt::ISODate))),
                         QString::fromLatin1(QUrl::toPercentEncoding(
                             QDateTime::fromSecsSinceEpoch(to, Qt::UTC).toString(Qt::ISODate))));
            if (!tenant.isEmpty())
                query += QStringLiteral("&tenant=") + tenant;
            qint64 calls = 0;
            for (const QJsonValue &b : api.get(query)
                                           .json()
                                           .value(QStringLiteral("series"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("buckets"))
                                           .toArray())
                calls += b.toObject().value(QStringLiteral("count")).toInteger();
            return calls;
        };
        const qint64 tenantCalls = serverCalls(code);
        const qint64 allCalls = serverCalls({});
        QVERIFY2(streamed > 0 && streamed == tenantCalls && tenantCalls < allCalls,
                 qPrintable(QStringLiteral("streamed %1, server: tenant %2, instance %3")
                                .arg(streamed)
                                .arg(tenantCalls)
                                .arg(allCalls)));
    }

    // One service of the instance, first live, then over a custom range in the past: the
    // range is drawn as asked, holds that service's calls, and stays still (no live update).
    void oneServiceOverACustomRange()
    {
        test::ApiClient api(m_sandbox->baseUrl());
        QVERIFY(api.signIn(m_sandbox->bootstrapClientId(), m_sandbox->bootstrapSecret()));
        // The busiest service of the simulator's recent calls.
        QHash<QString, int> calls;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                calls.clear();
                for (const QJsonValue &t : api.get(QStringLiteral("/api/v1/transactions?limit=200"))
                                               .json()
                                               .value(QStringLiteral("items"))
                                               .toArray())
                    ++calls[t.toObject().value(QStringLiteral("serviceId")).toString()];
                return !calls.isEmpty();
            }(),
            15000);
        QString service;
        int most = 0;
        const QStringList called = calls.keys();
        for (const QString &id : called) {
            if (calls.value(id) > most) {
                most = calls.value(id);
                service = id;
            }
        }
        QVERIFY(!service.isEmpty());

        client::ConnectionProfile p = profileFor(*m_sandbox, QUuid::createUuid());
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox->bootstrapSecret());
        QTemporaryDir dir;
        ui::TransactionsPage page(&fleet);
        page.setStorePath(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(!page.storeNotice()->isVisibleTo(&page));
        page.showInstance(p.id);
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.controls()->setScope({}, service), 10000);
        QCOMPARE(page.monitor()->scopes().value(0).service, service);
        QTRY_VERIFY_WITH_TIMEOUT(page.monitor()->streamState(page.monitor()->scopes().value(0)) ==
                                     client::LiveStream::State::Live,
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.monitor()->series(page.monitor()->scopes().value(0))->fine().size() >= 3, 15000);

        // A minute in the past (the shortest custom range) that holds recorded seconds.
        QTRY_VERIFY_WITH_TIMEOUT(
            page.monitor()->series(page.monitor()->scopes().value(0))->fine().size() >= 25, 40000);
        const qint64 to = QDateTime::currentSecsSinceEpoch() - 5;
        const qint64 from = to - 60;
        page.controls()->setWindow(models::ChartWindow::custom(from, to));
        const ui::TimeChartView *view = page.charts()->throughputView();
        // Drawn when the time axis spans the range asked for (rounded to whole ticks) only.
        QTRY_VERIFY2_WITH_TIMEOUT(page.charts()->pointCount(view) > 0 &&
                                      view->timeAxis()->min().toSecsSinceEpoch() > from - 60 &&
                                      view->timeAxis()->max().toSecsSinceEpoch() < to + 60,
                                  qPrintable(QStringLiteral("%1 points, axis %2 – %3, asked %4 – "
                                                            "%5, %6")
                                                 .arg(page.charts()->pointCount(view))
                                                 .arg(view->timeAxis()->min().toSecsSinceEpoch())
                                                 .arg(view->timeAxis()->max().toSecsSinceEpoch())
                                                 .arg(from)
                                                 .arg(to)
                                                 .arg(page.controls()->statusText())),
                                  15000);
        QVERIFY(view->timeAxis()->min().toSecsSinceEpoch() <= from);
        QVERIFY(view->timeAxis()->max().toSecsSinceEpoch() >= to);
        const qint64 last = page.charts()->lastDrawnMs(view);
        QVERIFY2(last <= to * 1000 && last >= from * 1000,
                 qPrintable(QStringLiteral("last point at %1 ms, asked %2 – %3 s")
                                .arg(last)
                                .arg(from)
                                .arg(to)));
        QVERIFY(page.charts()->seriesNames(view).first().contains(service));
        QTRY_VERIFY2_WITH_TIMEOUT(
            page.controls()->statusText().contains(QLatin1String("Fixed range")),
            qPrintable(page.controls()->statusText()), 10000);
        // Not live: two seconds later nothing moved.
        QTest::qWait(2500);
        QCOMPARE(page.charts()->lastDrawnMs(view), last);
        QVERIFY(view->timeAxis()->max().toSecsSinceEpoch() < to + 60);
    }

    // A chart history file that cannot be used is said on the page; the charts still work.
};

QTEST_MAIN(TestTransactionsScope)
#include "tst_transactions_scope.moc"
