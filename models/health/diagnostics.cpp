#include "models/health/diagnostics.h"

#include "lgsp_version.h"
#include "models/health/healthtimeline.h"
#include "protocol/timestamps.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSysInfo>

namespace lgsp::models {

namespace {

bool sensitiveName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("secret|token|password|passphrase|authorization|api.?key|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

bool containsSecret(const QString &value, const QStringList &secrets)
{
    for (const QString &s : secrets) {
        if (!s.isEmpty() && value.contains(s))
            return true;
    }
    return false;
}

int scrubValue(QJsonValue *value, const QStringList &secrets);

int scrubArray(QJsonArray *array, const QStringList &secrets)
{
    int removed = 0;
    for (qsizetype i = 0; i < array->size(); ++i) {
        QJsonValue v = array->at(i);
        removed += scrubValue(&v, secrets);
        array->replace(i, v);
    }
    return removed;
}

int scrubValue(QJsonValue *value, const QStringList &secrets)
{
    if (value->isObject()) {
        QJsonObject o = value->toObject();
        const int removed = scrubSecrets(&o, secrets);
        *value = o;
        return removed;
    }
    if (value->isArray()) {
        QJsonArray a = value->toArray();
        const int removed = scrubArray(&a, secrets);
        *value = a;
        return removed;
    }
    if (value->isString() && containsSecret(value->toString(), secrets)) {
        *value = QStringLiteral("[removed]");
        return 1;
    }
    return 0;
}

} // namespace

int scrubSecrets(QJsonObject *object, const QStringList &secrets)
{
    int removed = 0;
    for (const QString &key : object->keys()) {
        if (sensitiveName(key)) {
            object->remove(key);
            ++removed;
            continue;
        }
        QJsonValue v = object->value(key);
        removed += scrubValue(&v, secrets);
        object->insert(key, v);
    }
    return removed;
}

QJsonObject diagnosticsReport(const client::Fleet &fleet, const HealthTimeline &timeline,
                              const QList<QUuid> &ids, const QStringList &secrets)
{
    QJsonArray instances;
    for (const QUuid &id : fleet.ids()) {
        if (!ids.isEmpty() && !ids.contains(id))
            continue;
        const client::Fleet::Instance *instance = fleet.instance(id);
        if (!instance)
            continue;
        QJsonObject entry{{QStringLiteral("profile"), instance->profile.toJson()},
                          {QStringLiteral("polls"), instance->polls}};
        if (instance->polls > 0)
            entry.insert(QStringLiteral("lastReport"), instance->lastReport.toJson());
        if (instance->updatedAt.isValid())
            entry.insert(QStringLiteral("updatedAt"),
                         protocol::formatTimestamp(instance->updatedAt));
        if (instance->tenantCount)
            entry.insert(QStringLiteral("tenants"), *instance->tenantCount);
        if (instance->serviceCount)
            entry.insert(QStringLiteral("services"), *instance->serviceCount);
        if (instance->errorRate)
            entry.insert(QStringLiteral("errorRate"), *instance->errorRate);
        QJsonArray history;
        for (const HealthEvent &e : timeline.events(id))
            history.append(e.toJson());
        entry.insert(QStringLiteral("healthHistory"), history);
        instances.append(entry);
    }
    QJsonObject report{
        {QStringLiteral("generatedAt"), protocol::formatTimestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("console"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral(LGSP_VERSION_STRING)},
                     {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                     {QStringLiteral("os"), QSysInfo::prettyProductName()},
                     {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()}}},
        {QStringLiteral("instances"), instances}};
    scrubSecrets(&report, secrets);
    return report;
}

} // namespace lgsp::models
