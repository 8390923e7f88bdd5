#include "client/xroad/xroadstate.h"

#include "protocol/timestamps.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lgsp::client {

namespace {

void insertTime(QJsonObject &o, const char *key, const QDateTime &t)
{
    if (t.isValid())
        o.insert(QLatin1String(key), protocol::formatTimestamp(t));
}

QJsonObject diagnosticJson(const XRoadState::Diagnostic &d)
{
    QJsonObject o{{QStringLiteral("name"), d.name}, {QStringLiteral("status"), d.statusClass}};
    if (!d.url.isEmpty() && d.url != d.name)
        o.insert(QStringLiteral("url"), d.url);
    if (!d.code.isEmpty())
        o.insert(QStringLiteral("code"), d.code);
    insertTime(o, "prevUpdate", d.prevUpdate);
    insertTime(o, "nextUpdate", d.nextUpdate);
    return o;
}

QJsonArray diagnosticsJson(const QList<XRoadState::Diagnostic> &list)
{
    QJsonArray a;
    for (const XRoadState::Diagnostic &d : list)
        a.append(diagnosticJson(d));
    return a;
}

void insertFlag(QJsonObject &o, const char *key, const std::optional<bool> &flag)
{
    if (flag)
        o.insert(QLatin1String(key), *flag);
}

} // namespace

QJsonObject XRoadState::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version.isNull() ? versionText : version.toString()},
                  {QStringLiteral("versionText"), versionText}};
    if (!nodeType.isEmpty())
        o.insert(QStringLiteral("nodeType"), nodeType);
    if (globalConf)
        o.insert(QStringLiteral("globalConf"), diagnosticJson(*globalConf));
    if (timestamping)
        o.insert(QStringLiteral("timestamping"), diagnosticsJson(*timestamping));
    if (ocsp)
        o.insert(QStringLiteral("ocspResponders"), diagnosticsJson(*ocsp));
    if (certificates) {
        // The token a certificate is on is its "store" here: diagnostics reports drop any field
        // whose name says token.
        QJsonArray a;
        for (const Certificate &c : *certificates) {
            QJsonObject e{{QStringLiteral("store"), c.token},
                          {QStringLiteral("usage"), c.usage},
                          {QStringLiteral("owner"), c.ownerId},
                          {QStringLiteral("subject"), c.subject},
                          {QStringLiteral("ocspStatus"), c.ocspStatus},
                          {QStringLiteral("active"), c.active}};
            insertTime(e, "notAfter", c.notAfter);
            a.append(e);
        }
        o.insert(QStringLiteral("certificates"), a);
    }
    if (tlsCertificate) {
        QJsonObject e{{QStringLiteral("subject"), tlsCertificate->subject}};
        insertTime(e, "notAfter", tlsCertificate->notAfter);
        o.insert(QStringLiteral("tlsCertificate"), e);
    }
    if (alerts) {
        QJsonObject e{
            {QStringLiteral("authCertificatesWithErrors"), alerts->authCertificatesWithErrors},
            {QStringLiteral("signCertificatesWithErrors"), alerts->signCertificatesWithErrors}};
        insertFlag(e, "globalConfValid", alerts->globalConfValid);
        insertFlag(e, "softwareStoreLoggedIn", alerts->softTokenPinEntered);
        insertFlag(e, "certificateRenewalOk", alerts->certificateRenewalOk);
        insertTime(e, "backupRestoreRunningSince", alerts->backupRestoreRunningSince);
        o.insert(QStringLiteral("alerts"), e);
    }
    if (addons) {
        QJsonObject e;
        insertFlag(e, "messageLog", addons->messageLog);
        insertFlag(e, "opMonitoring", addons->opMonitoring);
        insertFlag(e, "backupEncryption", addons->backupEncryption);
        o.insert(QStringLiteral("addons"), e);
    }
    if (exchanges) {
        QJsonObject e{{QStringLiteral("succeeded"), double(exchanges->succeeded)},
                      {QStringLiteral("failed"), double(exchanges->failed)}};
        insertTime(e, "from", exchanges->from);
        insertTime(e, "to", exchanges->to);
        o.insert(QStringLiteral("exchanges"), e);
    }
    if (clients) {
        QJsonArray a;
        for (const Member &m : *clients) {
            QJsonObject e{{QStringLiteral("id"), m.id}, {QStringLiteral("status"), m.status}};
            if (m.descriptions)
                e.insert(QStringLiteral("serviceDescriptions"), *m.descriptions);
            if (m.disabledDescriptions)
                e.insert(QStringLiteral("disabledServiceDescriptions"), *m.disabledDescriptions);
            if (m.services)
                e.insert(QStringLiteral("services"), *m.services);
            a.append(e);
        }
        o.insert(QStringLiteral("clients"), a);
    }
    if (reused)
        o.insert(QStringLiteral("reused"), true); // read moments before for another client
    if (!missing.isEmpty())
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
    if (!problems.isEmpty()) {
        QJsonObject e;
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            e.insert(it.key(), it.value());
        o.insert(QStringLiteral("problems"), e);
    }
    return o;
}

} // namespace lgsp::client
