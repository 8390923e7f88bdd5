#include "client/metrics/elastic/esanswer.h"

#include "protocol/latencyhistogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace lgsp::client {

namespace {

// Shard failures quoted in a warning; the rest are counted.
constexpr int kQuotedFailures = 3;

struct Reader
{
    QString problem;

    bool fail(const QString &where, const QString &what)
    {
        if (problem.isEmpty())
            problem = QStringLiteral("%1: %2").arg(where, what);
        return false;
    }
    std::optional<qint64> count(const QJsonObject &o, const char *key, const QString &where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9e15 || std::floor(d) != d) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a count"));
            return std::nullopt;
        }
        return qint64(d);
    }
    QJsonArray buckets(const QJsonObject &parent, const char *agg, const QString &where)
    {
        const QJsonValue b =
            parent.value(QLatin1String(agg)).toObject().value(QLatin1String("buckets"));
        if (!b.isArray())
            fail(where + QLatin1Char('.') + QLatin1String(agg), QStringLiteral("no buckets array"));
        return b.toArray();
    }
};

// A terms bucket's key: a number for a numeric field, a text for a keyword.
QString keyText(const QJsonValue &key)
{
    if (key.isDouble())
        return QString::number(qint64(key.toDouble()));
    return key.toString();
}

bool readResponseSlot(Reader &in, const QJsonObject &b, const QString &where, EsAnswer::Slot &s)
{
    for (const QJsonValue &v : in.buckets(b, "codes", where)) {
        const QJsonObject code = v.toObject();
        const std::optional<qint64> n =
            in.count(code, "doc_count", where + QStringLiteral(".codes"));
        if (!n)
            return false;
        const QString key = keyText(code.value(QLatin1String("key")));
        bool numeric = false;
        const int status = key.toInt(&numeric);
        if (numeric && status >= 400) {
            s.errors += *n;
            s.errorsByCode[key] += *n;
        }
    }
    const QJsonArray latency = in.buckets(b, "latency", where);
    const qsizetype ranges = protocol::LatencyHistogram::bounds().size() + 1;
    if (latency.size() != ranges)
        return in.fail(where + QStringLiteral(".latency"),
                       QStringLiteral("%1 ranges, not %2").arg(latency.size()).arg(ranges));
    for (const QJsonValue &v : latency) {
        const std::optional<qint64> n =
            in.count(v.toObject(), "doc_count", where + QStringLiteral(".latency"));
        if (!n)
            return false;
        s.latency.append(*n);
    }
    return in.problem.isEmpty();
}

bool readFaultySlot(Reader &in, const QJsonObject &b, const QString &where, EsAnswer::Slot &s)
{
    s.errors = s.count;
    qint64 typed = 0;
    for (const QJsonValue &v : in.buckets(b, "types", where)) {
        const QJsonObject type = v.toObject();
        const std::optional<qint64> n =
            in.count(type, "doc_count", where + QStringLiteral(".types"));
        if (!n)
            return false;
        typed += *n;
        const QString name = keyText(type.value(QLatin1String("key")));
        qint64 coded = 0;
        for (const QJsonValue &c : in.buckets(type, "codes", where + QStringLiteral(".types"))) {
            const QJsonObject code = c.toObject();
            const std::optional<qint64> m =
                in.count(code, "doc_count", where + QStringLiteral(".types.codes"));
            if (!m)
                return false;
            coded += *m;
            s.errorsByCode[name + QLatin1Char(' ') + keyText(code.value(QLatin1String("key")))] +=
                *m;
        }
        if (*n > coded)
            s.errorsByCode[name] += *n - coded;
    }
    if (s.count > typed)
        s.errorsByCode[QStringLiteral("fault")] += s.count - typed;
    return in.problem.isEmpty();
}

} // namespace

Result<EsAnswer> EsAnswer::decode(const QByteArray &body, Events events)
{
    Result<EsAnswer> r;
    const auto fail = [&r](const QString &detail) {
        r.error = ClientError::make(ClientError::Kind::Protocol, detail);
        r.error.subject = ClientError::Subject::MetricSource;
        return r;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON at byte %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(QStringLiteral("not a JSON object"));
    const QJsonObject root = document.object();
    Reader in;
    EsAnswer &a = r.value;
    a.timedOut = root.value(QLatin1String("timed_out")).toBool(false);
    const QJsonObject shards = root.value(QLatin1String("_shards")).toObject();
    if (!shards.isEmpty()) {
        a.shardsTotal = int(in.count(shards, "total", QStringLiteral("_shards")).value_or(0));
        a.shardsFailed = int(in.count(shards, "failed", QStringLiteral("_shards")).value_or(0));
        for (const QJsonValue &v : shards.value(QLatin1String("failures")).toArray()) {
            const QJsonObject f = v.toObject();
            const QJsonObject reason = f.value(QLatin1String("reason")).toObject();
            if (a.shardFailures.size() < kQuotedFailures)
                a.shardFailures.append(QStringLiteral("%1: %2: %3")
                                           .arg(f.value(QLatin1String("index")).toString(),
                                                reason.value(QLatin1String("type")).toString(),
                                                reason.value(QLatin1String("reason")).toString()));
        }
    }
    const QJsonValue aggregations = root.value(QLatin1String("aggregations"));
    if (aggregations.isUndefined()) {
        // No index matched the pattern: no shard was searched and nothing aggregated.
        if (shards.isEmpty() || a.shardsTotal > 0)
            return fail(QStringLiteral("no aggregations in the answer"));
        return r;
    }
    const QJsonValue held = aggregations[QLatin1String("held")][QLatin1String("since")]
                                        [QLatin1String("first")][QLatin1String("value")];
    if (held.isDouble() || held.isNull()) {
        a.heldKnown = true;
        a.heldSinceMs = held.isDouble() ? qint64(held.toDouble()) : 0;
    }
    const QJsonArray slots =
        in.buckets(aggregations.toObject(), "slots", QStringLiteral("aggregations"));
    for (qsizetype i = 0; i < slots.size() && in.problem.isEmpty(); ++i) {
        const QString where = QStringLiteral("aggregations.slots.buckets[%1]").arg(i);
        const QJsonObject b = slots.at(i).toObject();
        Slot s;
        const QJsonValue key = b.value(QLatin1String("key"));
        if (!key.isDouble()) {
            in.fail(where + QStringLiteral(".key"), QStringLiteral("not a time in milliseconds"));
            break;
        }
        s.t = qint64(key.toDouble()) / 1000;
        s.count = in.count(b, "doc_count", where).value_or(0);
        if (!in.problem.isEmpty())
            break;
        if (events == Events::Response)
            readResponseSlot(in, b, where, s);
        else
            readFaultySlot(in, b, where, s);
        a.slots.append(std::move(s));
    }
    if (!in.problem.isEmpty())
        return fail(in.problem);
    return r;
}

ClientError EsAnswer::errorOf(const ApiReply &reply, const QString &indexPattern)
{
    ClientError error = reply.error;
    error.subject = ClientError::Subject::MetricSource;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    const QJsonValue e = document.object().value(QLatin1String("error"));
    if (e.isString()) {
        error.detail = e.toString(); // older clusters write the error as one text
        return error;
    }
    if (!e.isObject()) {
        const QString text = QString::fromUtf8(reply.body.left(300)).trimmed();
        if (!text.isEmpty() && !document.isObject() && error.detail.isEmpty())
            error.detail = text; // OpenSearch's security plugin: "Unauthorized"
        return error;
    }
    const QJsonObject o = e.toObject();
    QString type = o.value(QLatin1String("type")).toString();
    QString reason = o.value(QLatin1String("reason")).toString();
    // A search that failed on every shard says why in the first root cause (or shard).
    const QJsonObject cause = o.value(QLatin1String("root_cause")).toArray().first().toObject();
    if (type == QLatin1String("search_phase_execution_exception") && !cause.isEmpty()) {
        type = cause.value(QLatin1String("type")).toString();
        reason = cause.value(QLatin1String("reason")).toString();
    }
    error.detail = QStringLiteral("%1: %2").arg(type, reason);
    error.problemCode = type;
    if (type == QLatin1String("index_not_found_exception")) {
        error.kind = ClientError::Kind::QueryRejected;
        error.detail = tr("No index of the cluster matches %1 (%2). Check the index patterns "
                          "and that WSO2's analytics events reach this cluster.")
                           .arg(indexPattern, reason);
    } else if (reason.contains(QLatin1String("Text fields are not optimised")) ||
               reason.contains(QLatin1String("Fielddata is disabled"))) {
        error.kind = ClientError::Kind::QueryRejected;
        error.detail = tr("A text field cannot be counted by (%1). The keyword sub-field "
                          "setting does not match how the index maps WSO2's fields.")
                           .arg(reason);
    } else if (error.kind != ClientError::Kind::Unauthorized &&
               error.kind != ClientError::Kind::Forbidden &&
               error.kind != ClientError::Kind::Timeout &&
               error.kind != ClientError::Kind::Server &&
               error.kind != ClientError::Kind::RateLimited) {
        error.kind = ClientError::Kind::QueryRejected;
    }
    return error;
}

QStringList EsAnswer::warnings(const QString &indexPattern) const
{
    QStringList out;
    if (shardsTotal == 0 && slots.isEmpty())
        out << tr("No index matches %1: no events were read from it.").arg(indexPattern);
    if (shardsFailed > 0)
        out << tr("%1 of %2 shards of %3 failed, so the counts are partial: %4")
                   .arg(shardsFailed)
                   .arg(shardsTotal)
                   .arg(indexPattern, shardFailures.join(QStringLiteral("; ")));
    if (timedOut)
        out << tr("The cluster ran out of time searching %1, so the counts are partial.")
                   .arg(indexPattern);
    return out;
}

protocol::MetricsResponse EsAnswer::counted(const EsRange &range, const EsAnswer &responses,
                                            const EsAnswer &faults)
{
    QHash<qint64, const Slot *> response;
    for (const Slot &s : responses.slots)
        response.insert(s.t, &s);
    QHash<qint64, const Slot *> fault;
    for (const Slot &s : faults.slots)
        fault.insert(s.t, &s);
    const QList<double> &bounds = protocol::LatencyHistogram::bounds();
    protocol::MetricsResponse out;
    out.from = QDateTime::fromSecsSinceEpoch(range.from, Qt::UTC);
    out.to = QDateTime::fromSecsSinceEpoch(range.to, Qt::UTC);
    out.step = range.step;
    out.resolution = QString::number(range.step) + QLatin1Char('s');
    protocol::MetricsResponse::Series series;
    series.buckets.reserve(range.slots());
    // Held from the first event of the indices that said (a missing faulty index says
    // nothing); when neither said, every slot is held.
    bool said = false;
    qint64 heldFrom = std::numeric_limits<qint64>::max();
    for (const EsAnswer *a : {&responses, &faults}) {
        said = said || a->heldKnown;
        if (a->heldKnown && a->heldSinceMs > 0)
            heldFrom = std::min(heldFrom, a->heldSinceMs / 1000);
    }
    for (qint64 t = range.from; t < range.to; t += range.step) {
        if (said && t + range.step <= heldFrom)
            continue;
        protocol::MetricsBucket b;
        b.t = t;
        for (const Slot *s : {response.value(t), fault.value(t)}) {
            if (!s)
                continue;
            b.count += s->count;
            b.errors += s->errors;
            for (auto it = s->errorsByCode.cbegin(); it != s->errorsByCode.cend(); ++it)
                b.errorsByCode[it.key()] += it.value();
            // A range's count goes in as its bound (the last range: above every bound).
            for (qsizetype i = 0; i < s->latency.size(); ++i) {
                if (s->latency.at(i) > 0)
                    b.histogram.add(i < bounds.size() ? bounds.at(i) : bounds.last() * 2,
                                    s->latency.at(i));
            }
        }
        series.buckets.append(std::move(b));
    }
    out.series.append(std::move(series));
    return out;
}

} // namespace lgsp::client
