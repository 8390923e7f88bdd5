#pragma once

#include "protocol/decodeerror.h"
#include "sandbox/api/apiexchange.h"

#include <QList>

#include <optional>

namespace lgsp::sandbox::problems {

// The API's common refusals, each an RFC 7807 problem with a stable code.
ApiResponse notFound(const QString &code, const QString &detail);
ApiResponse forbidden(const QString &what);
ApiResponse methodNotAllowed(const QByteArray &allow);
ApiResponse validation(const QList<protocol::DecodeError> &errors);
ApiResponse preconditionRequired();
ApiResponse preconditionFailed(const QString &what);
ApiResponse storage(const QString &error);
ApiResponse invalidTransition(const QString &detail);

// The request body as one JSON object, or a 400 malformed_json problem in *problem.
std::optional<QJsonObject> bodyObject(const ApiRequest &request, ApiResponse *problem);

} // namespace lgsp::sandbox::problems
