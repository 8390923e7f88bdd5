#include "testpaths.h"

#include <QDir>

namespace lgsp::test {

QString binaryPath(const QString &name)
{
#ifdef Q_OS_WIN
    const QString file = name + QStringLiteral(".exe");
#else
    const QString file = name;
#endif
    return QDir(qEnvironmentVariable("LGSP_BIN_DIR")).filePath(file);
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("LGSP_SOURCE_DIR")).filePath(relative);
}

} // namespace lgsp::test
