#pragma once

#include <QLabel>
#include <QTimer>

namespace lgsp::client {
class Fleet;
}

namespace lgsp::ui {

// The status bar's word on stale instances: those whose last poll finished longer ago than
// the fleet's rule allows (models::Freshness::isPollStale), by name — "⚠ Stale: LGSP Hà Nội,
// Sở TTTT Hậu Giang" — with every one and its age in the tooltip. Hidden when none is.
class StaleStatus final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaleStatus)

public:
    explicit StaleStatus(client::Fleet *fleet, QWidget *parent = nullptr);

    // The names of the stale instances now, in the fleet's order.
    QStringList staleInstances() const;
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    client::Fleet *m_fleet;
    QTimer m_tick;
};

} // namespace lgsp::ui
