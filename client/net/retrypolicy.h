#pragma once

#include <chrono>

namespace lgsp::client {

// When to retry an idempotent call that failed for a reason that may pass (network error,
// timeout, 502/503/504, 429): exponential backoff with full jitter, and the server's
// Retry-After when it sends one (up to a bound; beyond it the error goes to the caller).
struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds base{300};
    std::chrono::milliseconds cap{8000};
    std::chrono::seconds maxRetryAfter{20};

    // The wait before attempt `attempt + 1` (attempt counts from 1). `unitRandom` in [0, 1).
    // retryAfter: the server's Retry-After in seconds, 0 when absent. Negative: do not retry.
    std::chrono::milliseconds delayBefore(int attempt, int retryAfterSeconds,
                                          double unitRandom) const;
};

} // namespace lgsp::client
