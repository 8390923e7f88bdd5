#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace lgsp::client {

// One check of the health probe: what was checked, how it went, how long it took.
struct ProbeCheck
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCheck)

public:
    enum class Status { Ok, Warn, Fail, Skipped };

    QString id;    // stable: dns, connect, tls, certificate, version, clock, auth, server.<name>
    QString title; // translated
    Status status = Status::Skipped;
    QString detail;        // translated sentence, or the server's own text for server checks
    qint64 elapsedMs = -1; // -1: not timed
    QDateTime checkedAt;
    // Server checks: the server's code and parameters for the detail (empty when it sent
    // only text), so it can be said again in another language.
    QString serverCode;
    QJsonObject serverParams;

    // The title and detail in the current interface language (the detail of the console's
    // own checks stays in the language of the probe that made it).
    QString currentTitle() const;
    QString currentDetail() const;

    static QString statusName(Status status); // ok | warn | fail | skipped
    // The graver of two: Fail, then Warn, then Ok, then Skipped.
    static Status worse(Status a, Status b);
    static QString statusText(Status status); // translated: OK / Cảnh báo / Lỗi / Bỏ qua
    QJsonObject toJson() const;
};

// What the probe learnt about one instance.
struct ProbeReport
{
    QUuid profileId;
    QString profileName;
    QUrl url;
    QList<ProbeCheck> checks;
    QDateTime startedAt;
    QDateTime finishedAt;
    // Figures the fleet overview shows; unset when the probe did not get that far.
    std::optional<int> certificateDaysLeft;
    QDateTime certificateExpiry;       // of the first certificate of the chain to expire
    std::optional<qint64> clockSkewMs; // server time minus local time
    std::optional<qint64> latencyMs;   // of GET /info
    QString serverName;
    QString serverVersion;
    QString apiVersion;
    // The members and subsystems on the instance's X-Road security server (client id → its
    // status: REGISTERED, SAVED, DISABLED…); unset when it has none or they could not be read.
    std::optional<QHash<QString, QString>> ndxpClients;
    // What the security server said (XRoadState::toJson()), with its address; empty when it
    // has none or could not be read.
    QJsonObject securityServer;

    // The worst status of all checks (skipped ones do not count); Ok when there are none.
    ProbeCheck::Status overall() const;
    // 0 all OK, 1 a warning, 2 a failure — the exit code of `lgsp-console --check`.
    int exitCode() const;
    const ProbeCheck *check(const QString &id) const;
    QJsonObject toJson() const;
};

} // namespace lgsp::client
