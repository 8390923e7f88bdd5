#include "client/backend/wso2release.h"

#include "client/clienterror.h"

#include <QRegularExpression>

namespace lgsp::client::wso2 {

QString Release::publisher() const
{
    return QStringLiteral("/api/am/publisher/v%1").arg(minor <= 0 ? 2 : minor == 1 ? 3 : 4);
}

QString Release::catalog() const
{
    return QStringLiteral("/api/am/service-catalog/v%1").arg(minor <= 0 ? 0 : 1);
}

QString Release::apiVersions() const
{
    return QStringLiteral("publisher %1, service-catalog %2")
        .arg(publisher().section(QLatin1Char('/'), -1), catalog().section(QLatin1Char('/'), -1));
}

QString Release::display() const
{
    switch (source) {
    case Source::Announced:
        return version;
    case Source::Probed:
        return ClientError::tr("%1 (from its API versions)").arg(version);
    case Source::Assumed:
        break;
    }
    return ClientError::tr("%1 (assumed)").arg(version);
}

QList<Release> Release::families()
{
    QList<Release> out;
    for (const auto &[minor, name] :
         {std::pair{2, "4.2+"}, std::pair{1, "4.1"}, std::pair{0, "4.0"}}) {
        Release r;
        r.minor = minor;
        r.version = QLatin1String(name);
        r.source = Source::Probed;
        out.append(r);
    }
    return out;
}

std::optional<Release> Release::fromVersionAnswer(const QByteArray &body)
{
    // <return>WSO2 API Manager-4.1.0</return>, or the same text alone; the product name
    // carbon.xml gives may be changed, so only "API Manager" and the number are looked for.
    static const QRegularExpression returned(QStringLiteral("<(?:\\w+:)?return>([^<]*)</"));
    static const QRegularExpression number(
        QStringLiteral("API Manager\\D{0,8}?(\\d+)\\.(\\d+)(?:\\.(\\d+))?"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(body.left(4096));
    const QRegularExpressionMatch r = returned.match(text);
    const QString product = (r.hasMatch() ? r.captured(1) : text).trimmed();
    const QRegularExpressionMatch m = number.match(product);
    if (!m.hasMatch() || m.captured(1) != QLatin1String("4"))
        return std::nullopt;
    Release release;
    release.minor = m.captured(2).toInt();
    release.version = m.captured(1) + QLatin1Char('.') + m.captured(2) +
                      (m.captured(3).isEmpty() ? QString() : QLatin1Char('.') + m.captured(3));
    release.product = product.left(120);
    release.source = Source::Announced;
    return release;
}

} // namespace lgsp::client::wso2
