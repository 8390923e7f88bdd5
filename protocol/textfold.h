#pragma once

#include <QString>

namespace lgsp::protocol {

// The search key of a text: Unicode NFC, lower case, Vietnamese diacritics removed (đ → d),
// runs of white space collapsed. "Hà Nội", "HA NOI" and "ha  noi" all fold to "ha noi".
// The sandbox filters with it and the console's search proxies use the same function.
QString foldForSearch(const QString &text);

// True when every word of `query` (folded) occurs in `folded` (already folded).
bool foldedMatches(const QString &folded, const QString &query);

// Names are stored and compared in Unicode NFC.
inline QString toNfc(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace lgsp::protocol
