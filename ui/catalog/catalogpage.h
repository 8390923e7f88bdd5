#pragma once

#include "ui/common/listpagebase.h"

namespace lgsp::models {
class ServiceLoader;
class ServiceModel;
} // namespace lgsp::models

namespace lgsp::ui {

class DefinitionCompare;
class ServiceDetails;

// The service catalog of every connected instance: one search (instance and provider
// shown), protocol, status and visibility filters, details with consumers and SLA, the
// definition viewer and the lifecycle actions the server allows.
class CatalogPage final : public ListPageBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogPage)

public:
    explicit CatalogPage(client::Fleet *fleet, QWidget *parent = nullptr);

    ServiceDetails *details() const { return m_details; }
    models::ServiceModel *model() const { return m_model; }
    // Opens the comparison of a service's definition (catalogcompare.cpp): the same service
    // (by code) on other instances and tenants first, then the others of its kind.
    DefinitionCompare *compareDefinition(const QUuid &instance, const QString &serviceId);

protected:
    void showRow(int sourceRow) override;
    QString countText(int shown, int total) const override;
    std::optional<qint64> countOnServer(const QUuid &instance) const override;
    void retranslate() override;
    // WSO2 API Manager shows a signed-in user only the catalog of the user's own tenant: each
    // WSO2 instance shown says whose catalog it is and how to see another tenant's.
    void updateNote() override;

private:
    models::ServiceModel *m_model;
    models::ServiceLoader *m_serviceLoader;
    ServiceDetails *m_details;
    DefinitionCompare *m_compare = nullptr;
    QComboBox *m_protocol;
    QComboBox *m_status;
    QComboBox *m_visibility;
};

} // namespace lgsp::ui
