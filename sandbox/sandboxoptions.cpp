#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QStandardPaths>

namespace lgsp::sandbox {

bool SandboxOptions::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    QHostAddress parsed;
    if (host == QLatin1String("localhost"))
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host))
        return false;
    *address = parsed;
    *port = quint16(value);
    return true;
}

bool SandboxOptions::parse(const QStringList &arguments, SandboxOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("lgsp-sandbox: a small reference LGSP instance (Admin API v1) for trying "
                       "LGSP Console and for its tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; port 0 picks a free port."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8480"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Directory that holds the instance's data."),
                                     QStringLiteral("dir"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Instance name reported by /info."),
                                  QStringLiteral("name"), QStringLiteral("LGSP Sandbox"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"), QStringLiteral("Operating agency reported by /info."),
        QStringLiteral("name"), QStringLiteral("LGSP Sandbox operator (demo)"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Load demonstration data: demo, or scale:N "
                                                 "(the demo tenants and N generated services, "
                                                 "up to 200000)."),
                                  QStringLiteral("kind"));
    const QCommandLineOption ndxp(
        QStringLiteral("ndxp-upstream"),
        QStringLiteral("URL of the NDXP upstream the ndxp-link check connects to (default: "
                       "this sandbox itself, which simulates it)."),
        QStringLiteral("url"));
    const QCommandLineOption tokenTtl(QStringLiteral("token-ttl"),
                                      QStringLiteral("Lifetime of access tokens in seconds."),
                                      QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       QStringLiteral("Requests a minute allowed per credential."),
                                       QStringLiteral("n"), QStringLiteral("1200"));
    const QCommandLineOption simulate(
        QStringLiteral("simulate"),
        QStringLiteral("Drive about RATE calls a second through the gateway (demo traffic)."),
        QStringLiteral("rate"));
    const QCommandLineOption history(
        QStringLiteral("history"),
        QStringLiteral("Write deterministic past traffic for the DAYS whole days before today "
                       "(1 to 400): transactions and metrics, for reports."),
        QStringLiteral("days"));
    const QCommandLineOption keepTransactions(
        QStringLiteral("keep-transactions"),
        QStringLiteral("Keep the transaction log this many days (default 7; 1 to 400)."),
        QStringLiteral("days"), QStringLiteral("7"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this PEM certificate (chain)."), QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM private key of --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption credentialsToStdout(
        QStringLiteral("credentials-to-stdout"),
        QStringLiteral("On a first start, print the operator credential as one line "
                       "(\"credentials {json}\") on standard output before \"listening on\", "
                       "instead of writing bootstrap-credentials.json (for a parent process "
                       "that reads it from the pipe)."));
    const QCommandLineOption metricsOpen(
        QStringLiteral("metrics-open-on-loopback"),
        QStringLiteral("Let GET /metrics (Prometheus) answer scrapers on this machine without a "
                       "credential; others still need one (a viewer's API key is enough)."));
    parser.addOptions({listen, dataDir, name, operatorOption, seed, ndxp, tokenTtl, rateLimit,
                       simulate, history, keepTransactions, tlsCert, tlsKey, credentialsToStdout,
                       metricsOpen});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0); // prints and exits the process, as a command-line tool should
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion();
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error =
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first());
        return false;
    }
    if (!parseListen(parser.value(listen), &options->address, &options->port)) {
        *error = QStringLiteral("--listen expects host:port, got \"%1\"").arg(parser.value(listen));
        return false;
    }
    options->dataDir = parser.isSet(dataDir)
                           ? parser.value(dataDir)
                           : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    options->instanceName = parser.value(name);
    options->operatorName = parser.value(operatorOption);
    options->seed = parser.value(seed);
    if (!options->seed.isEmpty() && !parser.isSet(operatorOption))
        options->operatorName = QStringLiteral("Bộ Thông tin và Truyền thông (dữ liệu minh hoạ)");
    if (options->seed.startsWith(QLatin1String("scale:"))) {
        bool ok = false;
        options->scaleServices = options->seed.mid(6).toInt(&ok);
        if (!ok || options->scaleServices < 1 || options->scaleServices > 200000) {
            *error = QStringLiteral("--seed scale:N takes N from 1 to 200000");
            return false;
        }
        options->seed = QStringLiteral("scale");
    } else if (!options->seed.isEmpty() && options->seed != QLatin1String("demo")) {
        *error = QStringLiteral("--seed supports demo and scale:N (got \"%1\")").arg(options->seed);
        return false;
    }
    if (parser.isSet(ndxp)) {
        options->ndxpUpstream = QUrl(parser.value(ndxp));
        if (!options->ndxpUpstream.isValid() || options->ndxpUpstream.host().isEmpty()) {
            *error = QStringLiteral("--ndxp-upstream expects a URL such as "
                                    "https://ndxp.example:443");
            return false;
        }
    }
    bool ok = false;
    options->tokenLifetimeSeconds = parser.value(tokenTtl).toInt(&ok);
    if (!ok || options->tokenLifetimeSeconds < 1) {
        *error = QStringLiteral("--token-ttl expects a positive number of seconds");
        return false;
    }
    options->requestsPerMinute = parser.value(rateLimit).toInt(&ok);
    if (!ok || options->requestsPerMinute < 1) {
        *error = QStringLiteral("--rate-limit expects a positive number");
        return false;
    }
    options->credentialsToStdout = parser.isSet(credentialsToStdout);
    options->metricsOpenOnLoopback = parser.isSet(metricsOpen);
    options->tlsCertificateFile = parser.value(tlsCert);
    options->tlsKeyFile = parser.value(tlsKey);
    if (options->tlsCertificateFile.isEmpty() != options->tlsKeyFile.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together");
        return false;
    }
    if (parser.isSet(simulate)) {
        options->simulateRate = parser.value(simulate).toDouble(&ok);
        if (!ok || options->simulateRate <= 0 || options->simulateRate > 5000) {
            *error = QStringLiteral("--simulate expects calls a second, from 0.01 to 5000");
            return false;
        }
    }
    if (parser.isSet(history)) {
        options->historyDays = parser.value(history).toInt(&ok);
        if (!ok || options->historyDays < 1 || options->historyDays > 400) {
            *error = QStringLiteral("--history expects 1 to 400 days");
            return false;
        }
    }
    options->keepTransactionsDays = parser.value(keepTransactions).toInt(&ok);
    if (!ok || options->keepTransactionsDays < 1 || options->keepTransactionsDays > 400) {
        *error = QStringLiteral("--keep-transactions expects 1 to 400 days");
        return false;
    }
    return true;
}

} // namespace lgsp::sandbox
