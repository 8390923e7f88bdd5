#include "client/xroad/xroadsettings.h"

#include "protocol/jsonreader.h"

#include <QRegularExpression>

namespace lgsp::client {

using protocol::JsonReader;

QJsonObject XRoadSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("url"), url.toString()},
                       {QStringLiteral("pinSha256"), pinSha256}};
}

XRoadSettings XRoadSettings::fromJson(const QJsonObject &object, const QString &pointer,
                                      QList<protocol::DecodeError> *errors)
{
    JsonReader reader(object, pointer);
    XRoadSettings s;
    const QString url = reader.optionalString(QStringLiteral("url")).trimmed();
    s.url = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() &&
        (!s.url.isValid() || s.url.host().isEmpty() ||
         (s.url.scheme() != QLatin1String("https") && s.url.scheme() != QLatin1String("http"))))
        reader.fail(reader.pointerTo(QStringLiteral("url")),
                    JsonReader::tr("not an http or https URL"));
    s.pinSha256 = reader.optionalString(QStringLiteral("pinSha256")).trimmed().toLower();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!s.pinSha256.isEmpty() && !hex64.match(s.pinSha256).hasMatch())
        reader.fail(reader.pointerTo(QStringLiteral("pinSha256")),
                    JsonReader::tr("a SHA-256 pin is 64 hexadecimal characters"));
    if (errors)
        *errors += reader.errors();
    return s;
}

} // namespace lgsp::client
