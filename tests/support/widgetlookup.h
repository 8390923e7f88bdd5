#pragma once

#include <QString>
#include <QWidget>

namespace lgsp::test {

// The child of `parent` of type T whose accessible name is `name` (as a screen reader finds
// it); nullptr when there is none. Header-only: for GUI tests, which link Qt Widgets.
template<typename T>
T *findByAccessibleName(const QWidget *parent, const QString &name)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->accessibleName() == name)
            return child;
    }
    return nullptr;
}

} // namespace lgsp::test
