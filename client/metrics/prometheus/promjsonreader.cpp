#include "client/metrics/prometheus/promjsonreader.h"

#include <QList>
#include <QStringDecoder>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace lgsp::client {

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &body)
        : m_p(body.constData())
        , m_end(body.constData() + body.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    // {"key": value, …}: `member` reads each value (or skips it) and returns false to stop.
    template<typename Member>
    bool object(Member member)
    {
        if (!take('{'))
            return fail();
        if (take('}'))
            return true;
        QList<QByteArray> seen;
        do {
            QByteArray key;
            if (!rawString(&key) || !take(':'))
                return fail();
            // QJsonDocument keeps one value of a repeated key: leave such a body to it.
            if (seen.contains(key))
                return fail();
            seen.append(key);
            if (!member(key))
                return fail();
        } while (take(','));
        return take('}') || fail();
    }

    template<typename Item>
    bool array(Item item)
    {
        if (!take('['))
            return fail();
        if (take(']'))
            return true;
        do {
            if (!item())
                return fail();
        } while (take(','));
        return take(']') || fail();
    }

    bool string(QString *out)
    {
        QByteArray bytes;
        if (!rawString(&bytes))
            return false;
        *out = QString::fromUtf8(bytes);
        return true;
    }

    // A number, or a string holding one (Prometheus' sample values: "12", "NaN", "+Inf").
    bool number(double *out)
    {
        space();
        if (m_p < m_end && *m_p == '"') {
            QByteArray text;
            if (!rawString(&text))
                return false;
            return quotedNumber(text.constData(), text.constData() + text.size(), out) || fail();
        }
        return plainNumber(out);
    }

    // A number as JSON writes it, never in quotes (a sample's time).
    bool plainNumber(double *out)
    {
        space();
        const char *start = m_p;
        const char *end = jsonNumberEnd(m_p, m_end);
        if (end == nullptr)
            return fail();
        m_p = end;
        return parseFinite(start, end, out) || fail();
    }

    bool skip(int depth = 0)
    {
        space();
        if (m_p >= m_end || depth > kMaxDepth)
            return fail();
        switch (*m_p) {
        case '{':
            return object([this, depth](const QByteArray &) { return skip(depth + 1); });
        case '[':
            return array([this, depth] { return skip(depth + 1); });
        case '"': {
            QByteArray ignored;
            return rawString(&ignored);
        }
        default:
            break;
        }
        for (const char *literal : {"true", "false", "null"}) {
            const std::size_t n = std::strlen(literal);
            if (std::size_t(m_end - m_p) >= n && std::memcmp(m_p, literal, n) == 0) {
                m_p += n;
                return true;
            }
        }
        double ignored = 0;
        return plainNumber(&ignored);
    }

    bool fail()
    {
        m_ok = false;
        return false;
    }

private:
    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool take(char c)
    {
        space();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; where it ends, or
    // nullptr when the text there is not one.
    static const char *jsonNumberEnd(const char *p, const char *end)
    {
        const auto digits = [&] {
            const char *start = p;
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
            return p > start;
        };
        if (p < end && *p == '-')
            ++p;
        if (p < end && *p == '0')
            ++p;
        else if (!digits())
            return nullptr;
        if (p < end && *p == '.') {
            ++p;
            if (!digits())
                return nullptr;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (!digits())
                return nullptr;
        }
        return p;
    }

    static bool parseFinite(const char *from, const char *to, double *out)
    {
        const std::from_chars_result r = std::from_chars(from, to, *out);
        return r.ec == std::errc() && r.ptr == to && std::isfinite(*out);
    }

    // A sample value in quotes: NaN and the infinities as Prometheus writes them, or a plain
    // number; anything else (" 1", "0x1", "inf") is left to the document reader.
    static bool quotedNumber(const char *from, const char *to, double *out)
    {
        const auto is = [&](const char *text) {
            return std::size_t(to - from) == std::strlen(text) &&
                   std::memcmp(from, text, std::size_t(to - from)) == 0;
        };
        if (is("NaN")) {
            *out = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (is("+Inf") || is("Inf")) {
            *out = std::numeric_limits<double>::infinity();
            return true;
        }
        if (is("-Inf")) {
            *out = -std::numeric_limits<double>::infinity();
            return true;
        }
        return jsonNumberEnd(from, to) == to && parseFinite(from, to, out);
    }

    // The bytes of a string, its escapes undone (UTF-8, as \uXXXX is written out).
    bool rawString(QByteArray *out)
    {
        if (!take('"'))
            return fail();
        const char *start = m_p;
        bool ascii = true;
        while (m_p < m_end && *m_p != '"' && *m_p != '\\') {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c < 0x20)
                return fail(); // raw control characters are not JSON
            ascii = ascii && c < 0x80;
            ++m_p;
        }
        if (m_p < m_end && *m_p == '"') {
            *out = QByteArray(start, m_p - start);
            ++m_p;
            return ascii || validUtf8(*out) || fail();
        }
        out->clear();
        out->append(start, m_p - start);
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                if (static_cast<unsigned char>(*m_p) < 0x20)
                    return fail();
                ascii = ascii && static_cast<unsigned char>(*m_p) < 0x80;
                out->append(*m_p++);
                continue;
            }
            if (++m_p >= m_end)
                return fail();
            const char e = *m_p++;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                out->append(e);
                break;
            case 'b':
                out->append('\b');
                break;
            case 'f':
                out->append('\f');
                break;
            case 'n':
                out->append('\n');
                break;
            case 'r':
                out->append('\r');
                break;
            case 't':
                out->append('\t');
                break;
            case 'u': {
                char32_t unit = 0;
                if (!hex4(&unit))
                    return fail();
                if (unit >= 0xD800 && unit < 0xDC00) {
                    char32_t low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return fail();
                    m_p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return fail();
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    return fail(); // a lone low surrogate
                }
                out->append(QString::fromUcs4(&unit, 1).toUtf8());
                break;
            }
            default:
                return fail();
            }
        }
        if (m_p >= m_end)
            return fail();
        ++m_p;
        return ascii || validUtf8(*out) || fail();
    }

    // Qt's JSON reader refuses a string that is not UTF-8; so does this one.
    static bool validUtf8(const QByteArray &bytes)
    {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString ignored = decoder.decode(bytes);
        return !decoder.hasError();
    }

    bool hex4(char32_t *out)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    static constexpr int kMaxDepth = 512; // Qt's reader stops at 1024; the stack must not

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

// [timestamp, "value"]
bool readPoint(Reader &r, PromAnswer::Series &series)
{
    double t = 0;
    double v = 0;
    int index = 0;
    const bool read = r.array([&] {
        ++index;
        if (index == 1)
            return r.plainNumber(&t); // the document reader skips a point whose time is text
        return index == 2 ? r.number(&v) : r.skip();
    });
    if (!read || index != 2)
        return r.fail();
    series.points.append({qint64(std::llround(t)), v});
    return true;
}

bool readSeries(Reader &r, PromAnswer::Series &series)
{
    bool havePoints = false;
    return r.object([&](const QByteArray &key) {
        if (key == "metric") {
            return r.object([&](const QByteArray &label) {
                QString value;
                if (!r.string(&value))
                    return false;
                series.labels.insert(QString::fromUtf8(label), value);
                return true;
            });
        }
        // The document reader takes "values" over "value": a series with both is left to it.
        if (key == "values" || key == "value") {
            if (std::exchange(havePoints, true))
                return false;
            if (key == "value")
                return readPoint(r, series);
            return r.array([&] { return readPoint(r, series); });
        }
        return r.skip(); // histograms (native), infos…
    });
}

} // namespace

std::optional<PromAnswer> readPromSuccess(const QByteArray &body)
{
    Reader r(body);
    PromAnswer answer;
    bool success = false;
    bool haveResult = false;
    const bool read = r.object([&](const QByteArray &key) {
        if (key == "status") {
            QString status;
            if (!r.string(&status))
                return false;
            success = status == QLatin1String("success");
            return true;
        }
        if (key == "warnings") {
            return r.array([&] {
                QString w;
                if (!r.string(&w))
                    return false;
                answer.warnings.append(w);
                return true;
            });
        }
        if (key != "data")
            return r.skip();
        return r.object([&](const QByteArray &field) {
            if (field == "resultType")
                return r.string(&answer.resultType);
            if (field != "result")
                return r.skip();
            haveResult = true;
            // A matrix's or a vector's list of series; a scalar's [t, "v"] fails here and is
            // read the slow way.
            return r.array([&] {
                PromAnswer::Series series;
                if (!readSeries(r, series))
                    return false;
                answer.series.append(std::move(series));
                return true;
            });
        });
    });
    if (!read || !r.ok() || !r.atEnd() || !success || !haveResult ||
        answer.resultType == QLatin1String("scalar") || answer.resultType.isEmpty())
        return std::nullopt;
    return answer;
}

} // namespace lgsp::client
