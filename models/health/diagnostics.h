#pragma once

#include "client/fleet/fleet.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace lgsp::models {

class HealthTimeline;

// The diagnostics report support teams ask for: the console's version and platform, and for
// each instance (all, or those in `ids`) its profile, its last health report, its fleet
// figures and its health history. Profiles hold no secret; the report is also scrubbed of
// any field whose name says secret, token, password, key or authorization, and of every
// value equal to a secret the caller knows (`secrets`), so nothing sensitive leaves.
QJsonObject diagnosticsReport(const client::Fleet &fleet, const HealthTimeline &timeline,
                              const QList<QUuid> &ids, const QStringList &secrets = {});

// Removes fields whose name looks sensitive and values equal to one of `secrets`; returns
// how many were removed.
int scrubSecrets(QJsonObject *object, const QStringList &secrets);

} // namespace lgsp::models
