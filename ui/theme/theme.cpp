#include "ui/theme/theme.h"

#include "ui/logging.h"
#include "ui/theme/highcontraststyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleHints>
#include <QWidget>

#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
#include <QAccessibilityHints>
#endif

#include <cmath>

namespace lgsp::ui {

namespace {

constexpr char kToneProperty[] = "lgspTone";

using C = Theme::Colour;

// One row per colour: light, dark, high contrast. Text colours keep a WCAG contrast of at
// least 4.5:1 on their background (7:1 in high contrast); tst_theme checks every pair.
struct Row
{
    C role;
    const char *light;
    const char *dark;
    const char *high;
};

constexpr Row kColours[] = {
    {C::ErrorText, "#b91c1c", "#ff8a80", "#ff7070"},
    {C::WarningText, "#8a4b00", "#ffb74d", "#ffff00"},
    {C::OkText, "#166534", "#81c784", "#3ff23f"},
    {C::MutedText, "#475569", "#a0aec0", "#ffffff"},
    {C::StaleText, "#8a4b00", "#ffb74d", "#ffff00"},
    {C::NoteText, "#12355b", "#cfe3ff", "#ffffff"},
    {C::NoteBackground, "#e8f1fb", "#1b2a3d", "#000000"},
    {C::NoteBorder, "#b6d0ee", "#2f4a6b", "#ffffff"},
    {C::NoticeText, "#202020", "#ececec", "#ffffff"},
    {C::ErrorBackground, "#fdecea", "#3d1f1f", "#000000"},
    {C::ErrorBorder, "#e6a29b", "#8c3b3b", "#ff7070"},
    {C::WarningBackground, "#fff4e0", "#3a2e14", "#000000"},
    {C::WarningBorder, "#e8c07a", "#8a6a1f", "#ffff00"},
    {C::InfoBackground, "#e8f1fb", "#1b2a3d", "#000000"},
    {C::InfoBorder, "#9cc0e6", "#2f4a6b", "#1aebff"},
    {C::StatusOk, "#16a34a", "#22c55e", "#3ff23f"},
    {C::StatusWarning, "#b45309", "#f59e0b", "#ffff00"},
    {C::StatusFailed, "#dc2626", "#f87171", "#ff5050"},
    {C::StatusUnknown, "#64748b", "#94a3b8", "#c0c0c0"},
    {C::Accent, "#2563eb", "#60a5fa", "#1aebff"},
    {C::SidebarBackground, "#0f172a", "#0b1120", "#000000"},
    {C::SidebarText, "#cbd5e1", "#cbd5e1", "#ffffff"},
    {C::SidebarHover, "#1e293b", "#1e293b", "#303030"},
    {C::SidebarSelected, "#1d4ed8", "#1d4ed8", "#1aebff"},
    {C::SidebarSelectedText, "#ffffff", "#ffffff", "#000000"},
    {C::DiffChanged, "#40d97706", "#59d97706", "#a0b8860b"},
    {C::DiffRemoved, "#40dc2626", "#59dc2626", "#a0b00020"},
    {C::DiffAdded, "#4016a34a", "#5916a34a", "#a0008000"},
    {C::DiffFiller, "#30808080", "#30808080", "#60808080"},
    {C::SyntaxKey, "#1d4ed8", "#93c5fd", "#1aebff"},
    {C::SyntaxString, "#15803d", "#86efac", "#3ff23f"},
    {C::SyntaxNumber, "#b45309", "#fdba74", "#ffff00"},
    {C::SyntaxComment, "#6b7280", "#9ca3af", "#c0c0c0"},
    {C::ChartBackground, "#ffffff", "#17181a", "#000000"},
    {C::ChartText, "#1f2937", "#e6e6e6", "#ffffff"},
    {C::ChartGrid, "#e5e7eb", "#33363b", "#808080"},
};

const char *const kSeries[3][8] = {
    {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"},
    {"#60a5fa", "#fb923c", "#4ade80", "#c084fc", "#d6a88f", "#f472b6", "#22d3ee", "#cbd5e1"},
    {"#ffff00", "#1aebff", "#3ff23f", "#ff80ff", "#ffffff", "#ffa040", "#80a0ff", "#ff8080"},
};

const char *const kCodes[3][6] = {
    {"#c62828", "#ef6c00", "#f9a825", "#8e24aa", "#ad1457", "#6d4c41"},
    {"#f87171", "#fb923c", "#facc15", "#c084fc", "#f472b6", "#d6a88f"},
    {"#ff5050", "#ffa040", "#ffff00", "#ff80ff", "#ff80c0", "#ffffff"},
};

QColor parse(const char *name)
{
    // QColor reads "#AARRGGBB" as alpha first.
    return QColor(QLatin1String(name));
}

} // namespace

Theme *Theme::instance()
{
    static Theme *theme = new Theme; // lives as long as the application
    return theme;
}

Theme::Theme()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_choice == Choice::System)
            apply();
    });
#endif
    m_scheme = systemScheme();
}

QColor Theme::color(Scheme scheme, Colour role)
{
    for (const Row &row : kColours) {
        if (row.role == role)
            return parse(scheme == Scheme::Light  ? row.light
                         : scheme == Scheme::Dark ? row.dark
                                                  : row.high);
    }
    return {};
}

QColor Theme::color(Colour role) const
{
    return color(m_scheme, role);
}

QList<QColor> Theme::seriesColours() const
{
    QList<QColor> colours;
    for (const char *name : kSeries[int(m_scheme)])
        colours << parse(name);
    return colours;
}

QList<QColor> Theme::codeColours() const
{
    QList<QColor> colours;
    for (const char *name : kCodes[int(m_scheme)])
        colours << parse(name);
    return colours;
}

QPalette Theme::palette(Scheme scheme)
{
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const char *active, const char *disabled) {
        p.setColor(QPalette::All, role, parse(active));
        p.setColor(QPalette::Disabled, role, parse(disabled));
    };
    switch (scheme) {
    case Scheme::Light:
        set(QPalette::Window, "#efefef", "#efefef");
        set(QPalette::WindowText, "#111111", "#8c8c8c");
        set(QPalette::Base, "#ffffff", "#efefef");
        set(QPalette::AlternateBase, "#f5f7fa", "#f5f7fa");
        set(QPalette::Text, "#111111", "#8c8c8c");
        set(QPalette::Button, "#efefef", "#efefef");
        set(QPalette::ButtonText, "#111111", "#8c8c8c");
        set(QPalette::BrightText, "#ffffff", "#ffffff");
        set(QPalette::Highlight, "#2f65ca", "#c0c0c0");
        set(QPalette::HighlightedText, "#ffffff", "#ffffff");
        set(QPalette::Link, "#1d4ed8", "#8c8c8c");
        set(QPalette::LinkVisited, "#6d28d9", "#8c8c8c");
        set(QPalette::ToolTipBase, "#ffffdc", "#ffffdc");
        set(QPalette::ToolTipText, "#111111", "#111111");
        set(QPalette::PlaceholderText, "#6b7280", "#8c8c8c");
        set(QPalette::Light, "#ffffff", "#ffffff");
        set(QPalette::Midlight, "#e3e3e3", "#e3e3e3");
        set(QPalette::Mid, "#b8b8b8", "#b8b8b8");
        set(QPalette::Dark, "#9f9f9f", "#9f9f9f");
        set(QPalette::Shadow, "#767676", "#767676");
        break;
    case Scheme::Dark:
        set(QPalette::Window, "#1e1f22", "#1e1f22");
        set(QPalette::WindowText, "#e6e6e6", "#7a7a7a");
        set(QPalette::Base, "#17181a", "#1e1f22");
        set(QPalette::AlternateBase, "#222326", "#222326");
        set(QPalette::Text, "#e6e6e6", "#7a7a7a");
        set(QPalette::Button, "#2b2d30", "#26272a");
        set(QPalette::ButtonText, "#e6e6e6", "#7a7a7a");
        set(QPalette::BrightText, "#ffffff", "#ffffff");
        set(QPalette::Highlight, "#2f65ca", "#3a3c40");
        set(QPalette::HighlightedText, "#ffffff", "#b0b0b0");
        set(QPalette::Link, "#6ea8fe", "#7a7a7a");
        set(QPalette::LinkVisited, "#c4a7ff", "#7a7a7a");
        set(QPalette::ToolTipBase, "#2b2d30", "#2b2d30");
        set(QPalette::ToolTipText, "#e6e6e6", "#e6e6e6");
        set(QPalette::PlaceholderText, "#9aa0a6", "#6a6a6a");
        set(QPalette::Light, "#3c3f44", "#3c3f44");
        set(QPalette::Midlight, "#34363a", "#34363a");
        set(QPalette::Mid, "#2a2c2f", "#2a2c2f");
        set(QPalette::Dark, "#121314", "#121314");
        set(QPalette::Shadow, "#000000", "#000000");
        break;
    case Scheme::HighContrast:
        // After the high-contrast black theme of Windows: white on black, cyan selection,
        // yellow links; borders drawn white so every field and button is outlined.
        set(QPalette::Window, "#000000", "#000000");
        set(QPalette::WindowText, "#ffffff", "#a6a6a6");
        set(QPalette::Base, "#000000", "#000000");
        set(QPalette::AlternateBase, "#141414", "#141414");
        set(QPalette::Text, "#ffffff", "#a6a6a6");
        set(QPalette::Button, "#000000", "#000000");
        set(QPalette::ButtonText, "#ffffff", "#a6a6a6");
        set(QPalette::BrightText, "#ffffff", "#ffffff");
        set(QPalette::Highlight, "#1aebff", "#a6a6a6");
        set(QPalette::HighlightedText, "#000000", "#000000");
        set(QPalette::Link, "#ffff00", "#a6a6a6");
        set(QPalette::LinkVisited, "#ffff00", "#a6a6a6");
        set(QPalette::ToolTipBase, "#000000", "#000000");
        set(QPalette::ToolTipText, "#ffffff", "#ffffff");
        set(QPalette::PlaceholderText, "#c0c0c0", "#a6a6a6");
        set(QPalette::Light, "#ffffff", "#a6a6a6");
        set(QPalette::Midlight, "#ffffff", "#a6a6a6");
        set(QPalette::Mid, "#ffffff", "#a6a6a6");
        set(QPalette::Dark, "#ffffff", "#a6a6a6");
        set(QPalette::Shadow, "#ffffff", "#a6a6a6");
        break;
    }
    return p;
}

QString Theme::choiceName(Choice choice)
{
    switch (choice) {
    case Choice::System:
        return QStringLiteral("system");
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return {};
}

std::optional<Theme::Choice> Theme::choiceFromName(const QString &name)
{
    for (Choice c : {Choice::System, Choice::Light, Choice::Dark, Choice::HighContrast}) {
        if (choiceName(c) == name)
            return c;
    }
    return std::nullopt;
}

void Theme::setChoice(Choice choice)
{
    if (m_captured && choice == m_choice)
        return;
    m_choice = choice;
    apply();
}

Theme::Scheme Theme::systemScheme() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    if (QGuiApplication::styleHints()->accessibility()->contrastPreference() ==
        Qt::ContrastPreference::HighContrast)
        return Scheme::HighContrast;
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return Scheme::Dark;
    case Qt::ColorScheme::Light:
        return Scheme::Light;
    default:
        break;
    }
#endif
    // Qt 6.4, or a platform that does not say: the platform palette's lightness tells.
    const QPalette p = m_captured ? m_systemPalette : QGuiApplication::palette();
    return p.color(QPalette::Window).lightness() < 128 ? Scheme::Dark : Scheme::Light;
}

void Theme::apply()
{
    if (!m_captured) {
        m_systemPalette = QApplication::palette();
        m_systemStyle = QApplication::style()->name();
        m_captured = true;
    }
    const QString fusion = QStringLiteral("fusion");
    QString style = m_systemStyle;
    switch (m_choice) {
    case Choice::System:
        m_scheme = systemScheme();
        break;
    case Choice::Light:
        m_scheme = Scheme::Light;
        break;
    case Choice::Dark:
        m_scheme = Scheme::Dark;
        style = fusion;
        break;
    case Choice::HighContrast:
        m_scheme = Scheme::HighContrast;
        style = fusion;
        break;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Native parts (title bars, the Windows 11 style) follow a forced light or dark.
    QGuiApplication::styleHints()->setColorScheme(m_choice == Choice::Light ? Qt::ColorScheme::Light
                                                  : m_choice == Choice::System
                                                      ? Qt::ColorScheme::Unknown
                                                      : Qt::ColorScheme::Dark);
#endif
    const bool contrastStyle = qobject_cast<HighContrastStyle *>(QApplication::style());
    if (m_scheme == Scheme::HighContrast && m_choice == Choice::HighContrast) {
        if (!contrastStyle)
            QApplication::setStyle(new HighContrastStyle); // the application owns it
    } else if (contrastStyle ||
               QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(style);
    }
    // System: an empty palette resolves to the platform's, and keeps following it.
    QApplication::setPalette(m_choice == Choice::System ? QPalette() : palette(m_scheme));
    qCInfo(lcUi) << "theme" << choiceName(m_choice) << "scheme" << int(m_scheme) << "style"
                 << QApplication::style()->name();
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (widget->property(kToneProperty).isValid())
            applyTone(widget);
    }
    Q_EMIT changed();
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    widget->setProperty(kToneProperty, int(tone));
    applyTone(widget);
}

void Theme::applyTone(QWidget *widget)
{
    const auto tone = Tone(widget->property(kToneProperty).toInt());
    const Theme *theme = instance();
    QColor colour;
    switch (tone) {
    case Tone::Normal:
        widget->setStyleSheet(QString());
        return;
    case Tone::Error:
        colour = theme->color(Colour::ErrorText);
        break;
    case Tone::Warning:
        colour = theme->color(Colour::WarningText);
        break;
    case Tone::Ok:
        colour = theme->color(Colour::OkText);
        break;
    case Tone::Muted:
        colour = theme->color(Colour::MutedText);
        break;
    case Tone::Stale:
        colour = theme->color(Colour::StaleText);
        break;
    }
    widget->setStyleSheet(QStringLiteral("color: %1;%2")
                              .arg(colour.name(), tone == Tone::Stale
                                                      ? QStringLiteral(" font-weight: bold;")
                                                      : QString()));
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace lgsp::ui
