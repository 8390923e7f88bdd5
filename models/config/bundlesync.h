#pragma once

#include "client/clienterror.h"
#include "models/config/bundlediff.h"
#include "protocol/configchange.h"

#include <QObject>
#include <QUuid>

namespace lgsp::client {
class Fleet;
}

namespace lgsp::models {

class BaseStore;
class BundleDocument;

// The bundle being edited against a live instance: export the instance's configuration to
// start from, compare (what applying would change, and what changed on the server since
// the bundle's base revision), dry run on the server, and apply with If-Match on the base
// revision (all or nothing; a conflict says so and nothing changes).
class BundleSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleSync)

public:
    enum class Step { Export, Compare, DryRun, Apply };
    Q_ENUM(Step)

    struct Outcome
    {
        Step step = Step::Compare;
        QUuid instance;
        client::ClientError error; // null on success
        qint64 liveRevision = 0;   // the instance's revision when asked
        qint64 baseRevision = 0;   // the bundle's
        // Compare: what applying the bundle would do to the instance.
        QList<BundleDiff::ItemChange> changes;
        // Compare: what changed on the server since the base revision, when known.
        bool driftKnown = false;
        QList<BundleDiff::ItemChange> drift;
        QStringList conflicts;      // items changed in the bundle and on the server
        bool otherInstance = false; // the bundle came from an instance of another name
        // Dry run: the server's verdict.
        bool valid = false;
        QList<protocol::ConfigChange> serverChanges;
        QList<protocol::Problem::FieldError> serverErrors;
        // Apply.
        qint64 newRevision = 0;
        QString correlationId;
        bool ok() const { return error.isNull(); }
        bool conflict() const { return error.kind == client::ClientError::Kind::Precondition; }
    };

    BundleSync(client::Fleet *fleet, BundleDocument *document, BaseStore *bases,
               QObject *parent = nullptr);

    void setBaseStore(BaseStore *bases) { m_bases = bases; }
    bool isBusy() const { return m_busy; }
    // Whether the instance's profile lets the console change it.
    // False when the instance's kind of server has no configuration bundles (WSO2).
    bool supportsBundles(const QUuid &instance) const;
    bool canApply(const QUuid &instance) const;
    // The bundle's errors stop an apply before it is sent.
    void exportFrom(const QUuid &instance);
    void compare(const QUuid &instance);
    void dryRun(const QUuid &instance);
    void apply(const QUuid &instance);
    // Takes `revision` as the bundle's base (after reviewing what changed on the server).
    void rebase(qint64 revision);

Q_SIGNALS:
    void started(lgsp::models::BundleSync::Step step, const QUuid &instance);
    void finished(const lgsp::models::BundleSync::Outcome &outcome);

private:
    void finish(Outcome outcome);
    QString instanceKey(const QJsonObject &document) const;

    client::Fleet *m_fleet;
    BundleDocument *m_document;
    BaseStore *m_bases;
    bool m_busy = false;
};

} // namespace lgsp::models

Q_DECLARE_METATYPE(lgsp::models::BundleSync::Outcome)
