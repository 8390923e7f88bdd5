#include "client/health/thresholdrange.h"

#include <cmath>

namespace lgsp::client {

namespace {

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<ThresholdRange> ThresholdRange::parse(const QString &text)
{
    ThresholdRange range;
    range.m_text = text.trimmed();
    QString rest = range.m_text;
    if (rest.isEmpty())
        return std::nullopt;
    if (rest.startsWith(QLatin1Char('@'))) {
        range.m_inside = true;
        rest.remove(0, 1);
    }
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    const QString start = colon < 0 ? QString() : rest.left(colon);
    const QString end = colon < 0 ? rest : rest.mid(colon + 1);
    if (start.isEmpty() && end.isEmpty())
        return std::nullopt; // ":" alone says nothing
    if (start == QLatin1String("~")) {
        range.m_noStart = true;
    } else if (!start.isEmpty()) {
        const std::optional<double> value = number(start);
        if (!value)
            return std::nullopt;
        range.m_start = *value;
    }
    if (end.isEmpty()) {
        if (colon < 0)
            return std::nullopt;
        range.m_noEnd = true;
    } else {
        const std::optional<double> value = number(end);
        if (!value)
            return std::nullopt;
        range.m_end = *value;
    }
    if (!range.m_noStart && !range.m_noEnd && range.m_start > range.m_end)
        return std::nullopt;
    range.m_set = true;
    return range;
}

bool ThresholdRange::alerts(double value) const
{
    if (!m_set || std::isnan(value))
        return false;
    const bool within = (m_noStart || value >= m_start) && (m_noEnd || value <= m_end);
    return m_inside ? within : !within;
}

} // namespace lgsp::client
