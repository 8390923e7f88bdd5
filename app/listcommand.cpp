#include "listcommand.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/localsandbox.h"
#include "client/xroad/xroadclient.h"
#include "commandtargets.h"
#include "models/common/csv.h"
#include "protocol/timestamps.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstdio>

namespace lgsp::app {

namespace {

int refuse(const QString &text)
{
    std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(text));
    return 2;
}

const QStringList kTenantHeader = {
    QStringLiteral("instance"),     QStringLiteral("code"),         QStringLiteral("name"),
    QStringLiteral("nameEn"),       QStringLiteral("kind"),         QStringLiteral("status"),
    QStringLiteral("ndxpMemberId"), QStringLiteral("contactName"),  QStringLiteral("contactEmail"),
    QStringLiteral("contactPhone"), QStringLiteral("serviceCount"), QStringLiteral("consumerCount"),
    QStringLiteral("createdAt")};

const QStringList kServiceHeader = {QStringLiteral("instance"),
                                    QStringLiteral("id"),
                                    QStringLiteral("code"),
                                    QStringLiteral("name"),
                                    QStringLiteral("version"),
                                    QStringLiteral("tenantCode"),
                                    QStringLiteral("protocol"),
                                    QStringLiteral("definitionType"),
                                    QStringLiteral("status"),
                                    QStringLiteral("visibility"),
                                    QStringLiteral("gatewayPath"),
                                    QStringLiteral("upstreamUrl"),
                                    QStringLiteral("consumers"),
                                    QStringLiteral("timeoutMs"),
                                    QStringLiteral("rateLimitPerMin"),
                                    QStringLiteral("updatedAt")};

const QStringList kClientHeader = {QStringLiteral("instance"), QStringLiteral("id"),
                                   QStringLiteral("status"), QStringLiteral("serviceDescriptions"),
                                   QStringLiteral("services")};

// A member or subsystem registered on an LGSP's security server.
struct ClientEntry
{
    QString id;
    QString status;
    std::optional<int> descriptions; // a member has none; unset when not read
    std::optional<int> services;
    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}};
        if (descriptions)
            o.insert(QStringLiteral("serviceDescriptions"), *descriptions);
        if (services)
            o.insert(QStringLiteral("services"), *services);
        return o;
    }
};

QStringList clientRow(const QString &instance, const ClientEntry &c)
{
    const auto number = [](const std::optional<int> &n) {
        return n ? QString::number(*n) : QString();
    };
    return {instance, c.id, c.status, number(c.descriptions), number(c.services)};
}

// The clients of the profile's security server, read at once (a few dozen at most).
bool readClients(const CommandTarget &target, QList<ClientEntry> *out, QString *why)
{
    client::Connection connection(target.profile);
    connection.setSecurityServerKey(target.securityServerKey);
    if (!connection.securityServer()) {
        *why = ListCommand::tr("the profile names no security server");
        return false;
    }
    QEventLoop loop;
    client::Result<client::XRoadState> state;
    bool answered = false;
    connection.securityServer()->fetch(&loop, [&](const client::Result<client::XRoadState> &r) {
        state = r;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    if (!state.ok()) {
        *why = state.error.message();
        return false;
    }
    if (!state.value.clients) {
        *why = state.value.problems.value(QStringLiteral("/clients"),
                                          ListCommand::tr("the server did not list its clients"));
        return false;
    }
    for (const client::XRoadState::Member &m : *state.value.clients)
        out->append({m.id, m.status, m.descriptions, m.services});
    return true;
}

QStringList tenantRow(const QString &instance, const protocol::Tenant &t)
{
    return {instance,
            t.code,
            t.name,
            t.nameEn,
            t.kind,
            t.status,
            t.ndxpMemberId,
            t.contactName,
            t.contactEmail,
            t.contactPhone,
            t.serviceCount < 0 ? QString() : QString::number(t.serviceCount), // not counted
            t.consumerCount < 0 ? QString() : QString::number(t.consumerCount),
            protocol::formatTimestamp(t.createdAt)};
}

QStringList serviceRow(const QString &instance, const protocol::Service &s)
{
    return {instance,
            s.id,
            s.code,
            s.name,
            s.version,
            s.tenantCode,
            s.protocol,
            s.definitionType,
            s.status,
            s.visibility,
            s.gatewayPath,
            s.upstreamUrl,
            s.consumers.join(QLatin1Char(';')),
            QString::number(s.timeoutMs),
            QString::number(s.rateLimitPerMin),
            protocol::formatTimestamp(s.updatedAt)};
}

// Writes the listing as pages arrive, so 100,000 services never sit in memory twice: JSON
// as {"<what>": [ one compact object per line ]}, or CSV with a byte-order mark.
class ListWriter
{
public:
    ListWriter(const QString &what, bool csv)
        : m_what(what)
        , m_csv(csv)
    {
        if (m_csv) {
            write(QByteArray(models::csv::kByteOrderMark) +
                  models::csv::line(what == QLatin1String("tenants")   ? kTenantHeader
                                    : what == QLatin1String("clients") ? kClientHeader
                                                                       : kServiceHeader));
        } else {
            write("{\"" + what.toUtf8() + "\": [");
        }
    }

    // `row` makes the item's CSV fields.
    template<typename T, typename Row>
    void add(const QString &instance, const T &item, const Row &row)
    {
        if (m_csv) {
            write(models::csv::line(row(instance, item)));
            return;
        }
        QJsonObject object = item.toJson();
        object.insert(QStringLiteral("instance"), instance);
        write((m_first ? "\n" : ",\n") + QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_first = false;
    }

    void finish()
    {
        if (!m_csv)
            write("\n]}\n");
        std::fflush(stdout);
    }

private:
    static void write(const QByteArray &bytes)
    {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    }

    QString m_what;
    bool m_csv;
    bool m_first = true;
};

// Every page of one instance, handed to `add` as it arrives, waiting in an event loop (a
// command-line run).
template<typename T, typename Fetch, typename Add>
bool readAll(const Fetch &fetch, const Add &add, QString *why)
{
    QEventLoop loop;
    bool ok = true;
    fetch(&loop, [&](const client::Result<protocol::ListPage<T>> &page, bool last) {
        if (page.ok()) {
            for (const T &item : page.value.items)
                add(item);
        } else {
            ok = false;
            *why = page.error.message();
        }
        if (last)
            loop.quit();
    });
    loop.exec();
    return ok;
}

} // namespace

bool ListCommand::requested(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--list"));
}

int ListCommand::run(const QStringList &arguments)
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("lgsp.*.info=false\nlgsp.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print every tenant or service without a window."));
    parser.addHelpOption();
    const QCommandLineOption list(
        QStringLiteral("list"),
        tr("What to list: tenants, services or clients (of the security server)."),
        QStringLiteral("what"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("List from the profile with this name (repeatable)."),
                                     tr("name"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 tr("List from every profile (the default)."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or csv."),
                                    QStringLiteral("format"), QStringLiteral("json"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("List from a local lgsp-sandbox started for the purpose."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the messages: vi or en."),
                                  QStringLiteral("lang"));
    parser.addOptions({list, profile, all, format, demo, lang});
    if (!parser.parse(arguments))
        return refuse(parser.errorText());
    const QString what = parser.value(list);
    if (what != QLatin1String("tenants") && what != QLatin1String("services") &&
        what != QLatin1String("clients"))
        return refuse(
            tr("Unknown list \"%1\"; use tenants, services or clients (of the security server).")
                .arg(what));
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("json") && outputFormat != QLatin1String("csv"))
        return refuse(tr("Unknown format \"%1\"; use json or csv.").arg(outputFormat));

    QList<CommandTarget> targets;
    client::LocalSandbox sandbox;
    QString error;
    if (!CommandTargets::collect(parser.isSet(demo), parser.values(profile), parser.isSet(all),
                                 &sandbox, &targets, &error))
        return refuse(error);

    int exitCode = 0;
    ListWriter writer(what, outputFormat == QLatin1String("csv"));
    for (const CommandTarget &target : std::as_const(targets)) {
        client::Connection connection(target.profile);
        connection.setSecret(target.secret);
        client::Backend *backend = connection.backend();
        const QString instance = target.profile.name;
        QString why;
        bool ok = false;
        if (what == QLatin1String("clients")) {
            QList<ClientEntry> clients;
            ok = readClients(target, &clients, &why);
            for (const ClientEntry &c : std::as_const(clients))
                writer.add(instance, c, clientRow);
        } else if (what == QLatin1String("tenants")) {
            client::TenantQuery query;
            query.limit = 500;
            ok = readAll<protocol::Tenant>(
                [&](QObject *context, auto onPage) { backend->allTenants(query, context, onPage); },
                [&](const protocol::Tenant &t) { writer.add(instance, t, tenantRow); }, &why);
        } else {
            client::ServiceQuery query;
            query.limit = 1000;
            ok = readAll<protocol::Service>(
                [&](QObject *context, auto onPage) {
                    backend->allServices(query, context, onPage);
                },
                [&](const protocol::Service &s) { writer.add(instance, s, serviceRow); }, &why);
        }
        if (!ok) {
            exitCode = 2;
            std::fprintf(
                stderr, "lgsp-console: %s\n",
                qUtf8Printable(tr("%1 could not be read completely: %2").arg(instance, why)));
        }
    }
    writer.finish();
    sandbox.stop();
    return exitCode;
}

} // namespace lgsp::app
