#include "models/reports/reportperiod.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace lgsp::models {

ReportPeriod ReportPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return {Kind::Month, first, first.addMonths(1).addDays(-1)};
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return {Kind::Quarter, first, first.addMonths(3).addDays(-1)};
}

ReportPeriod ReportPeriod::year(int year)
{
    return {Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31)};
}

ReportPeriod ReportPeriod::range(const QDate &first, const QDate &last)
{
    return {Kind::Range, first, last};
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    static const QRegularExpression monthForm(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression quarterForm(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    static const QRegularExpression yearForm(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression rangeForm(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})$"));
    QRegularExpressionMatch m;
    if ((m = monthForm.match(t)).hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month >= 1 && month <= 12)
            return ReportPeriod::month(m.captured(1).toInt(), month);
    } else if ((m = quarterForm.match(t)).hasMatch()) {
        return ReportPeriod::quarter(m.captured(1).toInt(), m.captured(2).toInt());
    } else if ((m = yearForm.match(t)).hasMatch()) {
        return ReportPeriod::year(m.captured(1).toInt());
    } else if ((m = rangeForm.match(t)).hasMatch()) {
        const QDate first = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate last = QDate::fromString(m.captured(2), Qt::ISODate);
        if (first.isValid() && last.isValid() && first <= last)
            return ReportPeriod::range(first, last);
        if (first.isValid() && last.isValid()) {
            *error = tr("The range %1 ends before it starts.").arg(t);
            return std::nullopt;
        }
    }
    *error = tr("\"%1\" is not a period: write a month (2026-11), a quarter (2026-Q4), a year "
                "(2026) or a range of days (2026-11-01..2026-11-30).")
                 .arg(t);
    return std::nullopt;
}

ReportPeriod ReportPeriod::previous() const
{
    switch (kind) {
    case Kind::Month: {
        const QDate before = first.addMonths(-1);
        return month(before.year(), before.month());
    }
    case Kind::Quarter: {
        const QDate before = first.addMonths(-3);
        return quarter(before.year(), (before.month() - 1) / 3 + 1);
    }
    case Kind::Year:
        return year(first.year() - 1);
    case Kind::Range:
        break;
    }
    return range(first.addDays(-days()), first.addDays(-1));
}

qint64 ReportPeriod::startSeconds(const QTimeZone &zone) const
{
    return QDateTime(first, QTime(0, 0), zone).toSecsSinceEpoch();
}

qint64 ReportPeriod::endSeconds(const QTimeZone &zone) const
{
    return QDateTime(last.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
}

QString ReportPeriod::title() const
{
    const QLocale locale;
    switch (kind) {
    case Kind::Month:
        return tr("%1/%2").arg(first.month(), 2, 10, QLatin1Char('0')).arg(first.year());
    case Kind::Quarter:
        return tr("Q%1/%2").arg((first.month() - 1) / 3 + 1).arg(first.year());
    case Kind::Year:
        return QString::number(first.year());
    case Kind::Range:
        break;
    }
    return tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                             locale.toString(last, QLocale::ShortFormat));
}

QString ReportPeriod::text() const
{
    switch (kind) {
    case Kind::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(first.year());
    case Kind::Range:
        break;
    }
    return first.toString(Qt::ISODate) + QStringLiteral("..") + last.toString(Qt::ISODate);
}

} // namespace lgsp::models
