#include "promalone.h"

#include "client/metrics/prometheus/prombatch.h"
#include "client/metrics/prometheus/prommapping.h"
#include "client/metrics/prometheus/promselector.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <algorithm>

namespace lgsp::bench {

namespace {

// The queries PromBatch makes for these instances (selector job="lgsp",instance="lgsp-NNN").
QStringList queriesFor(int instances)
{
    const client::PromMapping mapping =
        client::PromMapping::fromPreset(QStringLiteral("lgsp-sandbox"))
            .value_or(client::PromMapping{});
    QStringList queries;
    const int perQuery = client::PromBatch::kMaxValues;
    for (int first = 0; first < instances; first += perQuery) {
        QStringList names;
        for (int i = first; i < std::min(instances, first + perQuery); ++i)
            names.append(client::promRegexLiteral(
                QStringLiteral("lgsp-%1").arg(i + 1, 3, 10, QLatin1Char('0'))));
        const client::PromMapping::Scope scope{QStringLiteral("job=\"lgsp\",instance=~") +
                                                   client::promQuoted(names.join(QLatin1Char('|'))),
                                               {},
                                               {},
                                               QStringLiteral("instance")};
        for (const QString &q :
             {mapping.requestsQuery(scope, nullptr), mapping.errorsQuery(scope, nullptr),
              mapping.latencyQuery(scope, nullptr)}) {
            if (!q.isEmpty())
                queries.append(q);
        }
    }
    return queries;
}

} // namespace

PrometheusAlone timePrometheusAlone(const QUrl &prometheus, int instances, qint64 from, qint64 to,
                                    qint64 step, bool compress, int runs)
{
    PrometheusAlone out;
    const QStringList queries = queriesFor(instances);
    out.queries = int(queries.size());
    QNetworkAccessManager network;
    for (int r = 0; r < runs; ++r) {
        int waiting = int(queries.size());
        double bytes = 0;
        QEventLoop loop;
        QElapsedTimer clock;
        clock.start();
        for (const QString &promql : queries) {
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("query"), promql);
            form.addQueryItem(QStringLiteral("start"), QString::number(from));
            form.addQueryItem(QStringLiteral("end"), QString::number(to));
            form.addQueryItem(QStringLiteral("step"), QString::number(step));
            QNetworkRequest request(
                prometheus.resolved(QUrl(QStringLiteral("/api/v1/query_range"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
            if (!compress)
                request.setRawHeader("Accept-Encoding", "identity");
            QNetworkReply *reply =
                network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                bytes += double(reply->readAll().size());
                reply->deleteLater();
                if (--waiting == 0)
                    loop.quit();
            });
        }
        loop.exec();
        out.times.push_back(double(clock.nsecsElapsed()) / 1e6);
        out.bytes = bytes;
    }
    return out;
}

} // namespace lgsp::bench
