#include "client/health/probereport.h"

#include "client/health/healthprobe.h"
#include "client/health/serverchecktext.h"
#include "protocol/timestamps.h"

#include <QJsonArray>

namespace lgsp::client {

QString ProbeCheck::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

QString ProbeCheck::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("OK");
    case Status::Warn:
        return tr("WARN");
    case Status::Fail:
        return tr("FAIL");
    case Status::Skipped:
        break;
    }
    return tr("SKIPPED");
}

QString ProbeCheck::currentTitle() const
{
    return HealthProbe::titleFor(id);
}

QString ProbeCheck::currentDetail() const
{
    if (serverCode.isEmpty())
        return detail;
    protocol::HealthReport::Check check;
    check.code = serverCode;
    check.params = serverParams;
    check.detail = detail;
    return ServerCheckText::describe(check);
}

QJsonObject ProbeCheck::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("status"), statusName(status)},
                       {QStringLiteral("detail"), detail}};
    if (elapsedMs >= 0)
        object.insert(QStringLiteral("elapsedMs"), elapsedMs);
    if (checkedAt.isValid())
        object.insert(QStringLiteral("checkedAt"), protocol::formatTimestamp(checkedAt));
    if (!serverCode.isEmpty()) {
        object.insert(QStringLiteral("serverCode"), serverCode);
        object.insert(QStringLiteral("serverParams"), serverParams);
    }
    return object;
}

ProbeCheck::Status ProbeCheck::worse(Status a, Status b)
{
    const auto rank = [](Status s) {
        return s == Status::Fail ? 3 : s == Status::Warn ? 2 : s == Status::Ok ? 1 : 0;
    };
    return rank(a) >= rank(b) ? a : b;
}

ProbeCheck::Status ProbeReport::overall() const
{
    ProbeCheck::Status worst = ProbeCheck::Status::Ok;
    for (const ProbeCheck &c : checks) {
        if (c.status == ProbeCheck::Status::Fail)
            return c.status;
        if (c.status == ProbeCheck::Status::Warn)
            worst = c.status;
    }
    return worst;
}

int ProbeReport::exitCode() const
{
    switch (overall()) {
    case ProbeCheck::Status::Ok:
    case ProbeCheck::Status::Skipped:
        return 0;
    case ProbeCheck::Status::Warn:
        return 1;
    case ProbeCheck::Status::Fail:
        break;
    }
    return 2;
}

const ProbeCheck *ProbeReport::check(const QString &id) const
{
    for (const ProbeCheck &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject ProbeReport::toJson() const
{
    QJsonArray list;
    for (const ProbeCheck &c : checks)
        list.append(c.toJson());
    QJsonObject object{{QStringLiteral("profile"), profileName},
                       {QStringLiteral("url"), url.toString()},
                       {QStringLiteral("status"), ProbeCheck::statusName(overall())},
                       {QStringLiteral("checks"), list}};
    if (!profileId.isNull())
        object.insert(QStringLiteral("profileId"), profileId.toString(QUuid::WithoutBraces));
    if (startedAt.isValid())
        object.insert(QStringLiteral("startedAt"), protocol::formatTimestamp(startedAt));
    if (finishedAt.isValid())
        object.insert(QStringLiteral("finishedAt"), protocol::formatTimestamp(finishedAt));
    if (certificateDaysLeft)
        object.insert(QStringLiteral("certificateDaysLeft"), *certificateDaysLeft);
    if (clockSkewMs)
        object.insert(QStringLiteral("clockSkewMs"), *clockSkewMs);
    if (latencyMs)
        object.insert(QStringLiteral("latencyMs"), *latencyMs);
    if (!serverName.isEmpty())
        object.insert(QStringLiteral("serverName"), serverName);
    if (!serverVersion.isEmpty())
        object.insert(QStringLiteral("serverVersion"), serverVersion);
    if (!apiVersion.isEmpty())
        object.insert(QStringLiteral("apiVersion"), apiVersion);
    if (!securityServer.isEmpty())
        object.insert(QStringLiteral("securityServer"), securityServer);
    return object;
}

} // namespace lgsp::client
