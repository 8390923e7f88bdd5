#include "models/common/csvreader.h"

#include <QStringDecoder>

namespace lgsp::models::csv {

namespace {

// The separator of the header line: the more frequent of ";" and "," outside quotes.
QChar detectDelimiter(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

std::optional<Table> Reader::read(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        *error = tr("The file is larger than %n MiB.", nullptr, int(kMaxBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        *error = tr("The file is not UTF-8 text. Save it from the spreadsheet as "
                    "\"CSV UTF-8\".");
        return std::nullopt;
    }
    Table table;
    table.delimiter = detectDelimiter(text);
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int rowLine = 1;
    const auto endField = [&] {
        fields << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRow = [&]() -> bool {
        endField();
        const bool blank = fields.size() == 1 && fields.constFirst().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = fields;
            } else {
                if (table.rows.size() >= kMaxRows)
                    return false;
                table.rows << fields;
                table.lines << rowLine;
            }
        }
        fields.clear();
        return true;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == table.delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRow()) {
                *error = tr("The file has more than %n rows.", nullptr, kMaxRows);
                return std::nullopt;
            }
            ++line;
            rowLine = line;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = tr("A quoted field opened on line %1 is never closed.").arg(rowLine);
        return std::nullopt;
    }
    if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
        if (!endRow()) {
            *error = tr("The file has more than %n rows.", nullptr, kMaxRows);
            return std::nullopt;
        }
    }
    if (table.header.isEmpty()) {
        *error = tr("The file is empty.");
        return std::nullopt;
    }
    return table;
}

} // namespace lgsp::models::csv
