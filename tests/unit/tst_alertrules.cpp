// Alert conditions from one poll's results: each threshold, its default, switched off, and
// the certificate levels (30 / 14 / 7 days; the last is critical). Thresholds read back from
// settings keep their defaults for anything wrong.
#include "models/alerts/alertrules.h"

#include <QJsonArray>
#include <QTest>

using namespace lgsp;
using models::AlertCondition;
using models::AlertRules;
using models::AlertThresholds;
using Kind = AlertCondition::Kind;
using Status = client::ProbeCheck::Status;

namespace {

client::Fleet::Instance healthy()
{
    client::Fleet::Instance i;
    i.profile.name = QStringLiteral("LGSP Hậu Giang");
    i.polls = 1;
    for (const QString &id :
         {QStringLiteral("dns"), QStringLiteral("connect"), QStringLiteral("tls"),
          QStringLiteral("version"), QStringLiteral("server.ndxp-link")}) {
        client::ProbeCheck c;
        c.id = id;
        c.status = Status::Ok;
        i.lastReport.checks.append(c);
    }
    i.lastReport.certificateDaysLeft = 200;
    i.lastReport.clockSkewMs = 100;
    i.errorRate = 0.01;
    i.p95LatencyMs = 250;
    return i;
}

void setStatus(client::Fleet::Instance *i, const QString &id, Status status)
{
    for (client::ProbeCheck &c : i->lastReport.checks) {
        if (c.id == id) {
            c.status = status;
            c.detail = QStringLiteral("detail of ") + id;
        }
    }
}

QList<Kind> kinds(const QList<AlertCondition> &conditions)
{
    QList<Kind> out;
    for (const AlertCondition &c : conditions)
        out.append(c.kind);
    return out;
}

} // namespace

class TestAlertRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyInstanceHasNoAlert()
    {
        QVERIFY(AlertRules::evaluate(healthy(), {}).isEmpty());
        client::Fleet::Instance never = healthy();
        never.polls = 0;
        setStatus(&never, QStringLiteral("connect"), Status::Fail);
        QVERIFY(AlertRules::evaluate(never, {}).isEmpty()); // not polled yet: nothing to say
    }

    void eachThreshold_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QList<Kind>>("expected");
        QTest::newRow("connect fails")
            << QStringLiteral("connect") << QList<Kind>{Kind::Unreachable};
        QTest::newRow("dns fails") << QStringLiteral("dns") << QList<Kind>{Kind::Unreachable};
        QTest::newRow("ndxp fails") << QStringLiteral("ndxp") << QList<Kind>{Kind::NdxpLink};
        QTest::newRow("errors 6 %") << QStringLiteral("errors") << QList<Kind>{Kind::ErrorRate};
        QTest::newRow("p95 4 s") << QStringLiteral("latency") << QList<Kind>{Kind::Latency};
        QTest::newRow("skew -3 s") << QStringLiteral("skew") << QList<Kind>{Kind::ClockSkew};
        QTest::newRow("certificate 20 days")
            << QStringLiteral("cert") << QList<Kind>{Kind::Certificate};
    }

    void eachThreshold()
    {
        QFETCH(QString, change);
        QFETCH(QList<Kind>, expected);
        client::Fleet::Instance i = healthy();
        if (change == QLatin1String("connect") || change == QLatin1String("dns"))
            setStatus(&i, change, Status::Fail);
        else if (change == QLatin1String("ndxp"))
            setStatus(&i, QStringLiteral("server.ndxp-link"), Status::Fail);
        else if (change == QLatin1String("errors"))
            i.errorRate = 0.06;
        else if (change == QLatin1String("latency"))
            i.p95LatencyMs = 4000;
        else if (change == QLatin1String("skew"))
            i.lastReport.clockSkewMs = -3000;
        else if (change == QLatin1String("cert"))
            i.lastReport.certificateDaysLeft = 20;
        const QList<AlertCondition> on = AlertRules::evaluate(i, {});
        QCOMPARE(kinds(on), expected);
        QVERIFY(!on.first().detail.isEmpty());
        // Every threshold can be switched off.
        AlertThresholds off;
        off.unreachable = false;
        off.ndxpLink = false;
        off.errorRatePercent = 0;
        off.p95LatencyMs = 0;
        off.clockSkewSeconds = 0;
        off.certificateDays.clear();
        QVERIFY(AlertRules::evaluate(i, off).isEmpty());
    }

    void certificateLevels()
    {
        client::Fleet::Instance i = healthy();
        const auto at = [&i](int days) {
            i.lastReport.certificateDaysLeft = days;
            const QList<AlertCondition> c = AlertRules::evaluate(i, {});
            return c.isEmpty() ? 0 : c.first().level;
        };
        QCOMPARE(at(31), 0);
        QCOMPARE(at(30), 30);
        QCOMPARE(at(15), 30);
        QCOMPARE(at(14), 14);
        QCOMPARE(at(7), 7);
        QCOMPARE(at(0), 7);
        i.lastReport.certificateDaysLeft = 5;
        QCOMPARE(AlertRules::evaluate(i, {}).first().severity, AlertCondition::Severity::Critical);
        i.lastReport.certificateDaysLeft = 10;
        QCOMPARE(AlertRules::evaluate(i, {}).first().severity, AlertCondition::Severity::Warning);
    }

    void thresholdsReadBack()
    {
        AlertThresholds t;
        t.errorRatePercent = 2.5;
        t.certificateDays = {60, 10};
        t.ndxpLink = false;
        const AlertThresholds back = AlertThresholds::fromJson(t.toJson());
        QCOMPARE(back.errorRatePercent, 2.5);
        QCOMPARE(back.certificateDays, QList<int>({60, 10}));
        QCOMPARE(back.ndxpLink, false);
        // Wrong types and values keep the defaults.
        const AlertThresholds wrong = AlertThresholds::fromJson(
            QJsonObject{{QStringLiteral("errorRatePercent"), QStringLiteral("5")},
                        {QStringLiteral("p95LatencyMs"), -1},
                        {QStringLiteral("certificateDays"), QJsonArray{0, 14, QStringLiteral("x")}},
                        {QStringLiteral("unreachable"), 1}});
        QCOMPARE(wrong.errorRatePercent, AlertThresholds().errorRatePercent);
        QCOMPARE(wrong.p95LatencyMs, AlertThresholds().p95LatencyMs);
        QCOMPARE(wrong.certificateDays, QList<int>({14}));
        QCOMPARE(wrong.unreachable, true);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"
