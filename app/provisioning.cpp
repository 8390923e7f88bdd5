#include "provisioning.h"

#include "client/auth/wso2credential.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace lgsp::app {

namespace {

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(text));
}

int refuse(const QString &text)
{
    std::fprintf(stderr, "lgsp-console: %s\n", qUtf8Printable(text));
    return 2;
}

// Writes the secret and waits for the keychain's answer (this is a command-line run, not the
// GUI thread). Returns true when it is in the keychain.
bool storeSecret(const QUuid &profile, const QString &kind, const QString &secret, QString *why)
{
    client::SecretStore secrets;
    QEventLoop loop;
    bool inKeychain = false;
    QObject::connect(&secrets, &client::SecretStore::written, &loop,
                     [&](const QString &, bool stored) {
                         inKeychain = stored;
                         loop.quit();
                     });
    QObject::connect(&secrets, &client::SecretStore::failed, &loop,
                     [&](const QString &, const QString &reason) {
                         *why = reason;
                         loop.quit();
                     });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    secrets.write(profile, kind, secret);
    loop.exec();
    if (!inKeychain && why->isEmpty())
        *why = secrets.unavailableReason();
    return inKeychain;
}

// Removes every secret kind of the profile and waits for the keychain's answers. False, with
// the reason, when the keychain could not be reached or refused.
bool removeSecrets(const QUuid &profile, QString *why)
{
    client::SecretStore secrets;
    QEventLoop loop;
    int pending = int(client::SecretStore::kinds().size());
    const auto answered = [&loop, &pending] {
        if (--pending == 0)
            loop.quit();
    };
    QObject::connect(&secrets, &client::SecretStore::removed, &loop, answered);
    QObject::connect(&secrets, &client::SecretStore::failed, &loop,
                     [&](const QString &, const QString &reason) {
                         *why = reason;
                         answered();
                     });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    for (const QString &kind : client::SecretStore::kinds())
        secrets.remove(profile, kind);
    loop.exec();
    if (secrets.state() == client::SecretStore::State::Unavailable && why->isEmpty())
        *why = secrets.unavailableReason();
    return why->isEmpty() && pending == 0;
}

// Registers the console's OAuth client with a WSO2 API Manager for the profile's user and
// waits for the answer (a command-line run). The keychain entry to keep, or nullopt with why.
std::optional<QString> registerWso2(const client::ConnectionProfile &profile,
                                    const QString &password, bool keepPassword, QString *why)
{
    QEventLoop loop;
    std::optional<QString> result;
    client::registerWso2Profile(profile, password, keepPassword, &loop,
                                [&](const QString &secret, const client::ClientError &error) {
                                    if (error.isNull())
                                        result = secret;
                                    else
                                        *why = error.message();
                                    loop.quit();
                                });
    loop.exec();
    return result;
}

} // namespace

bool Provisioning::requested(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--add-profile") ||
            argument.startsWith(QLatin1String("--add-profile=")) ||
            argument == QLatin1String("--remove-profile") ||
            argument.startsWith(QLatin1String("--remove-profile=")) ||
            argument == QLatin1String("--import-profiles") ||
            argument.startsWith(QLatin1String("--import-profiles=")))
            return true;
    }
    return false;
}

int Provisioning::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add or import LGSP connection profiles."));
    parser.addHelpOption();
    const QCommandLineOption add(QStringLiteral("add-profile"), tr("Add a profile with this name."),
                                 tr("name"));
    const QCommandLineOption url(QStringLiteral("url"), tr("Base URL of the instance."),
                                 QStringLiteral("url"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("Backend kind: lgsp-v1, wso2-apim (WSO2 API Manager 4.x) or "
                                     "xroad-ss (an X-Road security server alone, its API key on "
                                     "standard input)."),
                                  QStringLiteral("kind"), QStringLiteral("lgsp-v1"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("wso2-apim: the API Manager user; the password is read from "
                                     "standard input (--secret-stdin)."),
                                  tr("user"));
    const QCommandLineOption gatewayUrl(QStringLiteral("gateway-url"),
                                        tr("wso2-apim: the gateway's URL (default: the same host, "
                                           "port 8243)."),
                                        QStringLiteral("url"));
    const QCommandLineOption rememberPassword(
        QStringLiteral("remember-password"),
        tr("wso2-apim: keep the password in the keychain too (otherwise only the OAuth client "
           "registered with it is kept)."));
    const QCommandLineOption clientId(QStringLiteral("client-id"), tr("OAuth2 client id."),
                                      QStringLiteral("id"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Group, e.g. Bộ or Tỉnh."),
                                   tr("group"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    tr("Extra CA certificate (PEM) to trust for this instance."),
                                    tr("file"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      tr("Never change anything on this instance."));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"),
                                         tr("Read the client secret or API key from standard "
                                            "input."));
    const QCommandLineOption import(QStringLiteral("import-profiles"),
                                    tr("Import the profiles of this JSON file."), tr("file"));
    const QCommandLineOption removeProfile(
        QStringLiteral("remove-profile"),
        tr("Remove the profile with this name and its secrets from the keychain."), tr("name"));
    parser.addOptions({add, url, kind, clientId, user, gatewayUrl, rememberPassword, group, caFile,
                       readOnly, secretStdin, import, removeProfile});
    if (!parser.parse(arguments))
        return refuse(parser.errorText());

    client::ProfileStore store;
    QString error;
    const client::ProfileStore::LoadResult loaded = store.load(&error);
    if (loaded == client::ProfileStore::LoadResult::Corrupt ||
        loaded == client::ProfileStore::LoadResult::NewerVersion)
        return refuse(error);

    if (parser.isSet(removeProfile)) {
        const client::ConnectionProfile *found = store.findByName(parser.value(removeProfile));
        if (!found)
            return refuse(tr("No profile named %1.").arg(parser.value(removeProfile)));
        const client::ConnectionProfile profile = *found;
        store.remove(profile.id);
        if (!store.save(&error))
            return refuse(error);
        QString why;
        if (!removeSecrets(profile.id, &why)) {
            std::fprintf(stderr, "lgsp-console: %s\n",
                         qUtf8Printable(tr("Profile %1 removed, but its secrets could not be "
                                           "removed from the keychain: %2")
                                            .arg(profile.name, why)));
            return 1;
        }
        say(tr("Profile %1 and its secrets removed.").arg(profile.name));
        return 0;
    }

    if (parser.isSet(import)) {
        QFile file(parser.value(import));
        if (!file.open(QIODevice::ReadOnly))
            return refuse(tr("Cannot read %1: %2")
                              .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        QStringList problems;
        const auto profiles =
            client::ProfileStore::importProfiles(file.read(16 * 1024 * 1024), &problems);
        if (!profiles)
            return refuse(tr("%1 was not imported: %2")
                              .arg(QDir::toNativeSeparators(file.fileName()),
                                   problems.join(QStringLiteral("; "))));
        for (const client::ConnectionProfile &p : *profiles) {
            if (!store.upsert(p, &error))
                return refuse(error);
        }
        if (!store.save(&error))
            return refuse(error);
        say(tr("%n profile(s) imported.", nullptr, int(profiles->size())));
        return 0;
    }

    // --add-profile
    if (store.findByName(parser.value(add)))
        return refuse(tr("A profile named %1 exists already.").arg(parser.value(add)));
    client::ConnectionProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = parser.value(add).trimmed();
    profile.group = parser.value(group);
    profile.baseUrl = QUrl(parser.value(url), QUrl::StrictMode);
    profile.backend = parser.value(kind);
    profile.clientId = parser.value(clientId);
    profile.readOnly = parser.isSet(readOnly);
    profile.auth = parser.isSet(secretStdin)
                       ? (profile.clientId.isEmpty() ? QStringLiteral("api-key")
                                                     : QStringLiteral("client-credentials"))
                       : QStringLiteral("none");
    const bool wso2 = profile.backend == QLatin1String("wso2-apim");
    if (!client::ConnectionProfile::backends().contains(profile.backend))
        return refuse(tr("Unknown kind \"%1\"; use one of: %2.")
                          .arg(profile.backend,
                               client::ConnectionProfile::backends().join(QStringLiteral(", "))));
    if (wso2) {
        profile.auth = QStringLiteral("wso2-user");
        profile.user = parser.value(user).trimmed();
        profile.gatewayUrl = QUrl(parser.value(gatewayUrl), QUrl::StrictMode);
        if (!parser.isSet(secretStdin))
            return refuse(tr("A wso2-apim profile needs the user's password on standard input "
                             "(--secret-stdin)."));
    }
    if (profile.backend == QLatin1String("xroad-ss")) {
        profile.auth = QStringLiteral("xroad-key");
        profile.clientId.clear();
        if (!parser.isSet(secretStdin))
            return refuse(tr("An xroad-ss profile needs the security server's API key on "
                             "standard input (--secret-stdin)."));
    }
    if (parser.isSet(caFile)) {
        const QString path = parser.value(caFile);
        if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
            return refuse(tr("%1 holds no PEM certificate.").arg(QDir::toNativeSeparators(path)));
        profile.caFiles = {QFileInfo(path).absoluteFilePath()};
    }
    QList<protocol::DecodeError> problems;
    if (!client::ConnectionProfile::fromJson(profile.toJson(), QString(), &problems)) {
        QStringList lines;
        for (const protocol::DecodeError &e : problems)
            lines << e.toString();
        return refuse(tr("The profile is not valid: %1").arg(lines.join(QStringLiteral("; "))));
    }
    QString secret;
    if (parser.isSet(secretStdin)) {
        QTextStream in(stdin);
        secret = in.readLine().trimmed();
        if (secret.isEmpty())
            return refuse(tr("No secret on standard input."));
    }
    if (wso2) {
        // The password is used once, to register the console's OAuth client; the profile is
        // added only when that worked, and the password is kept only when asked.
        QString why;
        const std::optional<QString> entry =
            registerWso2(profile, secret, parser.isSet(rememberPassword), &why);
        if (!entry)
            return refuse(tr("The OAuth client could not be registered with %1: %2")
                              .arg(profile.baseUrl.toString(), why));
        secret = *entry;
        say(tr("OAuth client registered with WSO2 API Manager for %1.").arg(profile.user));
    }
    if (!store.upsert(profile, &error) || !store.save(&error))
        return refuse(error);
    say(tr("Profile %1 added.").arg(profile.name));
    if (secret.isEmpty())
        return 0;
    QString why;
    const QString secretKind = profile.secretKind();
    if (!storeSecret(profile.id, secretKind, secret, &why)) {
        std::fprintf(stderr, "lgsp-console: %s\n",
                     qUtf8Printable(tr("The secret could not be stored in the keychain (%1); "
                                       "the console will ask for it.")
                                        .arg(why)));
        return 1;
    }
    say(tr("Secret stored in the keychain."));
    return 0;
}

} // namespace lgsp::app
