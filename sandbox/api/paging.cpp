#include "sandbox/api/paging.h"

#include <QJsonObject>
#include <QUrl>

namespace lgsp::sandbox {

void Paging::addError(QJsonArray *errors, const QString &field, const QString &message)
{
    errors->append(QJsonObject{{QStringLiteral("field"), field},
                               {QStringLiteral("code"), QStringLiteral("invalid")},
                               {QStringLiteral("message"), message}});
}

Paging Paging::fromQuery(const ApiRequest &request, QJsonArray *errors)
{
    Paging paging;
    const QUrlQuery &q = request.query;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        paging.limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || paging.limit < 1 || paging.limit > 1000) {
            addError(errors, QStringLiteral("limit"),
                     QStringLiteral("must be a whole number from 1 to 1000"));
            paging.limit = 50;
        }
    }
    const QString cursor = q.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            addError(errors, QStringLiteral("cursor"),
                     QStringLiteral("not a cursor from this server"));
        else
            paging.after = QString::fromUtf8(*decoded);
    }
    return paging;
}

QString Paging::cursorFor(const QString &lastKey)
{
    if (lastKey.isEmpty())
        return {};
    return QString::fromLatin1(
        lastKey.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray Paging::nextLink(const ApiRequest &request, const QString &cursor)
{
    QUrlQuery next = request.query;
    next.removeAllQueryItems(QStringLiteral("cursor"));
    next.addQueryItem(QStringLiteral("cursor"), cursor);
    QUrl target;
    target.setPath(request.path);
    target.setQuery(next);
    return '<' + target.toEncoded() + ">; rel=\"next\"";
}

QString Paging::choice(const ApiRequest &request, const QString &name, const QStringList &allowed,
                       QJsonArray *errors)
{
    const QString value = request.query.queryItemValue(name, QUrl::FullyDecoded);
    if (!value.isEmpty() && !allowed.contains(value))
        addError(errors, name,
                 QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
    return value;
}

} // namespace lgsp::sandbox
