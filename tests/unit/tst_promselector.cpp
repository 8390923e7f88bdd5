// The pieces that let instances sharing one Prometheus be asked in one query: reading a
// source's selector, splitting it on the label the instances differ by, a value matched
// literally in PromQL's regular expressions, the grouped queries and the split of their answer.
#include "client/metrics/prometheus/prombatch.h"
#include "client/metrics/prometheus/prommapping.h"
#include "client/metrics/prometheus/promselector.h"

#include <QRegularExpression>
#include <QTest>

using namespace lgsp::client;

class TestPromSelector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectorsAreRead()
    {
        const auto m = parsePromSelector(
            QStringLiteral("{ job=\"lgsp\", instance = 'hg:9100' ,env!~`te.*`, code!=\"5\\\"x\"}"));
        QVERIFY(m);
        QCOMPARE(m->size(), 4);
        QCOMPARE(m->at(0),
                 (PromMatcher{QStringLiteral("job"), QStringLiteral("="), QStringLiteral("lgsp")}));
        QCOMPARE(m->at(1).value, QStringLiteral("hg:9100"));
        QCOMPARE(m->at(2).op, QStringLiteral("!~"));
        QCOMPARE(m->at(2).value, QStringLiteral("te.*"));
        QCOMPARE(m->at(3).value, QStringLiteral("5\"x"));
        QCOMPARE(m->at(3).toString(), QStringLiteral("code!=\"5\\\"x\""));
        QVERIFY(parsePromSelector(QString())->isEmpty());
        // Not a list of matchers: used as written, never merged.
        QVERIFY(!parsePromSelector(QStringLiteral("job=lgsp")));
        QVERIFY(!parsePromSelector(QStringLiteral("job=\"lgsp\" instance=\"a\"")));
        QVERIFY(!parsePromSelector(QStringLiteral("job=\"unclosed")));
        QVERIFY(!parsePromSelector(QStringLiteral("9job=\"a\"")));
    }

    void aSelectorIsSplitOnTheInstanceLabel()
    {
        // The mapping's instance label first.
        auto s = splitPromSelector(QStringLiteral("job=\"lgsp\",instance=\"hg:9100\""),
                                   QStringLiteral("instance"));
        QVERIFY(s);
        QCOMPARE(s->label, QStringLiteral("instance"));
        QCOMPARE(s->value, QStringLiteral("hg:9100"));
        QCOMPARE(s->rest, QStringLiteral("job=\"lgsp\""));
        // Else the only equality matcher; the rest is sorted so spellings agree.
        s = splitPromSelector(QStringLiteral("env!=\"test\", job=\"lgsp-hau-giang\", a=~\"x\""),
                              QStringLiteral("instance"));
        QVERIFY(s);
        QCOMPARE(s->label, QStringLiteral("job"));
        QCOMPARE(s->value, QStringLiteral("lgsp-hau-giang"));
        QCOMPARE(s->rest, QStringLiteral("a=~\"x\",env!=\"test\""));
        // Two equality matchers and none on the instance label: which one differs is unknown.
        QVERIFY(
            !splitPromSelector(QStringLiteral("job=\"a\",env=\"b\""), QStringLiteral("instance")));
        QVERIFY(!splitPromSelector(QStringLiteral("job=~\"a.*\""), QStringLiteral("instance")));
        QVERIFY(!splitPromSelector(QString(), QStringLiteral("instance")));
        QVERIFY(!splitPromSelector(QStringLiteral("job=\"a\",job!=\"b\""), QStringLiteral("job")));
    }

    void valuesAreMatchedLiterally()
    {
        QCOMPARE(promRegexLiteral(QStringLiteral("10.0.0.1:9100")),
                 QStringLiteral("10\\.0\\.0\\.1:9100"));
        QCOMPARE(promRegexLiteral(QStringLiteral("Sở (Tư pháp)+|x")),
                 QStringLiteral("Sở \\(Tư pháp\\)\\+\\|x"));
        // RE2 and PCRE agree on these escapes: the literal matches itself and only itself.
        for (const QString &v : {QStringLiteral("a.b"), QStringLiteral("Hậu Giang [HG]"),
                                 QStringLiteral("^$*?{}\\")}) {
            const QRegularExpression re(QRegularExpression::anchoredPattern(promRegexLiteral(v)));
            QVERIFY2(re.isValid(), qPrintable(v));
            QVERIFY(re.match(v).hasMatch());
            QVERIFY(!re.match(v + QLatin1Char('x')).hasMatch());
        }
    }

    void groupedQueriesKeepTheInstancesApart()
    {
        const PromMapping m = *PromMapping::fromPreset(QStringLiteral("lgsp-sandbox"));
        const PromMapping::Scope scope{
            QStringLiteral("instance=~\"a|b\""), {}, {}, QStringLiteral("instance")};
        QCOMPARE(m.requestsQuery(scope, nullptr),
                 QStringLiteral(
                     "sum by (instance, code) (lgsp_gateway_calls_total{instance=~\"a|b\"})"));
        QCOMPARE(m.latencyQuery(scope, nullptr),
                 QStringLiteral("sum by (instance, le) "
                                "(lgsp_gateway_call_duration_seconds_bucket{instance=~\"a|b\"})"));
        const PromMapping mi = *PromMapping::fromPreset(QStringLiteral("wso2-mi"));
        QCOMPARE(
            mi.requestsQuery(scope, nullptr),
            QStringLiteral(
                "sum by (instance) (wso2_integration_api_request_count_total{instance=~\"a|b\"})"));
        QCOMPARE(
            mi.errorsQuery(scope, nullptr),
            QStringLiteral("sum by (instance) "
                           "(wso2_integration_api_request_count_error_total{instance=~\"a|b\"})"));
    }

    void aGroupedAnswerIsSplitPerInstance()
    {
        PromAnswer answer;
        answer.resultType = QStringLiteral("matrix");
        answer.series.append({{{QStringLiteral("instance"), QStringLiteral("a")},
                               {QStringLiteral("code"), QStringLiteral("OK")}},
                              {{0, 1.0}}});
        answer.series.append({{{QStringLiteral("instance"), QStringLiteral("b")},
                               {QStringLiteral("code"), QStringLiteral("OK")}},
                              {{0, 2.0}}});
        answer.series.append({{{QStringLiteral("instance"), QStringLiteral("a")},
                               {QStringLiteral("code"), QStringLiteral("LGSP-504")}},
                              {{0, 3.0}}});
        const QHash<QString, PromAnswer> parts =
            PromBatch::split(answer, QStringLiteral("instance"));
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.value(QStringLiteral("a")).series.size(), 2);
        QCOMPARE(parts.value(QStringLiteral("b")).series.size(), 1);
        const PromAnswer::Series b = parts.value(QStringLiteral("b")).series.first();
        QCOMPARE(b.labels,
                 (QHash<QString, QString>{{QStringLiteral("code"), QStringLiteral("OK")}}));
        QCOMPARE(b.points.first().second, 2.0);
        QVERIFY(!parts.contains(QStringLiteral("c")));
    }
};

QTEST_GUILESS_MAIN(TestPromSelector)
#include "tst_promselector.moc"
