#pragma once

#include "models/common/listloader.h"

namespace lgsp::models {

class TenantModel;

// Loads every instance's tenants into a TenantModel (see ListLoader).
class TenantLoader final : public ListLoader
{
public:
    static constexpr int kPageSize = 200;

    TenantLoader(client::Fleet *fleet, TenantModel *model, QObject *parent = nullptr);

protected:
    void clearModel() override;
    client::Feature requiredFeature() const override { return client::Feature::Tenants; }
    void fetch(client::Backend *backend, QObject *context, const QUuid &instance,
               const QString &instanceName, bool readOnly, PageReport report) override;

private:
    TenantModel *m_model;
};

} // namespace lgsp::models
