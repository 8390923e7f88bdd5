// The search bodies sent for WSO2's analytics, checked exactly, and the reading of what
// Elasticsearch and OpenSearch answer (shapes from their documentation), errors included.
#include "client/metrics/elastic/esanswer.h"
#include "client/metrics/elastic/esquery.h"
#include "protocol/latencyhistogram.h"

#include <QJsonDocument>
#include <QTest>

using namespace lgsp;
using namespace lgsp::client;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(text), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad expected JSON: %s", qPrintable(e.errorString()));
    return d.object();
}

ApiReply failed(int status, ClientError::Kind kind, const QByteArray &body)
{
    ApiReply reply;
    reply.status = status;
    reply.body = body;
    reply.error = ClientError::make(kind);
    reply.error.httpStatus = status;
    return reply;
}

} // namespace

class TestEsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseSearchIsExact()
    {
        Wso2Analytics a;
        a.filter = QStringLiteral("regionId:\"hau-giang\"");
        const EsRange range{1796515200, 1796515380, 60};
        const QJsonObject body = esquery::responseSearch(
            a, {QStringLiteral("cantho.gov.vn"), QStringLiteral("api:7f3c"), {}}, range);
        const QJsonObject expected = json(
            "{ "
            "\"size\": 0, \"track_total_hits\": false, "
            "\"query\": {\"bool\": {\"filter\": [ "
            "{\"range\": {\"requestTimestamp\": {\"gte\": 1796515200000, \"lt\": 1796515380000, "
            "\"format\": \"epoch_millis\"}}}, "
            "{\"term\": {\"apiCreatorTenantDomain.keyword\": \"cantho.gov.vn\"}}, "
            "{\"term\": {\"apiId.keyword\": \"7f3c\"}}, "
            "{\"query_string\": {\"query\": \"regionId:\\\"hau-giang\\\"\"}}]}}, "
            "\"aggs\": {\"slots\": { "
            "\"date_histogram\": {\"field\": \"requestTimestamp\", \"fixed_interval\": \"60s\", "
            "\"min_doc_count\": 0, "
            "\"extended_bounds\": {\"min\": 1796515200000, \"max\": 1796515320000}}, "
            "\"aggs\": { "
            "\"codes\": {\"terms\": {\"field\": \"proxyResponseCode\", \"size\": 50}}, "
            "\"latency\": {\"range\": {\"field\": \"responseLatency\", \"ranges\": [ "
            "{\"to\": 1.5}, {\"from\": 1.5, \"to\": 2.5}, {\"from\": 2.5, \"to\": 5.5}, "
            "{\"from\": 5.5, \"to\": 10.5}, {\"from\": 10.5, \"to\": 20.5}, {\"from\": 20.5, "
            "\"to\": 50.5}, "
            "{\"from\": 50.5, \"to\": 100.5}, {\"from\": 100.5, \"to\": 200.5}, "
            "{\"from\": 200.5, \"to\": 500.5}, {\"from\": 500.5, \"to\": 1000.5}, "
            "{\"from\": 1000.5, \"to\": 2000.5}, {\"from\": 2000.5, \"to\": 5000.5}, "
            "{\"from\": 5000.5, \"to\": 10000.5}, {\"from\": 10000.5, \"to\": 30000.5}, "
            "{\"from\": 30000.5}]}}}}, "
            "\"held\": {\"global\": {}, \"aggs\": {\"since\": { "
            "\"filter\": {\"query_string\": {\"query\": \"regionId:\\\"hau-giang\\\"\"}}, "
            "\"aggs\": {\"first\": {\"min\": {\"field\": \"requestTimestamp\"}}}}}}} "
            "}");
        QCOMPARE(body, expected);
    }

    void faultySearchIsExact()
    {
        Wso2Analytics a;
        a.keywordSuffix.clear(); // an index template that maps texts as keywords
        a.timeField = QStringLiteral("@timestamp");
        const QJsonObject body =
            esquery::faultySearch(a, {{}, QStringLiteral("DanCu"), QStringLiteral("app-1")},
                                  {1796515200, 1796518800, 3600});
        const QJsonObject expected =
            json("{ "
                 "\"size\": 0, \"track_total_hits\": false, "
                 "\"query\": {\"bool\": {\"filter\": [ "
                 "{\"range\": {\"@timestamp\": {\"gte\": 1796515200000, \"lt\": 1796518800000, "
                 "\"format\": \"epoch_millis\"}}}, "
                 "{\"term\": {\"apiName\": \"DanCu\"}}, "
                 "{\"term\": {\"applicationName\": \"app-1\"}}]}}, "
                 "\"aggs\": {\"slots\": { "
                 "\"date_histogram\": {\"field\": \"@timestamp\", \"fixed_interval\": \"3600s\", "
                 "\"min_doc_count\": 0, "
                 "\"extended_bounds\": {\"min\": 1796515200000, \"max\": 1796515200000}}, "
                 "\"aggs\": {\"types\": {\"terms\": {\"field\": \"errorType\", \"size\": 10}, "
                 "\"aggs\": {\"codes\": {\"terms\": {\"field\": \"errorCode\", \"size\": 50}}}}}}, "
                 "\"held\": {\"global\": {}, \"aggs\": {\"since\": { "
                 "\"filter\": {\"match_all\": {}}, "
                 "\"aggs\": {\"first\": {\"min\": {\"field\": \"@timestamp\"}}}}}}} "
                 "}");
        QCOMPARE(body, expected);
    }

    void searchPathKeepsPatterns()
    {
        QCOMPARE(esquery::searchPath(QStringLiteral("apim_event_response*")),
                 QStringLiteral("/apim_event_response*/_search"));
        QCOMPARE(esquery::searchPath(QStringLiteral("a*,b-2026.12")),
                 QStringLiteral("/a*,b-2026.12/_search"));
    }

    void settingsProblems()
    {
        Wso2Analytics a;
        QVERIFY(a.problem().isEmpty());
        a.responseIndex = QStringLiteral("APIM Events");
        QVERIFY(!a.problem().isEmpty());
        a = {};
        a.keywordSuffix = QStringLiteral("keyword");
        QVERIFY(!a.problem().isEmpty());
        a = {};
        a.latencyField = QStringLiteral("response latency");
        QVERIFY(!a.problem().isEmpty());
    }

    void readsSlotsCodesAndLatency()
    {
        // Two slots: 3 calls (200, 200, 503) and none.
        QByteArray latency = "[";
        for (int i = 0; i <= protocol::LatencyHistogram::bounds().size(); ++i)
            latency += QByteArray(i ? "," : "") + (i == 6    ? "{\"doc_count\":2}"
                                                   : i == 13 ? "{\"doc_count\":1}"
                                                             : "{\"doc_count\":0}");
        latency += "]";
        const QByteArray none = QByteArray(latency)
                                    .replace("\"doc_count\":2", "\"doc_count\":0")
                                    .replace("\"doc_count\":1", "\"doc_count\":0");
        const QByteArray body =
            "{\"took\":4,\"timed_out\":false,\"_shards\":{\"total\":2,\"successful\":2,\"skipped\":"
            "0,\"failed\":0}, "
            "\"hits\":{\"max_score\":null,\"hits\":[]}, "
            "\"aggregations\":{\"slots\":{\"buckets\":[ "
            "{\"key_as_string\":\"2026-12-07T00:00:00.000Z\",\"key\":1796515200000,\"doc_count\":3,"
            " "
            "\"codes\":{\"doc_count_error_upper_bound\":0,\"sum_other_doc_count\":0, "
            "\"buckets\":[{\"key\":200,\"doc_count\":2},{\"key\":503,\"doc_count\":1}]}, "
            "\"latency\":{\"buckets\":" +
            latency +
            "}}, "
            "{\"key\":1796515260000,\"doc_count\":0,\"codes\":{\"buckets\":[]},\"latency\":{"
            "\"buckets\":" +
            none + "}}]}}}";
        const Result<EsAnswer> r = EsAnswer::decode(body, EsAnswer::Events::Response);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.slots.size(), 2);
        QCOMPARE(r.value.slots.at(0).t, 1796515200);
        QCOMPARE(r.value.slots.at(0).count, 3);
        QCOMPARE(r.value.slots.at(0).errors, 1);
        QCOMPARE(r.value.slots.at(0).errorsByCode.value(QStringLiteral("503")), 1);
        QVERIFY(r.value.warnings(QStringLiteral("x")).isEmpty());

        const QByteArray faults =
            "{\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0}, "
            "\"aggregations\":{\"slots\":{\"buckets\":[{\"key\":1796515200000,\"doc_count\":4, "
            "\"types\":{\"buckets\":[{\"key\":\"THROTTLED\",\"doc_count\":3, "
            "\"codes\":{\"buckets\":[{\"key\":900800,\"doc_count\":3}]}}]}}]}}}";
        const Result<EsAnswer> f = EsAnswer::decode(faults, EsAnswer::Events::Faulty);
        QVERIFY2(f.ok(), qPrintable(f.error.message()));
        const protocol::MetricsResponse m =
            EsAnswer::counted({1796515200, 1796515320, 60}, r.value, f.value);
        QCOMPARE(m.series.size(), 1);
        const QList<protocol::MetricsBucket> &b = m.series.first().buckets;
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).count, 7);
        QCOMPARE(b.at(0).errors, 5);
        QCOMPARE(b.at(0).errorsByCode.value(QStringLiteral("THROTTLED 900800")), 3);
        QCOMPARE(b.at(0).errorsByCode.value(QStringLiteral("fault")), 1); // no type given
        QCOMPARE(b.at(0).histogram.total(), 3);
        QCOMPARE(b.at(0).histogram.counts().at(6), 2); // ≤ 100 ms
        QCOMPARE(b.at(1).t, 1796515260);
        QCOMPARE(b.at(1).count, 0);
    }

    // The indices' first event bounds what is held: slots ending before it are left out, a
    // cluster holding nothing gives no slots, an answer that does not say keeps every slot.
    void slotsBeforeTheFirstEventAreNotHeld_data()
    {
        QTest::addColumn<QByteArray>("held");
        QTest::addColumn<QList<qint64>>("slots");
        // Three 60 s slots from 1796515200.
        QTest::newRow("first event inside the second slot")
            << QByteArray(",\"held\":{\"doc_count\":9,\"since\":{\"doc_count\":9,"
                          "\"first\":{\"value\":1796515290123.0,\"value_as_string\":"
                          "\"2026-12-07T00:01:30.123Z\"}}}")
            << QList<qint64>{1796515260, 1796515320};
        QTest::newRow("first event on the first slot's start")
            << QByteArray(",\"held\":{\"doc_count\":9,\"since\":{\"doc_count\":9,"
                          "\"first\":{\"value\":1796515200000}}}")
            << QList<qint64>{1796515200, 1796515260, 1796515320};
        QTest::newRow("nothing held") << QByteArray(",\"held\":{\"doc_count\":0,\"since\":{"
                                                    "\"doc_count\":0,\"first\":{\"value\":null}}}")
                                      << QList<qint64>{};
        QTest::newRow("not said") << QByteArray()
                                  << QList<qint64>{1796515200, 1796515260, 1796515320};
    }
    void slotsBeforeTheFirstEventAreNotHeld()
    {
        QFETCH(QByteArray, held);
        QFETCH(QList<qint64>, slots);
        const QByteArray body =
            "{\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"failed\":0},"
            "\"aggregations\":{\"slots\":{\"buckets\":[]}" +
            held + "}}";
        const Result<EsAnswer> r = EsAnswer::decode(body, EsAnswer::Events::Response);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        // The faulty index is missing (nothing failed yet): it says nothing about what is held.
        const protocol::MetricsResponse m =
            EsAnswer::counted({1796515200, 1796515380, 60}, r.value, EsAnswer());
        QList<qint64> got;
        for (const protocol::MetricsBucket &b : m.series.first().buckets)
            got << b.t;
        QCOMPARE(got, slots);
    }

    void partialAnswersSaySo()
    {
        const QByteArray body =
            "{\"timed_out\":true,\"_shards\":{\"total\":3,\"successful\":1,\"skipped\":0,"
            "\"failed\":2, "
            "\"failures\":[{\"shard\":1,\"index\":\"apim_event_response-2026.12\",\"node\":\"n2\", "
            "\"reason\":{\"type\":\"node_not_connected_exception\",\"reason\":\"gone\"}}]}, "
            "\"aggregations\":{\"slots\":{\"buckets\":[]}}}";
        const Result<EsAnswer> r = EsAnswer::decode(body, EsAnswer::Events::Response);
        QVERIFY(r.ok());
        const QStringList w = r.value.warnings(QStringLiteral("apim_event_response*"));
        QCOMPARE(w.size(), 2);
        QVERIFY(w.at(0).contains(QStringLiteral("2 of 3")));
        QVERIFY(w.at(0).contains(QStringLiteral("node_not_connected_exception")));
        QVERIFY(w.at(1).contains(QStringLiteral("partial")));

        // No index matched a wildcard: no shard searched, no aggregations.
        const Result<EsAnswer> none = EsAnswer::decode(
            "{\"timed_out\":false,\"_shards\":{\"total\":0,\"successful\":0,\"skipped\":0,"
            "\"failed\":0}, "
            "\"hits\":{\"total\":{\"value\":0,\"relation\":\"eq\"},\"max_score\":0.0,\"hits\":[]}}",
            EsAnswer::Events::Faulty);
        QVERIFY(none.ok());
        QVERIFY(none.value.warnings(QStringLiteral("apim_event_faulty*"))
                    .join(QString())
                    .contains(QStringLiteral("No index matches apim_event_faulty*")));
    }

    void malformedAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no aggs with shards")
            << QByteArray("{\"_shards\":{\"total\":1,\"failed\":0}}")
            << QStringLiteral("no aggregations");
        QTest::newRow("key as text")
            << QByteArray(
                   "{\"aggregations\":{\"slots\":{\"buckets\":[{\"key\":\"x\",\"doc_count\":1}]}}}")
            << QStringLiteral("buckets[0].key");
        QTest::newRow("negative count")
            << QByteArray(
                   "{\"aggregations\":{\"slots\":{\"buckets\":[{\"key\":0,\"doc_count\":-1}]}}}")
            << QStringLiteral("doc_count");
        QTest::newRow("missing latency")
            << QByteArray("{\"aggregations\":{\"slots\":{\"buckets\":[{\"key\":0,\"doc_count\":1, "
                          "\"codes\":{\"buckets\":[]}}]}}}")
            << QStringLiteral("latency");
        QTest::newRow("slots not array")
            << QByteArray("{\"aggregations\":{\"slots\":{\"buckets\":{}}}}")
            << QStringLiteral("no buckets array");
    }

    void malformedAnswersAreErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const Result<EsAnswer> r = EsAnswer::decode(body, EsAnswer::Events::Response);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ClientError::Kind::Protocol);
        QVERIFY2(r.error.detail.contains(says), qPrintable(r.error.detail));
    }

    void clusterErrorsInTheirOwnWords()
    {
        // Elasticsearch without a credential.
        ClientError e = EsAnswer::errorOf(
            failed(401, ClientError::Kind::Unauthorized,
                   "{\"error\":{\"root_cause\":[{\"type\":\"security_exception\",\"reason\":"
                   "\"missing authentication credentials for REST request "
                   "[/_search]\"}],\"type\":\"security_exception\",\"reason\":\"missing "
                   "authentication credentials for REST request [/_search]\"},\"status\":401}"),
            QStringLiteral("apim_event_response*"));
        QCOMPARE(e.kind, ClientError::Kind::Unauthorized);
        QCOMPARE(e.subject, ClientError::Subject::MetricSource);
        QVERIFY(e.detail.contains(QStringLiteral("missing authentication credentials")));
        // OpenSearch's security plugin answers in plain text.
        e = EsAnswer::errorOf(failed(401, ClientError::Kind::Unauthorized, "Unauthorized"),
                              QStringLiteral("x"));
        QCOMPARE(e.kind, ClientError::Kind::Unauthorized);
        QCOMPARE(e.detail, QStringLiteral("Unauthorized"));
        // A missing index named without a wildcard.
        e = EsAnswer::errorOf(
            failed(404, ClientError::Kind::NotFound,
                   "{\"error\":{\"root_cause\":[{\"type\":\"index_not_found_exception\",\"reason\":"
                   "\"no such index "
                   "[apim_event_faulty]\"}],\"type\":\"index_not_found_exception\",\"reason\":\"no "
                   "such index "
                   "[apim_event_faulty]\",\"index\":\"apim_event_faulty\"},\"status\":404}"),
            QStringLiteral("apim_event_faulty"));
        QCOMPARE(e.kind, ClientError::Kind::QueryRejected);
        QVERIFY(e.detail.contains(QStringLiteral("apim_event_faulty")));
        QVERIFY(e.detail.contains(QStringLiteral("index patterns")));
        // A text field aggregated on: every shard failed the same way.
        e = EsAnswer::errorOf(
            failed(
                400, ClientError::Kind::Validation,
                "{\"error\":{\"root_cause\":[{\"type\":\"illegal_argument_exception\",\"reason\":"
                "\"Text fields are not optimised for operations that require per-document field "
                "data\"}],\"type\":\"search_phase_execution_exception\",\"reason\":\"all shards "
                "failed\"},\"status\":400}"),
            QStringLiteral("x"));
        QCOMPARE(e.kind, ClientError::Kind::QueryRejected);
        QVERIFY(e.detail.contains(QStringLiteral("keyword sub-field")));
        // 403 stays a 403, with the cluster's words.
        e = EsAnswer::errorOf(
            failed(403, ClientError::Kind::Forbidden,
                   "{\"error\":{\"type\":\"security_exception\",\"reason\":\"no permissions for "
                   "[indices:data/read/search]\"},\"status\":403}"),
            QStringLiteral("x"));
        QCOMPARE(e.kind, ClientError::Kind::Forbidden);
        QVERIFY(e.detail.contains(QStringLiteral("no permissions")));
    }
};

QTEST_GUILESS_MAIN(TestEsQuery)
#include "tst_esquery.moc"
