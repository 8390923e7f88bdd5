#include "models/reports/reportpdf.h"

#include "lgsp_version.h"
#include "models/logging.h"
#include "models/reports/reportchart.h"
#include "models/reports/reporttables.h"
#include "models/reports/trafficreport.h"

#include <QDateTime>
#include <QDir>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace lgsp::models {

namespace {

using Cell = ReportTable::Cell;

constexpr int kResolution = 300; // dots per inch of the page's coordinates
const QColor kHeaderFill(0xe8, 0xec, 0xf1);
const QColor kStripe(0xf6, 0xf7, 0xf9);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kInk(0x20, 0x20, 0x20);
const QColor kQuiet(0x5a, 0x5a, 0x5a);

// Lays the report out page by page. Run twice: once without a painter to count the pages
// (for "page 2 of 5"), once drawing.
class Layout
{
public:
    Layout(QPdfWriter *writer, QPainter *painter, const QString &family, const QString &footer,
           int pages)
        : m_writer(writer)
        , m_painter(painter)
        , m_family(family)
        , m_footer(footer)
        , m_pages(pages)
    {
        const QRect page = writer->pageLayout().paintRectPixels(kResolution);
        m_body = QRectF(0, 0, page.width(), page.height() - lineHeight(font(8)) * 2);
        m_y = m_body.top();
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f(m_family);
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }
    double lineHeight(const QFont &f) const { return QFontMetricsF(f, m_writer).height(); }
    int page() const { return m_page; }
    double room() const { return m_body.bottom() - m_y; }
    const QRectF &body() const { return m_body; }
    double y() const { return m_y; }
    void skip(double height) { m_y += height; }

    void newPage()
    {
        finishPage();
        if (m_painter)
            m_writer->newPage();
        ++m_page;
        m_y = m_body.top();
    }
    void finishPage()
    {
        if (!m_painter)
            return;
        const QFont f = font(8);
        m_painter->setFont(f);
        m_painter->setPen(kQuiet);
        const double h = lineHeight(f);
        const QRectF foot(m_body.left(), m_body.bottom() + h, m_body.width(), h);
        m_painter->drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        m_painter->drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                            ReportPdf::tr("Page %1 of %2").arg(m_page).arg(m_pages));
    }

    // Wrapped text across the body's width.
    void paragraph(const QString &text, const QFont &f, const QColor &colour = kInk,
                   int flags = Qt::AlignLeft)
    {
        const QFontMetricsF metrics(f, m_writer);
        const QRectF bounds =
            metrics.boundingRect(QRectF(0, 0, m_body.width(), 1e6), flags | Qt::TextWordWrap, text);
        if (bounds.height() > room())
            newPage();
        if (m_painter) {
            m_painter->setFont(f);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), bounds.height()),
                                flags | Qt::TextWordWrap, text);
        }
        m_y += bounds.height();
    }

    // Label and value pairs in boxes across the page: the key figures.
    void figures(const QList<std::pair<QString, QString>> &items)
    {
        const QFont labelFont = font(8.5);
        const QFont valueFont = font(15, true);
        const double gap = lineHeight(labelFont);
        const double width =
            (m_body.width() - gap * double(items.size() - 1)) / double(items.size());
        // A label too long for its box ("On the period before") wraps onto a second line.
        const QFontMetricsF labelMetrics(labelFont, m_writer);
        double labels = 0;
        for (const auto &item : items)
            labels = std::max(labels, labelMetrics
                                          .boundingRect(QRectF(0, 0, width - gap, 1e6),
                                                        Qt::TextWordWrap, item.first)
                                          .height());
        const double height = labels + lineHeight(valueFont) + gap * 1.2;
        if (m_painter) {
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QRectF box(m_body.left() + double(i) * (width + gap), m_y, width, height);
                m_painter->fillRect(box, kHeaderFill);
                const QRectF inner = box.adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2);
                m_painter->setFont(labelFont);
                m_painter->setPen(kQuiet);
                m_painter->drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                    items.at(i).first);
                m_painter->setFont(valueFont);
                m_painter->setPen(kInk);
                m_painter->drawText(inner, Qt::AlignLeft | Qt::AlignBottom, items.at(i).second);
            }
        }
        m_y += height;
    }

    void chart(const TrafficReport &report, double height)
    {
        if (height > room())
            newPage();
        if (m_painter) {
            m_painter->setFont(font(7.5));
            ReportChart::paint(*m_painter, QRectF(m_body.left(), m_y, m_body.width(), height),
                               report, ReportChart::printColours());
        }
        m_y += height;
    }

    void table(const ReportTable &table)
    {
        const QFont bodyFont = font(8);
        const QFont headFont = font(8, true);
        const QFontMetricsF body(bodyFont, m_writer);
        const QFontMetricsF head(headFont, m_writer);
        const double pad = body.height() / 3;
        const double rowHeight = body.height() + pad * 2;

        // Each column as wide as its widest cell; when they do not fit, the widest text
        // columns that can wrap (names) give way first, down to an eighth of the page, and
        // their cells wrap onto more lines; room left over goes to the text columns.
        QList<QStringList> cells;
        for (const QVariantList &row : table.rows) {
            QStringList texts;
            for (qsizetype c = 0; c < table.columns.size(); ++c)
                texts << ReportTable::text(row.value(c), table.columns.at(c).kind);
            cells << texts;
        }
        QList<double> widths;
        double sum = 0;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            double w = 0;
            for (const QStringList &texts : std::as_const(cells))
                w = std::max(w, body.horizontalAdvance(texts.at(c)));
            // A header wraps between its words, so only its longest word widens the column.
            for (const QString &word : table.columns.at(c).title.split(QLatin1Char(' ')))
                w = std::max(w, head.horizontalAdvance(word));
            w = std::max(w, head.horizontalAdvance(QStringLiteral("00000")));
            widths << w + pad * 2.5; // a little slack: a cell exactly as wide as its text elides
            sum += widths.last();
        }
        QList<bool> wraps;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            bool spaces = false;
            for (const QStringList &texts : std::as_const(cells))
                spaces = spaces || texts.at(c).contains(QLatin1Char(' '));
            wraps << (table.columns.at(c).kind == Cell::Text && spaces);
        }
        if (sum > m_body.width()) {
            // The columns that wrap give way: each keeps at least its longest word, and what
            // they take beyond it shrinks alike until the table fits the page.
            double fixed = 0;
            double natural = 0;
            double least = 0;
            QList<double> words(widths.size(), 0.0);
            for (qsizetype c = 0; c < widths.size(); ++c) {
                if (!wraps.at(c)) {
                    fixed += widths.at(c);
                    continue;
                }
                for (const QStringList &texts : std::as_const(cells)) {
                    for (const QString &w : texts.at(c).split(QLatin1Char(' ')))
                        words[c] = std::max(words.at(c), body.horizontalAdvance(w) + pad * 2);
                }
                words[c] = std::min(words.at(c), widths.at(c));
                natural += widths.at(c);
                least += words.at(c);
            }
            const double room = m_body.width() - fixed;
            if (least < room && natural > least) {
                const double share = (room - least) / (natural - least);
                for (qsizetype c = 0; c < widths.size(); ++c) {
                    if (wraps.at(c))
                        widths[c] = words.at(c) + (widths.at(c) - words.at(c)) * share;
                }
                sum = m_body.width();
            } else { // not even the words fit: everything narrower alike
                for (qsizetype c = 0; c < widths.size(); ++c) {
                    if (wraps.at(c))
                        widths[c] = words.at(c);
                }
                sum = fixed + least;
                for (double &w : widths)
                    w *= m_body.width() / sum;
                sum = m_body.width();
            }
        }
        if (sum < m_body.width()) {
            qsizetype textColumns = 0;
            for (const ReportTable::Column &c : table.columns)
                textColumns += c.kind == Cell::Text ? 1 : 0;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                if (textColumns == 0 || table.columns.at(c).kind == Cell::Text)
                    widths[c] += (m_body.width() - sum) /
                                 double(textColumns > 0 ? textColumns : widths.size());
            }
        }
        int headerLines = 1;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QRectF r = head.boundingRect(QRectF(0, 0, widths.at(c) - pad * 2, 1e6),
                                               Qt::TextWordWrap, table.columns.at(c).title);
            headerLines = std::max(headerLines, int(std::ceil(r.height() / head.height() - 0.01)));
        }
        const double headerHeight = head.height() * headerLines + pad * 2;

        // The title and the header with at least three rows, or a new page.
        const QFont titleFont = font(12, true);
        const double titleHeight = lineHeight(titleFont) * 1.4;
        const qsizetype firstRows = std::min<qsizetype>(3, std::max<qsizetype>(1, cells.size()));
        if (titleHeight + headerHeight + rowHeight * double(firstRows) > room())
            newPage();
        if (m_painter) {
            m_painter->setFont(titleFont);
            m_painter->setPen(kInk);
            m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), titleHeight),
                                Qt::AlignLeft | Qt::AlignVCenter, table.title);
        }
        m_y += titleHeight;
        const auto header = [&] {
            if (m_painter) {
                m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), headerHeight),
                                    kHeaderFill);
                m_painter->setFont(headFont);
                m_painter->setPen(kInk);
                double x = m_body.left();
                for (qsizetype c = 0; c < table.columns.size(); ++c) {
                    const bool number = table.columns.at(c).kind != Cell::Text;
                    m_painter->drawText(
                        QRectF(x + pad, m_y + pad, widths.at(c) - pad * 2, headerHeight - pad * 2),
                        (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom |
                            Qt::TextWordWrap,
                        table.columns.at(c).title);
                    x += widths.at(c);
                }
            }
            m_y += headerHeight;
        };
        header();
        if (cells.isEmpty()) {
            paragraph(ReportPdf::tr("Nothing in this period."), bodyFont, kQuiet);
            m_y += rowHeight;
            return;
        }
        for (qsizetype r = 0; r < cells.size(); ++r) {
            double height = rowHeight;
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                if (wraps.at(c))
                    height = std::max(height,
                                      body.boundingRect(QRectF(0, 0, widths.at(c) - pad * 2, 1e6),
                                                        Qt::TextWordWrap, cells.at(r).at(c))
                                              .height() +
                                          pad * 2);
            }
            if (height > room()) {
                newPage();
                header();
            }
            if (m_painter) {
                if (r % 2 == 1)
                    m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height),
                                        kStripe);
                m_painter->setFont(bodyFont);
                m_painter->setPen(kInk);
                double x = m_body.left();
                for (qsizetype c = 0; c < table.columns.size(); ++c) {
                    const bool number = table.columns.at(c).kind != Cell::Text;
                    const double inner = widths.at(c) - pad * 2;
                    const QRectF cell(x + pad, m_y + pad, inner, height - pad * 2);
                    if (wraps.at(c))
                        m_painter->drawText(cell, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                            cells.at(r).at(c));
                    else
                        m_painter->drawText(
                            cell, (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                            body.elidedText(cells.at(r).at(c), Qt::ElideRight, inner));
                    x += widths.at(c);
                }
            }
            m_y += height;
        }
        if (m_painter) {
            m_painter->setPen(QPen(kRule, 0));
            m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.right(), m_y));
        }
        m_y += rowHeight;
    }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    QString m_family;
    QString m_footer;
    int m_pages;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
};

// Everything on the pages, once with `painter` null (counting) and once drawing.
int render(QPdfWriter *writer, QPainter *painter, const TrafficReport &report,
           const QString &instances, int topN, int pages)
{
    const QString title = ReportPdf::tr("Transactions report");
    const QString family = ReportPdf::fontFamily();
    Layout page(writer, painter, family,
                ReportPdf::tr("%1 · %2 · %3").arg(title, instances, report.period().title()),
                pages);
    const QLocale locale;
    page.paragraph(title, page.font(22, true));
    page.paragraph(instances, page.font(13), kQuiet);
    page.paragraph(ReportPdf::tr("%1: from %2 to %3")
                       .arg(report.period().title(),
                            locale.toString(report.period().first, QLocale::ShortFormat),
                            locale.toString(report.period().last, QLocale::ShortFormat)),
                   page.font(13), kQuiet);
    page.skip(page.lineHeight(page.font(10)));

    const TrafficReport::Figures all = report.total();
    const TrafficReport::Figures before = report.previousTotal();
    QList<std::pair<QString, QString>> figures{
        {ReportPdf::tr("Transactions"), locale.toString(all.calls)},
        {ReportPdf::tr("Errors"), locale.toString(all.errors)},
        {ReportPdf::tr("Success rate"),
         all.calls > 0 ? ReportTable::text(all.successRate(), Cell::Percent) : QString()},
        {ReportPdf::tr("p95"),
         all.hasLatency() ? ReportPdf::tr("%1 ms").arg(locale.toString(std::llround(all.p95())))
                          : QString()}};
    if (report.previousComplete() && before.calls > 0)
        figures << std::pair<QString, QString>{
            ReportPdf::tr("On the period before"),
            ReportTable::text(double(all.calls) / double(before.calls) - 1, Cell::Percent)};
    page.figures(figures);
    page.skip(page.lineHeight(page.font(10)));
    page.paragraph(report.summary(), page.font(10.5));
    page.skip(page.lineHeight(page.font(10)) * 1.5);
    page.paragraph(ReportPdf::tr("Transactions and errors a day"), page.font(12, true));
    page.skip(page.lineHeight(page.font(10)) / 2);
    page.chart(report, std::min(page.room() - page.lineHeight(page.font(8)) * 4,
                                page.body().height() * 0.4));
    page.skip(page.lineHeight(page.font(8)));
    page.paragraph(ReportPdf::tr("Made by LGSP Console %1 on %2.")
                       .arg(QStringLiteral(LGSP_VERSION_STRING),
                            locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)),
                   page.font(8), kQuiet);

    // The rankings first, as a ministry's report reads; then every tenant, service and day.
    page.newPage();
    using Id = ReportTable::Id;
    for (const Id id : {Id::TopMinistries, Id::TopProvinces, Id::Tenants, Id::Services, Id::Days})
        page.table(ReportTable::make(report, id, topN));
    page.finishPage();
    return page.page();
}

} // namespace

QString ReportPdf::fontFamily()
{
    QStringList candidates{QGuiApplication::font().family()};
    candidates << QStringLiteral("Segoe UI") << QStringLiteral("Arial")
               << QStringLiteral("Noto Sans") << QStringLiteral("DejaVu Sans")
               << QStringLiteral("Liberation Sans");
    for (const QString &family : std::as_const(candidates)) {
        if (QFontDatabase::writingSystems(family).contains(QFontDatabase::Vietnamese))
            return family;
    }
    const QStringList any = QFontDatabase::families(QFontDatabase::Vietnamese);
    return any.isEmpty() ? QGuiApplication::font().family() : any.first();
}

bool ReportPdf::write(const TrafficReport &report, const QString &instances, int topN,
                      const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    writer.setTitle(tr("Transactions report: %1, %2").arg(instances, report.period().title()));
    writer.setCreator(QStringLiteral("LGSP Console " LGSP_VERSION_STRING));
    const int pages = render(&writer, nullptr, report, instances, topN, 0);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    render(&writer, &painter, report, instances, topN, pages);
    painter.end();
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    qCInfo(lcModels) << "report PDF of" << pages << "pages written";
    return true;
}

} // namespace lgsp::models
