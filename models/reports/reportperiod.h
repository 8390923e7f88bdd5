#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace lgsp::models {

// The days a report covers, inclusive, in the calendar of the officer's time zone: a month
// ("2026-11"), a quarter ("2026-Q4"), a year ("2026") or any range ("2026-11-01..2026-11-30").
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Kind { Month, Quarter, Year, Range };

    Kind kind = Kind::Range;
    QDate first;
    QDate last;

    // Nothing, with the reason in *error, for text that names no period or a reversed range.
    static std::optional<ReportPeriod> parse(const QString &text, QString *error);
    static ReportPeriod month(int year, int month);
    static ReportPeriod quarter(int year, int quarter);
    static ReportPeriod year(int year);
    static ReportPeriod range(const QDate &first, const QDate &last);

    // The period before, to compare with: the month, quarter or year before, or as many days
    // ending the day before.
    ReportPeriod previous() const;
    qint64 days() const { return first.daysTo(last) + 1; }
    bool contains(const QDate &date) const { return date >= first && date <= last; }
    // The first and the last second + 1 of the period in `zone`, seconds since the epoch.
    qint64 startSeconds(const QTimeZone &zone) const;
    qint64 endSeconds(const QTimeZone &zone) const;
    // "11/2026", "Q4/2026", "2026", "01/11/2026 – 30/11/2026" as the language writes them.
    QString title() const;
    // The form parse() reads back.
    QString text() const;

    friend bool operator==(const ReportPeriod &a, const ReportPeriod &b)
    {
        return a.kind == b.kind && a.first == b.first && a.last == b.last;
    }
};

} // namespace lgsp::models
