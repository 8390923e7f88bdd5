#include "ui/logging.h"

Q_LOGGING_CATEGORY(lcUi, "lgsp.ui", QtInfoMsg)
