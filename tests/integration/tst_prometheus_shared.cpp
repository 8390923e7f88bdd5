// Instances sharing one Prometheus are asked in one query per counter: a real Prometheus
// scrapes a real lgsp-sandbox as several jobs (as a ministry's Prometheus scrapes its
// provinces), and the console's sources for those jobs send one range query for all of them
// (Prometheus' own request counter says how many it answered), each getting exactly the slots
// it gets when asked alone. A short range asked once serves every member for a scrape interval;
// a member closed while its query runs leaves the others answered; a Prometheus that is down
// fails every waiter; queries over many instances go 20 instances at a time, as a form when
// they are long, and are still answered.
#include "promqueries.h"

#include "client/metrics/prometheus/prometheussource.h"

#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace lgsp;
using lgsp::test::bucketsOf;
using lgsp::test::callsOf;
using lgsp::test::Metrics;
using lgsp::test::PrometheusProcess;
using lgsp::test::SandboxProcess;

namespace {

const QStringList kJobs{QStringLiteral("lgsp-a"), QStringLiteral("lgsp-b"),
                        QStringLiteral("lgsp.c"), QStringLiteral("Sở TT&TT Hậu Giang")};
// Would match "lgsp.c" if the dot were not escaped.
const QString kDecoy = QStringLiteral("lgspXc");

client::MetricsQuery range(qint64 from, qint64 to, qint64 step)
{
    return test::metricsRange(from, to, step);
}

} // namespace

class TestPrometheusShared final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    PrometheusProcess m_prometheus;

    client::ConnectionProfile profile(const QString &job, const QUrl &url = {})
    {
        client::ConnectionProfile p = test::sandboxProfile(m_sandbox, job);
        p.metrics.kind = QStringLiteral("prometheus");
        p.metrics.url = url.isEmpty() ? m_prometheus.baseUrl() : url;
        p.metrics.selector = QStringLiteral("job=%1").arg(client::promQuoted(job));
        p.metrics.scrapeIntervalSeconds = 1;
        p.requestTimeoutMs = 5000;
        return p;
    }

    std::unique_ptr<client::PrometheusSource> source(const QString &job, const QUrl &url = {})
    {
        return std::make_unique<client::PrometheusSource>(profile(job, url), client::TlsPolicy{});
    }

    // Asks every source the same range in one event-loop turn and waits for all answers.
    QList<Metrics> askAll(const QList<client::PrometheusSource *> &sources,
                          const client::MetricsQuery &q)
    {
        // An answer that never comes stays this error.
        Metrics none;
        none.error = client::ClientError::make(client::ClientError::Kind::Timeout,
                                               QStringLiteral("no answer within 30 s"));
        QList<Metrics> answers(sources.size(), none);
        int waiting = int(sources.size());
        for (qsizetype i = 0; i < sources.size(); ++i) {
            sources.at(i)->metrics(q, this, [&answers, &waiting, i](const Metrics &r) {
                answers[i] = r;
                --waiting;
            });
        }
        if (!QTest::qWaitFor([&waiting] { return waiting == 0; }, 30000))
            qWarning("%d answers did not come", waiting);
        return answers;
    }

    // A range that is over (two scrapes ago), of `slots` slots of 2 s.
    client::MetricsQuery pastRange(int slots)
    {
        const qint64 step = 2;
        const qint64 to = (QDateTime::currentSecsSinceEpoch() - 3) / step * step;
        return range(to - slots * step, to, step);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (PrometheusProcess::program().isEmpty())
            QFAIL("prometheus is missing: scripts/install-deps.sh --tests installs it");
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                 QStringLiteral("--simulate"), QStringLiteral("30")}));
        QVERIFY(m_prometheus.scrape(m_sandbox, 1, kJobs + QStringList{kDecoy}));
        QTest::qWait(12000); // history to ask for
    }

    void manyInstancesAreOneQueryAndGetWhatTheyGetAlone()
    {
        const client::MetricsQuery q = pastRange(4);
        QList<Metrics> together;
        {
            std::vector<std::unique_ptr<client::PrometheusSource>> owned;
            QList<client::PrometheusSource *> sources;
            for (const QString &job : kJobs) {
                owned.push_back(source(job));
                sources.append(owned.back().get());
            }
            QVERIFY(sources.first()->batch());
            QCOMPARE(sources.first()->batch()->memberCount(), int(kJobs.size()));
            QCOMPARE(sources.first()->batch()->label(), QStringLiteral("job"));
            const double before = m_prometheus.rangeQueriesServed();
            together = askAll(sources, q);
            // The calls counter and the latency histogram: two queries for four instances.
            QCOMPARE(m_prometheus.rangeQueriesServed() - before, 2.0);
        }
        for (qsizetype i = 0; i < kJobs.size(); ++i) {
            const Metrics &r = together.at(i);
            QVERIFY2(r.ok(), qPrintable(r.error.message()));
            QVERIFY2(callsOf(r) > 0, qPrintable(kJobs.at(i)));
            // Asked alone, the same range gives the same slots.
            const std::unique_ptr<client::PrometheusSource> alone = source(kJobs.at(i));
            QCOMPARE(alone->batch()->memberCount(), 1);
            const double before = m_prometheus.rangeQueriesServed();
            const Metrics own = askAll({alone.get()}, q).first();
            QCOMPARE(m_prometheus.rangeQueriesServed() - before, 2.0);
            QVERIFY(own.ok());
            const QList<protocol::MetricsBucket> a = bucketsOf(r);
            const QList<protocol::MetricsBucket> b = bucketsOf(own);
            QCOMPARE(a.size(), b.size());
            for (qsizetype s = 0; s < a.size(); ++s) {
                QCOMPARE(a.at(s).t, b.at(s).t);
                QCOMPARE(a.at(s).count, b.at(s).count);
                QCOMPARE(a.at(s).errors, b.at(s).errors);
                QCOMPARE(a.at(s).histogram.counts(), b.at(s).histogram.counts());
            }
        }
    }

    void aShortRangeServesEveryMemberForAScrape()
    {
        const std::unique_ptr<client::PrometheusSource> a = source(kJobs.at(0));
        const std::unique_ptr<client::PrometheusSource> b = source(kJobs.at(1));
        const client::MetricsQuery q = pastRange(3);
        const double before = m_prometheus.rangeQueriesServed();
        QVERIFY(askAll({a.get()}, q).first().ok());
        QCOMPARE(m_prometheus.rangeQueriesServed() - before, 2.0);
        // b's range came with a's: nothing more is asked.
        const Metrics fromKept = askAll({b.get()}, q).first();
        QCOMPARE(m_prometheus.rangeQueriesServed() - before, 2.0);
        QVERIFY(fromKept.ok());
        QVERIFY(callsOf(fromKept) > 0);
        // After a scrape interval it is asked again.
        QTest::qWait(1100);
        QVERIFY(askAll({b.get()}, q).first().ok());
        QCOMPARE(m_prometheus.rangeQueriesServed() - before, 4.0);
    }

    void aMemberClosedMidQueryLeavesTheOthersAnswered()
    {
        auto a = source(kJobs.at(0));
        const std::unique_ptr<client::PrometheusSource> b = source(kJobs.at(1));
        const client::MetricsQuery q = pastRange(200); // not kept for the others
        std::optional<Metrics> bAnswer;
        a->metrics(q, this, [](const Metrics &) {});
        b->metrics(q, this, [&](const Metrics &r) { bAnswer = r; });
        QCoreApplication::processEvents(); // the shared query leaves through a's transport
        a.reset();
        QTRY_VERIFY_WITH_TIMEOUT(bAnswer.has_value(), 30000);
        QVERIFY2(bAnswer->ok(), qPrintable(bAnswer->error.message()));
        QVERIFY(callsOf(*bAnswer) > 0);
    }

    void aPrometheusThatIsDownFailsEveryWaiter()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        const auto a = source(kJobs.at(0), url);
        const auto b = source(kJobs.at(1), url);
        QCOMPARE(a->batch()->memberCount(), 2);
        for (const Metrics &r : askAll({a.get(), b.get()}, pastRange(3))) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error.kind, client::ClientError::Kind::Network);
            QCOMPARE(r.error.subject, client::ClientError::Subject::MetricSource);
        }
    }

    void aQueryOverManyInstancesIsPostedAndAnswered()
    {
        std::vector<std::unique_ptr<client::PrometheusSource>> owned;
        QList<client::PrometheusSource *> sources;
        owned.push_back(source(kJobs.at(2)));
        // Names long enough that a query of 20 of them is over the 2 KB a URL may carry.
        const QString padding(120, QLatin1Char('x'));
        for (int i = 0; i < 150; ++i)
            owned.push_back(
                source(QStringLiteral("lgsp-tinh-khong-co-du-lieu-%1-%2").arg(i).arg(padding)));
        for (const auto &s : owned)
            sources.append(s.get());
        const double before = m_prometheus.rangeQueriesServed();
        const QList<Metrics> answers = askAll(sources, pastRange(4));
        // 151 instances, at most 20 a query: 8 queries per counter.
        const int chunks =
            (151 + client::PromBatch::kMaxValues - 1) / client::PromBatch::kMaxValues;
        QCOMPARE(m_prometheus.rangeQueriesServed() - before, 2.0 * chunks);
        QVERIFY2(answers.first().ok(), qPrintable(answers.first().error.message()));
        QVERIFY(callsOf(answers.first()) > 0);
        for (qsizetype i = 1; i < answers.size(); ++i) {
            QVERIFY(answers.at(i).ok());
            QCOMPARE(callsOf(answers.at(i)), 0);
            QVERIFY(!answers.at(i).value.warnings.isEmpty()); // "no series for this selector"
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusShared)
#include "tst_prometheus_shared.moc"
