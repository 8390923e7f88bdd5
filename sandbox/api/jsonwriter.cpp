#include "sandbox/api/jsonwriter.h"

#include "protocol/listpage.h"
#include "protocol/service.h"
#include "protocol/timestamps.h"

#include <algorithm>

namespace lgsp::sandbox {

void JsonWriter::separate()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonWriter::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
}

void JsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
}

void JsonWriter::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
}

void JsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out.append('"').append(name).append("\":");
    m_first = true; // the value follows without a comma
}

void JsonWriter::string(const QString &value)
{
    separate();
    m_out.append('"');
    const QByteArray utf8 = value.toUtf8();
    // Most strings need no escaping: copied in one go.
    const bool plain = std::none_of(utf8.begin(), utf8.end(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    if (plain) {
        m_out.append(utf8).append('"');
        return;
    }
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                m_out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void JsonWriter::number(qint64 value)
{
    separate();
    m_out.append(QByteArray::number(value));
}

void JsonWriter::null()
{
    separate();
    m_out.append("null");
}

void JsonWriter::strings(const QStringList &values)
{
    beginArray();
    for (const QString &value : values)
        string(value);
    endArray();
}

QByteArray servicePageJson(const protocol::ListPage<protocol::Service> &page)
{
    JsonWriter w(page.items.size() * 520 + 128);
    w.beginObject();
    w.key("items");
    w.beginArray();
    for (const protocol::Service &s : page.items) {
        w.beginObject();
        w.key("id");
        w.string(s.id);
        w.key("code");
        w.string(s.code);
        w.key("name");
        w.string(s.name);
        w.key("version");
        w.string(s.version);
        w.key("tenantCode");
        w.string(s.tenantCode);
        w.key("protocol");
        w.string(s.protocol);
        w.key("definitionType");
        w.string(s.definitionType);
        w.key("upstreamUrl");
        w.string(s.upstreamUrl);
        w.key("gatewayPath");
        w.string(s.gatewayPath);
        w.key("status");
        w.string(s.status);
        w.key("visibility");
        w.string(s.visibility);
        w.key("consumers");
        w.strings(s.consumers);
        w.key("sla");
        w.beginObject();
        w.key("timeoutMs");
        w.number(s.timeoutMs);
        w.key("rateLimitPerMin");
        w.number(s.rateLimitPerMin);
        w.endObject();
        w.key("updatedAt");
        w.string(protocol::formatTimestamp(s.updatedAt));
        w.key("allowedActions");
        w.strings(s.allowedActions);
        w.endObject();
    }
    w.endArray();
    w.key("nextCursor");
    if (page.nextCursor.isEmpty())
        w.null();
    else
        w.string(page.nextCursor);
    w.key("total");
    w.number(page.total);
    if (!page.allowedActions.isEmpty()) {
        w.key("allowedActions");
        w.strings(page.allowedActions);
    }
    w.endObject();
    return w.take();
}

} // namespace lgsp::sandbox
