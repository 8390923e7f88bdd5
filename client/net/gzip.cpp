#include "client/net/gzip.h"

#include "client/clienterror.h"

#ifdef LGSP_HAVE_ZLIB
#include <zlib.h>
#endif

#include <algorithm>

namespace lgsp::client {

bool gzipAvailable()
{
#ifdef LGSP_HAVE_ZLIB
    return true;
#else
    return false;
#endif
}

#ifdef LGSP_HAVE_ZLIB

std::optional<QByteArray> gunzip(const QByteArray &compressed, qint64 maxBytes, QString *error)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) { // 16: gzip header and trailer
        *error = ClientError::tr("the compressed answer could not be read");
        return std::nullopt;
    }
    QByteArray out;
    out.resize(std::clamp<qint64>(qint64(compressed.size()) * 4, 4096, maxBytes));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (qint64(stream.total_out) == out.size()) {
            if (out.size() >= maxBytes) {
                inflateEnd(&stream);
                *error = ClientError::tr("the compressed answer is larger than %1 MiB")
                             .arg(maxBytes / (1024 * 1024));
                return std::nullopt;
            }
            out.resize(std::min<qint64>(maxBytes, qint64(out.size()) * 2));
        }
        stream.next_out = reinterpret_cast<Bytef *>(out.data()) + stream.total_out;
        stream.avail_out = uInt(out.size() - qint64(stream.total_out));
        status = inflate(&stream, Z_NO_FLUSH);
    }
    const bool complete = status == Z_STREAM_END && stream.avail_in == 0;
    const qint64 total = qint64(stream.total_out);
    inflateEnd(&stream);
    if (!complete) {
        *error = ClientError::tr("the compressed answer is damaged or cut short");
        return std::nullopt;
    }
    out.truncate(total);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const qint64 total = qint64(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return {};
    out.truncate(total);
    return out;
}

#else

std::optional<QByteArray> gunzip(const QByteArray &, qint64, QString *error)
{
    *error = ClientError::tr("this build cannot read compressed answers");
    return std::nullopt;
}

QByteArray gzip(const QByteArray &)
{
    return {};
}

#endif

} // namespace lgsp::client
