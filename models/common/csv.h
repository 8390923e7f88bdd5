#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace lgsp::models {

// CSV as spreadsheets read it (RFC 4180): comma-separated, fields with a comma, quote or
// line break quoted, CRLF line ends, UTF-8 with a byte-order mark so Excel shows Vietnamese
// correctly.
namespace csv {

QByteArray line(const QStringList &fields);
QByteArray document(const QStringList &header, const QList<QStringList> &rows);
inline constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

} // namespace csv

} // namespace lgsp::models
