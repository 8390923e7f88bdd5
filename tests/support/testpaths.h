#pragma once

#include <QString>

namespace lgsp::test {

// Where ctest says the built executables and the source tree are (set in tests/CMakeLists).
QString binaryPath(const QString &name);
QString sourcePath(const QString &relative);

} // namespace lgsp::test
