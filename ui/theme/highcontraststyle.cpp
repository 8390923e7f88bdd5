#include "ui/theme/highcontraststyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace lgsp::ui {

namespace {

void outline(QPainter *painter, const QStyleOption *option, QRect rect)
{
    const bool focus = option->state & QStyle::State_HasFocus;
    const bool enabled = option->state & QStyle::State_Enabled;
    const QColor colour =
        focus ? option->palette.color(QPalette::Highlight)
              : option->palette.color(enabled ? QPalette::Active : QPalette::Disabled,
                                      QPalette::WindowText);
    const int width = focus ? 2 : 1;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    rect.adjust(width / 2, width / 2, -(width + 1) / 2, -(width + 1) / 2);
    painter->drawRect(rect);
    painter->restore();
}

} // namespace

HighContrastStyle::HighContrastStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("fusion")))
{
    setObjectName(QStringLiteral("lgsp-high-contrast"));
}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                      QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_FrameLineEdit:
    case PE_PanelButtonCommand:
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
        outline(painter, option, option->rect);
        break;
    case PE_FrameFocusRect: {
        // Items of lists and trees: a ring, not Fusion's faint dotted line.
        QStyleOption focus(*option);
        focus.state |= State_HasFocus;
        outline(painter, &focus, option->rect);
        break;
    }
    default:
        break;
    }
}

void HighContrastStyle::drawComplexControl(ComplexControl control,
                                           const QStyleOptionComplex *option, QPainter *painter,
                                           const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_ComboBox || control == CC_SpinBox)
        outline(painter, option, option->rect);
}

} // namespace lgsp::ui
