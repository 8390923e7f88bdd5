#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lgsp::models {

// A side-by-side comparison of two texts line by line (Myers' shortest edit script over the
// lines, after the common start and end are set aside). Each row pairs a line of the left
// text with one of the right: the same line, a changed line (a removed line paired with an
// added one in the same place), or a line on one side only. Used to compare two services'
// definitions (OpenAPI YAML/JSON, WSDL).
class LineDiff
{
public:
    struct Row
    {
        enum class Kind { Same, Changed, Removed, Added };
        Kind kind = Kind::Same;
        int left = -1;  // line index in the left text, -1 when the row has none
        int right = -1; // line index in the right text, -1 when the row has none
    };

    // Edit scripts longer than this many inserted and deleted lines are not searched for
    // further: the rest is shown as replaced (a whole different document, not a revision).
    static constexpr int kMaxEdits = 2000;

    static QList<Row> compare(const QStringList &left, const QStringList &right);
    // How many rows of each kind.
    struct Counts
    {
        int changed = 0;
        int removed = 0;
        int added = 0;
        bool identical() const { return changed == 0 && removed == 0 && added == 0; }
    };
    static Counts count(const QList<Row> &rows);
};

} // namespace lgsp::models
