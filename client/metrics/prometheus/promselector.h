#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lgsp::client {

// One label matcher of a PromQL selector: job="lgsp-hg", code!~"2..".
struct PromMatcher
{
    QString label;
    QString op; // =, !=, =~ or !~
    QString value;

    QString toString() const;
    friend bool operator==(const PromMatcher &a, const PromMatcher &b)
    {
        return a.label == b.label && a.op == b.op && a.value == b.value;
    }
};

// The label matchers a metric source's selector is made of, as PromQL reads them (with or
// without braces; values in double or single quotes or backticks). Nullopt when the text is not
// such a list: it is then used as written and never merged with another source's.
std::optional<QList<PromMatcher>> parsePromSelector(const QString &selector);

// How sources sharing one Prometheus are told apart: the selector without its matcher on
// `label`, and that matcher's value. Instances whose selectors differ only in that value can
// be asked in one query (label=~"a|b|c", summed by label).
struct PromSplitSelector
{
    QString label;
    QString value;
    QString rest; // the other matchers, sorted, joined by commas
};
// Splits on the mapping's instance label when the selector has an equality matcher on it, else
// on the selector's only equality matcher; nullopt when neither exists or it cannot be read.
std::optional<PromSplitSelector> splitPromSelector(const QString &selector,
                                                   const QString &instanceLabel);

// A text matched literally inside a PromQL (RE2) regular expression: its punctuation escaped,
// every other character (Vietnamese letters included) left as it is.
QString promRegexLiteral(const QString &text);

} // namespace lgsp::client
