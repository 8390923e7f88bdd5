#include "client/logging.h"

Q_LOGGING_CATEGORY(lcClient, "lgsp.client", QtInfoMsg)
