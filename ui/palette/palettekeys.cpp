#include "ui/palette/palettekeys.h"

#include "ui/palette/palettesearch.h"

#include <cstring>

namespace lgsp::ui {

namespace {

// Where `word` occurs in `key` from `from`, or -1: its first byte found with memchr, then
// the rest compared. UTF-8 is self-synchronising, so a byte match is a character match.
qsizetype findWord(QByteArrayView key, QByteArrayView word, qsizetype from)
{
    const char first = word.front();
    const size_t rest = size_t(word.size() - 1);
    const qsizetype last = key.size() - word.size();
    while (from <= last) {
        const void *hit = std::memchr(key.data() + from, first, size_t(last - from + 1));
        if (!hit)
            return -1;
        const qsizetype pos = static_cast<const char *>(hit) - key.data();
        if (std::memcmp(key.data() + pos + 1, word.data() + 1, rest) == 0)
            return pos;
        from = pos + 1;
    }
    return -1;
}

} // namespace

void PaletteKeys::update(const PaletteSource &source)
{
    const int count = source.count();
    if (count < size())
        clear();
    for (int entity = size(); entity < count; ++entity) {
        int nameLength = 0;
        const QStringView key = source.key(entity, &nameLength);
        const qsizetype at = m_text.size();
        bool ascii = true;
        for (const QChar c : key) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            m_text.resize(at + key.size());
            char *out = m_text.data() + at;
            for (const QChar c : key)
                *out++ = char(c.unicode());
            m_nameEnd.push_back(qint32(std::min<qsizetype>(nameLength, key.size())));
        } else {
            m_text += key.toUtf8();
            m_nameEnd.push_back(
                qint32(key.left(std::min<qsizetype>(nameLength, key.size())).toUtf8().size()));
        }
        m_start.push_back(qint32(m_text.size()));
    }
}

void PaletteKeys::clear()
{
    m_text.clear();
    m_start.assign(1, 0);
    m_nameEnd.clear();
}

float PaletteKeys::wordScore(int entity, QByteArrayView word) const
{
    const qsizetype begin = m_start[size_t(entity)];
    const QByteArrayView key(m_text.constData() + begin, m_start[size_t(entity) + 1] - begin);
    const qsizetype nameEnd = m_nameEnd[size_t(entity)];
    float best = 0;
    qsizetype from = 0;
    // The first occurrence at a word start decides: any further on is worth no more.
    for (;;) {
        const qsizetype pos = findWord(key, word, from);
        if (pos < 0)
            break;
        const bool start = pos == 0 || key.at(pos - 1) == ' ';
        const bool inName = pos + word.size() <= nameEnd;
        const float score = pos == 0 ? 5 : inName ? (start ? 4 : 2) : (start ? 2 : 1);
        best = std::max(best, score);
        if (start)
            break;
        from = pos + 1;
    }
    return best;
}

} // namespace lgsp::ui
