#include "childprocesses.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace lgsp::test {

bool processAlive(qint64 pid)
{
#ifdef Q_OS_LINUX
    QFile status(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = status.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && stat.at(close + 2) != 'Z';
#else
    Q_UNUSED(pid);
    return false;
#endif
}

QList<qint64> processesWithMarker(const QString &marker)
{
    QList<qint64> found;
#ifdef Q_OS_LINUX
    const QByteArray needle = "LGSP_TEST_MARKER=" + marker.toLatin1();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (environ.open(QIODevice::ReadOnly) && processAlive(pid) &&
            environ.readAll().split('\0').contains(needle))
            found.append(pid);
    }
#else
    Q_UNUSED(marker);
#endif
    return found;
}

qint64 sandboxPidFromLog(const QString &log)
{
    static const QRegularExpression pattern(QStringLiteral("sandbox ready at \\S+ pid (\\d+)"));
    const QRegularExpressionMatch match = pattern.match(log);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

} // namespace lgsp::test
