#pragma once

#include "models/common/listloader.h"

namespace lgsp::models {

class ServiceModel;

// Loads every instance's services into a ServiceModel (see ListLoader).
class ServiceLoader final : public ListLoader
{
public:
    static constexpr int kPageSize = 1000; // the API's largest page: fewer round trips

    ServiceLoader(client::Fleet *fleet, ServiceModel *model, QObject *parent = nullptr);

protected:
    void clearModel() override;
    client::Feature requiredFeature() const override { return client::Feature::Services; }
    void fetch(client::Backend *backend, QObject *context, const QUuid &instance,
               const QString &instanceName, bool readOnly, PageReport report) override;

private:
    ServiceModel *m_model;
};

} // namespace lgsp::models
