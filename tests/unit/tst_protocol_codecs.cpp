// The wire types shared by the sandbox and the console: latency histograms (merge and
// percentiles), metrics, transactions, health reports, problems and audit entries — each
// round-trips, and malformed documents are refused naming the failing field.
#include "protocol/auditentry.h"
#include "protocol/health.h"
#include "protocol/latencyhistogram.h"
#include "protocol/metrics.h"
#include "protocol/problem.h"

#include <QJsonArray>
#include <QTest>

using namespace lgsp::protocol;

namespace {
const QDateTime kTime(QDate(2026, 11, 26), QTime(8, 30, 0), Qt::UTC);
}

class TestProtocolCodecs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void histogramPercentiles()
    {
        LatencyHistogram h;
        for (int i = 0; i < 90; ++i)
            h.add(30); // (20, 50]
        for (int i = 0; i < 10; ++i)
            h.add(800); // (500, 1000]
        QCOMPARE(h.total(), 100);
        QVERIFY(h.percentile(0.5) > 20 && h.percentile(0.5) <= 50);
        QVERIFY(h.percentile(0.95) > 500 && h.percentile(0.95) <= 1000);
        QCOMPARE(LatencyHistogram().percentile(0.99), 0.0);
        h.add(100000); // beyond the last bound
        QCOMPARE(h.percentile(1.0), 30000.0);
    }

    void histogramsMergeExactly()
    {
        // p95 of the merged data is not the average of the two p95s.
        LatencyHistogram fast;
        LatencyHistogram slow;
        for (int i = 0; i < 1000; ++i)
            fast.add(3);
        for (int i = 0; i < 10; ++i)
            slow.add(4000);
        LatencyHistogram merged = fast;
        merged.merge(slow);
        QCOMPARE(merged.total(), 1010);
        QVERIFY(merged.percentile(0.95) <= 5);
        QVERIFY((fast.percentile(0.95) + slow.percentile(0.95)) / 2 > 1000);
        QCOMPARE(LatencyHistogram::fromCompact(merged.toCompact()), merged);
        DecodeError error;
        const auto back = LatencyHistogram::fromJson(merged.toJson(), &error);
        QVERIFY(back);
        QCOMPARE(*back, merged);
    }

    void histogramRejectsForeignBounds()
    {
        QJsonObject json = LatencyHistogram().toJson();
        json.insert(QStringLiteral("bounds"), QJsonArray{1, 10, 100});
        DecodeError error;
        QVERIFY(!LatencyHistogram::fromJson(json, &error));
        QCOMPARE(error.field, QStringLiteral("/bounds"));
    }

    void metricsRoundTrip()
    {
        MetricsBucket b;
        b.t = kTime.toSecsSinceEpoch();
        b.add(40, QString());
        b.add(900, QStringLiteral("201"));
        MetricsResponse r;
        r.from = kTime;
        r.to = kTime.addSecs(60);
        r.step = 60;
        r.resolution = QStringLiteral("1m");
        r.series = {{QStringLiteral("000.00.00.H30"), QString(), {b}, QString()}};
        DecodeError error;
        const std::optional<MetricsResponse> back = MetricsResponse::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->series.first().tenant, QStringLiteral("000.00.00.H30"));
        QVERIFY(back->series.first().consumer.isEmpty());
        // By consumer: the service and the consumer's code come back.
        r.series = {{QString(), QStringLiteral("svc-1"), {b}, QStringLiteral("000.00.00.G10")}};
        const std::optional<MetricsResponse> byConsumer =
            MetricsResponse::fromJson(r.toJson(), &error);
        QVERIFY2(byConsumer, qPrintable(error.toString()));
        QCOMPARE(byConsumer->series.first().service, QStringLiteral("svc-1"));
        QCOMPARE(byConsumer->series.first().consumer, QStringLiteral("000.00.00.G10"));
        const MetricsBucket &got = back->series.first().buckets.first();
        QCOMPARE(got.count, 2);
        QCOMPARE(got.errors, 1);
        QCOMPARE(got.errorsByCode.value(QStringLiteral("201")), 1);
        QCOMPARE(got.histogram, b.histogram);
    }

    void malformedMetrics_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("count negative") << "count" << QJsonValue(-1) << "/series/0/buckets/0/count";
        QTest::newRow("count a string")
            << "count" << QJsonValue(QStringLiteral("5")) << "/series/0/buckets/0/count";
        QTest::newRow("more errors than calls")
            << "errors" << QJsonValue(9) << "/series/0/buckets/0/errors";
        QTest::newRow("bad time") << "t" << QJsonValue(QStringLiteral("noon"))
                                  << "/series/0/buckets/0/t";
        QTest::newRow("histogram missing")
            << "latencyHistogram" << QJsonValue() << "/series/0/buckets/0/latencyHistogram";
    }

    void malformedMetrics()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, pointer);
        MetricsBucket b;
        b.t = kTime.toSecsSinceEpoch();
        b.add(10, QString());
        QJsonObject bucket = b.toJson();
        if (value.isNull())
            bucket.remove(field);
        else
            bucket.insert(field, value);
        const QJsonObject response{
            {QStringLiteral("from"), QStringLiteral("2026-11-26T08:30:00Z")},
            {QStringLiteral("to"), QStringLiteral("2026-11-26T08:31:00Z")},
            {QStringLiteral("step"), 60},
            {QStringLiteral("resolution"), QStringLiteral("1m")},
            {QStringLiteral("series"),
             QJsonArray{QJsonObject{{QStringLiteral("buckets"), QJsonArray{bucket}}}}}};
        DecodeError error;
        QVERIFY(!MetricsResponse::fromJson(response, &error));
        QCOMPARE(error.field, pointer);
    }

    void transactionRoundTrip()
    {
        Transaction t{42,
                      kTime,
                      QStringLiteral("000.00.00.H30"),
                      QStringLiteral("000.00.00.G14"),
                      QStringLiteral("000.00.00.G14~ho-tich"),
                      404,
                      12.5,
                      QStringLiteral("201"),
                      QStringLiteral("abc")};
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(QStringLiteral("errorName")).toString(),
                 QStringLiteral("RECORD_NOT_FOUND"));
        DecodeError error;
        const auto back = Transaction::fromJson(json, &error);
        QVERIFY(back);
        QCOMPARE(back->errorCode, QStringLiteral("201"));
        QCOMPARE(back->latencyMs, 12.5);
        QJsonObject bad = json;
        bad.insert(QStringLiteral("latencyMs"), QStringLiteral("fast"));
        QVERIFY(!Transaction::fromJson(bad, &error));
        QCOMPARE(error.field, QStringLiteral("/latencyMs"));
    }

    void healthRoundTripAndRefusal()
    {
        HealthReport r;
        r.status = QStringLiteral("degraded");
        r.time = kTime;
        HealthReport::Check refused;
        refused.name = QStringLiteral("ndxp-link");
        refused.status = QStringLiteral("fail");
        refused.code = QStringLiteral("ndxp.unreachable");
        refused.params = {{QStringLiteral("target"), QStringLiteral("ndxp.gov.vn:443")},
                          {QStringLiteral("reason"), QStringLiteral("refused")},
                          {QStringLiteral("port"), 443}};
        refused.detail = QStringLiteral("refused");
        refused.lastCheckedAt = kTime;
        refused.nextCheckAt = kTime.addSecs(10);
        HealthReport::Check textOnly; // an older server: no code, no params
        textOnly.name = QStringLiteral("disk");
        textOnly.status = QStringLiteral("warn");
        textOnly.detail = QStringLiteral("not yet");
        textOnly.nextCheckAt = kTime.addSecs(10);
        r.checks = {refused, textOnly};
        DecodeError error;
        const auto back = HealthReport::fromJson(r.toJson(), &error);
        QVERIFY2(back, qPrintable(error.toString()));
        QCOMPARE(back->checks.size(), 2);
        QCOMPARE(back->checks.at(0).code, QStringLiteral("ndxp.unreachable"));
        QCOMPARE(back->checks.at(0).params, refused.params);
        QVERIFY(back->checks.at(1).code.isEmpty() && back->checks.at(1).params.isEmpty());
        QVERIFY(!back->checks.at(1).lastCheckedAt.isValid());
        // Parameters are strings and whole numbers, nothing else.
        for (const QJsonValue &odd : {QJsonValue(1.5), QJsonValue(true), QJsonValue(QJsonArray{1}),
                                      QJsonValue(QJsonObject{})}) {
            QJsonObject withOdd = r.toJson();
            QJsonArray list = withOdd.value(QStringLiteral("checks")).toArray();
            QJsonObject check = list.at(0).toObject();
            check.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("port"), odd}});
            list.replace(0, check);
            withOdd.insert(QStringLiteral("checks"), list);
            QVERIFY(!HealthReport::fromJson(withOdd, &error));
            QCOMPARE(error.field, QStringLiteral("/checks/0/params/port"));
        }
        QJsonObject bad = r.toJson();
        QJsonArray checks = bad.value(QStringLiteral("checks")).toArray();
        QJsonObject first = checks.at(0).toObject();
        first.insert(QStringLiteral("status"), QStringLiteral("maybe"));
        checks.replace(0, first);
        bad.insert(QStringLiteral("checks"), checks);
        QVERIFY(!HealthReport::fromJson(bad, &error));
        QCOMPARE(error.field, QStringLiteral("/checks/0/status"));
    }

    void problemAndAuditRoundTrip()
    {
        Problem p = Problem::make(400, QStringLiteral("validation_failed"), QStringLiteral("Bad"));
        p.errors = {{QStringLiteral("/name"), QStringLiteral("invalid"), QStringLiteral("empty")}};
        DecodeError error;
        const auto problem = Problem::fromJson(p.toJson(), &error);
        QVERIFY(problem);
        QCOMPARE(problem->errors.first().field, QStringLiteral("/name"));
        QVERIFY(!Problem::fromJson(QJsonObject{{QStringLiteral("status"), 999}}, &error));

        AuditEntry e{7,
                     kTime,
                     QStringLiteral("client-x"),
                     QStringLiteral("tenant.suspend"),
                     QStringLiteral("tenant/000.00.00.H30"),
                     QStringLiteral("000.00.00.H30"),
                     QStringLiteral("ok"),
                     QStringLiteral("c-1"),
                     QString()};
        const auto audit = AuditEntry::fromJson(e.toJson(), &error);
        QVERIFY(audit);
        QCOMPARE(audit->action, QStringLiteral("tenant.suspend"));
        QVERIFY(!AuditEntry::fromJson(QJsonObject{{QStringLiteral("id"), 1}}, &error));
    }
};

QTEST_GUILESS_MAIN(TestProtocolCodecs)
#include "tst_protocol_codecs.moc"
