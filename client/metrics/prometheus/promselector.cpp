#include "client/metrics/prometheus/promselector.h"

#include "client/metrics/prometheus/prommapping.h"

#include <algorithm>

namespace lgsp::client {

namespace {

bool isLabelStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
}

bool isLabelChar(QChar c)
{
    return isLabelStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    {}

    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }
    bool atEnd()
    {
        skipSpace();
        return m_at >= m_text.size();
    }
    bool take(QChar c)
    {
        skipSpace();
        if (m_at < m_text.size() && m_text.at(m_at) == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    std::optional<QString> label()
    {
        skipSpace();
        if (m_at >= m_text.size() || !isLabelStart(m_text.at(m_at)))
            return std::nullopt;
        const qsizetype start = m_at;
        while (m_at < m_text.size() && isLabelChar(m_text.at(m_at)))
            ++m_at;
        return m_text.mid(start, m_at - start);
    }
    std::optional<QString> op()
    {
        skipSpace();
        for (const char *candidate : {"=~", "!~", "!=", "="}) {
            const QLatin1String o(candidate);
            if (QStringView(m_text).mid(m_at).startsWith(o)) {
                m_at += o.size();
                return QString(o);
            }
        }
        return std::nullopt;
    }
    // A quoted string: "…" and '…' with Go's escapes, `…` raw.
    std::optional<QString> quoted()
    {
        skipSpace();
        if (m_at >= m_text.size())
            return std::nullopt;
        const QChar quote = m_text.at(m_at);
        if (quote != QLatin1Char('"') && quote != QLatin1Char('\'') && quote != QLatin1Char('`'))
            return std::nullopt;
        ++m_at;
        QString out;
        while (m_at < m_text.size()) {
            const QChar c = m_text.at(m_at++);
            if (c == quote)
                return out;
            if (c == QLatin1Char('\\') && quote != QLatin1Char('`')) {
                if (m_at >= m_text.size())
                    return std::nullopt;
                const QChar e = m_text.at(m_at++);
                if (e == QLatin1Char('n'))
                    out += QLatin1Char('\n');
                else if (e == QLatin1Char('t'))
                    out += QLatin1Char('\t');
                else if (e == QLatin1Char('\\') || e == QLatin1Char('"') || e == QLatin1Char('\''))
                    out += e;
                else
                    return std::nullopt; // \x, \u…: not worth reading; the text is used as is
                continue;
            }
            out += c;
        }
        return std::nullopt;
    }

private:
    const QString &m_text;
    qsizetype m_at = 0;
};

} // namespace

QString PromMatcher::toString() const
{
    return label + op + promQuoted(value);
}

std::optional<QList<PromMatcher>> parsePromSelector(const QString &selector)
{
    QString text = selector.trimmed();
    if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}')))
        text = text.mid(1, text.size() - 2);
    Reader reader(text);
    QList<PromMatcher> matchers;
    while (!reader.atEnd()) {
        PromMatcher m;
        const std::optional<QString> label = reader.label();
        const std::optional<QString> op = label ? reader.op() : std::nullopt;
        const std::optional<QString> value = op ? reader.quoted() : std::nullopt;
        if (!value)
            return std::nullopt;
        matchers.append({*label, *op, *value});
        if (!reader.take(QLatin1Char(',')) && !reader.atEnd())
            return std::nullopt;
    }
    return matchers;
}

std::optional<PromSplitSelector> splitPromSelector(const QString &selector,
                                                   const QString &instanceLabel)
{
    const std::optional<QList<PromMatcher>> matchers = parsePromSelector(selector);
    if (!matchers)
        return std::nullopt;
    qsizetype chosen = -1;
    qsizetype equalities = 0;
    qsizetype lastEquality = -1;
    for (qsizetype i = 0; i < matchers->size(); ++i) {
        const PromMatcher &m = matchers->at(i);
        if (m.op != QLatin1String("="))
            continue;
        ++equalities;
        lastEquality = i;
        if (!instanceLabel.isEmpty() && m.label == instanceLabel && chosen < 0)
            chosen = i;
    }
    if (chosen < 0 && equalities == 1)
        chosen = lastEquality;
    if (chosen < 0)
        return std::nullopt;
    PromSplitSelector split;
    split.label = matchers->at(chosen).label;
    split.value = matchers->at(chosen).value;
    QStringList rest;
    for (qsizetype i = 0; i < matchers->size(); ++i) {
        if (i == chosen)
            continue;
        if (matchers->at(i).label == split.label)
            return std::nullopt; // job="a",job!="b": left as written
        rest.append(matchers->at(i).toString());
    }
    std::sort(rest.begin(), rest.end());
    split.rest = rest.join(QLatin1Char(','));
    return split;
}

QString promRegexLiteral(const QString &text)
{
    static const QString special = QStringLiteral("\\.+*?()|[]{}^$");
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace lgsp::client
