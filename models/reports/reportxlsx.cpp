#include "models/reports/reportxlsx.h"

#include "models/reports/trafficreport.h"
#include "models/tenants/tenantmodel.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTemporaryDir>
#include <QVariant>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace lgsp::models {

namespace {

enum class Cell { Text, Count, Percent, Milliseconds, Date };

struct Column
{
    QString title;
    Cell kind;
};

struct Table
{
    QString sheet;
    QList<Column> columns;
    QList<QVariantList> rows;
};

// Excel refuses sheet names over 31 characters or with []:*?/\ in them.
QString sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    return name.left(31);
}

class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_book(workbook_new(path.toUtf8().constData()))
    {
        if (!m_book)
            return;
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        format_set_bottom(m_bold, LXW_BORDER_THIN);
        m_percent = workbook_add_format(m_book);
        format_set_num_format(m_percent, "0.0%");
        m_count = workbook_add_format(m_book);
        format_set_num_format(m_count, "#,##0");
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "dd/mm/yyyy");
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
        m_title = workbook_add_format(m_book);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
    }
    ~Workbook()
    {
        if (m_book && !m_closed)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isOpen() const { return m_book != nullptr; }

    void summary(const QString &sheet, const QList<std::pair<QString, QString>> &lines,
                 const QString &title)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_book, sheetName(sheet).toUtf8().constData());
        worksheet_write_string(ws, 0, 0, title.toUtf8().constData(), m_title);
        int width = 10;
        int row = 2;
        for (const auto &[label, value] : lines) {
            worksheet_write_string(ws, lxw_row_t(row), 0, label.toUtf8().constData(), m_bold);
            worksheet_write_string(ws, lxw_row_t(row), 1, value.toUtf8().constData(), m_wrap);
            width = std::max(width, int(label.size()) + 2);
            ++row;
        }
        worksheet_set_column(ws, 0, 0, width, nullptr);
        worksheet_set_column(ws, 1, 1, 100, nullptr);
    }

    void table(const Table &t)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_book, sheetName(t.sheet).toUtf8().constData());
        QList<int> widths;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            worksheet_write_string(ws, 0, lxw_col_t(c), t.columns.at(c).title.toUtf8().constData(),
                                   m_bold);
            widths << int(t.columns.at(c).title.size()) + 2;
        }
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const QVariantList &row = t.rows.at(r);
            for (qsizetype c = 0; c < t.columns.size() && c < row.size(); ++c) {
                const QVariant &v = row.at(c);
                const auto at = lxw_row_t(r + 1);
                const auto col = lxw_col_t(c);
                int shownWidth = 0;
                if (!v.isValid()) {
                    continue; // an empty cell: not known
                }
                switch (t.columns.at(c).kind) {
                case Cell::Text: {
                    const QString text = v.toString();
                    worksheet_write_string(ws, at, col, text.toUtf8().constData(), nullptr);
                    shownWidth = int(text.size());
                    break;
                }
                case Cell::Count:
                    worksheet_write_number(ws, at, col, v.toDouble(), m_count);
                    shownWidth = int(QString::number(v.toLongLong()).size() * 4 / 3);
                    break;
                case Cell::Percent:
                    worksheet_write_number(ws, at, col, v.toDouble(), m_percent);
                    shownWidth = 7;
                    break;
                case Cell::Milliseconds:
                    worksheet_write_number(ws, at, col, v.toDouble(), nullptr);
                    shownWidth = int(QString::number(v.toLongLong()).size());
                    break;
                case Cell::Date: {
                    const QDate d = v.toDate();
                    lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(ws, at, col, &when, m_date);
                    shownWidth = 10;
                    break;
                }
                }
                widths[c] = std::max(widths.at(c), shownWidth + 2);
            }
        }
        for (qsizetype c = 0; c < widths.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), std::min(widths.at(c), 70),
                                 nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        if (!t.rows.isEmpty())
            worksheet_autofilter(ws, 0, 0, lxw_row_t(t.rows.size()),
                                 lxw_col_t(t.columns.size() - 1));
    }

    QString close()
    {
        m_closed = true;
        const lxw_error result = workbook_close(m_book);
        return result == LXW_NO_ERROR ? QString() : QString::fromUtf8(lxw_strerror(result));
    }

private:
    lxw_workbook *m_book;
    lxw_format *m_bold = nullptr;
    lxw_format *m_percent = nullptr;
    lxw_format *m_count = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_format *m_title = nullptr;
    bool m_closed = false;
};

QVariant p95(const TrafficReport::Figures &f)
{
    return f.calls > 0 ? QVariant(qint64(std::llround(f.p95()))) : QVariant();
}

} // namespace

bool ReportXlsx::write(const TrafficReport &report, const QString &instanceName, int topN,
                       const QString &path, QString *error)
{
    // libxlsxwriter opens files with fopen(), which on Windows takes the ANSI code page, not
    // UTF-8: it writes into a scratch folder, and Qt moves the file to a name in any script.
    QTemporaryDir scratch;
    const QString written = scratch.filePath(QStringLiteral("report.xlsx"));
    Workbook book(written);
    if (!scratch.isValid() || !book.isOpen()) {
        *error = tr("Cannot create %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const TrafficReport::Figures all = report.total();
    const QLocale locale;
    book.summary(tr("Summary"),
                 {{tr("Instance"), instanceName},
                  {tr("Period"), report.period().title()},
                  {tr("From"), locale.toString(report.period().first, QLocale::ShortFormat)},
                  {tr("To"), locale.toString(report.period().last, QLocale::ShortFormat)},
                  {tr("Summary"), report.summary()}},
                 tr("Transactions through %1, %2").arg(instanceName, report.period().title()));

    const auto tenantTable = [&](const QString &sheet, const QList<TrafficReport::Tenant> &list) {
        Table t{sheet,
                {{tr("Agency code"), Cell::Text},
                 {tr("Name"), Cell::Text},
                 {tr("Kind"), Cell::Text},
                 {tr("Transactions"), Cell::Count},
                 {tr("Errors"), Cell::Count},
                 {tr("Success rate"), Cell::Percent},
                 {tr("p95 (ms)"), Cell::Milliseconds},
                 {tr("Share"), Cell::Percent},
                 {tr("Change on the period before"), Cell::Percent}},
                {}};
        for (const TrafficReport::Tenant &tenant : list) {
            const bool change = report.previousComplete() && tenant.previous.calls > 0;
            t.rows << QVariantList{
                tenant.code,
                tenant.name,
                TenantModel::kindText(tenant.kind),
                tenant.period.calls,
                tenant.period.errors,
                tenant.period.calls > 0 ? QVariant(tenant.period.successRate()) : QVariant(),
                p95(tenant.period),
                all.calls > 0 ? QVariant(double(tenant.period.calls) / double(all.calls))
                              : QVariant(),
                change ? QVariant(double(tenant.period.calls) / double(tenant.previous.calls) - 1)
                       : QVariant()};
        }
        return t;
    };
    book.table(tenantTable(tr("Tenants"), report.tenants()));
    book.table(tenantTable(tr("Top ministries"), report.top(QStringLiteral("ministry"), topN)));
    book.table(tenantTable(tr("Top provinces"), report.top(QStringLiteral("province"), topN)));

    QHash<QString, QString> names;
    for (const TrafficReport::Tenant &tenant : report.tenants())
        names.insert(tenant.code, tenant.name);
    Table services{tr("Services"),
                   {{tr("Service"), Cell::Text},
                    {tr("Provider"), Cell::Text},
                    {tr("Transactions"), Cell::Count},
                    {tr("Errors"), Cell::Count},
                    {tr("Success rate"), Cell::Percent},
                    {tr("p95 (ms)"), Cell::Milliseconds}},
                   {}};
    for (const TrafficReport::Service &s : report.services())
        services.rows << QVariantList{s.name.isEmpty() ? s.id : s.name,
                                      names.value(s.provider, s.provider),
                                      s.period.calls,
                                      s.period.errors,
                                      s.period.successRate(),
                                      p95(s.period)};
    book.table(services);

    Table days{tr("Days"),
               {{tr("Day"), Cell::Date},
                {tr("Transactions"), Cell::Count},
                {tr("Errors"), Cell::Count},
                {tr("p95 (ms)"), Cell::Milliseconds},
                {tr("Note"), Cell::Text}},
               {}};
    const QList<QDate> partial = report.partialDays();
    for (const TrafficReport::Day &day : report.days()) {
        if (day.missing) {
            days.rows << QVariantList{day.date, QVariant(), QVariant(), QVariant(),
                                      tr("No data from the source")};
            continue;
        }
        days.rows << QVariantList{day.date, day.figures.calls, day.figures.errors, p95(day.figures),
                                  partial.contains(day.date) ? tr("Partly held by the source")
                                                             : QString()};
    }
    book.table(days);

    const QString closing = book.close();
    if (!closing.isEmpty()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), closing);
        return false;
    }
    // Whole or not at all: the old file stays until the new one is complete beside it.
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    if (!QFile::copy(written, part) || (QFile::exists(path) && !QFile::remove(path)) ||
        !QFile::rename(part, path)) {
        QFile::remove(part);
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace lgsp::models
