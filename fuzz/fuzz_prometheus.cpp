// Differential harness for the fast Prometheus answer reader: whatever readPromSuccess accepts
// must be exactly what the JSON-document reader (PromAnswer::decodeDocument) makes of the same
// bytes — same result type, warnings, series, labels and points (NaN equal to NaN). When the
// fast reader refuses, the console falls back on the document reader, so refusing is always
// allowed; answering differently is the bug this looks for.
#include "client/metrics/prometheus/promanswer.h"
#include "client/metrics/prometheus/promjsonreader.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

using lgsp::client::PromAnswer;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_prometheus: %s\n", what);
    std::abort();
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void compare(const PromAnswer &fast, const PromAnswer &slow)
{
    if (fast.resultType != slow.resultType)
        fail("result types differ");
    if (fast.warnings != slow.warnings)
        fail("warnings differ");
    if (fast.series.size() != slow.series.size())
        fail("series counts differ");
    for (qsizetype i = 0; i < fast.series.size(); ++i) {
        const PromAnswer::Series &f = fast.series.at(i);
        const PromAnswer::Series &s = slow.series.at(i);
        if (f.labels != s.labels)
            fail("labels differ");
        if (f.points.size() != s.points.size())
            fail("point counts differ");
        for (qsizetype p = 0; p < f.points.size(); ++p) {
            if (f.points.at(p).first != s.points.at(p).first)
                fail("point times differ");
            if (!same(f.points.at(p).second, s.points.at(p).second))
                fail("point values differ");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<PromAnswer> fast = lgsp::client::readPromSuccess(bytes);
    QString errorType;
    QString error;
    const std::optional<PromAnswer> slow = PromAnswer::decodeDocument(bytes, &errorType, &error);
    if (!slow && errorType.isEmpty())
        fail("the document reader refused without saying why");
    if (fast) {
        if (!slow)
            fail("the fast reader accepted what the document reader refuses");
        compare(*fast, *slow);
    }
    (void)PromAnswer::decode(bytes, &errorType, &error);
    return 0;
}
