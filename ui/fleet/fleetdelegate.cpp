#include "ui/fleet/fleetdelegate.h"

#include "models/common/roles.h"
#include "models/fleet/fleetmodel.h"
#include "ui/theme/statusmark.h"
#include "ui/theme/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace lgsp::ui {

int FleetDelegate::statusIndent(const QFontMetrics &metrics)
{
    return metrics.height() * 2 / 3 + 8; // the light and the space around it
}

void FleetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    if (index.column() == models::FleetModel::StatusColumn) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // Room for the light before the text.
        const int light = opt.fontMetrics.height() * 2 / 3;
        const QRect rect = opt.rect;
        opt.rect.adjust(statusIndent(opt.fontMetrics), 0, 0, 0);
        QStyledItemDelegate::paint(painter, opt, index);
        statusmark::paint(painter,
                          QRectF(rect.left() + 4, rect.center().y() - light / 2, light, light),
                          index.data(models::StatusRole).toString());
        return;
    }
    const QVariant spark = index.data(models::FleetModel::SparklineRole);
    if (index.column() != models::FleetModel::TrafficColumn || !spark.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The number on the right, the last minutes as a small line on its left.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyledItemDelegate::paint(painter, opt, index);
    const QList<qint64> values = spark.value<QList<qint64>>();
    if (values.size() < 2)
        return;
    const int textWidth = opt.fontMetrics.horizontalAdvance(opt.text) + 10;
    const QRect area = opt.rect.adjusted(4, 5, -textWidth, -5);
    if (area.width() < 20)
        return;
    const qint64 peak = std::max<qint64>(1, *std::max_element(values.cbegin(), values.cend()));
    QPainterPath path;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double x = area.left() + double(area.width()) * double(i) / double(values.size() - 1);
        const double y =
            area.bottom() - double(area.height()) * double(values.at(i)) / double(peak);
        if (i == 0)
            path.moveTo(x, y);
        else
            path.lineTo(x, y);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(QPen(selected ? opt.palette.highlightedText().color()
                                  : Theme::instance()->color(Theme::Colour::Accent),
                         1.5));
    painter->drawPath(path);
    painter->restore();
}

QSize FleetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == models::FleetModel::TrafficColumn)
        size.setWidth(size.width() + 44);
    if (index.column() == models::FleetModel::StatusColumn)
        size.setWidth(size.width() + statusIndent(option.fontMetrics));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace lgsp::ui
