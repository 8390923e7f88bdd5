#include "sandbox/logging.h"

Q_LOGGING_CATEGORY(lcSandbox, "lgsp.sandbox", QtInfoMsg)
