#pragma once

#include <QStyledItemDelegate>

namespace lgsp::ui {

// For tables whose models say a cell's status by name (models::StatusRole) or its tone
// (models::ToneRole) instead of by colour: draws the status as a mark of its shape and
// colour (ui/theme/statusmark.h) before the text, and toned text in the theme's colour, so
// both follow the theme. A StatusRole that is present but empty keeps the room of a mark,
// for names to line up. Cells with neither role are drawn as usual.
class StatusMarkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusMarkDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace lgsp::ui
