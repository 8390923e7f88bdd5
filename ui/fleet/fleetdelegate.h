#pragma once

#include <QStyledItemDelegate>

class QFontMetrics;

namespace lgsp::ui {

// Paints the fleet overview's status mark (from StatusRole, ui/theme/statusmark.h) and the traffic
// sparkline (from FleetModel::SparklineRole); everything else is drawn as usual.
class FleetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Where the status text starts: after the coloured light.
    static int statusIndent(const QFontMetrics &metrics);
};

} // namespace lgsp::ui
