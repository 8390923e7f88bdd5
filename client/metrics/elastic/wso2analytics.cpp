#include "client/metrics/elastic/wso2analytics.h"

#include "protocol/jsonreader.h"

#include <QRegularExpression>

namespace lgsp::client {

using protocol::JsonReader;

namespace {

// An index pattern as Elasticsearch takes it in a path: names and wildcards, comma-separated,
// lower case, none of the characters the cluster refuses in an index name.
bool usablePattern(const QString &pattern)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_.*+\\-]+(,[a-z0-9_.*+\\-]+)*$"));
    return re.match(pattern).hasMatch();
}

bool usableField(const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_@][A-Za-z0-9_.@]*$"));
    return re.match(field).hasMatch();
}

} // namespace

QString Wso2Analytics::problem() const
{
    if (!usablePattern(responseIndex) || !usablePattern(faultyIndex))
        return tr("An index pattern may hold only lower-case letters, digits, \"_\", \"-\", "
                  "\".\", \"+\" and \"*\", several separated by commas.");
    if (!usableField(timeField) || !usableField(latencyField))
        return tr("The time and latency fields must be field names, such as requestTimestamp "
                  "and responseLatency.");
    if (!keywordSuffix.isEmpty() && !usableField(keywordSuffix.mid(1)))
        return tr("The keyword sub-field must be empty or a dot and a name, such as .keyword.");
    if (!keywordSuffix.isEmpty() && !keywordSuffix.startsWith(QLatin1Char('.')))
        return tr("The keyword sub-field must be empty or a dot and a name, such as .keyword.");
    return {};
}

QJsonObject Wso2Analytics::toJson() const
{
    return QJsonObject{
        {QStringLiteral("responseIndex"), responseIndex},
        {QStringLiteral("faultyIndex"), faultyIndex},
        {QStringLiteral("timeField"), timeField},
        {QStringLiteral("latencyField"), latencyField},
        {QStringLiteral("keywordSuffix"), keywordSuffix},
        {QStringLiteral("filter"), filter},
    };
}

Wso2Analytics Wso2Analytics::fromJson(const QJsonObject &object, const QString &pointer,
                                      QList<protocol::DecodeError> *errors)
{
    JsonReader reader(object, pointer);
    Wso2Analytics a;
    a.responseIndex =
        reader.optionalString(QStringLiteral("responseIndex"), a.responseIndex).trimmed();
    a.faultyIndex = reader.optionalString(QStringLiteral("faultyIndex"), a.faultyIndex).trimmed();
    a.timeField = reader.optionalString(QStringLiteral("timeField"), a.timeField).trimmed();
    a.latencyField =
        reader.optionalString(QStringLiteral("latencyField"), a.latencyField).trimmed();
    a.keywordSuffix =
        reader.optionalString(QStringLiteral("keywordSuffix"), a.keywordSuffix).trimmed();
    a.filter = reader.optionalString(QStringLiteral("filter")).trimmed();
    const QString problem = a.problem();
    if (!problem.isEmpty())
        reader.fail(pointer, problem);
    if (errors)
        *errors += reader.errors();
    return a;
}

} // namespace lgsp::client
