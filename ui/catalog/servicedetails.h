#pragma once

#include "protocol/service.h"
#include "ui/common/detailspane.h"

#include <QUuid>

class QPushButton;

namespace lgsp::client {
class Fleet;
}

namespace lgsp::ui {

class DefinitionViewer;

// The details of the selected service: metadata, provider, consumers, SLA, its definition in
// a viewer, and the lifecycle actions the server allows (with a confirmation; none on a
// read-only profile).
class ServiceDetails final : public DetailsPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDetails)

public:
    explicit ServiceDetails(client::Fleet *fleet, QWidget *parent = nullptr);

    void showService(const QUuid &instance, const QString &instanceName, bool readOnly,
                     const protocol::Service &service);
    void clear();
    void trigger(const QString &action) override;
    // Loads the definition and opens the viewer (returned for tests).
    DefinitionViewer *openDefinition();

Q_SIGNALS:
    void serviceChanged(const QUuid &instance, const lgsp::protocol::Service &service);
    // "Compare definition…": the page knows what the service can be compared with.
    void compareRequested(const QUuid &instance, const QString &serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildActions();

    client::Fleet *m_fleet;
    QLabel *m_id;
    QLabel *m_provider;
    QLabel *m_protocol;
    QLabel *m_status;
    QLabel *m_visibility;
    QLabel *m_gateway;
    QLabel *m_upstream;
    QLabel *m_sla;
    QLabel *m_consumers;
    QPushButton *m_definition;
    QPushButton *m_compare;
    QUuid m_instanceId;
    QString m_instanceName;
    bool m_readOnly = false;
    protocol::Service m_service;
    DefinitionViewer *m_viewer = nullptr;
};

} // namespace lgsp::ui
