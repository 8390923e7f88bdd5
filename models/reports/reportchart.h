#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace lgsp::models {

class TrafficReport;

// The report's chart of every day of the period: a bar of transactions a day, the errors of
// the day as a darker bar inside it, days the source does not hold hatched (not drawn as
// zero), an axis of counts and the days' dates. Painted with QPainter, so the Reports page
// and the PDF draw the same chart.
class ReportChart final
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)

public:
    struct Colours
    {
        QColor text;
        QColor grid;
        QColor calls;
        QColor errors;
        QColor missing;
    };

    static void paint(QPainter &painter, const QRectF &area, const TrafficReport &report,
                      const Colours &colours);
    // Colours for paper: black text, grey grid, blue calls, red errors.
    static Colours printColours();
};

} // namespace lgsp::models
