#pragma once

#include <QSqlDatabase>
#include <QString>

namespace lgsp::sandbox {

// --seed scale:N — the demo tenants and N generated services (up to 200,000) spread over
// them, for benchmarks of the catalog. Written in one transaction; idempotent per N.
bool seedScaleServices(QSqlDatabase db, int count, const QString &baseUrl, QString *error);

} // namespace lgsp::sandbox
