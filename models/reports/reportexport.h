#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace lgsp::models {

class TrafficReport;

// Writes a traffic report to a file as a workbook (every table a sheet), a PDF (a first page
// and every table) or CSV (the tenants' table; UTF-8 with a byte-order mark, as the console's
// other exports). The file is replaced only when the new one is complete.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    enum class Format { Xlsx, Pdf, Csv };

    static std::optional<Format> formatFromName(const QString &name); // xlsx, pdf, csv
    static QString name(Format format);
    // "Excel workbook (*.xlsx)" for a file dialog.
    static QString filter(Format format);
    // "lgsp-report-2026-11.pdf"
    static QString suggestedFileName(const TrafficReport &report, Format format);

    static bool write(const TrafficReport &report, const QString &instances, int topN,
                      Format format, const QString &path, QString *error);
};

} // namespace lgsp::models
