#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace lgsp::ui {

class PaletteSource;

// A source's search keys copied end to end into one UTF-8 buffer (a folded key is nearly all
// ASCII): a search then reads memory in order instead of visiting 100 000 strings scattered
// over the heap, which was most of a keystroke's time. Entities appended to the source are
// added on the next update(); anything else needs clear().
class PaletteKeys
{
public:
    // Adds the entities the source has gained since the last update; copies everything
    // again if it has fewer than before.
    void update(const PaletteSource &source);
    void clear();
    int size() const { return int(m_nameEnd.size()); }
    // Bytes of the entity's key that are its name (for ranking and ties).
    int nameLength(int entity) const { return m_nameEnd[size_t(entity)]; }

    // How well `word` (folded, UTF-8) occurs in the entity's key: 5 where the name begins
    // with it, 4 at the start of another word of the name, 2 inside the name, 2 at the start
    // of a word of the other fields, 1 inside them, 0 not at all.
    float wordScore(int entity, QByteArrayView word) const;

private:
    QByteArray m_text;
    std::vector<qint32> m_start{0}; // entity i's key: [m_start[i], m_start[i + 1])
    std::vector<qint32> m_nameEnd;  // bytes of the name, from the key's start
};

} // namespace lgsp::ui
