#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace lgsp::models {

class TrafficReport;

// The tables of a traffic report, one definition for every place that shows them: the
// Reports page, the workbook, the PDF and the CSV. A cell is a QVariant of the column's kind
// (an invalid QVariant when the figure is not known: no calls, no period before to compare
// with, a day the source does not hold); rates are fractions.
struct ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(ReportTable)

public:
    enum class Cell { Text, Count, Percent, Milliseconds, Date };
    enum class Id { Tenants, TopMinistries, TopProvinces, Services, Days };
    struct Column
    {
        QString title;
        Cell kind;
    };

    Id id = Id::Tenants;
    QString title;
    QList<Column> columns;
    QList<QVariantList> rows;

    // Every table of the report, in the order above; the top tables hold `topN` rows at most.
    static QList<ReportTable> all(const TrafficReport &report, int topN);
    static ReportTable make(const TrafficReport &report, Id id, int topN);

    // A cell as the language writes it ("1.234", "97,3 %", "01/11/2026"); empty when unknown.
    static QString text(const QVariant &value, Cell kind);
    // The table as CSV (UTF-8 with a byte-order mark; numbers as plain digits, rates as
    // percentages with two decimals, dates as ISO 8601), for spreadsheets in any locale.
    QByteArray toCsv() const;
};

} // namespace lgsp::models
