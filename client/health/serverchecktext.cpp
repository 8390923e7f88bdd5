#include "client/health/serverchecktext.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

namespace lgsp::client {

namespace {

// Reads the parameters a sentence needs; a missing or mistyped one makes the sentence
// unusable, and the server's own text is shown instead.
class Params
{
public:
    explicit Params(const QJsonObject &params)
        : m_params(params)
    {}
    QString text(const char *key)
    {
        const QJsonValue value = m_params.value(QLatin1String(key));
        m_ok = m_ok && value.isString();
        return value.toString();
    }
    qint64 number(const char *key)
    {
        const QJsonValue value = m_params.value(QLatin1String(key));
        m_ok = m_ok && value.isDouble();
        return qint64(value.toDouble());
    }
    bool ok() const { return m_ok; }

private:
    QJsonObject m_params;
    bool m_ok = true;
};

using Sentence = std::function<QString(Params &)>;

int plural(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, std::numeric_limits<int>::max()));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

const QHash<QString, Sentence> &sentences()
{
    static const QHash<QString, Sentence> table{
        {QStringLiteral("pending"),
         [](Params &) {
             return ServerCheckText::tr("Not checked yet.");
         }},
        {QStringLiteral("database.ready"),
         [](Params &p) {
             const QString engine = p.text("engine");
             const qint64 schema = p.number("schemaVersion");
             const qint64 tenants = p.number("tenants");
             return ServerCheckText::tr("%1, schema version %2, %n tenant(s).", nullptr,
                                        plural(tenants))
                 .arg(engine, count(schema));
         }},
        {QStringLiteral("database.error"),
         [](Params &p) {
             return ServerCheckText::tr("The database does not answer: %1").arg(p.text("message"));
         }},
        {QStringLiteral("disk.free"),
         [](Params &p) {
             const qint64 mib = p.number("freeMiB");
             const qint64 percent = p.number("freePercent");
             return ServerCheckText::tr("%1 MiB free (%2 %).").arg(count(mib), count(percent));
         }},
        {QStringLiteral("disk.unknown"),
         [](Params &p) {
             return ServerCheckText::tr(
                        "Free space unknown: the file system of %1 could not be read.")
                 .arg(p.text("path"));
         }},
        {QStringLiteral("gateway.accepting"),
         [](Params &) {
             return ServerCheckText::tr("Accepting calls.");
         }},
        {QStringLiteral("certificate.plain-http"),
         [](Params &) {
             return ServerCheckText::tr("Plain HTTP: no certificate in use.");
         }},
        {QStringLiteral("certificate.valid"),
         [](Params &p) {
             const QString subject = p.text("subject");
             const qint64 days = p.number("days");
             const QDateTime expiry =
                 QDateTime::fromString(p.text("expiresAt"), Qt::ISODate).toLocalTime();
             if (!expiry.isValid())
                 return QString();
             return ServerCheckText::tr("Certificate %1 expires in %n day(s), on %2.", nullptr,
                                        plural(days))
                 .arg(subject, QLocale().toString(expiry.date(), QLocale::ShortFormat));
         }},
        {QStringLiteral("certificate.expired"),
         [](Params &p) {
             const QString subject = p.text("subject");
             const qint64 days = p.number("days");
             return ServerCheckText::tr("Certificate %1 expired %n day(s) ago.", nullptr,
                                        plural(days))
                 .arg(subject);
         }},
        {QStringLiteral("ndxp.not-configured"),
         [](Params &) {
             return ServerCheckText::tr("No NDXP upstream is configured.");
         }},
        {QStringLiteral("ndxp.reached"),
         [](Params &p) {
             return ServerCheckText::tr("Reached %1.").arg(p.text("target"));
         }},
        {QStringLiteral("ndxp.unreachable"),
         [](Params &p) {
             const QString target = p.text("target");
             const QString reason = p.text("reason");
             const QString message = p.text("message");
             if (reason == QLatin1String("refused"))
                 return ServerCheckText::tr("Cannot reach %1: the connection was refused.")
                     .arg(target);
             if (reason == QLatin1String("host-not-found"))
                 return ServerCheckText::tr("Cannot reach %1: its host name was not found.")
                     .arg(target);
             return ServerCheckText::tr("Cannot reach %1: %2").arg(target, message);
         }},
        {QStringLiteral("ndxp.timeout"),
         [](Params &p) {
             const QString target = p.text("target");
             const qint64 seconds = p.number("seconds");
             return ServerCheckText::tr("No answer from %1 within %n second(s).", nullptr,
                                        plural(seconds))
                 .arg(target);
         }},
    };
    return table;
}

} // namespace

QString ServerCheckText::describe(const protocol::HealthReport::Check &check)
{
    const auto it = sentences().constFind(check.code);
    if (it != sentences().constEnd()) {
        Params params(check.params);
        const QString sentence = (*it)(params);
        if (params.ok() && !sentence.isEmpty())
            return sentence;
    }
    return check.detail;
}

QStringList ServerCheckText::knownCodes()
{
    return sentences().keys();
}

} // namespace lgsp::client
