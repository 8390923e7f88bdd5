#include "models/config/bundlesync.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/config/basestore.h"
#include "models/config/bundledocument.h"
#include "models/logging.h"
#include "protocol/configbundle.h"

namespace lgsp::models {

BundleSync::BundleSync(client::Fleet *fleet, BundleDocument *document, BaseStore *bases,
                       QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_document(document)
    , m_bases(bases)
{}

bool BundleSync::supportsBundles(const QUuid &instance) const
{
    const client::Connection *connection = m_fleet ? m_fleet->connection(instance) : nullptr;
    return !connection || !connection->backend() ||
           connection->backend()->features().testFlag(client::Feature::Config);
}

bool BundleSync::canApply(const QUuid &instance) const
{
    const client::Fleet::Instance *entry = m_fleet ? m_fleet->instance(instance) : nullptr;
    return entry && !entry->profile.readOnly;
}

QString BundleSync::instanceKey(const QJsonObject &document) const
{
    return document.value(QStringLiteral("instance"))
        .toObject()
        .value(QStringLiteral("name"))
        .toString();
}

void BundleSync::finish(Outcome outcome)
{
    m_busy = false;
    if (!outcome.ok())
        qCInfo(lcModels) << "bundle" << outcome.step << "failed:" << outcome.error.message();
    Q_EMIT finished(outcome);
}

void BundleSync::exportFrom(const QUuid &instance)
{
    client::Connection *connection = m_fleet ? m_fleet->connection(instance) : nullptr;
    if (!connection || m_busy)
        return;
    m_busy = true;
    Q_EMIT started(Step::Export, instance);
    connection->backend()->exportConfig(
        this, [this, instance](const client::Result<protocol::ConfigBundle> &r) {
            Outcome outcome;
            outcome.step = Step::Export;
            outcome.instance = instance;
            outcome.error = r.error;
            if (r.ok()) {
                const QJsonObject document = r.value.toJson();
                outcome.liveRevision = r.value.revision;
                outcome.baseRevision = r.value.revision;
                m_bases->save(instanceKey(document), r.value.revision, document);
                // A new, unsaved document: the officer chooses where it goes.
                m_document->openModified(document, QString());
            }
            finish(outcome);
        });
}

void BundleSync::compare(const QUuid &instance)
{
    client::Connection *connection = m_fleet ? m_fleet->connection(instance) : nullptr;
    if (!connection || m_busy || !m_document->isOpen())
        return;
    m_busy = true;
    Q_EMIT started(Step::Compare, instance);
    connection->backend()->exportConfig(
        this, [this, instance](const client::Result<protocol::ConfigBundle> &r) {
            Outcome outcome;
            outcome.step = Step::Compare;
            outcome.instance = instance;
            outcome.error = r.error;
            if (!r.ok()) {
                finish(outcome);
                return;
            }
            const QJsonObject live = r.value.toJson();
            const QJsonObject &mine = m_document->document();
            outcome.liveRevision = r.value.revision;
            outcome.baseRevision = mine.value(QStringLiteral("revision")).toInteger();
            outcome.changes = BundleDiff::compare(live, mine);
            const QString key = instanceKey(live);
            outcome.otherInstance = !instanceKey(mine).isEmpty() && instanceKey(mine) != key;
            m_bases->save(key, outcome.liveRevision, live);
            if (outcome.baseRevision == outcome.liveRevision && !outcome.otherInstance) {
                outcome.driftKnown = true; // nothing changed on the server since
            } else if (!outcome.otherInstance) {
                if (const auto base = m_bases->load(key, outcome.baseRevision)) {
                    outcome.driftKnown = true;
                    outcome.drift = BundleDiff::compare(*base, live);
                    outcome.conflicts =
                        BundleDiff::conflicts(BundleDiff::compare(*base, mine), outcome.drift);
                }
            }
            finish(outcome);
        });
}

void BundleSync::dryRun(const QUuid &instance)
{
    client::Connection *connection = m_fleet ? m_fleet->connection(instance) : nullptr;
    if (!connection || m_busy || !m_document->isOpen())
        return;
    Outcome outcome;
    outcome.step = Step::DryRun;
    outcome.instance = instance;
    QList<protocol::DecodeError> errors;
    const auto bundle = protocol::ConfigBundle::fromJson(m_document->document(), &errors);
    if (!bundle) {
        // The server checks with the same rules: its answer would be these errors.
        outcome.valid = false;
        for (const protocol::DecodeError &e : std::as_const(errors))
            outcome.serverErrors.append(
                protocol::Problem::FieldError{e.field, QStringLiteral("invalid"), e.message});
        Q_EMIT started(Step::DryRun, instance);
        finish(outcome);
        return;
    }
    m_busy = true;
    Q_EMIT started(Step::DryRun, instance);
    connection->backend()->validateConfig(
        *bundle, this, [this, outcome](const client::Result<protocol::ConfigValidation> &r) {
            Outcome result = outcome;
            result.error = r.error;
            result.valid = r.value.valid;
            result.liveRevision = r.value.revision;
            result.serverChanges = r.value.changes;
            result.serverErrors = r.value.errors;
            finish(result);
        });
}

void BundleSync::apply(const QUuid &instance)
{
    client::Connection *connection = m_fleet ? m_fleet->connection(instance) : nullptr;
    if (!connection || m_busy || !m_document->isOpen())
        return;
    Outcome outcome;
    outcome.step = Step::Apply;
    outcome.instance = instance;
    if (!canApply(instance)) {
        outcome.error = client::ClientError::make(
            client::ClientError::Kind::Forbidden,
            tr("The profile is read-only: it cannot apply configurations."));
        finish(outcome);
        return;
    }
    QList<protocol::DecodeError> errors;
    const auto bundle = protocol::ConfigBundle::fromJson(m_document->document(), &errors);
    if (!bundle) {
        outcome.error = client::ClientError::make(
            client::ClientError::Kind::Validation,
            tr("The bundle has %n error(s); nothing was sent.", nullptr, int(errors.size())));
        finish(outcome);
        return;
    }
    outcome.baseRevision = bundle->revision;
    m_busy = true;
    Q_EMIT started(Step::Apply, instance);
    connection->backend()->applyConfig(
        *bundle, bundle->revision, this,
        [this, outcome](const client::Result<protocol::ConfigApplyResult> &r) {
            Outcome result = outcome;
            result.error = r.error;
            if (r.ok()) {
                result.newRevision = r.value.revision;
                result.correlationId = r.value.correlationId;
                result.serverChanges = r.value.changes;
                // The bundle is now the instance's state at the new revision: its new base.
                m_document->setValue(QStringLiteral("/revision"), r.value.revision,
                                     tr("Applied: revision %1").arg(r.value.revision), false);
                m_bases->save(instanceKey(m_document->document()), r.value.revision,
                              m_document->document());
            }
            finish(result);
        });
}

void BundleSync::rebase(qint64 revision)
{
    if (m_document->isOpen())
        m_document->setValue(QStringLiteral("/revision"), revision,
                             tr("Base on revision %1").arg(revision), false);
}

} // namespace lgsp::models
