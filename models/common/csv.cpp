#include "models/common/csv.h"

namespace lgsp::models::csv {

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QString field = fields.at(i);
        // A leading =, +, - or @ would be a formula in a spreadsheet: keep it text.
        if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front()) &&
            !(field.front() == QLatin1Char('-') && field.size() > 1 && field.at(1).isDigit()))
            field.prepend(QLatin1Char('\''));
        const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                           field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
        if (quote) {
            field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            out += '"' + field.toUtf8() + '"';
        } else {
            out += field.toUtf8();
        }
    }
    return out + "\r\n";
}

QByteArray document(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out(kByteOrderMark);
    out += line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

} // namespace lgsp::models::csv
