#pragma once

#include <QColor>
#include <QHash>
#include <QStringList>

namespace lgsp::ui {

// The LGSP error codes the errors chart of one instance stacks by name: the most frequent
// `kMax` of the window, the rest together as "other codes". Codes keep their place in the
// stack and their colour for as long as they are shown: two codes trading ranks from one
// second to the next must not swap colours (nor rebuild every band of the chart).
class StackedCodes
{
public:
    static constexpr int kMax = 6;

    // The window's codes, most frequent first. Returns true when the codes shown changed.
    bool update(const QStringList &ranked);
    void clear();

    // Shown by name, bottom of the stack first.
    const QStringList &codes() const { return m_codes; }
    // More codes than kMax: the rest is stacked as one band on top.
    bool hasOther() const { return m_other; }
    QColor colour(const QString &code) const;
    static QColor otherColour();
    // "201 RECORD_NOT_FOUND" for a code DOMAIN knows, the code itself otherwise.
    static QString label(const QString &code);

private:
    QStringList m_codes;
    bool m_other = false;
    QHash<QString, int> m_colourOf; // code → index into the palette, kept while shown
};

} // namespace lgsp::ui
