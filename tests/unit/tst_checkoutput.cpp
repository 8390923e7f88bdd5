// The monitoring-plugin side of `--check`: threshold ranges, the verdict on a probe report
// and the output formats, on reports and figures made here (the end-to-end runs against real
// servers are in tst_console_check).
#include "client/health/checkverdict.h"
#include "client/health/pluginoutput.h"
#include "client/health/thresholdrange.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace lgsp::client;

namespace {

ProbeCheck check(const QString &id, ProbeCheck::Status status, const QString &detail = {})
{
    ProbeCheck c;
    c.id = id;
    c.title = id;
    c.status = status;
    c.detail = detail.isEmpty() ? id + QStringLiteral(" detail") : detail;
    c.elapsedMs = 3;
    return c;
}

ProbeReport healthyReport(const QString &name = QStringLiteral("Sandbox"))
{
    ProbeReport report;
    report.profileName = name;
    report.url = QUrl(QStringLiteral("https://lgsp.example.vn"));
    for (const char *id : {"dns", "connect", "tls", "certificate", "version", "clock", "auth"})
        report.checks.append(check(QLatin1String(id), ProbeCheck::Status::Ok));
    report.latencyMs = 12;
    report.certificateDaysLeft = 120;
    report.certificateExpiry = QDateTime(QDate(2027, 4, 1), QTime(0, 0), Qt::UTC);
    report.clockSkewMs = -1500;
    return report;
}

TrafficFigures traffic(qint64 calls, double errorRate, double p95)
{
    TrafficFigures t;
    t.callsLastMinute = calls;
    t.errorRate = errorRate;
    t.p95LatencyMs = p95;
    return t;
}

CheckThresholds thresholds(const QString &warning, const QString &critical = {})
{
    CheckThresholds t;
    QString error;
    if (!warning.isEmpty() && !t.add(false, warning, &error))
        qFatal("%s", qPrintable(error));
    if (!critical.isEmpty() && !t.add(true, critical, &error))
        qFatal("%s", qPrintable(error));
    return t;
}

} // namespace

class TestCheckOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangesFollowTheMonitoringPluginsSyntax_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("alerts");
        QTest::newRow("10, inside") << "10" << 10.0 << false;
        QTest::newRow("10, above") << "10" << 10.5 << true;
        QTest::newRow("10, negative") << "10" << -1.0 << true;
        QTest::newRow("10:, below") << "10:" << 9.9 << true;
        QTest::newRow("10:, far above") << "10:" << 1e9 << false;
        QTest::newRow("~:10, far below") << "~:10" << -1e9 << false;
        QTest::newRow("~:10, above") << "~:10" << 11.0 << true;
        QTest::newRow("10:20, inside") << "10:20" << 15.0 << false;
        QTest::newRow("10:20, outside") << "10:20" << 21.0 << true;
        QTest::newRow("@10:20, inside") << "@10:20" << 15.0 << true;
        QTest::newRow("@10:20, outside") << "@10:20" << 9.0 << false;
        QTest::newRow("-30:30, negative skew") << "-30:30" << -31.0 << true;
        QTest::newRow("decimal") << "0.5" << 0.6 << true;
    }
    void rangesFollowTheMonitoringPluginsSyntax()
    {
        QFETCH(QString, range);
        QFETCH(double, value);
        QFETCH(bool, alerts);
        const std::optional<ThresholdRange> parsed = ThresholdRange::parse(range);
        QVERIFY(parsed);
        QCOMPARE(parsed->alerts(value), alerts);
        QCOMPARE(parsed->text(), range);
    }

    void badRangesAreRefused()
    {
        for (const char *bad : {"", "abc", "20:10", "10:x", ":", "@", "~", "1e999", "nan"})
            QVERIFY2(!ThresholdRange::parse(QLatin1String(bad)), bad);
        CheckThresholds t;
        QString error;
        QVERIFY(!t.add(false, QStringLiteral("speed=10"), &error));
        QVERIFY(error.contains(QLatin1String("speed")));
        QVERIFY(!t.add(true, QStringLiteral("latency=10:5"), &error));
        QVERIFY(error.contains(QLatin1String("10:5")));
        QVERIFY(!t.add(true, QStringLiteral("latency"), &error));
        QVERIFY(t.add(true, QStringLiteral("latency=500,error-rate=5"), &error));
        QCOMPARE(t.critical(QStringLiteral("error-rate"))->text(), QStringLiteral("5"));
        QVERIFY(!t.warning(QStringLiteral("latency")));
    }

    void statesOrderAsMaxStateAlt()
    {
        QCOMPARE(worseState(PluginState::Ok, PluginState::Unknown), PluginState::Unknown);
        QCOMPARE(worseState(PluginState::Unknown, PluginState::Warning), PluginState::Warning);
        QCOMPARE(worseState(PluginState::Critical, PluginState::Unknown), PluginState::Critical);
        QCOMPARE(worseState(PluginState::Warning, PluginState::Critical), PluginState::Critical);
    }

    void healthyInstanceIsOkWithItsFigures()
    {
        const InstanceVerdict v =
            InstanceVerdict::judge(healthyReport(), traffic(1234, 0.004, 180), CheckThresholds());
        QCOMPARE(v.state, PluginState::Ok);
        QCOMPARE(PluginOutput::firstLine({v}),
                 QStringLiteral("LGSP Sandbox OK - 7 check(s) OK, answered in 12 ms"));
        QCOMPARE(PluginOutput::performanceData({v}),
                 QStringLiteral("'latency'=12ms;;;0 'certificate_days'=120;30:;0: "
                                "'clock_skew'=-1.5s;-30:30;-300:300 'error_rate'=0.4%;;;0;100 "
                                "'calls'=1234;;;0 'p95_latency'=180ms;;;0"));
    }

    void thresholdsOnFiguresDecideTheState()
    {
        const InstanceVerdict warning = InstanceVerdict::judge(
            healthyReport(), traffic(1234, 0.07, 180),
            thresholds(QStringLiteral("error-rate=5"), QStringLiteral("error-rate=10")));
        QCOMPARE(warning.state, PluginState::Warning);
        QVERIFY2(warning.summary.contains(QLatin1String("warning threshold 5")),
                 qPrintable(warning.summary));
        QVERIFY(PluginOutput::performanceData({warning}).contains(
            QLatin1String("'error_rate'=7%;5;10;0;100")));

        const InstanceVerdict critical = InstanceVerdict::judge(
            healthyReport(), traffic(3, 0, 180), thresholds({}, QStringLiteral("calls=100:")));
        QCOMPARE(critical.state, PluginState::Critical);

        // A threshold on a figure the instance cannot give: UNKNOWN, not a silent OK.
        const InstanceVerdict unknown = InstanceVerdict::judge(
            healthyReport(), std::nullopt, thresholds(QStringLiteral("error-rate=5")));
        QCOMPARE(unknown.state, PluginState::Unknown);
        QVERIFY(PluginOutput::performanceData({unknown}).contains(
            QLatin1String("'error_rate'=U;5;;0;100")));
        // …without a threshold, an unread figure is only left out of the judgement.
        QCOMPARE(InstanceVerdict::judge(healthyReport(), std::nullopt, CheckThresholds()).state,
                 PluginState::Ok);
    }

    void certificateAndClockThresholdsReplaceTheProbesOwn()
    {
        ProbeReport soon = healthyReport();
        soon.certificateDaysLeft = 20;
        soon.checks[3].status = ProbeCheck::Status::Warn; // the probe's own 30-day rule
        QCOMPARE(InstanceVerdict::judge(soon, std::nullopt, CheckThresholds()).state,
                 PluginState::Warning);
        QCOMPARE(InstanceVerdict::judge(soon, std::nullopt,
                                        thresholds(QStringLiteral("certificate-days=14:")))
                     .state,
                 PluginState::Ok);
        QCOMPARE(InstanceVerdict::judge(soon, std::nullopt,
                                        thresholds({}, QStringLiteral("certificate-days=21:")))
                     .state,
                 PluginState::Critical);
        // A certificate refused as untrusted stays failed whatever its days.
        ProbeReport untrusted = healthyReport();
        untrusted.checks[3].status = ProbeCheck::Status::Fail;
        QCOMPARE(InstanceVerdict::judge(untrusted, std::nullopt,
                                        thresholds(QStringLiteral("certificate-days=1:")))
                     .state,
                 PluginState::Critical);
        // The clock: 1.5 s behind passes the default, not a 1 s threshold.
        QCOMPARE(InstanceVerdict::judge(healthyReport(), std::nullopt,
                                        thresholds(QStringLiteral("clock-skew=-1:1")))
                     .state,
                 PluginState::Warning);
    }

    void failuresNameTheirCheck()
    {
        ProbeReport down = healthyReport(QStringLiteral("Hà Nội"));
        down.checks[1] = check(QStringLiteral("connect"), ProbeCheck::Status::Fail,
                               QStringLiteral("Port 443 does not answer | refused"));
        down.checks[2].status = ProbeCheck::Status::Skipped;
        const InstanceVerdict v = InstanceVerdict::judge(down, std::nullopt, CheckThresholds());
        QCOMPARE(v.state, PluginState::Critical);
        const QString line = PluginOutput::firstLine({v});
        QVERIFY2(line.startsWith(QStringLiteral("LGSP Hà Nội CRITICAL - connect: Port 443")),
                 qPrintable(line));
        QVERIFY2(!line.contains(QLatin1Char('|')), "a '|' would start the performance data");
        const QString nagios = PluginOutput::nagios({v});
        QCOMPARE(nagios.count(QLatin1Char('|')), 1);
        QVERIFY(nagios.contains(QLatin1String("[CRITICAL] connect: Port 443")));
    }

    void firstLineStaysShortForAPager()
    {
        QList<InstanceVerdict> many;
        for (int i = 0; i < 50; ++i) {
            ProbeReport r = healthyReport(QStringLiteral("Tỉnh số %1 với một tên rất dài").arg(i));
            if (i % 5 == 0)
                r.checks[1] = check(QStringLiteral("connect"), ProbeCheck::Status::Fail);
            many.append(InstanceVerdict::judge(r, std::nullopt, CheckThresholds()));
        }
        const QString line = PluginOutput::firstLine(many);
        QVERIFY2(line.size() <= PluginOutput::kFirstLineLimit, qPrintable(line));
        QVERIFY2(line.startsWith(QStringLiteral("LGSP 50 instance(s) CRITICAL - 10 critical (")),
                 qPrintable(line));
        // Labels carry the profile name when there are several instances, quotes doubled.
        const InstanceVerdict quoted = InstanceVerdict::judge(
            healthyReport(QStringLiteral("Bộ Y tế 'A'=1")), std::nullopt, CheckThresholds());
        QVERIFY(PluginOutput::performanceData({quoted, many.at(1)})
                    .startsWith(QStringLiteral("'Bộ Y tế ''A''_1 latency'=12ms")));
    }

    void everyPerformanceItemHasThePluginSyntax()
    {
        const InstanceVerdict v =
            InstanceVerdict::judge(healthyReport(), traffic(5, 0.5, 12.25),
                                   thresholds(QStringLiteral("latency=500,p95-latency=@0:1")));
        static const QRegularExpression item(QStringLiteral(
            "^'[^']+(?:''[^']*)*'=(U|-?[0-9]+(\\.[0-9]+)?)(ms|s|%)?(;[^; ]*){0,4}$"));
        for (const QString &part : PluginOutput::performanceData({v}).split(QLatin1Char(' ')))
            QVERIFY2(item.match(part).hasMatch(), qPrintable(part));
    }

    void prometheusGaugesEscapeTheirLabels()
    {
        const InstanceVerdict v =
            InstanceVerdict::judge(healthyReport(QStringLiteral("Sở \"TT\\TT\" Hà Nội")),
                                   traffic(60, 0.25, 300), CheckThresholds());
        const QByteArray text = PluginOutput::prometheus({v});
        QVERIFY(text.contains("lgsp_instance_state{profile=\"Sở \\\"TT\\\\TT\\\" Hà Nội\"} 0\n"));
        QVERIFY(text.contains("lgsp_error_ratio{profile=\"Sở \\\"TT\\\\TT\\\" Hà Nội\"} 0.25\n"));
        QVERIFY(text.contains("lgsp_certificate_expiry_timestamp_seconds{"));
        QVERIFY(text.contains("# TYPE lgsp_check_state gauge\n"));
        QCOMPARE(text.count("# TYPE lgsp_check_state gauge"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCheckOutput)
#include "tst_checkoutput.moc"
