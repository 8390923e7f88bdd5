#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lgsp::app {

// Non-interactive provisioning for officers who configure many instances, without a window:
//   lgsp-console --add-profile NAME --url URL [--kind lgsp-v1] [--client-id ID] [--group G]
//                [--ca-file F] [--read-only] [--secret-stdin]
//   lgsp-console --import-profiles FILE
//   lgsp-console --remove-profile NAME     (removes its secrets from the keychain too)
// The secret is read from standard input, never from the command line. Exit codes: 0 done,
// 1 the profile was saved but its secret could not reach a keychain, 2 nothing was changed
// (bad arguments, bad file, unreadable profile list).
class Provisioning final
{
    Q_DECLARE_TR_FUNCTIONS(Provisioning)

public:
    // True when the arguments ask for provisioning (so no window is needed).
    static bool requested(const QStringList &arguments);
    static int run(const QStringList &arguments);
};

} // namespace lgsp::app
