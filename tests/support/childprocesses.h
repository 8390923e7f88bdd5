#pragma once

#include <QList>
#include <QString>

namespace lgsp::test {

// Whether the process runs (a zombie waiting to be reaped does not). Linux only; false
// elsewhere.
bool processAlive(qint64 pid);
// Processes whose environment carries LGSP_TEST_MARKER=marker (see isolatedEnvironment):
// the console and the children it started. Linux only; empty elsewhere.
QList<qint64> processesWithMarker(const QString &marker);
// The sandbox's process id from the console's log line "sandbox ready at URL pid N"; 0 if
// the line is not there yet.
qint64 sandboxPidFromLog(const QString &log);

} // namespace lgsp::test
