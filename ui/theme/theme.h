#pragma once

#include <QColor>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace lgsp::ui {

// The console's colours. The user chooses System, Light, Dark or High contrast; the
// application palette (and, for Dark and High contrast, the Fusion style, the one style
// that paints every part from the palette on every platform) follows, and every colour
// the console paints itself — problem text, notices, the sidebar, status lights, chart
// lines, diff shading — comes from the scheme in force through color(), never from a
// literal in a widget. System follows the desktop: Qt 6.5+ reports its colour scheme (and
// 6.10+ a high-contrast preference) and the console follows changes live; on Qt 6.4 the
// platform palette is kept and its lightness tells light from dark.
class Theme final : public QObject
{
    Q_OBJECT

public:
    enum class Choice { System, Light, Dark, HighContrast };
    Q_ENUM(Choice)
    enum class Scheme { Light, Dark, HighContrast };
    Q_ENUM(Scheme)

    enum class Colour {
        ErrorText,
        WarningText,
        OkText,
        MutedText,
        StaleText,
        NoteText,
        NoteBackground,
        NoteBorder,
        NoticeText,
        ErrorBackground,
        ErrorBorder,
        WarningBackground,
        WarningBorder,
        InfoBackground,
        InfoBorder,
        StatusOk,
        StatusWarning,
        StatusFailed,
        StatusUnknown,
        Accent,
        SidebarBackground,
        SidebarText,
        SidebarHover,
        SidebarSelected,
        SidebarSelectedText,
        DiffChanged,
        DiffRemoved,
        DiffAdded,
        DiffFiller,
        SyntaxKey,
        SyntaxString,
        SyntaxNumber,
        SyntaxComment,
        ChartBackground,
        ChartText,
        ChartGrid,
    };
    Q_ENUM(Colour)

    // Text shades a label can take; re-applied to every such label when the theme changes.
    enum class Tone { Normal, Error, Warning, Ok, Muted, Stale };

    static Theme *instance();

    Choice choice() const { return m_choice; }
    Scheme scheme() const { return m_scheme; }
    void setChoice(Choice choice);

    QColor color(Colour role) const;
    // Distinct line colours for scopes on a chart, and for error codes.
    QList<QColor> seriesColours() const;
    QList<QColor> codeColours() const;
    // The palette of a scheme the console draws itself (Dark, High contrast, Light).
    static QPalette palette(Scheme scheme);
    static QColor color(Scheme scheme, Colour role);

    static QString choiceName(Choice choice);
    static std::optional<Choice> choiceFromName(const QString &name);

    // Gives a label (or any widget with text) a tone that follows theme changes.
    static void setTone(QWidget *widget, Tone tone);
    // WCAG 2 contrast ratio of two opaque colours, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

Q_SIGNALS:
    // After the palette has been applied: re-read color() and restyle.
    void changed();

private:
    Theme();
    void apply();
    Scheme systemScheme() const;
    static void applyTone(QWidget *widget);

    Choice m_choice = Choice::System;
    Scheme m_scheme = Scheme::Light;
    QPalette m_systemPalette;
    QString m_systemStyle;
    bool m_captured = false;
};

} // namespace lgsp::ui
