// lgsp-sandbox: a small reference LGSP instance. See sandbox/sandboxserver.h.
#include "lgsp_version.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"
#include "shutdownsignals.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lgsp-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("lgsp-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LGSP_VERSION_STRING));

    lgsp::sandbox::SandboxOptions options;
    QString error;
    if (!lgsp::sandbox::SandboxOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "lgsp-sandbox: %s\n", qUtf8Printable(error));
        return 2;
    }

    lgsp::sandbox::SandboxServer server(options);
    if (!server.start(&error)) {
        std::fprintf(stderr, "lgsp-sandbox: %s\n", qUtf8Printable(error));
        return 1;
    }
    installShutdownSignalHandlers(&app);

    // The "listening on" line on stdout is the contract with whoever started us (the console,
    // tests); with --credentials-to-stdout the credential line comes just before it.
    const QByteArray credentialLine = server.takeCredentialLine();
    if (!credentialLine.isEmpty())
        std::printf("%s\n", credentialLine.constData());
    std::printf("listening on %s\n", qUtf8Printable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
