#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <optional>

namespace lgsp::client {

// What an X-Road security server's management API says about its link to the federation, read
// tolerantly across versions 6.26 to 7.8: a field a version lacks stays unset (unknown, and
// said so), an endpoint a version lacks is listed in `missing`.
struct XRoadState
{
    // One diagnostic: the global configuration, a timestamping service or an OCSP responder.
    struct Diagnostic
    {
        QString name; // the CA's name for an OCSP responder; the URL otherwise
        QString url;
        QString statusClass; // OK | WAITING | FAIL
        // Why: 7.8's error.code, or before 7.8 the status_code ("SUCCESS" is none).
        QString code;
        QDateTime prevUpdate;
        QDateTime nextUpdate;
    };
    struct Certificate
    {
        QString token;
        QString usage; // AUTHENTICATION | SIGNING (empty when the version does not say)
        QString ownerId;
        QString subject;
        QDateTime notAfter;
        QString ocspStatus; // OCSP_RESPONSE_GOOD, OCSP_RESPONSE_REVOKED, EXPIRED, DISABLED…
        bool active = true;
    };
    // /notifications/alerts: what the server's own UI warns about.
    struct Alerts
    {
        std::optional<bool> globalConfValid;
        std::optional<bool> softTokenPinEntered;
        std::optional<bool> certificateRenewalOk;
        int authCertificatesWithErrors = 0;
        int signCertificatesWithErrors = 0;
        QDateTime backupRestoreRunningSince;
    };
    struct Member
    {
        QString id;     // VN:GOV:000.00.00.G22:lgsp
        QString status; // REGISTERED, SAVED, REGISTRATION_IN_PROGRESS, DELETION_IN_PROGRESS, …
        // From /clients/{id}/service-descriptions (subsystems only); unset: not read.
        std::optional<int> descriptions;
        std::optional<int> disabledDescriptions;
        std::optional<int> services;
    };
    // /system/certificate: the internal TLS certificate information systems connect to.
    struct TlsCertificate
    {
        QString subject;
        QDateTime notAfter;
    };
    // /diagnostics/addon-status and /diagnostics/backup-encryption-status.
    struct Addons
    {
        std::optional<bool> messageLog;
        std::optional<bool> opMonitoring;
        std::optional<bool> backupEncryption;
    };
    // /diagnostics/operational-monitoring (7.7+): exchanges over the last hour.
    struct Exchanges
    {
        QDateTime from;
        QDateTime to;
        qint64 succeeded = 0;
        qint64 failed = 0;
    };

    QString versionText; // "Security Server version 7.8.0-1.ubuntu22.04"
    QVersionNumber version;
    QString nodeType; // STANDALONE | PRIMARY | SECONDARY (7.x)
    std::optional<Diagnostic> globalConf;
    std::optional<QList<Diagnostic>> timestamping;
    std::optional<QList<Diagnostic>> ocsp;
    std::optional<QList<Certificate>> certificates;
    std::optional<Alerts> alerts;
    std::optional<QList<Member>> clients;
    std::optional<TlsCertificate> tlsCertificate;
    std::optional<Addons> addons;
    std::optional<Exchanges> exchanges;
    // Endpoints this server does not have (a 404), and those it refused or failed, by path.
    QStringList missing;
    QHash<QString, QString> problems;
    bool reused = false; // a read made for another client moments ago, not asked again

    // What was read, for diagnostics reports and `--check --format json` (xroadstatejson.cpp):
    // no key or credential is part of it.
    QJsonObject toJson() const;
};

// Readers of each endpoint's body; nullopt with `error` set when the body is not that shape.
namespace xroad {

std::optional<QString> readVersion(const QByteArray &body, QString *error);
std::optional<QString> readNodeType(const QByteArray &body, QString *error);
std::optional<XRoadState::Diagnostic> readGlobalConf(const QByteArray &body, QString *error);
std::optional<QList<XRoadState::Diagnostic>> readTimestamping(const QByteArray &body,
                                                              QString *error);
std::optional<QList<XRoadState::Diagnostic>> readOcsp(const QByteArray &body, QString *error);
std::optional<QList<XRoadState::Certificate>> readTokens(const QByteArray &body, QString *error);
std::optional<XRoadState::Alerts> readAlerts(const QByteArray &body, QString *error);
std::optional<QList<XRoadState::Member>> readClients(const QByteArray &body, QString *error);
// Fills the member's counts of service descriptions (and disabled ones) and services.
bool readServiceDescriptions(const QByteArray &body, XRoadState::Member *member, QString *error);
std::optional<XRoadState::TlsCertificate> readTlsCertificate(const QByteArray &body,
                                                             QString *error);
// Each fills its part of `addons`.
bool readAddonStatus(const QByteArray &body, XRoadState::Addons *addons, QString *error);
bool readBackupEncryption(const QByteArray &body, XRoadState::Addons *addons, QString *error);
// The sum of the intervals; `from` and `to` are the range asked for.
std::optional<XRoadState::Exchanges> readOperationalData(const QByteArray &body,
                                                         const QDateTime &from, const QDateTime &to,
                                                         QString *error);
// "Security Server version 7.8.0-1.ubuntu22.04" → 7.8.0.
QVersionNumber versionNumber(const QString &info);

} // namespace xroad

} // namespace lgsp::client
