#include "ui/catalog/servicedetails.h"

#include "client/backend/backend.h"
#include "client/connection.h"
#include "client/fleet/fleet.h"
#include "models/catalog/servicemodel.h"
#include "ui/catalog/definitionviewer.h"
#include "ui/common/formrows.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lgsp::ui {

using models::ServiceModel;

ServiceDetails::ServiceDetails(client::Fleet *fleet, QWidget *parent)
    : DetailsPane(parent)
    , m_fleet(fleet)
    , m_id(valueLabel(fields()))
    , m_provider(valueLabel(fields()))
    , m_protocol(valueLabel(fields()))
    , m_status(valueLabel(fields()))
    , m_visibility(valueLabel(fields()))
    , m_gateway(valueLabel(fields()))
    , m_upstream(valueLabel(fields()))
    , m_sla(valueLabel(fields()))
    , m_consumers(valueLabel(fields()))
    , m_definition(new QPushButton(this))
    , m_compare(new QPushButton(this))
{
    connect(m_definition, &QPushButton::clicked, this, [this] { openDefinition(); });
    connect(m_compare, &QPushButton::clicked, this,
            [this] { Q_EMIT compareRequested(m_instanceId, m_service.id); });
    auto *definitionButtons = new QHBoxLayout;
    definitionButtons->addWidget(m_definition);
    definitionButtons->addWidget(m_compare);
    definitionButtons->addStretch(1);
    body()->addLayout(definitionButtons);
    body()->addStretch(1);
    retranslate();
    clear();
}

void ServiceDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServiceDetails::retranslate()
{
    clearFormRows(form());
    form()->addRow(tr("Identifier"), m_id);
    form()->addRow(tr("Provider"), m_provider);
    form()->addRow(tr("Protocol"), m_protocol);
    form()->addRow(tr("Status"), m_status);
    form()->addRow(tr("Visibility"), m_visibility);
    form()->addRow(tr("Gateway path"), m_gateway);
    form()->addRow(tr("Upstream"), m_upstream);
    form()->addRow(tr("SLA"), m_sla);
    form()->addRow(tr("Consumers"), m_consumers);
    m_definition->setText(tr("Show definition…"));
    m_compare->setText(tr("Compare definition…"));
    m_compare->setToolTip(tr("Compare this definition with the same service on another "
                             "instance, another service or a file"));
    if (!m_service.id.isEmpty())
        showService(m_instanceId, m_instanceName, m_readOnly, m_service);
    else
        clear();
}

void ServiceDetails::clear()
{
    m_service = {};
    setHeading(tr("No service selected"),
               tr("Select a service to see its details, its definition and what you can do."));
    setBusy({});
    fields()->hide();
    m_definition->hide();
    m_compare->hide();
    rebuildActions();
}

void ServiceDetails::showService(const QUuid &instance, const QString &instanceName, bool readOnly,
                                 const protocol::Service &service)
{
    m_instanceId = instance;
    m_instanceName = instanceName;
    m_readOnly = readOnly;
    m_service = service;
    fields()->show();
    m_definition->show();
    m_compare->show();
    setHeading(service.name, tr("Version %1 on %2").arg(service.version, instanceName));
    m_id->setText(service.id);
    m_provider->setText(service.tenantCode);
    m_protocol->setText(service.protocol + QStringLiteral(" · ") + service.definitionType);
    m_status->setText(ServiceModel::statusText(service.status));
    m_visibility->setText(ServiceModel::visibilityText(service.visibility));
    m_gateway->setText(service.gatewayPath);
    m_upstream->setText(service.upstreamUrl);
    // WSO2 keeps limits in throttling policies and subscriptions, not on the service: they
    // come as 0 and are said to be unknown rather than shown as zero.
    const client::Connection *connection = m_fleet->connection(instance);
    const bool consumersUnknown =
        connection && connection->backend() &&
        !connection->backend()->features().testFlag(client::Feature::Consumers);
    m_sla->setText(service.timeoutMs == 0 && service.rateLimitPerMin == 0
                       ? tr("not known to this console (set in the server's throttling policies)")
                       : tr("time-out %1 ms, at most %2 calls a minute")
                             .arg(QLocale().toString(service.timeoutMs),
                                  QLocale().toString(service.rateLimitPerMin)));
    m_consumers->setText(!service.consumers.isEmpty() ? service.consumers.join(QLatin1Char('\n'))
                         : consumersUnknown
                             ? tr("not known to this console (kept in the server's subscriptions)")
                             : tr("none"));
    rebuildActions();
}

void ServiceDetails::rebuildActions()
{
    setActions(m_service.id.isEmpty() || m_readOnly ? QStringList() : m_service.allowedActions,
               &ServiceModel::actionText, m_service.name);
}

void ServiceDetails::trigger(const QString &action)
{
    if (m_readOnly || !m_service.allowedActions.contains(action))
        return;
    QString consequence;
    if (action == QLatin1String("publish"))
        consequence = tr("Publish %1 (%2)? Its consumers can call it through the gateway.");
    else if (action == QLatin1String("deprecate"))
        consequence = tr("Deprecate %1 (%2)? It keeps answering, but consumers are told to "
                         "move to a newer service.");
    else
        consequence = tr("Retire %1 (%2)? The gateway stops forwarding calls to it.");
    if (!confirm(ServiceModel::actionText(action), consequence.arg(m_service.name, m_service.id)))
        return;
    client::Connection *connection = m_fleet->connection(m_instanceId);
    if (!connection)
        return;
    setActionsEnabled(false);
    setBusy(tr("%1: waiting for %2…").arg(ServiceModel::actionText(action), m_instanceName));
    const QUuid instance = m_instanceId;
    connection->backend()->serviceAction(
        m_service.id, action, {}, this,
        [this, instance, action](const client::Result<protocol::Service> &r) {
            if (!r.ok()) {
                setBusy(
                    tr("%1 failed: %2").arg(ServiceModel::actionText(action), r.error.message()));
                rebuildActions();
                return;
            }
            setBusy(tr("Done: %1 is now %2.")
                        .arg(r.value.name, ServiceModel::statusText(r.value.status)));
            Q_EMIT serviceChanged(instance, r.value);
            if (instance == m_instanceId && r.value.id == m_service.id)
                showService(m_instanceId, m_instanceName, m_readOnly, r.value);
        });
}

DefinitionViewer *ServiceDetails::openDefinition()
{
    client::Connection *connection = m_fleet->connection(m_instanceId);
    if (!connection || m_service.id.isEmpty())
        return nullptr;
    if (!m_viewer)
        m_viewer = new DefinitionViewer(this);
    const QString title = tr("Definition of %1").arg(m_service.name);
    m_viewer->setDefinition(title, "text/plain", tr("Loading…").toUtf8());
    m_viewer->show();
    m_viewer->raise();
    connection->backend()->serviceDefinition(
        m_service.id, m_viewer, [this, title](const client::Result<client::ServiceDefinition> &r) {
            if (!r.ok()) {
                m_viewer->setDefinition(title, "text/plain", r.error.message().toUtf8());
                return;
            }
            m_viewer->setDefinition(title, r.value.contentType, r.value.text);
        });
    return m_viewer;
}

} // namespace lgsp::ui
