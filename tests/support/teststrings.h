#pragma once

#include <QStringList>

#include <initializer_list>

namespace lgsp::test {

// A QStringList from UTF-8 literals (the project forbids implicit casts from char *).
inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace lgsp::test
