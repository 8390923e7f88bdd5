#include "client/metrics/prometheus/prometheussource.h"

#include "client/auth/staticauthenticator.h"
#include "client/logging.h"
#include "client/net/gzip.h"
#include "client/net/transport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace lgsp::client {

namespace {

// Answers at least this large are decoded on a worker thread.
constexpr qsizetype kWorkerDecodeBytes = 64 * 1024;
// Queries longer than this (in the URL) are sent as a form POST.
constexpr qsizetype kLongQueryBytes = 2048;

} // namespace

PrometheusSource::PrometheusSource(const ConnectionProfile &profile, const TlsPolicy &tls,
                                   QObject *parent)
    : MetricSource(parent)
    , m_settings(profile.metrics)
    , m_transport(std::make_unique<Transport>(profile.metrics.url))
    , m_authenticator(std::make_unique<StaticAuthenticator>(
          StaticAuthenticator::schemeFor(profile.metrics.auth), profile.metrics.user))
{
    m_transport->setTimeout(std::chrono::milliseconds(std::max(1000, profile.requestTimeoutMs)));
    m_transport->setProxy(Transport::proxyModeFor(profile.proxy), profile.proxyHost,
                          quint16(std::clamp(profile.proxyPort, 0, 65535)));
    m_transport->setTlsPolicy(tls.withoutPin());
    m_transport->setAuthenticator(m_authenticator.get());
    m_transportKey = QStringList{profile.proxy,
                                 profile.proxyHost,
                                 QString::number(profile.proxyPort),
                                 QString::number(profile.requestTimeoutMs),
                                 profile.caFiles.join(QLatin1Char(';')),
                                 profile.clientCertificateFile}
                         .join(QLatin1Char('|'));
    m_split = splitPromSelector(m_settings.selector, m_settings.mapping.instanceLabel);
    joinBatch();
}

PrometheusSource::~PrometheusSource()
{
    if (m_batch)
        m_batch->leave(this);
    m_transport->setAuthenticator(nullptr);
}

void PrometheusSource::setSecret(const QString &secret)
{
    m_authenticator->setSecret(secret);
    m_secretHash = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
    joinBatch();
}

void PrometheusSource::joinBatch()
{
    if (m_batch) {
        m_batch->leave(this);
        m_batch.reset();
    }
    if (!m_split)
        return;
    const QString key =
        QStringList{location(),
                    m_settings.auth,
                    m_settings.user,
                    m_settings.orgId,
                    QString::fromLatin1(m_secretHash.toHex()),
                    QString::number(m_settings.scrapeIntervalSeconds),
                    QString::number(int(m_settings.compress)),
                    QString::fromUtf8(
                        QJsonDocument(m_settings.mapping.toJson()).toJson(QJsonDocument::Compact)),
                    m_split->label,
                    m_split->rest,
                    m_transportKey}
            .join(QChar(0x1f));
    m_batch =
        PromBatch::join(key, m_split->label, qint64(minimumStep()) * 1000, this, m_split->value);
}

void PrometheusSource::setTlsPolicy(const TlsPolicy &tls)
{
    m_transport->setTlsPolicy(tls.withoutPin());
}

QString PrometheusSource::location() const
{
    return m_settings.url.toString(QUrl::RemoveUserInfo);
}

std::chrono::milliseconds PrometheusSource::pollInterval() const
{
    return std::chrono::seconds(std::max(1, m_settings.scrapeIntervalSeconds));
}

ClientError PrometheusSource::errorOf(const ApiReply &reply)
{
    ClientError error = reply.error;
    error.subject = ClientError::Subject::MetricSource;
    QString type;
    QString text;
    if (!reply.body.isEmpty() && !PromAnswer::decode(reply.body, &type, &text) &&
        type != QLatin1String("decode")) {
        // Prometheus' own error object: bad_data (a query it cannot parse), timeout,
        // execution, unavailable…
        if (type == QLatin1String("timeout"))
            error.kind = ClientError::Kind::Timeout;
        else if (error.kind != ClientError::Kind::Unauthorized &&
                 error.kind != ClientError::Kind::Forbidden)
            error.kind = ClientError::Kind::QueryRejected;
        error.detail = QStringLiteral("%1: %2").arg(type, text);
    } else if (!text.isEmpty() && error.detail.isEmpty()) {
        error.detail = text; // plain text from Prometheus or a proxy in front of it
    }
    return error;
}

void PrometheusSource::get(const QString &path, const QUrlQuery &query, QObject *context,
                           Handler<PromAnswer> done)
{
    ApiRequest call = request(path, true);
    call.query = query;
    if (query.query(QUrl::FullyEncoded).size() > kLongQueryBytes) {
        // A query over many instances goes as a form, as Prometheus accepts it: proxies in
        // front of it refuse URLs of more than a few kilobytes.
        QByteArray form;
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!form.isEmpty())
                form += '&';
            form += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        call.method = "POST";
        call.body = form;
        call.contentType = "application/x-www-form-urlencoded";
        call.query.clear();
    }
    const qint64 cap = m_transport->maxResponseBytes();
    m_transport->send(call, context, [context, cap, done = std::move(done)](const ApiReply &reply) {
        if (!reply.ok()) {
            Result<PromAnswer> r;
            r.error = errorOf(reply);
            done(r);
            return;
        }
        const bool gzipped = !reply.contentEncoding.isEmpty();
        if (!context || (!gzipped && reply.body.size() < kWorkerDecodeBytes)) {
            done(decoded(reply.body, gzipped, cap));
            return;
        }
        // A day of slots for many series is megabytes of JSON: inflated and
        // parsed on a worker thread so the window keeps painting; the answer
        // comes back on the context's thread, or never if the context is gone
        // by then.
        QtConcurrent::run([body = reply.body, gzipped, cap] {
            return decoded(body, gzipped, cap);
        }).then(context, [done](const Result<PromAnswer> &r) { done(r); });
    });
}

Result<PromAnswer> PrometheusSource::decoded(const QByteArray &body, bool gzipped, qint64 maxBytes)
{
    Result<PromAnswer> r;
    QString type;
    QString text;
    if (gzipped) {
        std::optional<QByteArray> plain = gunzip(body, maxBytes, &text);
        if (!plain) {
            r.error = ClientError::make(ClientError::Kind::Protocol, text);
            r.error.subject = ClientError::Subject::MetricSource;
            return r;
        }
        return decoded(*plain, false, maxBytes);
    }
    std::optional<PromAnswer> answer = PromAnswer::decode(body, &type, &text);
    if (!answer) {
        r.error =
            ClientError::make(type == QLatin1String("decode") ? ClientError::Kind::Protocol
                                                              : ClientError::Kind::QueryRejected,
                              QStringLiteral("%1: %2").arg(type, text));
        r.error.subject = ClientError::Subject::MetricSource;
    } else {
        r.value = std::move(*answer);
    }
    return r;
}

void PrometheusSource::instant(const QString &promql, QObject *context, Handler<PromAnswer> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), promql);
    get(QStringLiteral("/api/v1/query"), q, context, std::move(done));
}

void PrometheusSource::range(const QString &promql, qint64 from, qint64 to, qint64 step,
                             QObject *context, Handler<PromAnswer> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), promql);
    q.addQueryItem(QStringLiteral("start"), QString::number(from));
    q.addQueryItem(QStringLiteral("end"), QString::number(to));
    q.addQueryItem(QStringLiteral("step"), QString::number(step) + QLatin1Char('s'));
    get(QStringLiteral("/api/v1/query_range"), q, context, std::move(done));
}

void PrometheusSource::metrics(const MetricsQuery &query, QObject *context,
                               Handler<protocol::MetricsResponse> done)
{
    // A range that ends inside a slot gets that running slot too: Prometheus evaluates its end
    // with the newest scrape, so the slot holds what has been counted so far (partial).
    const SlotRange asked = slotRange(query);
    const qint64 from = asked.from;
    const qint64 to = asked.to;
    const qint64 step = asked.step;
    const qint64 slots = asked.slots();
    if (slots + 1 > kMaxPoints) {
        failLater(context, std::move(done),
                  ClientError::make(ClientError::Kind::QueryRejected,
                                    tr("%1 slots asked; Prometheus gives at most %2 points "
                                       "per series")
                                        .arg(slots)
                                        .arg(kMaxPoints)));
        return;
    }
    const PromMapping &mapping = m_settings.mapping;
    const QString unusable = mapping.problem();
    PromMapping::Scope scope{m_settings.selector, query.tenant, query.service, {}};
    QString why;
    const QString requests = mapping.requestsQuery(scope, &why);
    if (!unusable.isEmpty() || requests.isEmpty()) {
        failLater(
            context, std::move(done),
            ClientError::make(ClientError::Kind::Unsupported, unusable.isEmpty() ? why : unusable));
        return;
    }
    PromRange range{from, to, step, slots, query.tenant, query.service, asked.countedUpTo};
    if (m_batch && m_batch->memberCount() > 1) {
        m_batch->fetch(this, mapping, m_split->rest, range, context, std::move(done));
        return;
    }
    fetchAlone(scope, range, context,
               [mapping, range, done = std::move(done)](const Result<PromRangeAnswers> &r) {
                   Result<protocol::MetricsResponse> out;
                   if (r.ok())
                       out.value = counted(mapping, range, r.value);
                   else
                       out.error = r.error;
                   done(out);
               });
}

protocol::MetricsResponse PrometheusSource::counted(const PromMapping &mapping,
                                                    const PromRange &range,
                                                    const PromRangeAnswers &answers)
{
    PromSlots slots(mapping, range.from, range.step, range.slots);
    slots.setRequests(answers.requests);
    if (answers.errors)
        slots.setErrors(*answers.errors);
    if (answers.latency)
        slots.setLatency(*answers.latency);
    protocol::MetricsResponse out;
    out.from = QDateTime::fromSecsSinceEpoch(range.from, Qt::UTC);
    out.to = QDateTime::fromSecsSinceEpoch(range.to, Qt::UTC);
    out.step = range.step;
    out.resolution = QString::number(range.step) + QLatin1Char('s');
    out.series.append({{}, {}, slots.buckets(), {}});
    out.warnings = answers.warnings;
    out.countedUpTo = range.countedUpTo;
    if (slots.empty())
        out.warnings.append(
            tr("Prometheus has no series for this mapping and selector in this range."));
    return out;
}

void PrometheusSource::fetchAlone(const PromMapping::Scope &scope, const PromRange &range,
                                  QObject *context, Handler<PromRangeAnswers> done)
{
    const PromMapping &mapping = m_settings.mapping;
    const QString requests = mapping.requestsQuery(scope, nullptr);
    const QString errors = mapping.errorsQuery(scope, nullptr);
    const QString latency = mapping.latencyQuery(scope, nullptr);
    struct Collect
    {
        Result<PromRangeAnswers> answers;
        int waiting = 0;
        Handler<PromRangeAnswers> done;
    };
    auto collect = std::make_shared<Collect>(Collect{{}, 0, std::move(done)});
    const auto ask = [&](const QString &promql, auto store) {
        ++collect->waiting;
        this->range(promql, range.from, range.to, range.step, context,
                    [collect, store](const Result<PromAnswer> &r) {
                        if (!r.ok()) {
                            if (collect->answers.error.isNull())
                                collect->answers.error = r.error;
                        } else {
                            store(collect->answers.value, r.value);
                            for (const QString &w : r.value.warnings) {
                                if (!collect->answers.value.warnings.contains(w))
                                    collect->answers.value.warnings.append(w);
                            }
                        }
                        if (--collect->waiting == 0)
                            collect->done(collect->answers);
                    });
    };
    ask(requests, [](PromRangeAnswers &a, const PromAnswer &p) { a.requests = p; });
    if (!errors.isEmpty())
        ask(errors, [](PromRangeAnswers &a, const PromAnswer &p) { a.errors = p; });
    if (!latency.isEmpty())
        ask(latency, [](PromRangeAnswers &a, const PromAnswer &p) { a.latency = p; });
}

ApiRequest PrometheusSource::request(const QString &path, bool query) const
{
    ApiRequest request;
    request.path = path;
    request.authenticated = m_settings.auth != QLatin1String("none");
    if (!m_settings.orgId.isEmpty())
        request.headers.append({"X-Scope-OrgID", m_settings.orgId.toUtf8()});
    // Qt asks for gzip unless told otherwise and inflates the answer on the GUI thread, a few
    // milliseconds a megabyte; asked for by name, a query's answer comes as it is and get()
    // inflates it on the worker that decodes it. "identity" asks for the bytes uncompressed.
    if (!m_settings.compress)
        request.headers.append(
            {QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity")});
    else if (query && gzipAvailable())
        request.headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("gzip")});
    return request;
}

} // namespace lgsp::client
