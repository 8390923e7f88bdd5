#pragma once

#include "protocol/decodeerror.h"
#include "protocol/problem.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lgsp::protocol {

// One change a configuration bundle makes to an instance: {op, kind, id, fields[]}.
struct ConfigChange
{
    QString op;   // add | change | remove
    QString kind; // tenant | service
    QString id;
    QStringList fields; // what differs, for op = change (and the status for remove)

    QJsonObject toJson() const;
    static std::optional<ConfigChange> fromJson(const QJsonObject &object, DecodeError *error);
};

// POST /config:validate — a dry run: is the bundle valid, and what would it change.
struct ConfigValidation
{
    bool valid = false;
    qint64 revision = 0; // the instance's revision now
    QList<ConfigChange> changes;
    QList<Problem::FieldError> errors; // field = JSON pointer into the bundle

    QJsonObject toJson() const;
    static std::optional<ConfigValidation> fromJson(const QJsonObject &object, DecodeError *error);
};

// PUT /config — the revision after applying and what was changed.
struct ConfigApplyResult
{
    qint64 revision = 0;
    QList<ConfigChange> changes;
    QString correlationId;

    QJsonObject toJson() const;
    static std::optional<ConfigApplyResult> fromJson(const QJsonObject &object, DecodeError *error);
};

// The ETag of configuration revision N, as GET /config sends it and PUT /config expects it
// in If-Match: "rN" (quotes included).
QByteArray configRevisionEtag(qint64 revision);

// POST /oauth2/token (RFC 6749 §5.1).
struct TokenResponse
{
    QString accessToken;
    QString tokenType; // "Bearer"
    qint64 expiresIn = 0;
    QString scope;

    QJsonObject toJson() const;
    static std::optional<TokenResponse> fromJson(const QJsonObject &object, DecodeError *error);
};

} // namespace lgsp::protocol
