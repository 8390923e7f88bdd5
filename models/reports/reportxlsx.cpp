#include "models/reports/reportxlsx.h"

#include "models/reports/reporttables.h"
#include "models/reports/trafficreport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QVariant>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace lgsp::models {

namespace {

using Cell = ReportTable::Cell;

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

    void table(const ReportTable &t)
    {
        lxw_worksheet *ws = workbook_add_worksheet(m_book, sheetName(t.title).toUtf8().constData());
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
    const QLocale locale;
    book.summary(tr("Summary"),
                 {{tr("Instance"), instanceName},
                  {tr("Period"), report.period().title()},
                  {tr("From"), locale.toString(report.period().first, QLocale::ShortFormat)},
                  {tr("To"), locale.toString(report.period().last, QLocale::ShortFormat)},
                  {tr("Summary"), report.summary()}},
                 tr("Transactions through %1, %2").arg(instanceName, report.period().title()));

    for (const ReportTable &table : ReportTable::all(report, topN))
        book.table(table);

    const QString closing = book.close();
    if (!closing.isEmpty()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), closing);
        return false;
    }
    // Whole or not at all: the old file stays until the new one is complete.
    QFile source(written);
    QSaveFile target(path);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(source.readAll()) != source.size() || !target.commit()) {
        *error =
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), target.errorString());
        return false;
    }
    return true;
}

} // namespace lgsp::models
