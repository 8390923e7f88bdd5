#pragma once

#include <QCoreApplication>
#include <QString>

namespace lgsp::models {

class TrafficReport;

// A traffic report as a PDF for print and for the ministry's archive (Qt's own PDF writer,
// A4 portrait): a first page with the title, the instances, the period, the key figures, the
// summary and the chart of the days; then the tables (top ministries and provinces, tenants,
// services, days), their header repeated on each page they run onto; page numbers at the
// foot. The font is one that has Vietnamese glyphs, embedded.
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    static bool write(const TrafficReport &report, const QString &instances, int topN,
                      const QString &path, QString *error);
    // The first family of the system's fonts that writes Vietnamese, preferring the
    // application's own.
    static QString fontFamily();
};

} // namespace lgsp::models
