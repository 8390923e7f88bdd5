#include "ui/theme/statusmarkdelegate.h"

#include "models/common/roles.h"
#include "ui/theme/statusmark.h"
#include "ui/theme/theme.h"

#include <QPixmap>

namespace lgsp::ui {

void StatusMarkDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant status = index.data(models::StatusRole);
    if (status.isValid()) {
        const int size = option->fontMetrics.height() * 2 / 3;
        option->icon = statusmark::icon(status.toString(), size); // empty: a blank icon
        option->decorationSize = QSize(size, size);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
    const QString tone = index.data(models::ToneRole).toString();
    if (!tone.isEmpty()) {
        const Theme *theme = Theme::instance();
        const QColor colour = theme->color(
            tone == QLatin1String("error") ? Theme::Colour::ErrorText : Theme::Colour::WarningText);
        option->palette.setColor(QPalette::Text, colour);
    }
}

} // namespace lgsp::ui
