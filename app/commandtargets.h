#pragma once

#include "client/profiles/connectionprofile.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>

namespace lgsp::client {
class LocalSandbox;
}

namespace lgsp::app {

// The instances a command-line run works on (--check, --list): the local sandbox with
// --demo, the profiles named with --profile, or every saved profile; each with its secret
// from the keychain (empty when there is none: the call then reports the credential missing).
struct CommandTarget
{
    client::ConnectionProfile profile;
    QString secret;
    QString metricSourceSecret; // the password or token of the profile's Prometheus
    QString securityServerKey;  // the API key of its X-Road security server
    // Translated; set when the keychain could not be read (unreachable, locked, refused or
    // silent until the deadline), as opposed to holding no secret for the profile.
    QString secretProblem;
};

class CommandTargets final
{
    Q_DECLARE_TR_FUNCTIONS(CommandTargets)

public:
    // `sandbox` is started for --demo and must outlive the run. False with a translated
    // *error when nothing can be worked on. Waits for the sandbox and the keychain at most
    // until `deadline`.
    static bool collect(bool demo, const QStringList &profileNames, bool all,
                        client::LocalSandbox *sandbox, QList<CommandTarget> *targets,
                        QString *error, QDeadlineTimer deadline = QDeadlineTimer::Forever);
};

} // namespace lgsp::app
