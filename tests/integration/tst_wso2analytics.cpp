// WSO2's traffic read from its analytics events in Elasticsearch or OpenSearch, against the
// stand-in of their `_search` (tests/fixtures/elastic): every slot equals what the indexed
// events say, scopes, credentials, and each way a cluster refuses or answers in part.
#include "awaitresult.h"
#include "elasticfixture.h"

#include "client/connection.h"
#include "client/metrics/elastic/wso2analyticssource.h"
#include "protocol/latencyhistogram.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lgsp;
using lgsp::test::ElasticFixture;

namespace {

const QString kApiId = QStringLiteral("5c2b8a1e-7d41-4f0e-9a3b-1f6d2c9e0a77");
const QString kApiName = QStringLiteral("Tra cứu dân cư");

struct Event
{
    qint64 msecs;
    QString tenant;
    QString apiId;
    QString apiName;
    int status;  // response events; 0 for faults
    int latency; // ms
    QString errorType;
    int errorCode;
};

qint64 alignDown(qint64 t, qint64 step)
{
    return t - t % step;
}

using Metrics = client::Result<protocol::MetricsResponse>;

} // namespace

class TestWso2Analytics final : public QObject
{
    Q_OBJECT

private:
    qint64 m_from = 0; // the range checked: an hour wholly in the past, on the hour
    qint64 m_to = 0;
    QList<Event> m_events;

    client::ConnectionProfile profile(const ElasticFixture &cluster,
                                      const QString &auth = QStringLiteral("basic"),
                                      const QString &user = QStringLiteral("elastic")) const
    {
        client::ConnectionProfile p;
        p.id = QUuid::createUuid();
        p.name = QStringLiteral("Cần Thơ (WSO2)");
        p.backend = QStringLiteral("wso2-apim");
        p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        p.requestTimeoutMs = 5000;
        p.metrics.kind = QStringLiteral("wso2-analytics");
        p.metrics.url = cluster.url();
        p.metrics.auth = auth;
        p.metrics.user = user;
        return p;
    }

    static Metrics ask(client::MetricSource *source, qint64 from, qint64 to, qint64 step,
                       const QString &tenant = {}, const QString &service = {})
    {
        client::MetricsQuery q;
        q.from = QDateTime::fromSecsSinceEpoch(from, Qt::UTC);
        q.to = QDateTime::fromSecsSinceEpoch(to, Qt::UTC);
        q.step = QString::number(step) + QLatin1Char('s');
        q.tenant = tenant;
        q.service = service;
        QObject context;
        const std::optional<Metrics> r =
            test::awaitResult<Metrics>([&](auto done) { source->metrics(q, &context, done); });
        if (!r) {
            Metrics timedOut;
            timedOut.error = client::ClientError::make(client::ClientError::Kind::Timeout);
            return timedOut;
        }
        return *r;
    }

    void seed(ElasticFixture &cluster,
              const QString &responseIndex = QStringLiteral("apim_event_response"),
              const QString &faultyIndex = QStringLiteral("apim_event_faulty")) const
    {
        for (const Event &e : m_events) {
            if (e.status > 0)
                cluster.index(responseIndex,
                              ElasticFixture::responseEvent(e.msecs, e.tenant, e.apiId, e.apiName,
                                                            QStringLiteral("Cổng dịch vụ công"),
                                                            e.status, e.latency));
            else
                cluster.index(faultyIndex,
                              ElasticFixture::faultyEvent(e.msecs, e.tenant, e.apiId, e.apiName,
                                                          e.errorType, e.errorCode));
        }
    }

    // What the console must show for the slot at `t`, from the events themselves.
    protocol::MetricsBucket expected(qint64 t, qint64 step, const QString &tenant = {},
                                     const QString &apiId = {}) const
    {
        protocol::MetricsBucket b;
        b.t = t;
        for (const Event &e : m_events) {
            if (e.msecs < t * 1000 || e.msecs >= (t + step) * 1000)
                continue;
            if ((!tenant.isEmpty() && e.tenant != tenant) || (!apiId.isEmpty() && e.apiId != apiId))
                continue;
            ++b.count;
            if (e.status == 0) {
                ++b.errors;
                ++b.errorsByCode[e.errorType + QLatin1Char(' ') + QString::number(e.errorCode)];
                continue;
            }
            b.histogram.add(e.latency);
            if (e.status >= 400) {
                ++b.errors;
                ++b.errorsByCode[QString::number(e.status)];
            }
        }
        return b;
    }

    void compareAll(const Metrics &r, qint64 step, const QString &tenant = {},
                    const QString &apiId = {})
    {
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.series.size(), 1);
        const QList<protocol::MetricsBucket> &buckets = r.value.series.first().buckets;
        QCOMPARE(buckets.size(), (m_to - m_from) / step);
        qint64 total = 0;
        for (const protocol::MetricsBucket &b : buckets) {
            const protocol::MetricsBucket want = expected(b.t, step, tenant, apiId);
            QCOMPARE(b.count, want.count);
            QCOMPARE(b.errors, want.errors);
            QCOMPARE(b.errorsByCode, want.errorsByCode);
            QCOMPARE(b.histogram.counts(), want.histogram.counts());
            total += b.count;
        }
        QVERIFY2(total > 0, "the range holds events");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_to = alignDown(QDateTime::currentSecsSinceEpoch() - 600, 3600);
        m_from = m_to - 3600;
        // Events from ten minutes before the range to five after it, which must not count;
        // latencies on the histogram's bounds too (a latency of exactly 100 ms is "≤ 100").
        QRandomGenerator random(20261207);
        const QStringList tenants{QStringLiteral("carbon.super"), QStringLiteral("cantho.gov.vn"),
                                  QStringLiteral("haugiang.gov.vn")};
        const QList<int> latencies{1, 2, 3, 5, 9, 10, 20, 47, 100, 101, 180, 200, 499, 1000, 4200};
        for (qint64 ms = (m_from - 600) * 1000; ms < (m_to + 300) * 1000;
             ms += 2000 + random.bounded(9000)) {
            Event e{ms,     tenants.at(random.bounded(3)),
                    kApiId, kApiName,
                    200,    latencies.at(random.bounded(int(latencies.size()))),
                    {},     0};
            if (random.bounded(4) == 0) {
                e.apiId = QStringLiteral("9d0e4f3a-2b1c-4e5d-8f6a-7b8c9d0e1f2a");
                e.apiName = QStringLiteral("Dịch vụ công trực tuyến");
            }
            const int roll = random.bounded(20);
            if (roll == 0)
                e.status = 503;
            else if (roll == 1)
                e.status = 404;
            else if (roll == 2)
                e = Event{ms,    e.tenant, e.apiId, e.apiName, 0, 0, QStringLiteral("THROTTLED"),
                          900800};
            else if (roll == 3)
                e = Event{ms, e.tenant, e.apiId, e.apiName, 0, 0, QStringLiteral("AUTH"), 900901};
            m_events.append(e);
        }
    }

    void everySlotEqualsTheEvents()
    {
        ElasticFixture cluster;
        QVERIFY(cluster.listen());
        seed(cluster, QStringLiteral("apim_event_response-2026.12"),
             QStringLiteral("apim_event_faulty-2026.12"));
        client::Connection connection(profile(cluster));
        connection.setMetricSourceSecret(ElasticFixture::password());
        client::MetricSource *source = connection.metricSource();
        QCOMPARE(source->kind(), QStringLiteral("wso2-analytics"));
        QVERIFY(source->available());
        QVERIFY(source->keepsHistory());
        compareAll(ask(source, m_from, m_to, 60), 60);
        compareAll(ask(source, m_from, m_to, 600), 600);
        // One tenant, one API (by its id, as the console names WSO2's APIs).
        compareAll(ask(source, m_from, m_to, 60, QStringLiteral("cantho.gov.vn")), 60,
                   QStringLiteral("cantho.gov.vn"));
        compareAll(ask(source, m_from, m_to, 300, {}, QStringLiteral("api:") + kApiId), 300, {},
                   kApiId);
        // Two searches a range, aggregations only.
        QCOMPARE(cluster.searches(), 8);
        QCOMPARE(cluster.searchBodies().first().value(QStringLiteral("size")).toInt(-1), 0);
    }

    void apiNamesWithDiacriticsMatch()
    {
        ElasticFixture cluster;
        QVERIFY(cluster.listen());
        seed(cluster);
        client::Connection connection(profile(cluster));
        connection.setMetricSourceSecret(ElasticFixture::password());
        const Metrics byName = ask(connection.metricSource(), m_from, m_to, 3600, {}, kApiName);
        const Metrics byId =
            ask(connection.metricSource(), m_from, m_to, 3600, {}, QStringLiteral("api:") + kApiId);
        QVERIFY(byName.ok() && byId.ok());
        QVERIFY(byName.value.series.first().buckets.first().count > 0);
        QCOMPARE(byName.value.series.first().buckets.first().count,
                 byId.value.series.first().buckets.first().count);
    }

    void openSearchWithAnApiKey()
    {
        ElasticFixture::Options options;
        options.openSearch = true;
        options.version = QStringLiteral("2.11.0");
        ElasticFixture cluster(options);
        QVERIFY(cluster.listen());
        seed(cluster);
        client::Connection connection(profile(cluster, QStringLiteral("apikey"), {}));
        connection.setMetricSourceSecret(QString::fromLatin1(ElasticFixture::apiKey()));
        compareAll(ask(connection.metricSource(), m_from, m_to, 60), 60);
        // The key's user may not read the cluster's root: the version is unknown, the source
        // is still ready.
        QObject context;
        auto status = test::awaitResult<client::Result<client::MetricSourceStatus>>(
            [&](auto done) { connection.metricSource()->status(&context, done); });
        QVERIFY(status && status->ok());
        QVERIFY(status->value.ready);
        QVERIFY(status->value.version.isEmpty());
        // Its administrator sees the product and version.
        client::Connection admin(profile(cluster));
        admin.setMetricSourceSecret(ElasticFixture::password());
        status = test::awaitResult<client::Result<client::MetricSourceStatus>>(
            [&](auto done) { admin.metricSource()->status(&context, done); });
        QVERIFY(status && status->ok());
        QCOMPARE(status->value.version, QStringLiteral("OpenSearch 2.11.0"));
    }

    void refusalsAreClear_data()
    {
        QTest::addColumn<bool>("openSearch");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        using Kind = client::ClientError::Kind;
        QTest::newRow("no secret") << false << "elastic"
                                   << "" << int(Kind::Configuration) << "keychain";
        QTest::newRow("wrong password")
            << false << "elastic"
            << "wrong" << int(Kind::Unauthorized) << "missing authentication credentials";
        QTest::newRow("opensearch wrong password")
            << true << "elastic"
            << "wrong" << int(Kind::Unauthorized) << "Unauthorized";
        QTest::newRow("no privilege")
            << false << "stranger"
            << "changeme" << int(Kind::Forbidden) << "indices:data/read/search";
        QTest::newRow("opensearch no privilege")
            << true << "stranger"
            << "changeme" << int(Kind::Forbidden) << "no permissions";
    }

    void refusalsAreClear()
    {
        QFETCH(bool, openSearch);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(int, kind);
        QFETCH(QString, says);
        ElasticFixture::Options options;
        options.openSearch = openSearch;
        ElasticFixture cluster(options);
        QVERIFY(cluster.listen());
        seed(cluster);
        client::Connection connection(profile(cluster, QStringLiteral("basic"), user));
        connection.setMetricSourceSecret(secret);
        const Metrics r = ask(connection.metricSource(), m_from, m_to, 60);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error.kind), kind);
        QCOMPARE(r.error.subject, client::ClientError::Subject::MetricSource);
        QVERIFY2(r.error.message().contains(says), qPrintable(r.error.message()));
    }

    void missingIndicesAndPartialAnswers()
    {
        ElasticFixture cluster;
        QVERIFY(cluster.listen());
        seed(cluster);
        client::ConnectionProfile p = profile(cluster);
        // A missing index named without a wildcard is an error saying which.
        p.metrics.analytics.responseIndex = QStringLiteral("apim_event_responses");
        {
            client::Connection connection(p);
            connection.setMetricSourceSecret(ElasticFixture::password());
            const Metrics r = ask(connection.metricSource(), m_from, m_to, 60);
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, client::ClientError::Kind::QueryRejected);
            QVERIFY2(r.error.message().contains(QStringLiteral("apim_event_responses")),
                     qPrintable(r.error.message()));
        }
        // A pattern that matches nothing: no events, said so; the faults still count.
        p.metrics.analytics.responseIndex = QStringLiteral("apim_event_responses*");
        {
            client::Connection connection(p);
            connection.setMetricSourceSecret(ElasticFixture::password());
            const Metrics r = ask(connection.metricSource(), m_from, m_to, 60);
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
            QVERIFY(r.value.warnings.join(QLatin1Char(' '))
                        .contains(QStringLiteral("No index matches apim_event_responses*")));
        }
        // The faulty index missing: the calls count, and the chart says the faults are not in.
        p.metrics.analytics.responseIndex = QStringLiteral("apim_event_response*");
        p.metrics.analytics.faultyIndex = QStringLiteral("apim_event_faults");
        {
            client::Connection connection(p);
            connection.setMetricSourceSecret(ElasticFixture::password());
            const Metrics r = ask(connection.metricSource(), m_from, m_to, 3600);
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
            QVERIFY(r.value.series.first().buckets.first().count > 0);
            QVERIFY(r.value.warnings.join(QLatin1Char(' '))
                        .contains(QStringLiteral("apim_event_faults")));
        }
        // A shard that failed and a search out of time: partial, and said so.
        cluster.failShards(QStringLiteral("apim_event_response"), 1);
        cluster.setTimedOut(true);
        client::Connection connection(profile(cluster));
        connection.setMetricSourceSecret(ElasticFixture::password());
        const Metrics r = ask(connection.metricSource(), m_from, m_to, 3600);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const QString warnings = r.value.warnings.join(QLatin1Char(' '));
        QVERIFY2(warnings.contains(QStringLiteral("1 of 2 shards")), qPrintable(warnings));
        QVERIFY(warnings.contains(QStringLiteral("node_not_connected_exception")));
        QVERIFY(warnings.contains(QStringLiteral("ran out of time")));
        QVERIFY(r.value.series.first().buckets.first().count < expected(m_from, 3600).count);
    }

    void textFieldsAndEmptyRanges()
    {
        ElasticFixture cluster;
        QVERIFY(cluster.listen());
        seed(cluster);
        client::ConnectionProfile p = profile(cluster);
        // Fields indexed as text with a keyword sub-field, asked without it.
        p.metrics.analytics.keywordSuffix.clear();
        {
            client::Connection connection(p);
            connection.setMetricSourceSecret(ElasticFixture::password());
            const Metrics r = ask(connection.metricSource(), m_from, m_to, 60);
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, client::ClientError::Kind::QueryRejected);
            QVERIFY2(r.error.message().contains(QStringLiteral("keyword sub-field")),
                     qPrintable(r.error.message()));
        }
        // Before the first event the indices hold, nothing is held: no slots (a report says
        // those days are missing), not zeros. The slot holding the first event and those after
        // it are there.
        client::Connection connection(profile(cluster));
        connection.setMetricSourceSecret(ElasticFixture::password());
        const Metrics before =
            ask(connection.metricSource(), m_from - 86400 * 3, m_to - 86400 * 3, 600);
        QVERIFY2(before.ok(), qPrintable(before.error.message()));
        QCOMPARE(before.value.series.first().buckets.size(), 0);
        const Metrics across = ask(connection.metricSource(), m_from - 3600, m_from + 3600, 600);
        QVERIFY2(across.ok(), qPrintable(across.error.message()));
        QCOMPARE(across.value.series.first().buckets.size(), 7);
        QCOMPARE(across.value.series.first().buckets.first().t, m_from - 600);
        // Once an older event is indexed, that day is held: every slot there, each zero.
        cluster.index(QStringLiteral("apim_event_faulty"),
                      ElasticFixture::faultyEvent((m_from - 86400 * 5) * 1000,
                                                  QStringLiteral("carbon.super"), kApiId, kApiName,
                                                  QStringLiteral("THROTTLED"), 900800));
        const Metrics r = ask(connection.metricSource(), m_from - 86400 * 3, m_to - 86400 * 3, 600);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.series.first().buckets.size(), 6);
        for (const protocol::MetricsBucket &b : r.value.series.first().buckets)
            QCOMPARE(b.count, 0);
        // A Service Catalog entry has no traffic of its own: said, not a zero chart.
        const Metrics catalog =
            ask(connection.metricSource(), m_from, m_to, 60, {}, QStringLiteral("catalog:0a1b"));
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error.kind, client::ClientError::Kind::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestWso2Analytics)
#include "tst_wso2analytics.moc"
