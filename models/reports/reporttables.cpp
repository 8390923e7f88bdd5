#include "models/reports/reporttables.h"

#include "models/common/csv.h"
#include "models/reports/trafficreport.h"
#include "models/tenants/tenantmodel.h"

#include <QDate>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace lgsp::models {

namespace {

QVariant p95(const TrafficReport::Figures &f)
{
    return f.calls > 0 && f.hasLatency() ? QVariant(qint64(std::llround(f.p95()))) : QVariant();
}

QVariant rate(const TrafficReport::Figures &f)
{
    return f.calls > 0 ? QVariant(f.successRate()) : QVariant();
}

QList<ReportTable::Column> tenantColumns()
{
    using Cell = ReportTable::Cell;
    return {{ReportTable::tr("Agency code"), Cell::Text},
            {ReportTable::tr("Name"), Cell::Text},
            {ReportTable::tr("Kind"), Cell::Text},
            {ReportTable::tr("Transactions"), Cell::Count},
            {ReportTable::tr("Errors"), Cell::Count},
            {ReportTable::tr("Success rate"), Cell::Percent},
            {ReportTable::tr("p95 (ms)"), Cell::Milliseconds},
            {ReportTable::tr("Share"), Cell::Percent},
            {ReportTable::tr("Change on the period before"), Cell::Percent}};
}

QList<QVariantList> tenantRows(const TrafficReport &report,
                               const QList<TrafficReport::Tenant> &tenants)
{
    const qint64 all = report.total().calls;
    QList<QVariantList> rows;
    for (const TrafficReport::Tenant &t : tenants) {
        const bool change = report.previousComplete() && t.previous.calls > 0;
        rows << QVariantList{
            t.code,
            t.name,
            TenantModel::kindText(t.kind),
            t.period.calls,
            t.period.errors,
            rate(t.period),
            p95(t.period),
            all > 0 ? QVariant(double(t.period.calls) / double(all)) : QVariant(),
            change ? QVariant(double(t.period.calls) / double(t.previous.calls) - 1) : QVariant()};
    }
    return rows;
}

} // namespace

QList<ReportTable> ReportTable::all(const TrafficReport &report, int topN)
{
    QList<ReportTable> tables;
    for (const Id id : {Id::Tenants, Id::TopMinistries, Id::TopProvinces, Id::Services, Id::Days})
        tables << make(report, id, topN);
    return tables;
}

ReportTable ReportTable::make(const TrafficReport &report, Id id, int topN)
{
    ReportTable t;
    t.id = id;
    switch (id) {
    case Id::Tenants:
        t.title = tr("Tenants");
        t.columns = tenantColumns();
        t.rows = tenantRows(report, report.tenants());
        break;
    case Id::TopMinistries:
        t.title = tr("Top ministries");
        t.columns = tenantColumns();
        t.rows = tenantRows(report, report.top(QStringLiteral("ministry"), topN));
        break;
    case Id::TopProvinces:
        t.title = tr("Top provinces");
        t.columns = tenantColumns();
        t.rows = tenantRows(report, report.top(QStringLiteral("province"), topN));
        break;
    case Id::Services: {
        t.title = tr("Services");
        const bool several = report.instances().size() > 1;
        if (several)
            t.columns << Column{tr("Instance"), Cell::Text};
        t.columns << Column{tr("Service"), Cell::Text} << Column{tr("Provider"), Cell::Text}
                  << Column{tr("Transactions"), Cell::Count} << Column{tr("Errors"), Cell::Count}
                  << Column{tr("Success rate"), Cell::Percent}
                  << Column{tr("p95 (ms)"), Cell::Milliseconds}
                  << Column{tr("Top consumers"), Cell::Text};
        QHash<QString, QString> names;
        for (const TrafficReport::Tenant &tenant : report.tenants())
            names.insert(tenant.code, tenant.name);
        for (const TrafficReport::Service &s : report.services()) {
            QVariantList row;
            if (several)
                row << s.instance;
            row << (s.name.isEmpty() ? s.id : s.name) << names.value(s.provider, s.provider)
                << s.period.calls << s.period.errors << rate(s.period) << p95(s.period);
            if (s.consumersKnown) {
                QStringList consumers;
                for (const auto &[name, calls] : report.topConsumers(s, 3))
                    consumers << tr("%1 (%2)").arg(name, QLocale().toString(calls));
                row << consumers.join(QStringLiteral("; "));
            } else {
                row << QVariant(); // the source does not say
            }
            t.rows << row;
        }
        break;
    }
    case Id::Days: {
        t.title = tr("Days");
        t.columns = {{tr("Day"), Cell::Date},
                     {tr("Transactions"), Cell::Count},
                     {tr("Errors"), Cell::Count},
                     {tr("p95 (ms)"), Cell::Milliseconds},
                     {tr("Note"), Cell::Text}};
        const QList<QDate> partial = report.partialDays();
        for (const TrafficReport::Day &day : report.days()) {
            if (day.missing) {
                t.rows << QVariantList{day.date, QVariant(), QVariant(), QVariant(),
                                       tr("No data from the source")};
                continue;
            }
            t.rows << QVariantList{
                day.date, day.figures.calls, day.figures.errors, p95(day.figures),
                partial.contains(day.date) ? tr("Partly held by the source") : QString()};
        }
        break;
    }
    }
    return t;
}

QString ReportTable::text(const QVariant &value, Cell kind)
{
    if (!value.isValid())
        return {};
    const QLocale locale;
    switch (kind) {
    case Cell::Text:
        return value.toString();
    case Cell::Count:
    case Cell::Milliseconds:
        return locale.toString(value.toLongLong());
    case Cell::Percent: {
        const double percent = value.toDouble() * 100;
        return tr("%1 %").arg(locale.toString(percent, 'f', std::abs(percent) < 1 ? 2 : 1));
    }
    case Cell::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    }
    return {};
}

QByteArray ReportTable::toCsv() const
{
    QStringList header;
    for (const Column &c : columns)
        header << (c.kind == Cell::Percent ? tr("%1 (%)").arg(c.title) : c.title);
    QList<QStringList> lines;
    for (const QVariantList &row : rows) {
        QStringList fields;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QVariant v = row.value(c);
            if (!v.isValid()) {
                fields << QString();
                continue;
            }
            switch (columns.at(c).kind) {
            case Cell::Text:
                fields << v.toString();
                break;
            case Cell::Count:
            case Cell::Milliseconds:
                fields << QString::number(v.toLongLong());
                break;
            case Cell::Percent:
                fields << QString::number(v.toDouble() * 100, 'f', 2);
                break;
            case Cell::Date:
                fields << v.toDate().toString(Qt::ISODate);
                break;
            }
        }
        lines << fields;
    }
    return csv::document(header, lines);
}

} // namespace lgsp::models
