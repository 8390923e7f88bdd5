#include "models/traffic/trafficcsv.h"

#include "models/common/csv.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace lgsp::models {

namespace {

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString number(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'f', 1);
}

} // namespace

QString TrafficCsv::gapText(TrafficGap::Reason reason)
{
    switch (reason) {
    case TrafficGap::Reason::StreamLost:
        return tr("No data: stream lost");
    case TrafficGap::Reason::InstanceDown:
        return tr("No data: instance down");
    case TrafficGap::Reason::Reconnecting:
        return tr("No data: reconnecting");
    }
    return {};
}

QByteArray TrafficCsv::document(const QList<Scope> &scopes)
{
    // Machine-friendly header names: the file is for spreadsheets and scripts.
    const QStringList header{QStringLiteral("scope"),   QStringLiteral("start_utc"),
                             QStringLiteral("seconds"), QStringLiteral("calls"),
                             QStringLiteral("errors"),  QStringLiteral("errors_by_code"),
                             QStringLiteral("p50_ms"),  QStringLiteral("p95_ms"),
                             QStringLiteral("p99_ms"),  QStringLiteral("note")};
    QList<QStringList> rows;
    for (const Scope &scope : scopes) {
        if (!scope.frame)
            continue;
        const TrafficFrame &f = *scope.frame;
        QList<QStringList> scopeRows;
        for (qsizetype i = 0; i < f.size(); ++i) {
            if (!f.present.at(i))
                continue;
            const protocol::MetricsBucket &slot = f.slots.at(i);
            scopeRows.append({scope.name, iso(slot.t), QString::number(f.covered.at(i)),
                              QString::number(slot.count), QString::number(slot.errors),
                              QString::fromLatin1(slot.errorsCompact()),
                              number(f.percentile(i, 0.50)), number(f.percentile(i, 0.95)),
                              number(f.percentile(i, 0.99)),
                              f.partial(i) ? tr("partial: counted so far") : QString()});
        }
        for (const TrafficGap &gap : f.gaps) {
            scopeRows.append({scope.name, iso(gap.from), QString::number(gap.to - gap.from),
                              QString(), QString(), QString(), QString(), QString(), QString(),
                              gapText(gap.reason)});
        }
        std::stable_sort(
            scopeRows.begin(), scopeRows.end(),
            [](const QStringList &a, const QStringList &b) { return a.at(1) < b.at(1); });
        rows += scopeRows;
    }
    return csv::document(header, rows);
}

} // namespace lgsp::models
