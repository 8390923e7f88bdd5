#include "models/traffic/chartwindow.h"

#include <algorithm>

namespace lgsp::models {

ChartWindow ChartWindow::preset(Kind kind)
{
    ChartWindow w;
    w.kind = kind;
    switch (kind) {
    case FiveMinutes:
        w.seconds = 5 * 60;
        w.step = 1;
        w.ratePer = 1;
        break;
    case OneHour:
    case Custom:
        w.kind = OneHour;
        w.seconds = 3600;
        w.step = 1;
        w.ratePer = 1;
        break;
    case SixHours:
        w.seconds = 6 * 3600;
        w.step = 60;
        w.ratePer = 60;
        break;
    case OneDay:
        w.seconds = 24 * 3600;
        w.step = 60;
        w.ratePer = 60;
        break;
    case SevenDays:
        w.seconds = 7 * 24 * 3600;
        w.step = 600;
        w.ratePer = 60;
        break;
    case ThirtyDays:
        w.seconds = 30 * 24 * 3600;
        w.step = 3600;
        w.ratePer = 60;
        break;
    }
    return w;
}

ChartWindow ChartWindow::custom(qint64 from, qint64 to)
{
    ChartWindow w;
    w.kind = Custom;
    w.seconds = std::max<qint64>(60, to - from);
    w.customTo = from + w.seconds;
    w.step = 1;
    for (const qint64 step : {1, 60, 600, 3600, 86400}) {
        w.step = step;
        if (w.seconds / step <= 1500)
            break;
    }
    w.ratePer = w.step == 1 ? 1 : 60;
    return w;
}

QList<ChartWindow::Kind> ChartWindow::presets()
{
    return {FiveMinutes, OneHour, SixHours, OneDay, SevenDays, ThirtyDays};
}

QString ChartWindow::name(Kind kind)
{
    switch (kind) {
    case FiveMinutes:
        return tr("Last 5 minutes");
    case OneHour:
        return tr("Last hour");
    case SixHours:
        return tr("Last 6 hours");
    case OneDay:
        return tr("Last 24 hours");
    case SevenDays:
        return tr("Last 7 days");
    case ThirtyDays:
        return tr("Last 30 days");
    case Custom:
        return tr("Custom range…");
    }
    return {};
}

QString ChartWindow::rateUnit() const
{
    return ratePer == 1 ? tr("calls/s") : tr("calls/min");
}

} // namespace lgsp::models
