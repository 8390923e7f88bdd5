#pragma once

#include "protocol/health.h"

#include <QCoreApplication>

namespace lgsp::client {

// The sentence for one of the server's own health checks, in the interface language: from
// its code and parameters when the console knows the code, else the server's own text.
class ServerCheckText
{
    Q_DECLARE_TR_FUNCTIONS(ServerCheckText)

public:
    static QString describe(const protocol::HealthReport::Check &check);
    // The codes this console words itself.
    static QStringList knownCodes();
};

} // namespace lgsp::client
