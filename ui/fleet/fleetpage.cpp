#include "ui/fleet/fleetpage.h"

#include "ui/common/emptystate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lgsp::ui {

namespace {
constexpr int kOkRole = Qt::UserRole + 1;

QIcon statusIcon(bool ok)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ok ? QColor(0x16, 0xa3, 0x4a) : QColor(0xdc, 0x26, 0x26));
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}
} // namespace

FleetPage::FleetPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_table(new QTreeWidget(this))
{
    m_empty->setIcon(QStringLiteral(":/icons/fleet.svg"));
    connect(m_empty, &EmptyState::actionTriggered, this, &FleetPage::demoRequested);
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(true);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    retranslate();
}

QTreeWidgetItem *FleetPage::rowFor(const QUrl &url)
{
    const QString address = url.toString();
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        if (m_table->topLevelItem(i)->text(AddressColumn) == address)
            return m_table->topLevelItem(i);
    }
    auto *item = new QTreeWidgetItem(m_table);
    item->setText(AddressColumn, address);
    return item;
}

void FleetPage::setInstanceConnected(const QUrl &url, const protocol::InstanceInfo &info)
{
    QTreeWidgetItem *item = rowFor(url);
    item->setData(StatusColumn, kOkRole, true);
    item->setIcon(StatusColumn, statusIcon(true));
    item->setText(NameColumn, info.name);
    item->setText(OperatorColumn, info.operatorName);
    item->setText(VersionColumn, tr("%1 (API %2)").arg(info.version, info.apiVersion));
    item->setText(CheckedColumn,
                  QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat));
    item->setToolTip(StatusColumn, QString());
    m_starting = false;
    retranslate();
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_table->resizeColumnToContents(c);
}

void FleetPage::setInstanceFailed(const QUrl &url, const QString &message)
{
    QTreeWidgetItem *item = rowFor(url);
    item->setData(StatusColumn, kOkRole, false);
    item->setIcon(StatusColumn, statusIcon(false));
    item->setToolTip(StatusColumn, message);
    item->setText(CheckedColumn,
                  QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat));
    retranslate();
}

void FleetPage::setStarting(bool starting)
{
    m_starting = starting;
    updateEmptyState();
}

int FleetPage::instanceCount() const
{
    return m_table->topLevelItemCount();
}

void FleetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FleetPage::retranslate()
{
    m_table->setHeaderLabels({tr("Status"), tr("Instance"), tr("Operator"), tr("Address"),
                              tr("Server version"), tr("Checked at")});
    m_table->setAccessibleName(tr("Connected LGSP instances"));
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        item->setText(StatusColumn, item->data(StatusColumn, kOkRole).toBool() ? tr("Connected")
                                                                               : tr("Unreachable"));
    }
    updateEmptyState();
}

void FleetPage::updateEmptyState()
{
    if (m_starting) {
        m_empty->setTitle(tr("Starting the local sandbox…"));
        m_empty->setText(tr("A small LGSP instance with demonstration data is starting on "
                            "this computer. The console connects to it as soon as it is "
                            "ready."));
        m_empty->setActionText(QString());
    } else {
        m_empty->setTitle(tr("No LGSP instance connected"));
        m_empty->setText(tr("The fleet overview shows every connected LGSP instance at a "
                            "glance: its status, version, certificate, link to NDXP and "
                            "traffic. Add an instance, or try a local sandbox that runs on "
                            "this computer."));
        m_empty->setActionText(tr("Try the local sandbox"));
    }
    m_stack->setCurrentWidget(m_table->topLevelItemCount() > 0 ? static_cast<QWidget *>(m_table)
                                                               : m_empty);
}

} // namespace lgsp::ui
