#pragma once

#include "ui/config/bundleform.h"

class QPushButton;

namespace lgsp::ui {

// The form of one tenant of a bundle: code (QCVN 102 or the newer scheme), names, kind,
// status and contact; adds a service it provides, or removes the tenant with its services
// and access rights.
class TenantEditor final : public BundleForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TenantEditor)

public:
    explicit TenantEditor(models::BundleDocument *document, QWidget *parent = nullptr);

Q_SIGNALS:
    void addServiceRequested(const QString &tenantCode);
    void removeRequested(const QString &tenantPointer);

protected:
    void retranslate() override;

private:
    QPushButton *m_addService;
    QPushButton *m_remove;
};

} // namespace lgsp::ui
