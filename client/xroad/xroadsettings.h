#pragma once

#include "protocol/decodeerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace lgsp::client {

// The X-Road security server an LGSP reaches NDXP through, attached to the LGSP's profile: its
// management REST API (https://<server>:4000, the API under /api/v1) and an optional SHA-256
// pin of its certificate (these servers mostly use self-signed ones). The API key is in the
// keychain under the profile's "xroad-key"; an observer's key (XROAD_SECURITYSERVER_OBSERVER)
// reads everything the console shows.
struct XRoadSettings
{
    QUrl url;
    QString pinSha256; // 64 hexadecimal characters, or empty

    bool attached() const { return !url.isEmpty(); }

    QJsonObject toJson() const;
    static XRoadSettings fromJson(const QJsonObject &object, const QString &pointer,
                                  QList<protocol::DecodeError> *errors);
};

} // namespace lgsp::client
