// The CSV reader of bulk imports on arbitrary bytes: it either refuses with a reason or gives a
// table whose rows start on increasing lines within the file, none of them blank — and never
// reads out of bounds (ASan) or overflows (UBSan) on the way.
#include "models/common/csvreader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_csv: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto table = lgsp::models::csv::Reader::read(bytes, &error);
    if (!table) {
        if (error.isEmpty())
            fail("refused without a reason");
        return 0;
    }
    if (table->header.isEmpty())
        fail("a table without a header");
    if (table->rows.size() != table->lines.size())
        fail("rows and lines differ in number");
    const qsizetype lineBreaks = bytes.count('\n') + bytes.count('\r');
    int previous = 1;
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const int line = table->lines.at(i);
        if (line <= previous || line > lineBreaks + 1)
            fail("a row on an impossible line");
        previous = line;
        const QStringList &row = table->rows.at(i);
        if (row.isEmpty() || (row.size() == 1 && row.constFirst().isEmpty()))
            fail("a blank row kept");
    }
    if (table->delimiter != QLatin1Char(',') && table->delimiter != QLatin1Char(';'))
        fail("an unknown delimiter");
    return 0;
}
