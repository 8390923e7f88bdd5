#include "client/profiles/metricsourcesettings.h"

#include "protocol/jsonreader.h"

namespace lgsp::client {

using protocol::JsonReader;

QStringList MetricSourceSettings::kinds()
{
    return {QStringLiteral("instance"), QStringLiteral("prometheus"),
            QStringLiteral("wso2-analytics")};
}

QStringList MetricSourceSettings::authKinds()
{
    return {QStringLiteral("none"), QStringLiteral("basic"), QStringLiteral("bearer"),
            QStringLiteral("apikey")};
}

QJsonObject MetricSourceSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("kind"), kind},
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("auth"), auth},
        {QStringLiteral("user"), user},
        {QStringLiteral("orgId"), orgId},
        {QStringLiteral("selector"), selector},
        {QStringLiteral("scrapeIntervalSeconds"), scrapeIntervalSeconds},
        {QStringLiteral("compress"), compress},
        {QStringLiteral("mapping"), mapping.toJson()},
        {QStringLiteral("analytics"), analytics.toJson()},
    };
}

MetricSourceSettings MetricSourceSettings::fromJson(const QJsonObject &object,
                                                    const QString &pointer,
                                                    QList<protocol::DecodeError> *errors)
{
    JsonReader reader(object, pointer);
    MetricSourceSettings s;
    s.kind = reader.optionalEnum(QStringLiteral("kind"), kinds(), QStringLiteral("instance"));
    const QString url = reader.optionalString(QStringLiteral("url"));
    s.url = QUrl(url, QUrl::StrictMode);
    const bool badUrl =
        !s.url.isValid() || s.url.host().isEmpty() ||
        (s.url.scheme() != QLatin1String("https") && s.url.scheme() != QLatin1String("http"));
    if ((!url.isEmpty() || s.isSeparate()) && badUrl)
        reader.fail(reader.pointerTo(QStringLiteral("url")),
                    JsonReader::tr("not an http or https URL"));
    s.auth = reader.optionalEnum(QStringLiteral("auth"), authKinds(), QStringLiteral("none"));
    s.user = reader.optionalString(QStringLiteral("user")).trimmed();
    if (s.auth == QLatin1String("basic") && s.user.isEmpty() && s.isSeparate())
        reader.fail(reader.pointerTo(QStringLiteral("user")),
                    JsonReader::tr("basic authentication needs a user name"));
    s.orgId = reader.optionalString(QStringLiteral("orgId")).trimmed();
    s.selector = reader.optionalString(QStringLiteral("selector")).trimmed();
    s.scrapeIntervalSeconds =
        int(reader.optionalInteger(QStringLiteral("scrapeIntervalSeconds"), 1, 3600, 15));
    s.compress = reader.optionalBool(QStringLiteral("compress"), true);
    QList<protocol::DecodeError> mappingErrors;
    s.mapping = PromMapping::fromJson(reader.object(QStringLiteral("mapping"), false),
                                      reader.pointerTo(QStringLiteral("mapping")), &mappingErrors);
    QList<protocol::DecodeError> analyticsErrors;
    s.analytics =
        Wso2Analytics::fromJson(reader.object(QStringLiteral("analytics"), false),
                                reader.pointerTo(QStringLiteral("analytics")), &analyticsErrors);
    if (errors) {
        *errors += reader.errors();
        *errors += mappingErrors;
        if (s.isAnalytics())
            *errors += analyticsErrors;
    }
    return s;
}

} // namespace lgsp::client
