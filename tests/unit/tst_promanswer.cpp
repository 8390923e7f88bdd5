// Prometheus' HTTP API answers as the console reads them: values as strings (NaN, +Inf),
// errors with errorType, counters turned into slots (resets, series appearing, scrapes
// missing), histogram buckets with 2.x's and 3.x's `le` spellings spread onto the console's
// bounds, and the PromQL the mappings write (label values quoted, Vietnamese kept).
#include "client/metrics/prometheus/promanswer.h"
#include "client/metrics/prometheus/promjsonreader.h"
#include "client/metrics/prometheus/prommapping.h"
#include "protocol/latencyhistogram.h"

#include <QTest>

#include <cmath>

using lgsp::client::PromAnswer;
using lgsp::client::PromMapping;
using lgsp::client::PromSlots;

namespace {

// A matrix answer with the given series: labels → values at from, from+step, …
QByteArray matrix(const QList<QPair<QByteArray, QList<QByteArray>>> &series, qint64 from,
                  qint64 step)
{
    QByteArray out = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (qsizetype i = 0; i < series.size(); ++i) {
        out += (i ? "," : "") + QByteArray(R"({"metric":)") + series.at(i).first + R"(,"values":[)";
        const QList<QByteArray> &values = series.at(i).second;
        bool first = true;
        for (qsizetype k = 0; k < values.size(); ++k) {
            if (values.at(k).isEmpty())
                continue; // no sample at that point
            out += (first ? "" : ",") + QByteArray("[") + QByteArray::number(from + k * step) +
                   ".0,\"" + values.at(k) + "\"]";
            first = false;
        }
        out += "]}";
    }
    out += "]}}";
    return out;
}

PromAnswer decoded(const QByteArray &body)
{
    QString type;
    QString error;
    const std::optional<PromAnswer> a = PromAnswer::decode(body, &type, &error);
    if (!a)
        qWarning() << "not decoded:" << type << error;
    return a.value_or(PromAnswer{});
}

} // namespace

class TestPromAnswer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreStringsWithNaNAndInfinities()
    {
        const PromAnswer a =
            decoded(matrix({{R"({"code":"OK"})", {"1", "NaN", "+Inf", "-Inf", "2.5"}}}, 100, 10));
        QCOMPARE(a.resultType, QStringLiteral("matrix"));
        QCOMPARE(a.series.size(), 1);
        const auto &p = a.series.first().points;
        QCOMPARE(p.size(), 5);
        QCOMPARE(p.at(0).first, 100);
        QVERIFY(std::isnan(p.at(1).second));
        QVERIFY(std::isinf(p.at(2).second) && p.at(2).second > 0);
        QVERIFY(std::isinf(p.at(3).second) && p.at(3).second < 0);
        QCOMPARE(p.at(4).second, 2.5);
    }

    void theFastReaderReadsWhatTheDocumentReaderReads()
    {
        const QList<QByteArray> bodies{
            matrix({{R"({"code":"OK","tenant":"Sở Tư pháp"})", {"1", "NaN", "+Inf", "-Inf", "2.5"}},
                    {R"({})", {"", "7", "1e3", "", "0.000125"}}},
                   1796209320, 60),
            // Keys in another order, spaces and newlines, escapes, unknown keys, a vector.
            "{ \"data\" : { \"result\" : [ { \"value\" : [ 1796209320.5 , \"3\" ] ,\n"
            " \"metric\" : { \"tenant\" : \"S\\u1edf \\\"T\\u01b0\\\" \\ud83d\\ude00\\n\" } ,"
            " \"extra\" : [ 1, { \"a\" : null }, true ] } ] , \"resultType\" : \"vector\" } ,"
            " \"infos\" : [ \"i\" ], \"status\" : \"success\", \"warnings\" : [ \"w1\" ] }",
            R"({"status":"success","data":{"resultType":"matrix","result":[]}})",
        };
        for (const QByteArray &body : bodies) {
            QString type;
            QString error;
            const std::optional<PromAnswer> fast = lgsp::client::readPromSuccess(body);
            const std::optional<PromAnswer> slow = PromAnswer::decodeDocument(body, &type, &error);
            QVERIFY2(fast && slow, body.constData());
            QCOMPARE(fast->resultType, slow->resultType);
            QCOMPARE(fast->warnings, slow->warnings);
            QCOMPARE(fast->series.size(), slow->series.size());
            for (qsizetype i = 0; i < fast->series.size(); ++i) {
                QCOMPARE(fast->series.at(i).labels, slow->series.at(i).labels);
                const auto &a = fast->series.at(i).points;
                const auto &b = slow->series.at(i).points;
                QCOMPARE(a.size(), b.size());
                for (qsizetype k = 0; k < a.size(); ++k) {
                    QCOMPARE(a.at(k).first, b.at(k).first);
                    QVERIFY(a.at(k).second == b.at(k).second ||
                            (std::isnan(a.at(k).second) && std::isnan(b.at(k).second)));
                }
            }
        }
        const std::optional<PromAnswer> escaped = lgsp::client::readPromSuccess(bodies.at(1));
        QCOMPARE(escaped->series.first().labels.value(QStringLiteral("tenant")),
                 QStringLiteral("Sở \"Tư\" \U0001F600\n"));
        QCOMPARE(escaped->series.first().points.first().first, 1796209321); // rounded
        // Not a success, or not JSON, or cut short: left to the document reader.
        for (
            const QByteArray &other :
            {QByteArray(R"({"status":"error","errorType":"bad_data","error":"x"})"),
             QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"2"]}})"),
             QByteArray(
                 R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2"]]})"),
             QByteArray(
                 R"({"status":"success","data":{"resultType":"matrix","result":[{"values":[[1,"x2"]]}]}})"),
             QByteArray("Unauthorized"), QByteArray()}) {
            QVERIFY2(!lgsp::client::readPromSuccess(other), other.constData());
        }
        // And the scalar still comes through decode().
        QString type;
        QString error;
        const std::optional<PromAnswer> scalar = PromAnswer::decode(
            R"({"status":"success","data":{"resultType":"scalar","result":[1,"2"]}})", &type,
            &error);
        QVERIFY(scalar);
        QCOMPARE(scalar->series.first().points.first().second, 2.0);
    }

    // What the differential fuzzer (fuzz/fuzz_prometheus.cpp) found the fast reader taking
    // where Qt's JSON reader refuses or reads otherwise: each is now left to the document
    // reader, which says what is wrong or reads it its own way.
    void theFastReaderLeavesWhatItCannotReadAlikeToTheDocumentReader()
    {
        const auto body = [](const QByteArray &result) -> QByteArray {
            return R"({"status":"success","data":{"resultType":"matrix","result":[)" + result +
                   "]}}";
        };
        const QList<QByteArray> others{
            body("{\"metric\":{\"t\":\"S\xe1\"},\"values\":[[1,\"2\"]]}"), // not UTF-8
            body("{\"metric\":{\"t\":\"a\tb\"},\"values\":[[1,\"2\"]]}"),  // raw tab
            body(R"({"metric":{},"values":[[1,"2"]],"x":nul})"),           // bare word
            body(R"({"metric":{},"values":[[1,"2"]],"x":1e999})"),         // infinite
            body(R"({"metric":{},"values":[[1,"1e999"]]})"),               // infinite too
            body(R"({"metric":{},"values":[[1,"inf"]]})"), // not as Prometheus writes it
            body(R"({"metric":{},"values":[["1","2"]]})"), // a time given as text
            body(R"({"metric":{"t":"a","t":"b"},"values":[[1,"2"]]})"),  // a repeated key
            body(R"({"metric":{},"values":[[1,"2"]],"value":[1,"3"]})"), // both kinds of point
            body(R"({"metric":{"t":"\udc00"},"values":[[1,"2"]]})"),     // a lone surrogate
            body(R"({"metric":{},"values":[[1,"2"]],"x":)" + QByteArray(600, '[') +
                 QByteArray(600, ']') + "}"), // deeper than the reader goes
        };
        for (const QByteArray &other : others)
            QVERIFY2(!lgsp::client::readPromSuccess(other), other.left(120).constData());
        // A repeated top-level key too.
        QVERIFY(!lgsp::client::readPromSuccess(
            R"({"status":"success","status":"success","data":{"resultType":"matrix","result":[]}})"));
        // Still read: literals and numbers where they are JSON.
        QVERIFY(lgsp::client::readPromSuccess(
            body(R"({"metric":{},"values":[[1,"-0.5e-3"]],"x":[true,false,null,-1.5E+2,0]})")));
    }

    void errorsAndWarningsAreRead()
    {
        QString type;
        QString error;
        QVERIFY(!PromAnswer::decode(
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected"})",
            &type, &error));
        QCOMPARE(type, QStringLiteral("bad_data"));
        QVERIFY(error.contains(QStringLiteral("parse error")));
        // What a proxy in front of Prometheus answers a wrong password with.
        QVERIFY(!PromAnswer::decode("Unauthorized\n", &type, &error));
        QCOMPARE(type, QStringLiteral("decode"));
        QCOMPARE(error, QStringLiteral("Unauthorized"));
        QVERIFY(!PromAnswer::decode(R"({"data":{}})", &type, &error));
        QCOMPARE(type, QStringLiteral("decode"));
        const PromAnswer warned = decoded(
            R"({"status":"success","warnings":["PromQL info: metric might not be a counter"],)"
            R"("data":{"resultType":"matrix","result":[]}})");
        QCOMPARE(warned.warnings.size(), 1);
        QVERIFY(warned.series.isEmpty());
    }

    void countersBecomeSlotsWithResetsAndNewCodes()
    {
        const PromMapping m = *PromMapping::fromPreset(QStringLiteral("lgsp-sandbox"));
        // Points at 0, 10, 20, 30, 40: four slots.
        PromSlots slots(m, 0, 10, 4);
        slots.setRequests(decoded(matrix({{R"({"code":"OK"})", {"100", "110", "125", "5", "9"}},
                                          {R"({"code":"500"})", {"", "", "2", "", "1"}}},
                                         0, 10)));
        const QList<lgsp::protocol::MetricsBucket> b = slots.buckets();
        QCOMPARE(b.size(), 4);
        QCOMPARE(b.at(0).t, 0);
        QCOMPARE(b.at(0).count, 10);
        // The 500 series appears at 20 while OK was scraped at 10: 2 new failures.
        QCOMPARE(b.at(1).count, 17);
        QCOMPARE(b.at(1).errors, 2);
        QCOMPARE(b.at(1).errorsByCode.value(QStringLiteral("500")), 2);
        // OK went from 125 to 5: a restart; the slot counts the 5 since.
        QCOMPARE(b.at(2).count, 5);
        QCOMPARE(b.at(2).errors, 0);
        // The 500 series is back (after the restart) with 1.
        QCOMPARE(b.at(3).count, 5);
        QCOMPARE(b.at(3).errorsByCode.value(QStringLiteral("500")), 1);
    }

    void aSlotWithoutScrapesHasNoData()
    {
        const PromMapping m = *PromMapping::fromPreset(QStringLiteral("lgsp-sandbox"));
        PromSlots slots(m, 0, 10, 3);
        slots.setRequests(decoded(matrix({{R"({"code":"OK"})", {"1", "", "NaN", "9"}}}, 0, 10)));
        // Nothing at 10 and a NaN at 20: only the slots with samples at both ends remain, and
        // none has both here.
        QCOMPARE(slots.buckets().size(), 0);
        QVERIFY(!slots.empty());
        PromSlots none(m, 0, 10, 3);
        none.setRequests(decoded(matrix({}, 0, 10)));
        QVERIFY(none.empty());
    }

    void bucketsOfEitherLeSpellingFillTheConsolesBounds()
    {
        // Prometheus 3 writes le="1.0" where 2.x wrote le="1": both are numbers.
        for (const QByteArray &one : {QByteArray("1"), QByteArray("1.0")}) {
            const PromMapping m = *PromMapping::fromPreset(QStringLiteral("lgsp-sandbox"));
            PromSlots slots(m, 0, 60, 1);
            slots.setRequests(decoded(matrix({{R"({"code":"OK"})", {"0", "100"}}}, 0, 60)));
            slots.setLatency(decoded(matrix({{R"({"le":"0.05"})", {"0", "50"}},
                                             {R"({"le":")" + one + R"("})", {"0", "90"}},
                                             {R"({"le":"+Inf"})", {"0", "100"}}},
                                            0, 60)));
            const lgsp::protocol::MetricsBucket b = slots.buckets().value(0);
            QCOMPARE(b.histogram.total(), 100);
            // 50 at or below 50 ms, 90 at or below 1 s, 10 above the last bound given.
            const QList<double> &bounds = lgsp::protocol::LatencyHistogram::bounds();
            qint64 upTo50 = 0;
            qint64 upTo1000 = 0;
            for (qsizetype i = 0; i < bounds.size(); ++i) {
                upTo50 += bounds.at(i) <= 50 ? b.histogram.counts().at(i) : 0;
                upTo1000 += bounds.at(i) <= 1000 ? b.histogram.counts().at(i) : 0;
            }
            QCOMPARE(upTo50, 50);
            QCOMPARE(upTo1000, 90);
            QVERIFY(b.histogram.percentile(0.5) <= 50);
        }
    }

    void millisecondBucketsOfKong()
    {
        const PromMapping m = *PromMapping::fromPreset(QStringLiteral("kong"));
        QCOMPARE(m.latencyUnitMs, 1.0);
        PromSlots slots(m, 0, 60, 1);
        slots.setRequests(decoded(
            matrix({{R"({"code":"200"})", {"0", "8"}}, {R"({"code":"503"})", {"0", "2"}}}, 0, 60)));
        slots.setLatency(decoded(matrix({{R"({"le":"5"})", {"0", "4"}},
                                         {R"({"le":"20"})", {"0", "10"}},
                                         {R"({"le":"+Inf"})", {"0", "10"}}},
                                        0, 60)));
        const lgsp::protocol::MetricsBucket b = slots.buckets().value(0);
        QCOMPARE(b.count, 10);
        QCOMPARE(b.errors, 2);
        QCOMPARE(b.errorsByCode.value(QStringLiteral("503")), 2);
        QCOMPARE(b.histogram.total(), 10);
        QVERIFY(b.histogram.percentile(0.99) <= 20);
    }

    void microIntegratorErrorsComeFromItsErrorCounter()
    {
        const PromMapping m = *PromMapping::fromPreset(QStringLiteral("wso2-mi"));
        QVERIFY(m.codeLabel.isEmpty());
        PromSlots slots(m, 0, 60, 1);
        slots.setRequests(decoded(matrix({{R"({})", {"10", "30"}}}, 0, 60)));
        slots.setErrors(decoded(matrix({{R"({})", {"1", "4"}}}, 0, 60)));
        const lgsp::protocol::MetricsBucket b = slots.buckets().value(0);
        QCOMPARE(b.count, 20);
        QCOMPARE(b.errors, 3);
    }

    void queriesQuoteLabelValues()
    {
        const PromMapping m = *PromMapping::fromPreset(QStringLiteral("lgsp-sandbox"));
        QString why;
        const QString q = m.requestsQuery({QStringLiteral("job=\"lgsp\""),
                                           QStringLiteral("Sở \"Tư pháp\""),
                                           QStringLiteral("000.00.31.H20~dich-vu-ho-tich"),
                                           {}},
                                          &why);
        QCOMPARE(q, QStringLiteral("sum by (code) (lgsp_gateway_calls_total{job=\"lgsp\","
                                   "tenant=\"Sở \\\"Tư pháp\\\"\",service=\"dich-vu-ho-tich\"})"));
        QCOMPARE(m.latencyQuery({}, &why),
                 QStringLiteral("sum by (le) (lgsp_gateway_call_duration_seconds_bucket{})"));
        // Kong has no tenant: a tenant chart says why instead of querying everything.
        const PromMapping kong = *PromMapping::fromPreset(QStringLiteral("kong"));
        why.clear();
        QVERIFY(kong.requestsQuery({{}, QStringLiteral("000.00.31.H20"), {}, {}}, &why).isEmpty());
        QVERIFY(!why.isEmpty());
        // Envoy's classes: 2 is a success, 5 is not.
        const PromMapping envoy = *PromMapping::fromPreset(QStringLiteral("envoy"));
        QVERIFY(envoy.isSuccess(QStringLiteral("2")));
        QVERIFY(!envoy.isSuccess(QStringLiteral("5")));
        QVERIFY(m.isSuccess(QStringLiteral("OK")));
        QVERIFY(!m.isSuccess(QStringLiteral("OK2")));
    }

    void everyPresetIsUsableAndACustomMappingIsChecked()
    {
        for (const QString &preset : PromMapping::presets()) {
            const std::optional<PromMapping> m = PromMapping::fromPreset(preset);
            QVERIFY2(m && m->problem().isEmpty(), qPrintable(preset));
        }
        QList<lgsp::protocol::DecodeError> errors;
        const PromMapping custom = PromMapping::fromJson(
            QJsonObject{{QStringLiteral("preset"), QStringLiteral("custom")},
                        {QStringLiteral("requests"), QStringLiteral("9bad name")}},
            QStringLiteral("/metricSource/mapping"), &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!custom.problem().isEmpty());
        // A preset ignores stored fields: it is always the preset.
        errors.clear();
        const PromMapping kong = PromMapping::fromJson(
            QJsonObject{{QStringLiteral("preset"), QStringLiteral("kong")},
                        {QStringLiteral("requests"), QStringLiteral("other_total")}},
            {}, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(kong.requests, QStringLiteral("kong_http_requests_total"));
    }
};

QTEST_GUILESS_MAIN(TestPromAnswer)
#include "tst_promanswer.moc"
