#pragma once

#include "client/metrics/prometheus/promanswer.h"

#include <QByteArray>

#include <optional>

namespace lgsp::client {

// A successful Prometheus answer read straight from its bytes, without building a JSON
// document first: a day of slots for 60 instances is 10–15 MB of JSON, which the generic
// reader takes most of a second for, on a worker thread that other answers wait behind. Any
// JSON is accepted (keys in any order, spaces, escapes, unknown keys skipped); anything that is
// not a successful answer gives nullopt, and PromAnswer::decode then reads it the slow way
// (which also says what is wrong).
std::optional<PromAnswer> readPromSuccess(const QByteArray &body);

} // namespace lgsp::client
