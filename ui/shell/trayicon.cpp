#include "ui/shell/trayicon.h"

#include "ui/logging.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace lgsp::ui {

namespace {

QIcon iconFor(models::AlertMonitor::Level level)
{
    QPixmap pixmap = QIcon(QStringLiteral(":/icons/lgsp-console.svg")).pixmap(64, 64);
    if (level == models::AlertMonitor::Level::None)
        return QIcon(pixmap);
    // A dot in the corner: amber for warnings, red for critical alerts.
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 4));
    painter.setBrush(level == models::AlertMonitor::Level::Critical ? QColor(0xc6, 0x28, 0x28)
                                                                    : QColor(0xef, 0x8f, 0x00));
    painter.drawEllipse(QRectF(30, 30, 32, 32));
    return QIcon(pixmap);
}

} // namespace

TrayIcon::TrayIcon(models::AlertMonitor *alerts, QObject *parent)
    : QObject(parent)
    , m_alerts(alerts)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcUi) << "no system tray on this desktop: alerts are shown in the window only";
        return;
    }
    m_tray = new QSystemTrayIcon(this);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayIcon::activated);
    connect(m_alerts, &models::AlertMonitor::worstChanged, this, &TrayIcon::update);
    connect(m_alerts, &models::AlertMonitor::raised, this,
            [this](const models::AlertMonitor::Alert &alert) {
                update();
                if (!QSystemTrayIcon::supportsMessages())
                    return;
                m_tray->showMessage(
                    QStringLiteral("%1 — %2").arg(alert.instanceName,
                                                  models::AlertRules::title(alert.condition.kind)),
                    alert.condition.detail,
                    alert.condition.severity == models::AlertCondition::Severity::Critical
                        ? QSystemTrayIcon::Critical
                        : QSystemTrayIcon::Warning);
            });
    connect(m_alerts, &models::AlertMonitor::cleared, this,
            [this](const models::AlertMonitor::Alert &alert) {
                update();
                if (QSystemTrayIcon::supportsMessages())
                    m_tray->showMessage(
                        QStringLiteral("%1 — %2").arg(
                            alert.instanceName, models::AlertRules::title(alert.condition.kind)),
                        tr("Back to normal."), QSystemTrayIcon::Information);
            });
    update();
    m_tray->show();
}

bool TrayIcon::isShown() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::update()
{
    if (!m_tray)
        return;
    m_tray->setIcon(iconFor(m_alerts->worst()));
    const int count = m_alerts->rowCount();
    m_tray->setToolTip(count == 0 ? tr("LGSP Console — no alert")
                                  : tr("LGSP Console — %n alert(s)", nullptr, count));
}

} // namespace lgsp::ui
