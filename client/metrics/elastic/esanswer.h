#pragma once

#include "client/backend/backend.h"
#include "client/metrics/elastic/esquery.h"
#include "client/net/apirequest.h"
#include "protocol/metrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace lgsp::client {

// What one `_search` of WSO2's events gave: per slot the events, those that failed by code,
// and the latency counts over the console's histogram bounds; and what the cluster said about
// how whole the answer is (shards that failed, a search that ran out of time).
struct EsAnswer
{
    Q_DECLARE_TR_FUNCTIONS(EsAnswer)

public:
    enum class Events { Response, Faulty };

    struct Slot
    {
        qint64 t = 0; // seconds since the epoch
        qint64 count = 0;
        qint64 errors = 0;
        QHash<QString, qint64> errorsByCode;
        QList<qint64> latency; // one count per range of esquery::responseSearch()
    };
    QList<Slot> slots;
    int shardsTotal = 0;
    int shardsFailed = 0;
    QStringList shardFailures; // "index: type: reason", at most a few
    bool timedOut = false;
    // The first event the searched indices hold (milliseconds since the epoch), when the
    // answer says: nothing held yet is 0 with heldKnown.
    bool heldKnown = false;
    qint64 heldSinceMs = 0;

    // Reads a `_search` answer of `events`; a body that is not such an answer is an error
    // that says what is wrong with it.
    static Result<EsAnswer> decode(const QByteArray &body, Events events);
    // The error a failed reply stands for, in the cluster's own words when its body has them
    // (error.type and error.reason, as Elasticsearch and OpenSearch write them; OpenSearch's
    // security plugin answers a 401 in plain text).
    static ClientError errorOf(const ApiReply &reply, const QString &indexPattern);
    // What the answer's state means for the person reading the chart; empty when whole.
    QStringList warnings(const QString &indexPattern) const;

    // The console's slots for `range` from the two answers: every call in the response index
    // plus every fault; failures are the responses with a status of 400 or more (by code)
    // and every fault (by "errorType errorCode"). Slots that end before the first event
    // either index holds are left out (not held), all of them when neither holds any.
    static protocol::MetricsResponse counted(const EsRange &range, const EsAnswer &responses,
                                             const EsAnswer &faults);
};

} // namespace lgsp::client
