#include "sandbox/api/problems.h"

#include "protocol/jsonreader.h"

namespace lgsp::sandbox::problems {

ApiResponse notFound(const QString &code, const QString &detail)
{
    return ApiResponse::problem(404, code, QStringLiteral("Not found"), detail);
}

ApiResponse forbidden(const QString &what)
{
    return ApiResponse::problem(403, QStringLiteral("forbidden"), QStringLiteral("Forbidden"),
                                QStringLiteral("This credential may not %1.").arg(what));
}

ApiResponse methodNotAllowed(const QByteArray &allow)
{
    return ApiResponse::problem(405, QStringLiteral("method_not_allowed"),
                                QStringLiteral("Method not allowed"))
        .withHeader("Allow", allow);
}

ApiResponse validation(const QList<protocol::DecodeError> &errors)
{
    QJsonArray list;
    for (const protocol::DecodeError &e : errors) {
        list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                {QStringLiteral("code"), QStringLiteral("invalid")},
                                {QStringLiteral("message"), e.message}});
    }
    return ApiResponse::problem(
        400, QStringLiteral("validation_failed"), QStringLiteral("The request is not valid"),
        QStringLiteral("%1 field(s) are not valid.").arg(errors.size()), list);
}

ApiResponse preconditionRequired()
{
    return ApiResponse::problem(428, QStringLiteral("precondition_required"),
                                QStringLiteral("If-Match is required"),
                                QStringLiteral("Send the ETag you read in If-Match."));
}

ApiResponse preconditionFailed(const QString &what)
{
    return ApiResponse::problem(412, QStringLiteral("precondition_failed"),
                                QStringLiteral("The %1 changed since you read it").arg(what),
                                QStringLiteral("Read it again and reapply your change."));
}

ApiResponse storage(const QString &error)
{
    return ApiResponse::problem(500, QStringLiteral("storage_error"),
                                QStringLiteral("The database failed"), error);
}

ApiResponse invalidTransition(const QString &detail)
{
    return ApiResponse::problem(409, QStringLiteral("invalid_transition"),
                                QStringLiteral("Not possible now"), detail);
}

std::optional<QJsonObject> bodyObject(const ApiRequest &request, ApiResponse *problem)
{
    protocol::DecodeError error;
    const QJsonObject object = protocol::parseJsonObject(request.body, &error);
    if (!error.isNull()) {
        *problem =
            ApiResponse::problem(400, QStringLiteral("malformed_json"),
                                 QStringLiteral("The body is not a JSON object"), error.message);
        return std::nullopt;
    }
    return object;
}

} // namespace lgsp::sandbox::problems
