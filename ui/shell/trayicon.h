#pragma once

#include "models/alerts/alertmonitor.h"

#include <QObject>

class QSystemTrayIcon;

namespace lgsp::ui {

// The console in the system tray, where the desktop has one: its colour is the worst alert
// (none, warning, critical), its tooltip counts them, and each alert that starts or ends is a
// desktop notification. Where there is no tray nothing is shown and nothing fails: the
// alert list in the window says the same.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(models::AlertMonitor *alerts, QObject *parent = nullptr);
    bool isShown() const;

Q_SIGNALS:
    void activated();

private:
    void update();

    models::AlertMonitor *m_alerts;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace lgsp::ui
