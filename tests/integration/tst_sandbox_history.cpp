// Past traffic of a real lgsp-sandbox for reports (--history): what the per-hour metrics say
// of a past day is exactly what the transaction log holds for it — calls and errors per
// provider, and the merged histogram's p95 within one bucket of the log's own; days older than
// the 30 days of minute data are answered from hours, minutes refused with the reason; days
// before the history are missing (no bucket), not zero; and the history is the same on every
// start.
#include "apiclient.h"
#include "protocol/latencyhistogram.h"
#include "protocol/metrics.h"
#include "sandboxprocess.h"
#include "transactionlog.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>

using lgsp::test::ApiClient;
using lgsp::test::SandboxProcess;

namespace {

constexpr qint64 kDay = 86400;
constexpr int kHistoryDays = 40;

qint64 today()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return now - now % kDay;
}

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

struct Figures
{
    QMap<QString, qint64> calls;  // by provider
    QMap<QString, qint64> errors; // by provider
    QList<double> latencies;
};

} // namespace

class TestSandboxHistory final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    std::unique_ptr<ApiClient> signedIn(const SandboxProcess &sandbox) const
    {
        auto api = std::make_unique<ApiClient>(sandbox.baseUrl());
        if (!api->signIn(sandbox.bootstrapClientId(), sandbox.bootstrapSecret()))
            return nullptr;
        return api;
    }

    // Every transaction of [from, to) from the log.
    Figures fromLog(ApiClient *api, qint64 from, qint64 to) const
    {
        Figures f;
        for (const QJsonObject &t : lgsp::test::readTransactionLog(*api, from, to)) {
            const QString provider = t.value(QLatin1String("tenantCode")).toString();
            ++f.calls[provider];
            if (!t.value(QLatin1String("errorCode")).toString().isEmpty())
                ++f.errors[provider];
            f.latencies << t.value(QLatin1String("latencyMs")).toDouble();
        }
        return f;
    }

    // The same from GET /metrics/transactions by provider, with the merged histogram.
    Figures fromMetrics(ApiClient *api, qint64 from, qint64 to, const QString &step,
                        lgsp::protocol::LatencyHistogram *merged, QString *resolution) const
    {
        Figures f;
        const ApiClient::Reply reply = api->get(
            QStringLiteral("/api/v1/metrics/transactions?from=%1&to=%2&step=%3&groupBy=tenant")
                .arg(iso(from), iso(to), step));
        lgsp::protocol::DecodeError error;
        const auto response = lgsp::protocol::MetricsResponse::fromJson(reply.json(), &error);
        if (reply.status != 200 || !response)
            return {};
        *resolution = response->resolution;
        for (const auto &series : response->series) {
            for (const auto &bucket : series.buckets) {
                f.calls[series.tenant] += bucket.count;
                f.errors[series.tenant] += bucket.errors;
                merged->merge(bucket.histogram);
            }
        }
        // Providers without a call do not count either way.
        for (auto it = f.calls.begin(); it != f.calls.end();)
            it = it.value() == 0 ? f.calls.erase(it) : std::next(it);
        for (auto it = f.errors.begin(); it != f.errors.end();)
            it = it.value() == 0 ? f.errors.erase(it) : std::next(it);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                                 QStringLiteral("--history"), QString::number(kHistoryDays),
                                 QStringLiteral("--keep-transactions"), QStringLiteral("60")}));
    }

    void pastDaysMatchTheLog_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::newRow("3 days ago (minutes kept)") << 3;
        QTest::newRow("35 days ago (hours only)") << 35;
    }

    void pastDaysMatchTheLog()
    {
        QFETCH(int, daysAgo);
        const auto api = signedIn(m_sandbox);
        QVERIFY(api);
        const qint64 from = today() - daysAgo * kDay;
        const Figures log = fromLog(api.get(), from, from + kDay);
        lgsp::protocol::LatencyHistogram merged;
        QString resolution;
        const Figures metrics =
            fromMetrics(api.get(), from, from + kDay, QStringLiteral("1h"), &merged, &resolution);
        QCOMPARE(resolution, QStringLiteral("1h"));
        qint64 total = 0;
        for (const qint64 n : log.calls)
            total += n;
        QVERIFY2(total > 500, qPrintable(QString::number(total)));
        QVERIFY(log.calls.size() >= 3); // several providers
        QCOMPARE(metrics.calls, log.calls);
        QCOMPARE(metrics.errors, log.errors);
        QVERIFY(!log.errors.isEmpty());
        // p95 from the merged histogram: within the bucket that holds the log's own p95.
        QList<double> sorted = log.latencies;
        std::sort(sorted.begin(), sorted.end());
        const double exact = sorted.at(qsizetype(std::ceil(0.95 * double(sorted.size()))) - 1);
        const double estimated = merged.percentile(0.95);
        const QList<double> &bounds = lgsp::protocol::LatencyHistogram::bounds();
        const auto bucketOf = [&bounds](double ms) {
            return std::lower_bound(bounds.cbegin(), bounds.cend(), ms) - bounds.cbegin();
        };
        QVERIFY2(
            std::abs(bucketOf(exact) - bucketOf(estimated)) <= 1,
            qPrintable(QStringLiteral("log %1 ms, histogram %2 ms").arg(exact).arg(estimated)));
    }

    void minutesAreKeptThirtyDays()
    {
        const auto api = signedIn(m_sandbox);
        QVERIFY(api);
        const qint64 from = today() - 35 * kDay;
        const ApiClient::Reply reply =
            api->get(QStringLiteral("/api/v1/metrics/transactions?from=%1&to=%2&step=5m")
                         .arg(iso(from), iso(from + kDay)));
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.body.contains("kept 30 days"), reply.body.constData());
    }

    void daysBeforeTheHistoryAreMissing()
    {
        const auto api = signedIn(m_sandbox);
        QVERIFY(api);
        const qint64 from = today() - (kHistoryDays + 5) * kDay;
        const ApiClient::Reply reply =
            api->get(QStringLiteral("/api/v1/metrics/transactions?from=%1&to=%2&step=1d")
                         .arg(iso(from), iso(from + 7 * kDay)));
        QCOMPARE(reply.status, 200);
        const QJsonArray buckets = reply.json()
                                       .value(QLatin1String("series"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QLatin1String("buckets"))
                                       .toArray();
        // Five days before the history have no bucket at all; its first two days have calls.
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(
            QDateTime::fromString(buckets.first().toObject().value(QLatin1String("t")).toString(),
                                  Qt::ISODateWithMs)
                .toSecsSinceEpoch(),
            today() - kHistoryDays * kDay);
        QVERIFY(buckets.first().toObject().value(QLatin1String("count")).toInteger() > 0);
    }

    void sameHistoryOnEveryStart()
    {
        SandboxProcess other;
        QVERIFY(other.start({QStringLiteral("--seed"), QStringLiteral("demo"),
                             QStringLiteral("--history"), QStringLiteral("5")}));
        const auto a = signedIn(m_sandbox);
        const auto b = signedIn(other);
        QVERIFY(a && b);
        const QString path =
            QStringLiteral("/api/v1/metrics/transactions?from=%1&to=%2&step=1h&groupBy=service")
                .arg(iso(today() - 2 * kDay), iso(today() - kDay));
        const QJsonObject first = a->get(path).json();
        QVERIFY(!first.value(QLatin1String("series")).toArray().isEmpty());
        QCOMPARE(b->get(path).json(), first);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHistory)
#include "tst_sandbox_history.moc"
