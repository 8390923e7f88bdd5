#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lgsp::sandbox {

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: the system picks a free port
    QString dataDir;
    QString instanceName;
    QString operatorName;
    QString seed;          // "", "demo" or "scale"
    int scaleServices = 0; // with --seed scale:N
    QUrl ndxpUpstream;     // where the ndxp-link check connects
    int tokenLifetimeSeconds = 3600;
    int requestsPerMinute = 1200;
    QString tlsCertificateFile; // PEM: the certificate, then any intermediates
    QString tlsKeyFile;         // PEM private key (RSA or EC)
    double simulateRate = 0;    // calls a second through the gateway; 0: no simulator
    int historyDays = 0;        // deterministic past traffic (--history); 0: none
    int keepTransactionsDays = 7;
    // First start: hand the operator credential to the parent over stdout, never to a file.
    bool credentialsToStdout = false;
    // GET /metrics answers scrapers on this machine (loopback) without a credential.
    bool metricsOpenOnLoopback = false;

    // Parses the command line (arguments include the program name). On failure returns
    // false and explains why in *error; --help and --version print and exit.
    static bool parse(const QStringList &arguments, SandboxOptions *options, QString *error);
    // "127.0.0.1:8480", "[::1]:0", "localhost:0".
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

} // namespace lgsp::sandbox
