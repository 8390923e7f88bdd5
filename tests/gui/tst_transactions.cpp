// The Transactions page against a real sandbox with its traffic simulator (offscreen): new
// points reach the live chart within 3 s, the error chart names the codes the sandbox
// recorded, clicking a slot lists its transactions, stopping the sandbox draws a labelled
// gap (and a restarted sandbox leaves an "instance down" gap, not zeros), and a new page on
// the same chart history file shows the earlier seconds and gaps.
#include "apiclient.h"
#include "client/fleet/fleet.h"
#include "models/traffic/trafficmonitor.h"
#include "models/traffic/transactionlogmodel.h"
#include "sandboxprocess.h"
#include "sandboxprofile.h"
#include "screenshots.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/timechartview.h"
#include "ui/charts/transactioncharts.h"
#include "ui/charts/transactionlogdialog.h"
#include "ui/charts/transactionspage.h"
#include "ui/common/noticebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lgsp;

namespace {

client::ConnectionProfile profileFor(const test::SandboxProcess &sandbox, const QUuid &id)
{
    return test::sandboxProfile(sandbox, QStringLiteral("LGSP Hậu Giang"), id);
}

// A fleet with one profile and the Transactions page on it, its chart history in `store`.
struct ChartsUnderTest
{
    client::Fleet fleet;
    std::unique_ptr<ui::TransactionsPage> page;

    ChartsUnderTest(const test::SandboxProcess &sandbox, const QUuid &id, const QString &store)
    {
        fleet.setProfiles({profileFor(sandbox, id)});
        fleet.setSecret(id, sandbox.bootstrapSecret());
        page = std::make_unique<ui::TransactionsPage>(&fleet);
        page->monitor()->setStorePath(store);
        page->showInstance(id);
        page->resize(1200, 800);
        page->show();
    }
    models::TrafficScope scope() const { return page->monitor()->scopes().value(0); }
    bool live() const
    {
        return page->monitor()->streamState(scope()) == client::LiveStream::State::Live;
    }
    QStringList bandLabels() const
    {
        QStringList labels;
        for (const ui::TimeChartView::Band &b : page->charts()->throughputView()->bands())
            labels << b.label;
        return labels;
    }
};

// The LGSP error codes the sandbox recorded over the last five minutes.
QSet<QString> errorCodesOfTheLastFiveMinutes(test::ApiClient &api)
{
    const QString from =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 299, Qt::UTC)
            .toString(Qt::ISODate);
    const QJsonObject metrics =
        api.get(QStringLiteral("/api/v1/metrics/transactions?step=300s&from=") + from).json();
    QSet<QString> codes;
    for (const QJsonValue &s : metrics.value(QStringLiteral("series")).toArray()) {
        for (const QJsonValue &b : s.toObject().value(QStringLiteral("buckets")).toArray()) {
            const QJsonObject byCode =
                b.toObject().value(QStringLiteral("errorsByCode")).toObject();
            for (auto it = byCode.begin(); it != byCode.end(); ++it)
                codes.insert(it.key());
        }
    }
    return codes;
}

} // namespace

class TestTransactions final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_charts;
    QString m_listen;
    QStringList m_arguments;
    std::unique_ptr<test::SandboxProcess> m_sandbox;
    qint64 m_trafficSinceMs = 0; // when the first sandbox (and its simulator) was ready
    const QUuid m_id = QUuid::createUuid();

    QString store() const { return m_charts.filePath(QStringLiteral("chart-history.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        m_arguments = {QStringLiteral("--listen"),   m_listen,
                       QStringLiteral("--seed"),     QStringLiteral("demo"),
                       QStringLiteral("--simulate"), QStringLiteral("40")};
        m_sandbox = std::make_unique<test::SandboxProcess>(m_data.path());
        QVERIFY(m_sandbox->start(m_arguments));
        m_trafficSinceMs = QDateTime::currentMSecsSinceEpoch();
    }

    void liveChartMovesAndNamesTheErrorCodes()
    {
        ChartsUnderTest ui(*m_sandbox, m_id, store());
        QVERIFY(QTest::qWaitForWindowExposed(ui.page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(ui.live(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(ui.page->controls()->statusText(), QStringLiteral("Live"), 10000);
        ui::TransactionCharts *charts = ui.page->charts();
        QTRY_VERIFY_WITH_TIMEOUT(charts->lastDrawnMs(charts->throughputView()) > 0, 5000);

        // New points within 3 s, twice in a row.
        for (int round = 0; round < 2; ++round) {
            const qint64 before = charts->lastDrawnMs(charts->throughputView());
            QElapsedTimer clock;
            clock.start();
            QTRY_VERIFY_WITH_TIMEOUT(charts->lastDrawnMs(charts->throughputView()) > before, 3000);
            qInfo("a newer point was drawn after %lld ms", clock.elapsed());
        }

        // The error chart names the codes the sandbox recorded over the window (the most
        // frequent ones stacked by name).
        test::ApiClient api(m_sandbox->baseUrl());
        QVERIFY(api.signIn(m_sandbox->bootstrapClientId(), m_sandbox->bootstrapSecret()));
        // The chart and the server are compared until they agree: the chart learns of a code
        // the simulator used for the first time a moment later, through the live stream.
        QStringList names;
        QSet<QString> serverCodes;
        int named = 0;
        const auto agree = [&] {
            ui.page->redraw();
            names = charts->seriesNames(charts->errorsView());
            // Asked after the chart was drawn: the server knows every code the chart shows.
            serverCodes = errorCodesOfTheLastFiveMinutes(api);
            named = int(std::count_if(names.cbegin(), names.cend(), [](const QString &name) {
                return name != QLatin1String("Other codes");
            }));
            return !serverCodes.isEmpty() &&
                   named ==
                       std::min<int>(int(serverCodes.size()), ui::TransactionCharts::kMaxCodes);
        };
        QElapsedTimer waiting;
        waiting.start();
        while (!agree() && waiting.elapsed() < 20000)
            QTest::qWait(500);
        qInfo("chart and server agreed on the error codes after %lld ms", waiting.elapsed());
        QVERIFY2(!serverCodes.isEmpty(), "the simulator made no error");
        QVERIFY2(!names.isEmpty(), "no error series");
        for (const QString &name : std::as_const(names)) {
            if (name == QLatin1String("Other codes"))
                continue;
            const QString code = name.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(serverCodes.contains(code), qPrintable(name));
            QVERIFY2(name.contains(QLatin1Char('_')), qPrintable(name)); // "201 RECORD_NOT_FOUND"
        }
        QCOMPARE(named, std::min<int>(int(serverCodes.size()), ui::TransactionCharts::kMaxCodes));

        // Clicking the chart a few seconds before its newest point lists the transactions
        // of that second.
        ui::TimeChartView *view = charts->throughputView();
        // A second the simulator was running in.
        QTRY_VERIFY_WITH_TIMEOUT(charts->lastDrawnMs(view) - 2500 > m_trafficSinceMs + 1000, 10000);
        const QRectF plot = view->chart()->plotArea();
        const qint64 left = view->timeAt(int(plot.left()));
        const qint64 right = view->timeAt(int(plot.right()));
        const qint64 target = charts->lastDrawnMs(view) - 2500;
        const int x =
            int(plot.left() + plot.width() * double(target - left) / double(right - left));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(x, int(plot.center().y())));
        ui::TransactionLogDialog *log = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((log = ui.page->findChild<ui::TransactionLogDialog *>(
                                      QStringLiteral("transactionLog"))),
                                 2000);
        QTRY_VERIFY_WITH_TIMEOUT(!log->model()->isLoading(), 5000);
        QVERIFY2(log->model()->rowCount() > 0, qPrintable(log->findChild<QLabel *>()->text() +
                                                          QLatin1Char(' ') + log->statusText()));
        const protocol::Transaction &first = log->model()->transaction(0);
        QVERIFY(!first.correlationId.isEmpty());
        QVERIFY(!first.consumer.isEmpty());
        log->close();

        // Hovering names the figures of the slot under the mouse.
        const QString tip = charts->describe(target);
        QVERIFY2(tip.contains(QLatin1String("calls")) && tip.contains(QLatin1String("p95")),
                 qPrintable(tip));

        // Dragging across a chart zooms all three to that range; right-click resets.
        const qint64 wholeSpan = right - left;
        QTest::mousePress(view->viewport(), Qt::LeftButton, {},
                          QPoint(int(plot.left() + plot.width() * 0.5), int(plot.center().y())));
        QTest::mouseMove(view->viewport(),
                         QPoint(int(plot.left() + plot.width() * 0.7), int(plot.center().y())));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {},
                            QPoint(int(plot.left() + plot.width() * 0.7), int(plot.center().y())));
        QVERIFY(charts->isZoomed());
        for (ui::TimeChartView *v :
             {charts->throughputView(), charts->errorsView(), charts->latencyView()}) {
            const qint64 span = v->timeAt(int(plot.right())) - v->timeAt(int(plot.left()));
            QVERIFY2(span < wholeSpan / 2, qPrintable(QString::number(span)));
        }
        QTest::mouseClick(view->viewport(), Qt::RightButton, {}, plot.center().toPoint());
        QVERIFY(!charts->isZoomed());

        // A line can be hidden from its legend entry and shown again.
        QCheckBox *p99 = nullptr;
        for (QCheckBox *box : charts->findChildren<QCheckBox *>()) {
            if (box->text() == QLatin1String("p99"))
                p99 = box;
        }
        QVERIFY(p99);
        const qsizetype latencyPoints = charts->pointCount(charts->latencyView());
        p99->click();
        QVERIFY(!p99->isChecked());
        QVERIFY(charts->pointCount(charts->latencyView()) < latencyPoints);
        p99->click();

        test::saveScreenshots(ui.page.get(), QStringLiteral("transactions"));

        // Exports: PNG and CSV.
        QTemporaryDir out;
        QString error;
        QVERIFY2(ui.page->exportImage(out.filePath(QStringLiteral("c.png")), &error),
                 qPrintable(error));
        QVERIFY(QImage(out.filePath(QStringLiteral("c.png"))).width() >= 1000);
        QVERIFY2(ui.page->exportCsv(out.filePath(QStringLiteral("c.csv")), &error),
                 qPrintable(error));
        QFile csv(out.filePath(QStringLiteral("c.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray rows = csv.readAll();
        QVERIFY(rows.contains("scope,start_utc,seconds,calls"));
        QVERIFY2(rows.count('\n') > 3, rows.constData());
    }

    // Two instances compared: one line each, in their own colours, on every chart.
    void instancesCompared()
    {
        client::ConnectionProfile a = profileFor(*m_sandbox, QUuid::createUuid());
        client::ConnectionProfile b = profileFor(*m_sandbox, QUuid::createUuid());
        a.name = QStringLiteral("LGSP Hà Nội");
        b.name = QStringLiteral("LGSP Đà Nẵng");
        client::Fleet fleet;
        fleet.setProfiles({a, b});
        fleet.setSecret(a.id, m_sandbox->bootstrapSecret());
        fleet.setSecret(b.id, m_sandbox->bootstrapSecret());
        QTemporaryDir dir;
        ui::TransactionsPage page(&fleet);
        page.monitor()->setStorePath(dir.filePath(QStringLiteral("h.sqlite")));
        page.controls()->setInstances({a.id, b.id});
        page.resize(1200, 800);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.monitor()->streamState(page.monitor()->scopes().value(1)) ==
                                     client::LiveStream::State::Live,
                                 15000);
        ui::TransactionCharts *charts = page.charts();
        QTRY_VERIFY_WITH_TIMEOUT(charts->pointCount(charts->throughputView()) >= 4, 5000);
        const QStringList names{a.name, b.name};
        QCOMPARE(charts->seriesNames(charts->throughputView()), names);
        QCOMPARE(charts->seriesNames(charts->errorsView()), names);
        QCOMPARE(charts->seriesNames(charts->latencyView()), names);
        QVERIFY(charts->latencyView()->chart()->title().contains(QLatin1String("p95")));
    }

    // One tenant of the instance: the stream and the chart hold that tenant's calls only, as
    // the server counts them.
    void unusableHistoryFileIsSaid()
    {
        client::ConnectionProfile p = profileFor(*m_sandbox, QUuid::createUuid());
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox->bootstrapSecret());
        QTemporaryDir dir;
        const QString notAHistory = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(notAHistory);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x')); // not an SQLite file
        file.close();
        ui::TransactionsPage page(&fleet);
        page.setStorePath(notAHistory);
        page.showInstance(p.id);
        page.show();
        QVERIFY(page.storeNotice()->isVisibleTo(&page));
        QVERIFY2(page.storeNotice()->text().contains(QLatin1String("notes.sqlite")),
                 qPrintable(page.storeNotice()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(page.charts()->pointCount(page.charts()->throughputView()) > 0,
                                 15000);
        QFile check(notAHistory);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray(4096, 'x')); // left as it was
    }

    void stoppedSandboxIsAGapAndHistorySurvivesARestart()
    {
        qint64 lastBeforeStop = 0;
        qsizetype heldBeforeClose = 0;
        qint64 lastBeforeClose = 0;
        {
            ChartsUnderTest ui(*m_sandbox, m_id, store());
            QTRY_VERIFY_WITH_TIMEOUT(ui.live(), 15000);
            models::TrafficSeries *series = ui.page->monitor()->series(ui.scope());
            QVERIFY(series);
            QTRY_VERIFY_WITH_TIMEOUT(series->fine().size() >= 3, 10000);

            // Stopped: the page says it is reconnecting, and the chart shows a labelled gap.
            m_sandbox->process().kill();
            QVERIFY(m_sandbox->process().waitForFinished(5000));
            QTRY_VERIFY_WITH_TIMEOUT(ui.page->monitor()->reconnecting(), 20000);
            lastBeforeStop = series->lastSecond();
            QTRY_VERIFY_WITH_TIMEOUT(
                ui.page->controls()->statusText().startsWith(QStringLiteral("Reconnecting")), 3000);
            QTest::qWait(3000); // an outage of a few seconds, so its gap has room for a label
            QTRY_VERIFY2_WITH_TIMEOUT(
                (ui.page->redraw(), ui.bandLabels().contains(QStringLiteral("Reconnecting…"))),
                qPrintable(ui.bandLabels().join(QLatin1Char('|'))), 10000);
            // Nothing is drawn after the last second received: a gap, not a line to zero.
            QVERIFY(ui.page->charts()->lastDrawnMs(ui.page->charts()->throughputView()) <=
                    (lastBeforeStop + 1) * 1000);

            // Back: the seconds it was down stay a gap, labelled as such.
            m_sandbox = std::make_unique<test::SandboxProcess>(m_data.path());
            QVERIFY(m_sandbox->start(m_arguments));
            QTRY_VERIFY_WITH_TIMEOUT(ui.live(), 40000);
            QTRY_VERIFY_WITH_TIMEOUT((ui.page->redraw(), ui.bandLabels().contains(QStringLiteral(
                                                             "No data: instance down"))),
                                     10000);
            QVERIFY(!ui.bandLabels().contains(QStringLiteral("Reconnecting…")));
            bool gapCoversTheOutage = false;
            QStringList seen;
            for (const models::TrafficGap &g : series->gaps()) {
                seen << QStringLiteral("%1..%2 (%3)").arg(g.from).arg(g.to).arg(int(g.reason));
                if (g.reason == models::TrafficGap::Reason::InstanceDown)
                    gapCoversTheOutage = gapCoversTheOutage || (g.from <= lastBeforeStop + 1 &&
                                                                g.to > lastBeforeStop + 3);
            }
            QVERIFY2(gapCoversTheOutage, qPrintable(QStringLiteral("last second %1, gaps %2")
                                                        .arg(lastBeforeStop)
                                                        .arg(seen.join(QLatin1Char(' ')))));
            // The stream delivers again (backfilled up to now, then live).
            QTRY_VERIFY_WITH_TIMEOUT(series->lastSecond() > lastBeforeStop + 2, 15000);
            test::saveScreenshots(ui.page.get(), QStringLiteral("transactions-gap"));
            heldBeforeClose = series->fine().size();
            lastBeforeClose = series->lastSecond();
        }
        // The console restarted (a new page on the same history file) while the instance is
        // away: the earlier seconds and the gap are still there.
        m_sandbox->stop();
        ChartsUnderTest again(*m_sandbox, m_id, store());
        models::TrafficSeries *series = again.page->monitor()->series(again.scope());
        QVERIFY(series);
        // Every second the closed page held came back from the file.
        QVERIFY2(series->fine().size() >= heldBeforeClose,
                 qPrintable(QStringLiteral("%1 seconds back of %2")
                                .arg(series->fine().size())
                                .arg(heldBeforeClose)));
        QCOMPARE(series->lastSecond(), lastBeforeClose);
        QVERIFY(series->lastSecond() > lastBeforeStop);
        bool down = false;
        for (const models::TrafficGap &g : series->gaps())
            down = down || g.reason == models::TrafficGap::Reason::InstanceDown;
        QVERIFY(down);
        again.page->redraw();
        QVERIFY(again.page->charts()->pointCount(again.page->charts()->throughputView()) >= 5);
        QVERIFY(again.bandLabels().contains(QStringLiteral("No data: instance down")));
    }
};

QTEST_MAIN(TestTransactions)
#include "tst_transactions.moc"
