#pragma once

#include <QCollator>
#include <QLocale>

namespace lgsp::models {

// Agencies' and services' names are Vietnamese whatever the interface language: they are
// ordered as a Vietnamese reader orders them (Đ after D, Ă and Â after A), ignoring case,
// numbers by value ("Dịch vụ 2" before "Dịch vụ 10").
inline QCollator nameCollator()
{
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace lgsp::models
