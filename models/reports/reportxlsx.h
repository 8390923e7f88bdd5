#pragma once

#include <QCoreApplication>
#include <QString>

namespace lgsp::models {

class TrafficReport;

// A traffic report as an Excel workbook (libxlsxwriter): a summary sheet, then one sheet per
// table — tenants, the top ministries, the top provinces, services, days. Figures are number
// cells (rates as fractions shown as percentages), each table's header row is bold and
// frozen, columns are as wide as their longest text, Vietnamese text is kept as written.
class ReportXlsx final
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    static bool write(const TrafficReport &report, const QString &instanceName, int topN,
                      const QString &path, QString *error);
};

} // namespace lgsp::models
