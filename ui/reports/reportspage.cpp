#include "ui/reports/reportspage.h"

#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/reports/reporttablemodel.h"
#include "models/reports/reporttables.h"
#include "models/reports/trafficreport.h"
#include "ui/common/emptystate.h"
#include "ui/common/messages.h"
#include "ui/common/noticebar.h"
#include "ui/reports/reportchartview.h"
#include "ui/reports/reportperiodpicker.h"
#include "ui/theme/theme.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace lgsp::ui {

namespace {

using Format = models::ReportExport::Format;
using Id = models::ReportTable::Id;

// The tabs, in the order a ministry's report reads.
constexpr Id kTabs[] = {Id::TopMinistries, Id::TopProvinces, Id::Tenants, Id::Services, Id::Days};
constexpr int kFigures = 5;

} // namespace

ReportsPage::ReportsPage(client::Fleet *fleet, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_building(new models::TrafficReport(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_content(new QWidget(this))
    , m_period(new ReportPeriodPicker(m_content))
    , m_scopeLabel(new QLabel(m_content))
    , m_scope(new QComboBox(m_content))
    , m_topLabel(new QLabel(m_content))
    , m_top(new QComboBox(m_content))
    , m_make(new QPushButton(m_content))
    , m_export(new QPushButton(m_content))
    , m_progress(new QProgressBar(m_content))
    , m_cancel(new QPushButton(m_content))
    , m_notice(new NoticeBar(m_content))
    , m_title(new QLabel(m_content))
    , m_hint(new QLabel(m_content))
    , m_figures(new QWidget(m_content))
    , m_summary(new QLabel(m_content))
    , m_chart(new ReportChartView(m_content))
    , m_tabs(new QTabWidget(m_content))
{
    m_empty->setIcon(QStringLiteral(":/icons/reports.svg"));
    m_scopeLabel->setBuddy(m_scope);
    m_topLabel->setBuddy(m_top);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const int n : {3, 5, 10, 20, 50})
        m_top->addItem(QLocale().toString(n), n);
    m_top->setCurrentIndex(1);
    m_make->setDefault(true);
    auto *exportMenu = new QMenu(m_export);
    for (const Format format : {Format::Xlsx, Format::Pdf, Format::Csv})
        exportMenu->addAction(QString(), this, [this, format] { exportWithDialog(format); });
    m_export->setMenu(exportMenu);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel->hide();
    m_notice->hide();

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_hint->setWordWrap(true);
    Theme::setTone(m_hint, Theme::Tone::Muted);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    // The key figures: a title and a large value each.
    auto *figures = new QHBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kFigures; ++i) {
        auto *tile = new QFrame(m_figures);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *tileLayout = new QVBoxLayout(tile);
        auto *title = new QLabel(tile);
        Theme::setTone(title, Theme::Tone::Muted);
        auto *value = new QLabel(tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.5);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tileLayout->addWidget(title);
        tileLayout->addWidget(value);
        figures->addWidget(tile, 1);
        m_figureTitles << title;
        m_figureValues << value;
    }

    for (const Id id : kTabs) {
        Q_UNUSED(id)
        auto *model = new models::ReportTableModel(this);
        auto *view = new QTableView(m_tabs);
        view->setModel(model);
        view->setSortingEnabled(true);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setSortIndicatorShown(true);
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->horizontalHeader()->setStretchLastSection(true);
        m_tabs->addTab(view, QString());
        m_models << model;
    }

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_period);
    controls->addSpacing(12);
    controls->addWidget(m_scopeLabel);
    controls->addWidget(m_scope);
    controls->addSpacing(12);
    controls->addWidget(m_topLabel);
    controls->addWidget(m_top);
    controls->addStretch(1);
    controls->addWidget(m_make);
    controls->addWidget(m_export);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_hint);
    bodyLayout->addWidget(m_figures);
    bodyLayout->addWidget(m_summary);
    bodyLayout->addWidget(m_chart);
    bodyLayout->addWidget(m_tabs, 1);
    m_tabs->setMinimumHeight(fontMetrics().height() * 18);
    auto *scroll = new QScrollArea(m_content);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *content = new QVBoxLayout(m_content);
    content->addLayout(controls);
    content->addLayout(progress);
    content->addWidget(m_notice);
    content->addWidget(scroll, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_empty, &EmptyState::actionTriggered, this, &ReportsPage::demoRequested);
    connect(m_make, &QPushButton::clicked, this, &ReportsPage::makeReport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_top, &QComboBox::currentIndexChanged, this, &ReportsPage::showReport);
    watch(m_building);
    connect(m_fleet, &client::Fleet::instanceAdded, this, &ReportsPage::updateScopes);
    connect(m_fleet, &client::Fleet::instanceRemoved, this, &ReportsPage::updateScopes);
    connect(m_fleet, &client::Fleet::instanceUpdated, this, [this] {
        if (m_scope->count() <= 1)
            updateScopes();
        makeFirstReport();
    });
    retranslate();
    updateScopes();
}

ReportsPage::~ReportsPage() = default;

QTableView *ReportsPage::tableView(int tab) const
{
    return qobject_cast<QTableView *>(m_tabs->widget(tab));
}

const models::TrafficReport *ReportsPage::report() const
{
    return m_shown;
}

QString ReportsPage::summaryText() const
{
    return m_summary->text();
}

int ReportsPage::topCount() const
{
    return m_top->currentData().toInt();
}

bool ReportsPage::isBusy() const
{
    return m_building->isBusy();
}

void ReportsPage::makeReport()
{
    if (m_building->isBusy())
        return;
    const QString scope = m_scope->currentData().toString();
    QList<models::TrafficReport::Source> sources;
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        client::Connection *connection = m_fleet->connection(id);
        if (!instance || !connection)
            continue;
        const bool chosen = scope == QLatin1String("all") ||
                            scope == QStringLiteral("group:") + instance->profile.group ||
                            scope == QStringLiteral("id:") + id.toString(QUuid::WithoutBraces);
        if (chosen)
            sources.append(
                {instance->profile.name, connection->backend(), connection->metricSource()});
    }
    if (sources.isEmpty())
        return;
    m_notice->hide();
    m_building->build(sources, m_period->period(), m_zone);
    updateState();
}

void ReportsPage::watch(models::TrafficReport *report)
{
    connect(report, &models::TrafficReport::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(report, &models::TrafficReport::finished, this, &ReportsPage::finished);
}

void ReportsPage::cancel()
{
    m_building->cancel();
}

void ReportsPage::finished(bool ok)
{
    if (ok) {
        // The new report is shown; the one shown before is built into next time.
        std::swap(m_building, m_shown);
        if (!m_building) {
            m_building = new models::TrafficReport(this);
        }
        disconnect(m_shown, nullptr, this, nullptr);
        watch(m_building);
        m_shownTitle = scopeTitle();
        showReport();
    } else {
        m_notice->showNotice(NoticeBar::Kind::Error,
                             tr("The report could not be made: %1").arg(m_building->error()));
    }
    updateState();
    Q_EMIT reportFinished(ok);
}

void ReportsPage::showReport()
{
    m_chart->setReport(m_shown);
    m_export->setEnabled(m_shown != nullptr && !m_building->isBusy());
    if (!m_shown) {
        m_title->setText(tr("Transactions report"));
        m_hint->setText(tr("Choose the period and the instances, then Make report. The figures "
                           "come from each instance's hourly traffic, grouped into the days "
                           "of this computer's time zone."));
        m_hint->show();
        m_figures->hide();
        m_summary->hide();
        m_chart->hide();
        for (models::ReportTableModel *model : std::as_const(m_models))
            model->setTable({});
        return;
    }
    m_hint->hide();
    m_figures->show();
    m_summary->show();
    m_chart->show();
    const QLocale locale;
    m_title->setText(
        tr("Transactions report: %1, %2").arg(m_shownTitle, m_shown->period().title()));
    const models::TrafficReport::Figures all = m_shown->total();
    const models::TrafficReport::Figures before = m_shown->previousTotal();
    using Cell = models::ReportTable::Cell;
    const QStringList titles{tr("Transactions"), tr("Errors"), tr("Success rate"), tr("p95"),
                             tr("On the period before")};
    const QStringList values{
        locale.toString(all.calls), locale.toString(all.errors),
        all.calls > 0 ? models::ReportTable::text(all.successRate(), Cell::Percent) : tr("none"),
        all.hasLatency() ? tr("%1 ms").arg(locale.toString(std::llround(all.p95()))) : tr("none"),
        m_shown->previousComplete() && before.calls > 0
            ? models::ReportTable::text(double(all.calls) / double(before.calls) - 1, Cell::Percent)
            : tr("not known")};
    for (int i = 0; i < kFigures; ++i) {
        m_figureTitles.at(i)->setText(titles.at(i));
        m_figureValues.at(i)->setText(values.at(i));
        m_figureValues.at(i)->setAccessibleName(titles.at(i));
    }
    if (!m_shown->previousComplete())
        m_figureValues.last()->setToolTip(
            tr("The sources do not hold every day of the period before."));
    else
        m_figureValues.last()->setToolTip(QString());
    m_summary->setText(m_shown->summary());
    for (int i = 0; i < m_models.size(); ++i) {
        m_models.at(i)->setTable(models::ReportTable::make(*m_shown, kTabs[i], topCount()));
        tableView(i)->resizeColumnsToContents();
    }
    const qsizetype missing = m_shown->missingDays().size();
    if (missing > 0 && !m_building->isBusy())
        m_notice->showNotice(NoticeBar::Kind::Warning,
                             tr("The sources hold nothing for %n day(s) of the period: they are "
                                "marked in the chart and the days' table, and not counted.",
                                nullptr, int(missing)));
}

bool ReportsPage::exportTo(Format format, const QString &path, QString *error) const
{
    if (!m_shown) {
        *error = tr("Make a report first.");
        return false;
    }
    return models::ReportExport::write(*m_shown, m_shownTitle, topCount(), format, path, error);
}

void ReportsPage::exportWithDialog(Format format)
{
    if (!m_shown)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the report"),
        QDir(folder).filePath(models::ReportExport::suggestedFileName(*m_shown, format)),
        models::ReportExport::filter(format));
    QString error;
    if (!path.isEmpty() && !exportTo(format, path, &error))
        messages::warn(this, tr("Save the report"), error);
}

QString ReportsPage::scopeTitle() const
{
    const QString scope = m_scope->currentData().toString();
    if (scope.startsWith(QLatin1String("id:")) || scope.startsWith(QLatin1String("group:")))
        return m_scope->currentText();
    const QList<QUuid> ids = m_fleet->ids();
    if (ids.size() == 1 && m_fleet->instance(ids.first()))
        return m_fleet->instance(ids.first())->profile.name;
    return tr("all %n instances", nullptr, int(ids.size()));
}

void ReportsPage::updateScopes()
{
    const QString current = m_scope->currentData().toString();
    m_scope->clear();
    const QList<QUuid> ids = m_fleet->ids();
    m_scope->addItem(tr("All instances (%1)").arg(ids.size()), QStringLiteral("all"));
    QStringList groups;
    for (const QUuid &id : ids) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (instance && !instance->profile.group.isEmpty() &&
            !groups.contains(instance->profile.group))
            groups << instance->profile.group;
    }
    for (const QString &group : std::as_const(groups))
        m_scope->addItem(tr("Group: %1").arg(group), QString(QStringLiteral("group:") + group));
    for (const QUuid &id : ids) {
        if (const client::Fleet::Instance *instance = m_fleet->instance(id))
            m_scope->addItem(instance->profile.name,
                             QString(QStringLiteral("id:") + id.toString(QUuid::WithoutBraces)));
    }
    const int again = m_scope->findData(current);
    m_scope->setCurrentIndex(again >= 0 ? again : 0);
    updateState();
}

void ReportsPage::updateState()
{
    const bool busy = m_building->isBusy();
    m_stack->setCurrentWidget(m_fleet->ids().isEmpty() && !m_shown ? static_cast<QWidget *>(m_empty)
                                                                   : m_content);
    m_make->setEnabled(!busy && !m_fleet->ids().isEmpty());
    m_export->setEnabled(!busy && m_shown);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Reading the traffic of %1… %p%").arg(scopeTitle()));
    }
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    makeFirstReport();
}

void ReportsPage::makeFirstReport()
{
    // The first time the page is seen with an instance that answers, last month's report of
    // every instance: what an officer opens it for.
    if (m_shownOnce || !isVisible() || m_building->isBusy())
        return;
    for (const QUuid &id : m_fleet->ids()) {
        const client::Fleet::Instance *instance = m_fleet->instance(id);
        if (instance && instance->polls > 0 &&
            instance->lastReport.overall() != client::ProbeCheck::Status::Fail) {
            m_shownOnce = true;
            makeReport();
            return;
        }
    }
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::retranslate()
{
    m_scopeLabel->setText(tr("&Instances:"));
    m_topLabel->setText(tr("&Top:"));
    m_top->setToolTip(tr("How many ministries and provinces the rankings show"));
    m_top->setAccessibleName(tr("Top"));
    m_scope->setAccessibleName(tr("Instances"));
    m_make->setText(tr("&Make report"));
    m_export->setText(tr("E&xport"));
    const QList<QAction *> actions = m_export->menu()->actions();
    actions.at(0)->setText(tr("Excel workbook (.xlsx)…"));
    actions.at(1)->setText(tr("PDF document (.pdf)…"));
    actions.at(2)->setText(tr("CSV of the tenants (.csv)…"));
    m_cancel->setText(tr("Cancel"));
    m_summary->setAccessibleName(tr("Summary"));
    m_chart->setAccessibleName(tr("Transactions and errors a day"));
    m_tabs->setTabText(0, tr("Top ministries"));
    m_tabs->setTabText(1, tr("Top provinces"));
    m_tabs->setTabText(2, tr("Tenants"));
    m_tabs->setTabText(3, tr("Services"));
    m_tabs->setTabText(4, tr("Days"));
    for (int i = 0; i < m_tabs->count(); ++i)
        tableView(i)->setAccessibleName(m_tabs->tabText(i));
    m_empty->setTitle(tr("No reports yet"));
    m_empty->setText(
        tr("This page compiles the transactions of your instances over a month, a quarter or a "
           "year: per ministry, province and service, the top five, the success rate and the "
           "change on the period before, ready to send as Excel, PDF or CSV. Connect to an "
           "instance, or try the local sandbox, to get started."));
    m_empty->setActionText(tr("Try the local sandbox"));
    updateScopes();
    showReport();
}

} // namespace lgsp::ui
