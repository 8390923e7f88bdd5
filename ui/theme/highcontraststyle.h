#pragma once

#include <QProxyStyle>

namespace lgsp::ui {

// Fusion for the high-contrast scheme. Fusion shades its frames from the window colour, so on
// black every field, combo box, check box and button lost its outline; this style draws
// them in the text colour, and the keyboard focus as a thick ring in the selection colour,
// as the high-contrast themes of Windows and GNOME do.
class HighContrastStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    HighContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
};

} // namespace lgsp::ui
