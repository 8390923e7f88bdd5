#pragma once

#include <QString>

namespace lgsp::sandbox {

class TenantStore;

// "LGSP as a Service" demonstration data: the operating ministry and the ministries and
// provinces that tried the shared LGSP. Agency codes not confirmed by an official source are
// stored with codeVerified = false, so the console can label them as demo data.
// Idempotent: tenants that exist are left as they are.
bool seedDemoTenants(TenantStore *store, QString *error);

} // namespace lgsp::sandbox
