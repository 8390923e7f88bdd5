#pragma once

#include "protocol/metrics.h"

namespace lgsp::sandbox {

using Bucket = protocol::MetricsBucket;

} // namespace lgsp::sandbox
