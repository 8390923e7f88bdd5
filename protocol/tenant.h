#pragma once

#include "protocol/decodeerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace lgsp::protocol {

// A tenant of an LGSP instance: one agency (ministry, province or unit) that provides or
// consumes services through it.
struct Tenant
{
    QString code;   // agency code, see agencycode.h
    QString name;   // Vietnamese, NFC
    QString nameEn; // may be empty
    QString kind;   // ministry | province | agency
    QString status; // trial | active | suspended | closed
    QString ndxpMemberId;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    bool codeVerified = true; // false: a demo code not confirmed by an official source
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 serviceCount = 0; // -1: the server does not count them (WSO2); null on the wire
    qint64 consumerCount = 0;
    QStringList allowedActions;

    static QStringList kinds();
    static QStringList statuses();

    QJsonObject toJson() const;
    static std::optional<Tenant> fromJson(const QJsonObject &object, DecodeError *error);

    friend bool operator==(const Tenant &a, const Tenant &b) { return a.toJson() == b.toJson(); }
};

// What a client may send to create or update a tenant. Validation collects every problem.
struct TenantInput
{
    QString code;
    QString name;
    QString nameEn;
    QString kind;
    QString status;
    QString contactName;
    QString contactEmail;
    QString contactPhone;

    // `forUpdate`: the code comes from the URL and every field is optional.
    static std::optional<TenantInput> fromJson(const QJsonObject &object, bool forUpdate,
                                               QList<DecodeError> *errors);
    QJsonObject toJson() const;
};

} // namespace lgsp::protocol
