#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace lgsp::client {

// gzip (RFC 1952) bodies, read by the console itself so that a large compressed answer is
// inflated on the worker thread that decodes it instead of on the GUI thread, where Qt's
// network access manager inflates what it decompresses for us. Built with zlib where the
// build found it (LGSP_HAVE_ZLIB); without it, gzipAvailable() is false and the console lets
// Qt decompress, as before.
bool gzipAvailable();
// The inflated bytes, or nullopt with *error set (damaged data, or more than `maxBytes`).
std::optional<QByteArray> gunzip(const QByteArray &compressed, qint64 maxBytes, QString *error);
// For tests and stand-in servers: `data` compressed as gzip (empty when unavailable).
QByteArray gzip(const QByteArray &data);

} // namespace lgsp::client
