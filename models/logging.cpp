#include "models/logging.h"

Q_LOGGING_CATEGORY(lcModels, "lgsp.models", QtInfoMsg)
