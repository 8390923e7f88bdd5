// The Transactions page for an instance whose traffic is only in Prometheus (Debian's real
// Prometheus scraping a real lgsp-sandbox every second; the profile says a 10 s scrape, so the
// charts' slots are 10 s): live by polling, said in the Refresh list and the status; the running
// slot drawn as partial and described as counted so far; the PNG and CSV exports work and the
// CSV's figures are the charts' own, the running slot's row noted as partial.
#include "promqueries.h"
#include "screenshots.h"
#include "widgetlookup.h"

#include "client/fleet/fleet.h"
#include "models/traffic/chartwindow.h"
#include "models/traffic/trafficmonitor.h"
#include "ui/charts/chartcontrols.h"
#include "ui/charts/timechartview.h"
#include "ui/charts/transactioncharts.h"
#include "ui/charts/transactionspage.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace lgsp;
using lgsp::test::PrometheusProcess;
using lgsp::test::SandboxProcess;

class TestTransactionsPrometheus final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    PrometheusProcess m_prometheus;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = test::startScrapedSandbox(m_sandbox, m_prometheus);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTest::qWait(25000); // a few whole slots behind the running one
    }

    void aPrometheusBackedPageIsLiveWithItsRunningSlotPartialAndExports()
    {
        client::ConnectionProfile p =
            test::prometheusProfile(m_sandbox, m_prometheus, QStringLiteral("LGSP Hậu Giang"),
                                    QStringLiteral("job=\"lgsp\""));
        p.metrics.scrapeIntervalSeconds = 10;
        // Open it early in a slot, so the slot is still running when the answer is looked at.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() % 10 == 3, 15000);
        client::Fleet fleet;
        fleet.setProfiles({p});
        fleet.setSecret(p.id, m_sandbox.bootstrapSecret());
        ui::TransactionsPage page(&fleet);
        QTemporaryDir dir;
        page.monitor()->setStorePath(dir.filePath(QStringLiteral("h.sqlite")));
        page.controls()->setWindow(models::ChartWindow::preset(models::ChartWindow::OneHour));
        page.resize(1400, 900);
        page.showInstance(p.id);
        page.show();
        const models::TrafficScope scope = page.monitor()->scopes().value(0);
        QTRY_COMPARE_WITH_TIMEOUT(page.monitor()->streamState(scope),
                                  client::LiveStream::State::Live, 15000);
        page.redraw();

        // Live is a poll at the scrape interval, and says so.
        const auto *refresh =
            test::findByAccessibleName<QComboBox>(&page, QStringLiteral("Refresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->itemText(0), QStringLiteral("Live (every 10 s, as Prometheus scrapes)"));
        QVERIFY2(page.controls()->statusText().contains(m_prometheus.baseUrl().toString()),
                 qPrintable(page.controls()->statusText()));

        // The running slot: a band marked partial over it, described as counted so far.
        const qint64 now = page.monitor()->now();
        const qint64 running = now - now % 10;
        QVERIFY2(now - running < 9, "the slot ended before the page drew it");
        ui::TransactionCharts *charts = page.charts();
        const QList<ui::TimeChartView::Band> bands = charts->throughputView()->bands();
        const auto partial =
            std::find_if(bands.cbegin(), bands.cend(), [](const ui::TimeChartView::Band &b) {
                return b.kind == ui::TimeChartView::Band::Kind::Partial;
            });
        QVERIFY2(partial != bands.cend(), "no partial band");
        QCOMPARE(partial->fromMs, running * 1000);
        QCOMPARE(partial->label, QStringLiteral("Partial"));
        const QString text = charts->describe(running * 1000 + 500);
        QVERIFY2(text.contains(QStringLiteral("so far (")), qPrintable(text));
        QVERIFY2(!charts->describe((running - 10) * 1000 + 500).contains(QStringLiteral("so far")),
                 "the slot before is whole");
        test::saveScreenshots(&page, QStringLiteral("transactions-prometheus"));

        // Exports: the image, and the CSV with the charts' own figures.
        QString error;
        QVERIFY2(page.exportImage(dir.filePath(QStringLiteral("c.png")), &error),
                 qPrintable(error));
        QVERIFY(QImage(dir.filePath(QStringLiteral("c.png"))).width() >= 1000);
        QVERIFY2(page.exportCsv(dir.filePath(QStringLiteral("c.csv")), &error), qPrintable(error));
        QFile file(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
            lines.removeLast();
        QVERIFY(lines.size() > 3);
        QVERIFY(lines.first().contains("scope,start_utc,seconds,calls"));
        const QByteArray last = lines.last().trimmed();
        QVERIFY2(last.endsWith("partial: counted so far"), last.constData());
        const QByteArray runningIso =
            QDateTime::fromSecsSinceEpoch(running, Qt::UTC).toString(Qt::ISODate).toLatin1();
        QVERIFY2(last.contains(runningIso), last.constData());
        // Each whole slot's row says 10 seconds and the calls the chart holds for it.
        const qint64 at = page.monitor()->now();
        const models::TrafficFrame &frame =
            page.monitor()->series(scope)->frame(at + 1 - 3600, at + 1, 10);
        qint64 csvCalls = 0;
        qint64 chartCalls = 0;
        int whole = 0;
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(',');
            QVERIFY(cells.size() >= 4);
            const qint64 t = QDateTime::fromString(QString::fromLatin1(cells.at(1)), Qt::ISODate)
                                 .toSecsSinceEpoch();
            const qsizetype slot = frame.slotAt(t);
            QVERIFY2(slot >= 0, cells.at(1).constData());
            QCOMPARE(cells.at(2).toLongLong(), qint64(10));
            csvCalls += cells.at(3).toLongLong();
            chartCalls += frame.slots.at(slot).count;
            ++whole;
        }
        QVERIFY(whole >= 1);
        QCOMPARE(csvCalls, chartCalls);
        QVERIFY(csvCalls > 0);
    }
};

QTEST_MAIN(TestTransactionsPrometheus)
#include "tst_transactions_prometheus.moc"
