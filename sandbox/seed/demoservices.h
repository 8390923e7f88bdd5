#pragma once

#include <QString>

namespace lgsp::sandbox {

class ServiceStore;

// About forty services of the kinds that flow through an LGSP: national databases reached
// through NDXP (population, business registration, social insurance, civil status, judicial
// records, shared catalogues, payments), the birth–residence–health-insurance interlink,
// e-document exchange, and each province's one-stop shop and document system. Each has an
// OpenAPI or WSDL definition and an upstream served by the sandbox itself under
// <baseUrl>/upstream/<code>. Idempotent.
bool seedDemoServices(ServiceStore *store, const QString &baseUrl, QString *error);

} // namespace lgsp::sandbox
