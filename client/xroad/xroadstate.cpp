#include "client/xroad/xroadstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lgsp::client::xroad {

namespace {

std::optional<QJsonValue> parse(const QByteArray &body, QString *error)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(body, &e);
    if (e.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON at byte %1: %2").arg(e.offset).arg(e.errorString());
        return std::nullopt;
    }
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

QDateTime time(const QJsonObject &o, const char *key)
{
    const QString text = o.value(QLatin1String(key)).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

// A diagnostic's status: the class, and its reason in either version's words.
XRoadState::Diagnostic diagnostic(const QJsonObject &o)
{
    XRoadState::Diagnostic d;
    d.url = o.value(QLatin1String("url")).toString();
    d.name = d.url;
    d.statusClass = o.value(QLatin1String("status_class")).toString();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isObject())
        d.code = error.toObject().value(QLatin1String("code")).toString();
    const QString statusCode = o.value(QLatin1String("status_code")).toString();
    if (d.code.isEmpty() && statusCode != QLatin1String("SUCCESS"))
        d.code = statusCode;
    d.prevUpdate = time(o, "prev_update_at");
    d.nextUpdate = time(o, "next_update_at");
    return d;
}

std::optional<QJsonArray> array(const QByteArray &body, const char *what, QString *error)
{
    const std::optional<QJsonValue> v = parse(body, error);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        *error = QStringLiteral("%1: not an array").arg(QLatin1String(what));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QJsonObject> object(const QByteArray &body, const char *what, QString *error)
{
    const std::optional<QJsonValue> v = parse(body, error);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        *error = QStringLiteral("%1: not an object").arg(QLatin1String(what));
        return std::nullopt;
    }
    return v->toObject();
}

} // namespace

QVersionNumber versionNumber(const QString &info)
{
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.(\\d+)\\.(\\d+)"));
    const QRegularExpressionMatch m = re.match(info);
    if (!m.hasMatch())
        return {};
    return QVersionNumber(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

std::optional<QString> readVersion(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, "version", error);
    if (!o)
        return std::nullopt;
    const QString info = o->value(QLatin1String("info")).toString();
    if (info.isEmpty()) {
        *error = QStringLiteral("version: no info");
        return std::nullopt;
    }
    return info;
}

std::optional<QString> readNodeType(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, "node type", error);
    if (!o)
        return std::nullopt;
    return o->value(QLatin1String("node_type")).toString();
}

std::optional<XRoadState::Diagnostic> readGlobalConf(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, "globalconf", error);
    if (!o)
        return std::nullopt;
    if (!o->value(QLatin1String("status_class")).isString()) {
        *error = QStringLiteral("globalconf: no status_class");
        return std::nullopt;
    }
    XRoadState::Diagnostic d = diagnostic(*o);
    d.url = o->value(QLatin1String("last_successful_url")).toString();
    d.name = d.url;
    return d;
}

std::optional<QList<XRoadState::Diagnostic>> readTimestamping(const QByteArray &body,
                                                              QString *error)
{
    const std::optional<QJsonArray> a = array(body, "timestamping services", error);
    if (!a)
        return std::nullopt;
    QList<XRoadState::Diagnostic> out;
    for (const QJsonValue &v : *a)
        out.append(diagnostic(v.toObject()));
    return out;
}

std::optional<QList<XRoadState::Diagnostic>> readOcsp(const QByteArray &body, QString *error)
{
    const std::optional<QJsonArray> a = array(body, "OCSP responders", error);
    if (!a)
        return std::nullopt;
    QList<XRoadState::Diagnostic> out;
    for (const QJsonValue &ca : *a) {
        const QString caName = ca.toObject().value(QLatin1String("distinguished_name")).toString();
        for (const QJsonValue &r :
             ca.toObject().value(QLatin1String("ocsp_responders")).toArray()) {
            XRoadState::Diagnostic d = diagnostic(r.toObject());
            d.name = caName;
            out.append(d);
        }
    }
    return out;
}

std::optional<QList<XRoadState::Certificate>> readTokens(const QByteArray &body, QString *error)
{
    const std::optional<QJsonArray> a = array(body, "tokens", error);
    if (!a)
        return std::nullopt;
    QList<XRoadState::Certificate> out;
    for (const QJsonValue &token : *a) {
        const QString tokenName = token.toObject().value(QLatin1String("name")).toString();
        for (const QJsonValue &key : token.toObject().value(QLatin1String("keys")).toArray()) {
            const QString usage = key.toObject().value(QLatin1String("usage")).toString();
            for (const QJsonValue &c :
                 key.toObject().value(QLatin1String("certificates")).toArray()) {
                const QJsonObject cert = c.toObject();
                const QJsonObject details =
                    cert.value(QLatin1String("certificate_details")).toObject();
                XRoadState::Certificate out1;
                out1.token = tokenName;
                out1.usage = usage;
                out1.ownerId = cert.value(QLatin1String("owner_id")).toString();
                out1.subject = details.value(QLatin1String("subject_common_name")).toString();
                if (out1.subject.isEmpty())
                    out1.subject =
                        details.value(QLatin1String("subject_distinguished_name")).toString();
                out1.notAfter = time(details, "not_after");
                out1.ocspStatus = cert.value(QLatin1String("ocsp_status")).toString();
                out1.active = cert.value(QLatin1String("active")).toBool(true);
                out.append(out1);
            }
        }
    }
    return out;
}

std::optional<XRoadState::Alerts> readAlerts(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, "alerts", error);
    if (!o)
        return std::nullopt;
    const auto flag = [&o](const char *key) -> std::optional<bool> {
        const QJsonValue v = o->value(QLatin1String(key));
        return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
    };
    XRoadState::Alerts a;
    // A check that could not run says nothing about what it checks.
    if (flag("global_conf_valid_check_success").value_or(true))
        a.globalConfValid = flag("global_conf_valid");
    if (flag("soft_token_pin_entered_check_success").value_or(true))
        a.softTokenPinEntered = flag("soft_token_pin_entered");
    a.certificateRenewalOk = flag("certificate_renewal_job_success");
    a.authCertificatesWithErrors =
        int(o->value(QLatin1String("auth_certificate_ids_with_errors")).toArray().size());
    a.signCertificatesWithErrors =
        int(o->value(QLatin1String("sign_certificate_ids_with_errors")).toArray().size());
    a.backupRestoreRunningSince = time(*o, "backup_restore_running_since");
    return a;
}

std::optional<QList<XRoadState::Member>> readClients(const QByteArray &body, QString *error)
{
    const std::optional<QJsonArray> a = array(body, "clients", error);
    if (!a)
        return std::nullopt;
    QList<XRoadState::Member> out;
    for (const QJsonValue &v : *a) {
        const QJsonObject o = v.toObject();
        XRoadState::Member m;
        m.id = o.value(QLatin1String("id")).toString();
        m.status = o.value(QLatin1String("status")).toString();
        out.append(m);
    }
    return out;
}

bool readServiceDescriptions(const QByteArray &body, XRoadState::Member *member, QString *error)
{
    const std::optional<QJsonArray> a = array(body, "service descriptions", error);
    if (!a)
        return false;
    int disabled = 0;
    int services = 0;
    for (const QJsonValue &v : *a) {
        const QJsonObject d = v.toObject();
        if (d.value(QLatin1String("disabled")).toBool(false))
            ++disabled;
        services += int(d.value(QLatin1String("services")).toArray().size());
    }
    member->descriptions = int(a->size());
    member->disabledDescriptions = disabled;
    member->services = services;
    return true;
}

std::optional<XRoadState::TlsCertificate> readTlsCertificate(const QByteArray &body, QString *error)
{
    const std::optional<QJsonObject> o = object(body, "certificate", error);
    if (!o)
        return std::nullopt;
    XRoadState::TlsCertificate c;
    c.subject = o->value(QLatin1String("subject_common_name")).toString();
    if (c.subject.isEmpty())
        c.subject = o->value(QLatin1String("subject_distinguished_name")).toString();
    c.notAfter = time(*o, "not_after");
    if (!c.notAfter.isValid()) {
        *error = QStringLiteral("certificate: no not_after");
        return std::nullopt;
    }
    return c;
}

bool readAddonStatus(const QByteArray &body, XRoadState::Addons *addons, QString *error)
{
    const std::optional<QJsonObject> o = object(body, "addon status", error);
    if (!o)
        return false;
    const QJsonValue log = o->value(QLatin1String("messagelog_enabled"));
    const QJsonValue monitoring = o->value(QLatin1String("opmonitoring_enabled"));
    if (log.isBool())
        addons->messageLog = log.toBool();
    if (monitoring.isBool())
        addons->opMonitoring = monitoring.toBool();
    return true;
}

bool readBackupEncryption(const QByteArray &body, XRoadState::Addons *addons, QString *error)
{
    const std::optional<QJsonObject> o = object(body, "backup encryption status", error);
    if (!o)
        return false;
    const QJsonValue v = o->value(QLatin1String("backup_encryption_status"));
    if (v.isBool())
        addons->backupEncryption = v.toBool();
    return true;
}

std::optional<XRoadState::Exchanges> readOperationalData(const QByteArray &body,
                                                         const QDateTime &from, const QDateTime &to,
                                                         QString *error)
{
    const std::optional<QJsonArray> a = array(body, "operational data", error);
    if (!a)
        return std::nullopt;
    XRoadState::Exchanges e;
    e.from = from;
    e.to = to;
    for (const QJsonValue &v : *a) {
        const QJsonObject o = v.toObject();
        const QJsonValue ok = o.value(QLatin1String("success_count"));
        const QJsonValue failed = o.value(QLatin1String("failure_count"));
        // Counts are whole and never negative; anything else is not this shape.
        if ((!ok.isUndefined() && (!ok.isDouble() || ok.toDouble() < 0)) ||
            (!failed.isUndefined() && (!failed.isDouble() || failed.toDouble() < 0))) {
            *error = QStringLiteral("operational data: a count is not a non-negative number");
            return std::nullopt;
        }
        e.succeeded += qint64(ok.toDouble());
        e.failed += qint64(failed.toDouble());
    }
    return e;
}

} // namespace lgsp::client::xroad
