#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lgsp::protocol {
struct Service;
template<typename T>
struct ListPage;
} // namespace lgsp::protocol

namespace lgsp::sandbox {

// Compact JSON written straight into bytes, for the responses that are large and frequent
// (a page of 1,000 services is ~480 KB): building QJsonObjects and serialising them took
// most of a page's time. The output is the same JSON as the protocol's toJson().
class JsonWriter final
{
public:
    explicit JsonWriter(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name); // ASCII keys only
    void string(const QString &value);
    void number(qint64 value);
    void null();
    void strings(const QStringList &values);

    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    bool m_first = true;
};

// GET /services: the page as ListPage<Service>::toJson() would write it.
QByteArray servicePageJson(const protocol::ListPage<protocol::Service> &page);

} // namespace lgsp::sandbox
