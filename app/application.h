#pragma once

namespace lgsp::app {

// Bootstraps the console: application identity, settings, language, command line, the main
// window and, with --demo, the local sandbox. Returns the process exit code.
int runConsole(int argc, char *argv[]);

} // namespace lgsp::app
