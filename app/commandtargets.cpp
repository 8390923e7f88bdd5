#include "commandtargets.h"

#include "client/localsandbox.h"
#include "client/profiles/profilestore.h"
#include "client/secrets/secretstore.h"

#include <QEventLoop>
#include <QHash>
#include <QLocale>
#include <QTimer>

namespace lgsp::app {

namespace {

constexpr qint64 kKeychainWaitMs = 30000;

// Reads the profiles' secrets from the keychain all at once, waiting for every answer (no
// window, no GUI thread) until the deadline. A keychain that cannot be reached or refuses is
// said in the target's secretProblem.
void readSecrets(QList<CommandTarget> *targets, QDeadlineTimer deadline)
{
    client::SecretStore secrets;
    QHash<QString, qsizetype> waiting; // key -> index in targets
    const QString metricsKind = QStringLiteral("metrics-secret");
    const QString xroadKind = QStringLiteral("xroad-key");
    for (qsizetype i = 0; i < targets->size(); ++i) {
        const client::ConnectionProfile &p = targets->at(i).profile;
        if (!p.secretKind().isEmpty())
            waiting.insert(client::SecretStore::keyFor(p.id, p.secretKind()), i);
        if (p.metrics.needsSecret())
            waiting.insert(client::SecretStore::keyFor(p.id, metricsKind), i);
        if (p.xroad.attached())
            waiting.insert(client::SecretStore::keyFor(p.id, xroadKind), i);
    }
    if (waiting.isEmpty())
        return;
    QEventLoop loop;
    const auto answered = [&](const QString &key) {
        if (waiting.remove(key) > 0 && waiting.isEmpty())
            loop.quit();
    };
    QObject::connect(&secrets, &client::SecretStore::secretRead, &loop,
                     [&](const QString &key, const QString &value) {
                         const bool metrics = key.endsWith(QLatin1Char('/') + metricsKind);
                         const bool xroad = key.endsWith(QLatin1Char('/') + xroadKind);
                         if (waiting.contains(key) && metrics)
                             (*targets)[waiting.value(key)].metricSourceSecret = value;
                         else if (waiting.contains(key) && xroad)
                             (*targets)[waiting.value(key)].securityServerKey = value;
                         else if (waiting.contains(key))
                             (*targets)[waiting.value(key)].secret = value;
                         answered(key);
                     });
    QObject::connect(&secrets, &client::SecretStore::missing, &loop, [&](const QString &key) {
        if (waiting.contains(key) && secrets.state() == client::SecretStore::State::Unavailable)
            (*targets)[waiting.value(key)].secretProblem =
                CommandTargets::tr("The keychain cannot be reached: %1")
                    .arg(secrets.unavailableReason());
        answered(key);
    });
    QObject::connect(
        &secrets, &client::SecretStore::failed, &loop,
        [&](const QString &key, const QString &reason) {
            if (waiting.contains(key))
                (*targets)[waiting.value(key)].secretProblem =
                    CommandTargets::tr("The keychain did not give the secret: %1").arg(reason);
            answered(key);
        });
    const qint64 wait = std::min(
        kKeychainWaitMs, deadline.remainingTime() < 0 ? kKeychainWaitMs : deadline.remainingTime());
    QTimer::singleShot(wait, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    for (const CommandTarget &t : std::as_const(*targets)) {
        if (!t.profile.secretKind().isEmpty())
            secrets.read(t.profile.id, t.profile.secretKind());
        if (t.profile.metrics.needsSecret())
            secrets.read(t.profile.id, metricsKind);
        if (t.profile.xroad.attached())
            secrets.read(t.profile.id, xroadKind);
    }
    loop.exec();
    for (const qsizetype index : std::as_const(waiting))
        (*targets)[index].secretProblem =
            CommandTargets::tr("The keychain did not answer within %1 s (is it locked?).")
                .arg(QLocale().toString(double(wait) / 1000.0, 'f', 1));
}

// Starts the local sandbox and returns its profile with the operator credential.
std::optional<CommandTarget> demoTarget(client::LocalSandbox *sandbox, QString *error,
                                        QDeadlineTimer deadline)
{
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    limit.setTimerType(Qt::PreciseTimer);
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        *error = CommandTargets::tr("it was not ready in time");
        loop.quit();
    });
    if (!deadline.isForever())
        limit.start(std::max<qint64>(0, deadline.remainingTime()));
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
                             QString *error, QDeadlineTimer deadline)
{
    if (demo) {
        QString why;
        std::optional<CommandTarget> target = demoTarget(sandbox, &why, deadline);
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
    const qsizetype first = targets->size();
    for (const client::ConnectionProfile &p : std::as_const(chosen))
        targets->append(CommandTarget{p, {}, {}, {}, {}});
    QList<CommandTarget> saved = targets->mid(first);
    readSecrets(&saved, deadline);
    for (qsizetype i = 0; i < saved.size(); ++i)
        (*targets)[first + i] = saved.at(i);
    return true;
}

} // namespace lgsp::app
