#pragma once

#include "sandbox/api/apiexchange.h"

#include <functional>

namespace lgsp::sandbox {

// One resource of a collection: "{key}" answers GET and PATCH, "{key}:{action}" answers POST.
struct ResourceRoute
{
    std::function<ApiResponse(const QString &key)> get;
    std::function<ApiResponse(const QString &key)> update;
    std::function<ApiResponse(const QString &key, const QString &action)> action;
    std::function<ApiResponse(const QString &key)> notFound;

    // `tail` is the path after the collection's "/": "{key}" or "{key}:{action}".
    ApiResponse dispatch(const ApiRequest &request, const QString &tail) const;
};

} // namespace lgsp::sandbox
