#pragma once

#include <QList>
#include <QPointF>

namespace lgsp::models {

// Thins a time series for drawing: at most two points per column (its lowest and highest, in
// time order), so every peak and every trough survives however many points there are —
// averaging or picking every n-th point would hide a one-second spike in a day of data.
// `points` are in increasing x; `columns` is the width in pixels. Fewer points than twice
// the columns come back unchanged. A NaN y (a gap) is kept as its own point, so gaps stay
// gaps.
QList<QPointF> downsampleMinMax(const QList<QPointF> &points, int columns);

} // namespace lgsp::models
