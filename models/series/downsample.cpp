#include "models/series/downsample.h"

#include <cmath>

namespace lgsp::models {

QList<QPointF> downsampleMinMax(const QList<QPointF> &points, int columns)
{
    if (columns <= 0 || points.size() <= 2 * qsizetype(columns))
        return points;
    const double first = points.first().x();
    const double span = points.last().x() - first;
    if (span <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(2 * columns + 2);
    qsizetype i = 0;
    for (int column = 0; column < columns && i < points.size(); ++column) {
        const double end = first + span * double(column + 1) / double(columns);
        qsizetype lowest = -1;
        qsizetype highest = -1;
        bool gap = false;
        for (; i < points.size() && (points.at(i).x() < end || column == columns - 1); ++i) {
            const double y = points.at(i).y();
            if (std::isnan(y)) {
                gap = true;
                continue;
            }
            if (lowest < 0 || y < points.at(lowest).y())
                lowest = i;
            if (highest < 0 || y > points.at(highest).y())
                highest = i;
        }
        if (lowest >= 0) {
            out << points.at(std::min(lowest, highest));
            if (lowest != highest)
                out << points.at(std::max(lowest, highest));
        }
        if (gap)
            out << QPointF(end, std::nan(""));
    }
    return out;
}

} // namespace lgsp::models
