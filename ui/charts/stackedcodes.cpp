#include "ui/charts/stackedcodes.h"

#include "protocol/lgsperrors.h"
#include "ui/theme/theme.h"

namespace lgsp::ui {

static_assert(StackedCodes::kMax == 6, "the theme gives six colours for error codes");

bool StackedCodes::update(const QStringList &ranked)
{
    const QStringList top = ranked.mid(0, kMax);
    // Codes still among the most frequent stay where they were; newcomers go on top.
    QStringList codes;
    for (const QString &code : std::as_const(m_codes)) {
        if (top.contains(code))
            codes.append(code);
    }
    for (const QString &code : top) {
        if (!codes.contains(code))
            codes.append(code);
    }
    const bool other = ranked.size() > kMax;
    if (codes == m_codes && other == m_other)
        return false;
    // Colours: kept by the codes still shown; a newcomer takes the first one free.
    QHash<QString, int> colours;
    QList<bool> taken(kMax, false);
    for (const QString &code : std::as_const(codes)) {
        const auto it = m_colourOf.constFind(code);
        if (it != m_colourOf.cend()) {
            colours.insert(code, *it);
            taken[*it] = true;
        }
    }
    for (const QString &code : std::as_const(codes)) {
        if (colours.contains(code))
            continue;
        const int free = int(taken.indexOf(false));
        colours.insert(code, free);
        taken[free] = true;
    }
    m_codes = codes;
    m_other = other;
    m_colourOf = colours;
    return true;
}

void StackedCodes::clear()
{
    m_codes.clear();
    m_other = false;
    m_colourOf.clear();
}

QColor StackedCodes::colour(const QString &code) const
{
    const int index = m_colourOf.value(code, -1);
    return index >= 0 ? Theme::instance()->codeColours().at(index) : otherColour();
}

QColor StackedCodes::otherColour()
{
    return Theme::instance()->color(Theme::Colour::StatusUnknown);
}

QString StackedCodes::label(const QString &code)
{
    const QString name = protocol::lgspErrorName(code);
    return name.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, name);
}

} // namespace lgsp::ui
