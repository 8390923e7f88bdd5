#include "models/catalog/linediff.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace lgsp::models {

namespace {

enum class Op { Same, Delete, Insert };

// Myers' greedy algorithm on integer ids of lines; returns the operations from the start.
// Each round d keeps its furthest-reaching diagonals (2d + 1 of them) for the way back.
std::vector<Op> editScript(const std::vector<int> &a, const std::vector<int> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = std::min(n + m, LineDiff::kMaxEdits);
    std::vector<std::vector<int>> trace;
    std::vector<int> v(2 * size_t(max) + 3, 0);
    const int offset = max + 1;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                        ? v[size_t(offset + k + 1)]
                        : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (found < 0) // too many edits: everything replaced
    {
        std::vector<Op> ops(size_t(n), Op::Delete);
        ops.insert(ops.end(), size_t(m), Op::Insert);
        return ops;
    }
    std::vector<Op> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &previous = trace[size_t(d - 1)]; // k from -(d-1) to d-1
        const auto at = [&](int k) {
            return previous[size_t(k + d - 1)];
        };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = at(previousK);
        const int previousY = previousX - previousK;
        while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
            reversed.push_back(Op::Same);
            --x;
            --y;
        }
        reversed.push_back(down ? Op::Insert : Op::Delete);
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) {
        reversed.push_back(Op::Same);
        --x;
        --y;
    }
    return {reversed.rbegin(), reversed.rend()};
}

} // namespace

QList<LineDiff::Row> LineDiff::compare(const QStringList &left, const QStringList &right)
{
    // The common start and end need no search.
    int prefix = 0;
    while (prefix < left.size() && prefix < right.size() && left.at(prefix) == right.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < left.size() - prefix && suffix < right.size() - prefix &&
           left.at(left.size() - 1 - suffix) == right.at(right.size() - 1 - suffix))
        ++suffix;

    // Lines as ids, so the search compares integers.
    std::unordered_map<QString, int> ids;
    const auto idsOf = [&ids](const QStringList &lines, int first, int end) {
        std::vector<int> out;
        out.reserve(size_t(std::max(0, end - first)));
        for (int i = first; i < end; ++i)
            out.push_back(ids.try_emplace(lines.at(i), int(ids.size())).first->second);
        return out;
    };
    const std::vector<int> a = idsOf(left, prefix, int(left.size()) - suffix);
    const std::vector<int> b = idsOf(right, prefix, int(right.size()) - suffix);
    const std::vector<Op> ops = editScript(a, b);

    QList<Row> rows;
    rows.reserve(std::max(left.size(), right.size()));
    for (int i = 0; i < prefix; ++i)
        rows.append(Row{Row::Kind::Same, i, i});
    int l = prefix;
    int r = prefix;
    for (size_t i = 0; i < ops.size();) {
        if (ops[i] == Op::Same) {
            rows.append(Row{Row::Kind::Same, l++, r++});
            ++i;
            continue;
        }
        // A run of deletions and insertions: paired row by row as changed lines.
        QList<int> removed;
        QList<int> added;
        for (; i < ops.size() && ops[i] != Op::Same; ++i) {
            if (ops[i] == Op::Delete)
                removed.append(l++);
            else
                added.append(r++);
        }
        const qsizetype paired = std::min(removed.size(), added.size());
        for (qsizetype p = 0; p < paired; ++p)
            rows.append(Row{Row::Kind::Changed, removed.at(p), added.at(p)});
        for (qsizetype p = paired; p < removed.size(); ++p)
            rows.append(Row{Row::Kind::Removed, removed.at(p), -1});
        for (qsizetype p = paired; p < added.size(); ++p)
            rows.append(Row{Row::Kind::Added, -1, added.at(p)});
    }
    for (int i = 0; i < suffix; ++i)
        rows.append(Row{Row::Kind::Same, l++, r++});
    return rows;
}

LineDiff::Counts LineDiff::count(const QList<Row> &rows)
{
    Counts counts;
    for (const Row &row : rows) {
        switch (row.kind) {
        case Row::Kind::Changed:
            ++counts.changed;
            break;
        case Row::Kind::Removed:
            ++counts.removed;
            break;
        case Row::Kind::Added:
            ++counts.added;
            break;
        case Row::Kind::Same:
            break;
        }
    }
    return counts;
}

} // namespace lgsp::models
