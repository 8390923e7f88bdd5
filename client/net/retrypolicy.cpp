#include "client/net/retrypolicy.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace lgsp::client {

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt, int retryAfterSeconds,
                                                   double unitRandom) const
{
    using std::chrono::milliseconds;
    if (attempt >= maxAttempts)
        return milliseconds(-1);
    if (retryAfterSeconds > 0) {
        if (std::chrono::seconds(retryAfterSeconds) > maxRetryAfter)
            return milliseconds(-1);
        return std::chrono::seconds(retryAfterSeconds);
    }
    const double exponential =
        std::min(double(cap.count()), double(base.count()) * std::pow(2.0, attempt - 1));
    // "Equal jitter": half fixed, half random, so retries of many clients spread out but
    // never come back at once.
    const double unit = std::clamp(unitRandom, 0.0, 1.0);
    return milliseconds(qint64(exponential / 2 + exponential / 2 * unit));
}

} // namespace lgsp::client
