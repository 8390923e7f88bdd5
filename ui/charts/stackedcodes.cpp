#include "ui/charts/stackedcodes.h"

#include "protocol/lgsperrors.h"

#include <iterator>

namespace lgsp::ui {

namespace {

// Reds, oranges and purples for the named codes; grey for "other".
const QColor kPalette[] = {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x6c, 0x00),
                           QColor(0xf9, 0xa8, 0x25), QColor(0x8e, 0x24, 0xaa),
                           QColor(0xad, 0x14, 0x57), QColor(0x6d, 0x4c, 0x41)};
static_assert(std::size(kPalette) == StackedCodes::kMax);

} // namespace

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
    return index >= 0 ? kPalette[index] : otherColour();
}

QColor StackedCodes::otherColour()
{
    return QColor(0x90, 0x90, 0x90);
}

QString StackedCodes::label(const QString &code)
{
    const QString name = protocol::lgspErrorName(code);
    return name.isEmpty() ? code : QStringLiteral("%1 %2").arg(code, name);
}

} // namespace lgsp::ui
