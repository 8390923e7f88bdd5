// TransactionCharts: the words it shows about the data (gap labels, the tooltip of a slot).
#include "ui/charts/transactioncharts.h"

#include <QDateTime>
#include <QLocale>

namespace lgsp::ui {

QString TransactionCharts::gapLabel(models::TrafficGap::Reason reason) const
{
    switch (reason) {
    case models::TrafficGap::Reason::StreamLost:
        return tr("No data: stream lost");
    case models::TrafficGap::Reason::InstanceDown:
        return tr("No data: instance down");
    case models::TrafficGap::Reason::Reconnecting:
        return tr("Reconnecting…");
    }
    return {};
}

QString TransactionCharts::describe(qint64 timeMs) const
{
    QStringList lines;
    const QLocale locale;
    for (const Scope &s : m_scopes) {
        if (!s.frame)
            continue;
        const qsizetype i = s.frame->slotAt(timeMs / 1000);
        if (i < 0)
            continue;
        const protocol::MetricsBucket &slot = s.frame->slots.at(i);
        if (lines.isEmpty()) {
            const QDateTime start = QDateTime::fromSecsSinceEpoch(slot.t);
            const QString format =
                s.frame->step < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("dd/MM HH:mm");
            lines << QStringLiteral("<b>%1 – %2</b>")
                         .arg(locale.toString(start, format),
                              locale.toString(start.addSecs(s.frame->step), format));
        }
        QString text = QStringLiteral("<b>%1</b>: ").arg(s.name.toHtmlEscaped());
        for (const models::TrafficGap &g : s.frame->gaps) {
            if (slot.t >= g.from && slot.t < g.to)
                text += gapLabel(g.reason);
        }
        if (s.frame->partial(i)) {
            text +=
                tr("so far (%1 of %2 s counted): ")
                    .arg(locale.toString(s.frame->covered.at(i)), locale.toString(s.frame->step));
        }
        if (s.frame->present.at(i)) {
            text += tr("%1 calls, %2 errors")
                        .arg(locale.toString(slot.count), locale.toString(slot.errors));
            if (slot.histogram.total() > 0) {
                text += QStringLiteral("<br>") +
                        tr("latency p50 %1 ms · p95 %2 ms · p99 %3 ms")
                            .arg(locale.toString(s.frame->percentile(i, 0.50), 'f', 1),
                                 locale.toString(s.frame->percentile(i, 0.95), 'f', 1),
                                 locale.toString(s.frame->percentile(i, 0.99), 'f', 1));
            }
            for (auto it = slot.errorsByCode.cbegin(); it != slot.errorsByCode.cend(); ++it)
                text += QStringLiteral("<br>&nbsp;&nbsp;%1: %2")
                            .arg(StackedCodes::label(it.key()).toHtmlEscaped(),
                                 locale.toString(it.value()));
        } else if (!text.contains(QLatin1Char(':'))) {
            text += tr("no data");
        }
        lines << text;
    }
    if (!lines.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(tr("Click for the transactions of this period"));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace lgsp::ui
