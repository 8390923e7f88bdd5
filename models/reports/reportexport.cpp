#include "models/reports/reportexport.h"

#include "models/reports/reportpdf.h"
#include "models/reports/reporttables.h"
#include "models/reports/reportxlsx.h"
#include "models/reports/trafficreport.h"

#include <QDir>
#include <QSaveFile>

namespace lgsp::models {

std::optional<ReportExport::Format> ReportExport::formatFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (lower == QLatin1String("pdf"))
        return Format::Pdf;
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString ReportExport::name(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString ReportExport::filter(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return tr("Excel workbook (*.xlsx)");
    case Format::Pdf:
        return tr("PDF document (*.pdf)");
    case Format::Csv:
        return tr("CSV file (*.csv)");
    }
    return {};
}

QString ReportExport::suggestedFileName(const TrafficReport &report, Format format)
{
    QString period = report.period().text();
    period.replace(QStringLiteral(".."), QStringLiteral("_"));
    return QStringLiteral("lgsp-report-%1.%2").arg(period, name(format));
}

bool ReportExport::write(const TrafficReport &report, const QString &instances, int topN,
                         Format format, const QString &path, QString *error)
{
    switch (format) {
    case Format::Xlsx:
        return ReportXlsx::write(report, instances, topN, path, error);
    case Format::Pdf:
        return ReportPdf::write(report, instances, topN, path, error);
    case Format::Csv: {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(ReportTable::make(report, ReportTable::Id::Tenants, topN).toCsv()) < 0 ||
            !file.commit()) {
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace lgsp::models
