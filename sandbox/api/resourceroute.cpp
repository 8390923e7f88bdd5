#include "sandbox/api/resourceroute.h"

#include "sandbox/api/problems.h"

namespace lgsp::sandbox {

ApiResponse ResourceRoute::dispatch(const ApiRequest &request, const QString &tail) const
{
    const qsizetype colon = tail.indexOf(QLatin1Char(':'));
    const QString key = colon < 0 ? tail : tail.left(colon);
    if (key.isEmpty() || key.contains(QLatin1Char('/')))
        return notFound(key);
    if (colon >= 0) {
        if (request.method != QLatin1String("POST"))
            return problems::methodNotAllowed("POST");
        return action(key, tail.mid(colon + 1));
    }
    if (request.method == QLatin1String("GET"))
        return get(key);
    if (request.method == QLatin1String("PATCH"))
        return update(key);
    return problems::methodNotAllowed("GET, PATCH");
}

} // namespace lgsp::sandbox
