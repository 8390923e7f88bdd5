#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace lgsp::models::csv {

// A CSV file as spreadsheets write it: UTF-8 with or without a byte-order mark, fields
// separated by commas or semicolons (Excel in a Vietnamese or European locale writes ";"),
// quoted fields with doubled quotes and line breaks inside, CRLF or LF line ends.
struct Table
{
    QStringList header;
    QList<QStringList> rows; // blank lines left out
    QList<int> lines;        // the line of the file each row starts on, from 1
    QChar delimiter;
};

class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    static constexpr int kMaxRows = 100000;

    // The table, or nothing with the reason in words (not UTF-8, an unclosed quote, too big,
    // no header).
    static std::optional<Table> read(const QByteArray &bytes, QString *error);
};

} // namespace lgsp::models::csv
