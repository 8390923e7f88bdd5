#pragma once

#include <QString>

#include <optional>

namespace lgsp::client {

// A warning or critical threshold in the Monitoring Plugins' range syntax, as Nagios, Icinga
// and their plugins write it: "10" alerts outside 0..10, "10:" below 10, "~:10" above 10,
// "10:20" outside 10..20 and "@10:20" inside 10..20. An empty range never alerts.
class ThresholdRange final
{
public:
    ThresholdRange() = default;
    // Nothing when the text is not a range (or its start is above its end).
    static std::optional<ThresholdRange> parse(const QString &text);

    bool isSet() const { return m_set; }
    bool alerts(double value) const;
    // The range as the performance data carries it ("" when not set).
    QString text() const { return m_text; }

private:
    bool m_set = false;
    bool m_inside = false;  // '@': alert inside the range instead of outside
    bool m_noStart = false; // '~': no lower bound
    bool m_noEnd = false;   // "N:": no upper bound
    double m_start = 0;
    double m_end = 0;
    QString m_text;
};

} // namespace lgsp::client
