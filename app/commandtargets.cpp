#include "commandtargets.h"

#include "client/localsandbox.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"

#include <QEventLoop>
#include <QTimer>

namespace lgsp::app {

namespace {

// Reads a secret from the keychain, waiting for its answer (no window, no GUI thread).
QString readSecret(client::SecretStore &secrets, const client::ConnectionProfile &profile)
{
    if (profile.secretKind().isEmpty())
        return {};
    QEventLoop loop;
    QString secret;
    const QString key = client::SecretStore::keyFor(profile.id, profile.secretKind());
    const auto answered = [&loop, key](const QString &k) {
        if (k == key)
            loop.quit();
    };
    QObject::connect(&secrets, &client::SecretStore::secretRead, &loop,
                     [&](const QString &k, const QString &value) {
                         if (k == key)
                             secret = value;
                         answered(k);
                     });
    QObject::connect(&secrets, &client::SecretStore::missing, &loop, answered);
    QObject::connect(&secrets, &client::SecretStore::failed, &loop,
                     [&](const QString &k, const QString &) { answered(k); });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    secrets.read(profile.id, profile.secretKind());
    loop.exec();
    return secret;
}

// Starts the local sandbox and returns its profile with the operator credential.
std::optional<CommandTarget> demoTarget(client::LocalSandbox *sandbox, QString *error)
{
    QEventLoop loop;
    QObject::connect(sandbox, &client::LocalSandbox::ready, &loop, &QEventLoop::quit);
    QObject::connect(sandbox, &client::LocalSandbox::failed, &loop, [&](const QString &reason) {
        *error = reason;
        loop.quit();
    });
    sandbox->start();
    loop.exec();
    if (!error->isEmpty())
        return std::nullopt;
    CommandTarget target;
    target.profile.id = QUuid::createUuid();
    target.profile.name = CommandTargets::tr("Local sandbox (demo)");
    target.profile.baseUrl = sandbox->baseUrl();
    target.profile.proxy = QStringLiteral("none");
    if (!sandbox->readBootstrapCredentials(&target.profile.clientId, &target.secret)) {
        *error = CommandTargets::tr("The sandbox's credential could not be read.");
        return std::nullopt;
    }
    return target;
}

} // namespace

bool CommandTargets::collect(bool demo, const QStringList &profileNames, bool all,
                             client::LocalSandbox *sandbox, QList<CommandTarget> *targets,
                             QString *error)
{
    if (demo) {
        QString why;
        std::optional<CommandTarget> target = demoTarget(sandbox, &why);
        if (!target) {
            *error = tr("The local sandbox could not be started: %1").arg(why);
            return false;
        }
        targets->append(*target);
    }
    if (demo && profileNames.isEmpty() && !all)
        return true;
    client::ProfileStore store;
    const client::ProfileStore::LoadResult loaded = store.load(error);
    if (loaded == client::ProfileStore::LoadResult::Corrupt ||
        loaded == client::ProfileStore::LoadResult::NewerVersion)
        return false;
    error->clear();
    QList<client::ConnectionProfile> chosen;
    if (!profileNames.isEmpty()) {
        for (const QString &name : profileNames) {
            const client::ConnectionProfile *found = store.findByName(name);
            if (!found) {
                *error = tr("No profile named %1.").arg(name);
                return false;
            }
            chosen.append(*found);
        }
    } else {
        chosen = store.profiles();
    }
    if (chosen.isEmpty() && targets->isEmpty()) {
        *error = tr("There are no connection profiles. Add one with --add-profile, or use "
                    "--demo.");
        return false;
    }
    client::SecretStore secrets;
    for (const client::ConnectionProfile &p : std::as_const(chosen))
        targets->append(CommandTarget{p, readSecret(secrets, p)});
    return true;
}

} // namespace lgsp::app
